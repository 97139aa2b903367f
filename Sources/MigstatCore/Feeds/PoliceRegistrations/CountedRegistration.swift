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

    var staged: [String] { [person.text, registered, id, group, country, purpose, offended ? "1" : "0", expelled ? "1" : "0"] }

    init?(staged f: [String]) {
        guard f.count == Self.fieldCount else { return nil }
        self.init(person: ShortKey(f[0]), registered: f[1], id: f[2], group: f[3], country: f[4], purpose: f[5],
                  offended: f[6] == "1", expelled: f[7] == "1")
    }

    /// The same from a line's bytes, without an array or a String per field
    /// (aggregate reads half a million of them); a line with an escape goes
    /// through `init?(staged:)`.
    init?(stagedLine line: ArraySlice<UInt8>) {
        if line.contains(0x5C) { self.init(staged: StagingReader.split(line)); return }
        var parsed: CountedRegistration?
        line.withUnsafeBufferPointer { bytes in
            var fields: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>,
                         UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>,
                         UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>)
            let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
            fields = (empty, empty, empty, empty, empty, empty, empty, empty)
            var n = 0, start = 0
            func field(_ end: Int) -> Bool {
                guard n < Self.fieldCount else { return false }
                let f = UnsafeBufferPointer(rebasing: bytes[start..<end])
                switch n {
                case 0: fields.0 = f
                case 1: fields.1 = f
                case 2: fields.2 = f
                case 3: fields.3 = f
                case 4: fields.4 = f
                case 5: fields.5 = f
                case 6: fields.6 = f
                default: fields.7 = f
                }
                n += 1
                start = end + 1
                return true
            }
            for i in bytes.indices where bytes[i] == 0x09 { guard field(i) else { return } }
            guard field(bytes.count), n == Self.fieldCount else { return }
            func text(_ f: UnsafeBufferPointer<UInt8>) -> String { String(decoding: f, as: UTF8.self) }
            func flag(_ f: UnsafeBufferPointer<UInt8>) -> Bool { f.count == 1 && f[0] == UInt8(ascii: "1") }
            parsed = CountedRegistration(person: ShortKey(fields.0), registered: text(fields.1), id: text(fields.2),
                                         group: text(fields.3), country: text(fields.4), purpose: text(fields.5),
                                         offended: flag(fields.6), expelled: flag(fields.7))
        }
        guard let parsed else { return nil }
        self = parsed
    }
}
