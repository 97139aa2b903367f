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

    /// A line's fields as its own bytes, named: the foreign-registrations
    /// table reads half a million lines, and a String per field (a 16-byte
    /// person is a heap String) was most of its time.
    struct Bytes {
        var person, registered, id, group, country, purpose: ArraySlice<UInt8>
        var offended, expelled: Bool

        /// nil when the line has not this record's fields (a damaged file).
        /// `fields` is scratch space the caller keeps from line to line.
        init?(stagedLine line: ArraySlice<UInt8>, fields f: inout [ArraySlice<UInt8>]) {
            if !StagingReader.fieldBytes(line, into: &f) {   // an escaped field: rare, read through Strings
                f = StagingReader.split(line).map { ArraySlice($0.utf8) }
            }
            guard f.count == CountedRegistration.fieldCount else { return nil }
            func flag(_ b: ArraySlice<UInt8>) -> Bool { b.count == 1 && b.first == UInt8(ascii: "1") }
            (person, registered, id, group, country, purpose) = (f[0], f[1], f[2], f[3], f[4], f[5])
            (offended, expelled) = (flag(f[6]), flag(f[7]))
        }
    }
}
