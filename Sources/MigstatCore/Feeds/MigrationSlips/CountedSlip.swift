/// A slip that counts, as the migration-flows table needs it: a few thousand
/// distinct ones a month for a million slips.
struct CountedSlip: Hashable, Comparable {
    var arrival: Bool
    var group: String       // FAR_ABROAD, CIS, KZ_REGIONS, NOT_STATED
    var partner: String     // alpha-3 or KZ-nn; empty when not stated
    var ethnicity: String   // code, or _U
    /// The month of its event date (1–12): the quarter it counts in.
    var month: Int

    init(arrival: Bool, group: String, partner: String, ethnicity: String, month: Int) {
        (self.arrival, self.group, self.partner, self.ethnicity, self.month) = (arrival, group, partner, ethnicity, month)
    }

    static func < (a: CountedSlip, b: CountedSlip) -> Bool {
        (a.arrival ? 0 : 1, a.group, a.partner, a.ethnicity, a.month) < (b.arrival ? 0 : 1, b.group, b.partner, b.ethnicity, b.month)
    }
}

/// How many counted slips are alike: what normalise writes for aggregate.
/// Counted in normalise, so `normalised.tsv` holds a line per distinct slip,
/// not a line per slip for aggregate to read and group again.
struct SlipCount: StagedRecord {
    var slip: CountedSlip
    var count: Int

    /// The fields in order: a field's place is its case's.
    enum Field: Int, CaseIterable { case kind, group, partner, ethnicity, month, count }

    static func fieldNames(_ staged: [String]) -> [String] { Field.allCases.map { "\($0)" } }

    var staged: [String] {
        var f = [String](repeating: "", count: Field.allCases.count)
        f[Field.kind.rawValue] = slip.arrival ? "A" : "D"
        f[Field.group.rawValue] = slip.group
        f[Field.partner.rawValue] = slip.partner
        f[Field.ethnicity.rawValue] = slip.ethnicity
        f[Field.month.rawValue] = String(slip.month)
        f[Field.count.rawValue] = String(count)
        return f
    }

    init(slip: CountedSlip, count: Int) { (self.slip, self.count) = (slip, count) }

    init?(staged f: [String]) {
        guard f.count == Field.allCases.count, f[Field.kind.rawValue] == "A" || f[Field.kind.rawValue] == "D",
              let n = Int(f[Field.count.rawValue]), n > 0, let month = Int(f[Field.month.rawValue]), (1...12).contains(month)
        else { return nil }
        self.init(slip: CountedSlip(arrival: f[Field.kind.rawValue] == "A", group: f[Field.group.rawValue],
                                    partner: f[Field.partner.rawValue], ethnicity: f[Field.ethnicity.rawValue], month: month), count: n)
    }
}
