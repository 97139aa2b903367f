/// A slip that counts, as the migration-flows table needs it.
struct CountedSlip: StagedRecord, Hashable {
    var arrival: Bool
    var group: String       // FAR_ABROAD, CIS, KZ_REGIONS, NOT_STATED
    var partner: String     // alpha-3 or KZ-nn; empty when not stated
    var ethnicity: String   // code, or _U

    init(arrival: Bool, group: String, partner: String, ethnicity: String) {
        (self.arrival, self.group, self.partner, self.ethnicity) = (arrival, group, partner, ethnicity)
    }

    var staged: [String] { [arrival ? "A" : "D", group, partner, ethnicity] }

    init?(staged f: [String]) {
        guard f.count == 4, f[0] == "A" || f[0] == "D" else { return nil }
        self.init(arrival: f[0] == "A", group: f[1], partner: f[2], ethnicity: f[3])
    }
}
