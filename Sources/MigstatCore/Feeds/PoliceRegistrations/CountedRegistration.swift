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

    /// The fields in order: a field's place is its case's. The writers below
    /// write them in this order, field by field (half a million a year).
    enum Field: Int, CaseIterable { case person, registered, id, group, country, purpose, offended, expelled }

    static let fieldCount = Field.allCases.count

    static func fieldNames(_ staged: [String]) -> [String] { Field.allCases.map { "\($0)" } }

    /// The fields in `Field` order, one by one: the rules spill half a million.
    func stage(into sink: some StagingFieldSink) {
        person.withBytes { sink.field(buffer: $0) }
        sink.field(registered); sink.field(id); sink.field(group); sink.field(country); sink.field(purpose)
        sink.field(offended ? "1" : "0"); sink.field(expelled ? "1" : "0")
    }

    /// The same fields in the same order, for rules that hold their values as
    /// staged numbers (`StagedValues`): police normalise writes half a million.
    static func stage(person: String, registered: Int32, id: String, group: Int32, country: Int32, purpose: Int32,
                      offended: Bool, expelled: Bool, values: borrowing StagedValues, into sink: some StagingFieldSink) {
        sink.field(person); values.write(registered, to: sink); sink.field(id); values.write(group, to: sink)
        values.write(country, to: sink); values.write(purpose, to: sink)
        sink.field(offended ? "1" : "0"); sink.field(expelled ? "1" : "0")
    }

    var staged: [String] { let fields = StagedFields(); stage(into: fields); return fields.fields }

    init?(staged f: [String]) {
        guard f.count == Self.fieldCount else { return nil }
        func at(_ field: Field) -> String { f[field.rawValue] }
        self.init(person: ShortKey(at(.person)), registered: at(.registered), id: at(.id), group: at(.group), country: at(.country),
                  purpose: at(.purpose), offended: at(.offended) == "1", expelled: at(.expelled) == "1")
    }

    /// A line's fields as its own bytes, named: the foreign-registrations
    /// table reads half a million lines, and a String per field (a 16-byte
    /// person is a heap String) was most of its time; an ArraySlice per field
    /// then cost a retain and a release each. Valid inside `read` only.
    struct Bytes {
        var person, registered, id, group, country, purpose: UnsafeBufferPointer<UInt8>
        var offended, expelled: Bool

        /// Calls `body` with the line's fields, or with nil when the line has
        /// not this record's fields (a damaged file).
        static func read<R>(_ line: ArraySlice<UInt8>, _ body: (Bytes?) throws -> R) rethrows -> R {
            guard line.contains(0x5C) else {   // no escape: the fields are the line's own bytes
                return try line.withUnsafeBufferPointer { try body(Bytes(splitting: $0)) }
            }
            // An escaped field (rare): unescaped through Strings into one buffer.
            let fields = StagingReader.split(line).map { Array($0.utf8) }
            guard fields.count == CountedRegistration.fieldCount else { return try body(nil) }
            var joined: [UInt8] = [], ranges: [Range<Int>] = []
            for f in fields { ranges.append(joined.count..<joined.count + f.count); joined += f }
            return try joined.withUnsafeBufferPointer { all in
                let f = ranges.map { UnsafeBufferPointer(rebasing: all[$0]) }
                return try f.withUnsafeBufferPointer { try body(Bytes($0.baseAddress!)) }
            }
        }

        /// The fields between tabs, without an array of them.
        private init?(splitting line: UnsafeBufferPointer<UInt8>) {
            let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
            var parts: Eight = (empty, empty, empty, empty, empty, empty, empty, empty)
            let bytes = withUnsafeMutablePointer(to: &parts) { tuple in
                tuple.withMemoryRebound(to: UnsafeBufferPointer<UInt8>.self, capacity: 8) { f -> Bytes? in
                    var n = 0, start = 0
                    for i in 0...line.count where i == line.count || line[i] == 0x09 {
                        guard n < 8 else { return nil }
                        f[n] = UnsafeBufferPointer(rebasing: line[start..<i])
                        n += 1
                        start = i + 1
                    }
                    return n == 8 ? Bytes(f) : nil
                }
            }
            guard let bytes else { return nil }
            self = bytes
        }

        private typealias Eight = (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>,
                                   UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>,
                                   UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>)

        /// From the line's eight fields, each by its place (`Field`).
        private init(_ f: UnsafePointer<UnsafeBufferPointer<UInt8>>) {
            func flag(_ b: UnsafeBufferPointer<UInt8>) -> Bool { b.count == 1 && b[0] == UInt8(ascii: "1") }
            (person, registered, id) = (f[Field.person.rawValue], f[Field.registered.rawValue], f[Field.id.rawValue])
            (group, country, purpose) = (f[Field.group.rawValue], f[Field.country.rawValue], f[Field.purpose.rawValue])
            (offended, expelled) = (flag(f[Field.offended.rawValue]), flag(f[Field.expelled.rawValue]))
        }
    }
}
