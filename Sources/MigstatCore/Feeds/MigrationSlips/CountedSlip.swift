/// A slip that counts, as the migration-flows table needs it: a few thousand
/// distinct ones for a million slips.
struct CountedSlip: Hashable, Comparable {
    var arrival: Bool
    var group: String       // FAR_ABROAD, CIS, KZ_REGIONS, NOT_STATED
    var partner: String     // alpha-3 or KZ-nn; empty when not stated
    var ethnicity: String   // code, or _U

    init(arrival: Bool, group: String, partner: String, ethnicity: String) {
        (self.arrival, self.group, self.partner, self.ethnicity) = (arrival, group, partner, ethnicity)
    }

    static func < (a: CountedSlip, b: CountedSlip) -> Bool {
        (a.arrival ? 0 : 1, a.group, a.partner, a.ethnicity) < (b.arrival ? 0 : 1, b.group, b.partner, b.ethnicity)
    }
}

/// How many counted slips are alike: what normalise writes for aggregate.
/// Counted in normalise, so `normalised.tsv` holds a line per distinct slip,
/// not a line per slip for aggregate to read and group again.
struct SlipCount: StagedRecord {
    var slip: CountedSlip
    var count: Int

    var staged: [String] { [slip.arrival ? "A" : "D", slip.group, slip.partner, slip.ethnicity, String(count)] }

    init(slip: CountedSlip, count: Int) { (self.slip, self.count) = (slip, count) }

    init?(staged f: [String]) {
        guard f.count == 5, f[0] == "A" || f[0] == "D", let n = Int(f[4]), n > 0 else { return nil }
        self.init(slip: CountedSlip(arrival: f[0] == "A", group: f[1], partner: f[2], ethnicity: f[3]), count: n)
    }
}
