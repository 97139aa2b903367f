/// Where a record's fields go one by one, without an array of Strings per
/// record: a staging file, or a spill.
protocol StagingFieldSink: AnyObject {
    func field(buffer value: UnsafeBufferPointer<UInt8>)
    func field(_ value: String)
    /// A number's decimal digits.
    func field(_ n: Int)
    /// Fields already escaped and tab-joined (`StagedValues`), as the next fields.
    func escapedFields(_ fields: UnsafeBufferPointer<UInt8>)
}

extension StagingFieldSink {
    /// A String's UTF-8 bytes as the field.
    func field(_ value: String) {
        var value = value
        value.withUTF8 { field(buffer: $0) }
    }
}

extension StagingWriter: StagingFieldSink {}
extension RecordSpill: StagingFieldSink {}

/// Fields collected as Strings, for a record written by `stage(into:)` that
/// is also wanted as `staged`.
final class StagedFields: StagingFieldSink {
    private(set) var fields: [String] = []
    func field(_ value: String) { fields.append(value) }
    func field(_ n: Int) { fields.append(String(n)) }
    func field(buffer value: UnsafeBufferPointer<UInt8>) { fields.append(String(decoding: value, as: UTF8.self)) }
    func escapedFields(_ staged: UnsafeBufferPointer<UInt8>) { fields += StagingReader.split(ArraySlice(staged)) }
}
