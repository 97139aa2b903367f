/// A registration that counts (the latest revision, not cancelled), as the
/// foreign-registrations table needs it.
struct CountedRegistration: StagedRecord {
    var person: ShortKey     // the document hash: one person, many registrations
    var registered: String   // ISO date: a person's latest registration decides their group
    var id: String
    var group: String        // CIS, FAR_ABROAD, STATELESS, NOT_STATED
    var country: String      // alpha-3; empty for Kazakhstan, stateless or not stated
    var purpose: String
    var offended: Bool
    var expelled: Bool

    init(person: ShortKey, registered: String, id: String, group: String, country: String, purpose: String,
         offended: Bool, expelled: Bool) {
        (self.person, self.registered, self.id, self.group) = (person, registered, id, group)
        (self.country, self.purpose, self.offended, self.expelled) = (country, purpose, offended, expelled)
    }

    static let fieldCount = 8

    /// The fields in staging order, one by one: the rules spill half a million.
    func stage(into sink: some StagingFieldSink) {
        person.withBytes { sink.field(buffer: $0) }
        sink.field(registered); sink.field(id); sink.field(group); sink.field(country); sink.field(purpose)
        sink.field(offended ? "1" : "0"); sink.field(expelled ? "1" : "0")
    }

    var staged: [String] { let fields = StagedFields(); stage(into: fields); return fields.fields }

    init?(staged f: [String]) {
        guard f.count == Self.fieldCount else { return nil }
        self.init(person: ShortKey(f[0]), registered: f[1], id: f[2], group: f[3], country: f[4], purpose: f[5],
                  offended: f[6] == "1", expelled: f[7] == "1")
    }

    /// The same from a line's bytes, without a String per field (aggregate
    /// reads half a million of them, and a 16-byte person would be a heap String).
    /// `fields` is scratch space the caller keeps from line to line.
    init?(stagedLine line: ArraySlice<UInt8>, fields f: inout [ArraySlice<UInt8>]) {
        guard StagingReader.fieldBytes(line, into: &f) else { self.init(staged: StagingReader.split(line)); return }
        guard f.count == Self.fieldCount else { return nil }
        func text(_ b: ArraySlice<UInt8>) -> String { b.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) } }
        func flag(_ b: ArraySlice<UInt8>) -> Bool { b.count == 1 && b.first == UInt8(ascii: "1") }
        self.init(person: f[0].withUnsafeBufferPointer(ShortKey.init), registered: text(f[1]), id: text(f[2]),
                  group: text(f[3]), country: text(f[4]), purpose: text(f[5]), offended: flag(f[6]), expelled: flag(f[7]))
    }
}
