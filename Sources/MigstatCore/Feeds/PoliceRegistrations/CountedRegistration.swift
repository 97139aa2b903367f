/// A registration that counts (the latest revision, not cancelled), as the
/// foreign-registrations table needs it.
struct CountedRegistration: StagedRecord {
    var person: String       // the document hash: one person, many registrations
    var registered: String   // ISO date: a person's latest registration decides their group
    var id: String
    var group: String        // CIS, FAR_ABROAD, STATELESS, NOT_STATED
    var country: String      // alpha-3; empty for Kazakhstan, stateless or not stated
    var purpose: String
    var offended: Bool
    var expelled: Bool

    init(person: String, registered: String, id: String, group: String, country: String, purpose: String,
         offended: Bool, expelled: Bool) {
        (self.person, self.registered, self.id, self.group) = (person, registered, id, group)
        (self.country, self.purpose, self.offended, self.expelled) = (country, purpose, offended, expelled)
    }

    var staged: [String] { [person, registered, id, group, country, purpose, offended ? "1" : "0", expelled ? "1" : "0"] }

    init?(staged f: [String]) {
        guard f.count == 8 else { return nil }
        self.init(person: f[0], registered: f[1], id: f[2], group: f[3], country: f[4], purpose: f[5],
                  offended: f[6] == "1", expelled: f[7] == "1")
    }
}
