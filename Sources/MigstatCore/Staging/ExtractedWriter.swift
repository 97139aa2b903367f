import Foundation

/// Writes `extracted.bin` (docs/staging-format.md): extract's records for
/// normalise, binary and dictionary-encoded. Each distinct value of a column
/// is written once; later records carry its small integer, so normalise turns
/// it into a String once and its rules can resolve it once (`FieldMemo`).
///
/// Each input file is a segment of its own, written by a task of its own
/// (`init(segmentOf:file:)`) with dictionaries of its own, so a feed's files
/// are read side by side; `assemble` puts the segments together in file order.
final class ExtractedWriter {
    private let out: StagingWriter
    /// Column 0 is the record's kind; column `i + 1` is field `i`.
    private var columns: [ValueDictionary] = []

    /// A whole file: the header, then entries (one segment unless `assemble` adds more).
    init(path: String) throws {
        out = try StagingWriter(path: path)
        StagingFormat.binaryHeader.withUnsafeBufferPointer { out.raw($0) }
    }

    /// One input file's segment of `extracted.bin`, beside it under a
    /// temporary name: a damaged file's segment goes with its writer, and a
    /// killed run's is cleared as a leftover.
    init(segmentOf path: String, file: Int) throws {
        out = try StagingWriter(path: "\(path).\(file)")
        out.raw(StagingFormat.Tag.segment)
    }

    /// Ends a segment: its bytes wait in their file for `assemble`, and the
    /// writer's buffer and dictionaries go.
    func finishSegment() throws -> StagingWriter.Detached { try out.detach() }

    /// The whole file from its segments, in the order given, and its seal.
    static func assemble(_ segments: [StagingWriter.Detached], into path: String, seal stamp: String) throws {
        let whole = try ExtractedWriter(path: path)
        for segment in segments { try whole.out.append(contentsOf: segment) }
        try whole.seal(stamp)
        try whole.close()
    }

    /// Starts a record: the `fieldCount` fields follow, in the definition's order.
    func beginRecord(file: Int, line: Int, kind: String, offset: Int, length: Int, fieldCount: Int) {
        out.raw(StagingFormat.Tag.record)
        out.varint(file); out.varint(line); out.varint(offset); out.varint(length); out.varint(fieldCount)
        var kind = kind
        kind.withUTF8 { value(column: 0, $0) }
    }

    /// The record's next field (its position in the definition is `index`).
    func field(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) { value(column: index + 1, bytes) }

    func field(_ index: Int, _ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { value(column: index + 1, $0) } }

    /// A value's code (docs/staging-format.md): `id << 1` for a value the
    /// column already has; `length << 2 | 3` and the bytes for one it adds;
    /// `length << 2 | 1` and the bytes for one it does not keep.
    private func value(column: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        while columns.count <= column { columns.append(ValueDictionary()) }
        if columns[column].isInlineOnly { out.varint(bytes.count << 2 | 1); out.raw(bytes); return }
        switch columns[column].id(of: bytes) {
        case let (id, false)?: out.varint(id << 1)
        case (_, true)?: out.varint(bytes.count << 2 | 3); out.raw(bytes)
        case nil: out.varint(bytes.count << 2 | 1); out.raw(bytes)
        }
    }

    func endRecord() throws { try out.flushIfFull() }

    /// A CSV line that does not split into the definition's fields.
    func unsplit(file: Int, line: Int, reason: RejectReason, raw: [UInt8]) throws {
        out.raw(StagingFormat.Tag.unsplit)
        out.varint(file); out.varint(line)
        literal(Array(reason.rawValue.utf8)); literal(raw)
        try out.flushIfFull()
    }

    /// A document value of an XML file (its schema version).
    func document(file: Int, line: Int, name: String, value: [UInt8]) throws {
        out.raw(StagingFormat.Tag.document)
        out.varint(file); out.varint(line)
        literal(Array(name.utf8)); literal(value)
        try out.flushIfFull()
    }

    private func literal(_ bytes: [UInt8]) {
        out.varint(bytes.count)
        bytes.withUnsafeBufferPointer { out.raw($0) }
    }

    /// Ends the file with its seal: the format's version and the companion's sha256.
    func seal(_ stamp: String) throws {
        out.raw(StagingFormat.Tag.seal)
        literal(Array(StagingFormat.version.utf8)); literal(Array(stamp.utf8))
    }

    func close() throws { try out.close() }
}
