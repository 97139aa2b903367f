/// MIGR_FLOWS: arrivals, departures and net migration by partner group,
/// partner and ethnicity.
enum MigrationFlowsTable {
    static let groups = ["TOTAL", "FAR_ABROAD", "CIS", "KZ_REGIONS", "NOT_STATED"]
    static let flows = ["ARR", "DEP", "NET"]

    static func build(from records: StagingReader, context: AggregateContext) throws -> Publication {
        // Counts by the distinct counted slips (kind, group, partner, ethnicity), as normalise
        // wrote them, for the year and the quarter of each slip's month; the groups'
        // and ethnicities' totals are summed from them after.
        var lines = PeriodValues<[CountedSlip: Int]>(repeating: [:])
        while let c = try records.next(SlipCount.self) {
            var slip = c.slip
            slip.month = 0   // a period sums its months together
            lines.add(month: c.slip.month) { $0[slip, default: 0] += c.count }
        }
        return Publication(context, dated: lines.dated, measures: .allEvents) { period in
            let t = table(lines[period], context: context, period: period)
            return (t, checks(t))
        }
    }

    /// The table of one period from its counted slips.
    static func table(_ lines: [CountedSlip: Int], context: AggregateContext, period: StatisticsPeriod) -> SDMXTable {
        struct Pair { var arr = 0, dep = 0 }
        var byGroupEthnicity: [String: [String: Pair]] = [:]   // group → ethnicity (_T included)
        var byPartner: [String: [String: Pair]] = [:]          // group → partner
        for (r, n) in lines {
            let arrival = r.arrival
            for g in ["TOTAL", r.group] {
                for e in ["_T", r.ethnicity] {
                    if arrival { byGroupEthnicity[g, default: [:]][e, default: Pair()].arr += n }
                    else { byGroupEthnicity[g, default: [:]][e, default: Pair()].dep += n }
                }
            }
            if !r.partner.isEmpty {
                if arrival { byPartner[r.group, default: [:]][r.partner, default: Pair()].arr += n }
                else { byPartner[r.group, default: [:]][r.partner, default: Pair()].dep += n }
            }
        }
        var table = SDMXTable(id: "MIGR_FLOWS",
                              dimensions: [("FLOW", .enumerated(flows)), ("PARTNER_GROUP", .enumerated(groups)),
                                           ("PARTNER", .byteOrder), ("ETHNICITY", .byteOrder)],
                              attributes: ["OBS_STATUS", "COVERAGE"])
        let attrs = [context.obsStatus(period), String(context.coverage(period))]
        func add(_ group: String, _ partner: String, _ ethnicity: String, _ p: Pair) {
            table.add(["ARR", group, partner, ethnicity], String(p.arr), attrs)
            table.add(["DEP", group, partner, ethnicity], String(p.dep), attrs)
            table.add(["NET", group, partner, ethnicity], String(p.arr - p.dep), attrs)
        }
        for g in groups {
            add(g, "_T", "_T", byGroupEthnicity[g]?["_T"] ?? Pair())
            for (e, p) in byGroupEthnicity[g] ?? [:] where e != "_T" && (p.arr > 0 || p.dep > 0) { add(g, "_T", e, p) }
            for (partner, p) in byPartner[g] ?? [:] where p.arr > 0 || p.dep > 0 { add(g, partner, "_T", p) }
        }
        return table
    }

    static func checks(_ t: SDMXTable) -> [QualityCheck] {
        func v(_ flow: String, _ group: String) -> Int { Int(t.value([flow, group, "_T", "_T"]) ?? "") ?? 0 }
        let sums = flows.allSatisfy { f in v(f, "TOTAL") == groups.dropFirst().reduce(0) { $0 + v(f, $1) } }
        let net = groups.allSatisfy { g in v("NET", g) == v("ARR", g) - v("DEP", g) }
        return [QualityCheck(name: "migration-flows: TOTAL = sum of groups", passed: sums),
                QualityCheck(name: "migration-flows: NET = ARR - DEP", passed: net)]
    }
}
