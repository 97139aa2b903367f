/// POPULATION: the population on 1 January, births, deaths and adjustments by
/// sex; arrivals, departures and net migration from the same year's
/// migration-flows `TOTAL`; and the population at the end of the months covered.
enum PopulationTable {
    static let measures = ["POP_START", "BIRTHS", "DEATHS", "NATURAL_INCREASE", "ARRIVALS", "DEPARTURES",
                           "NET_MIGRATION", "ADJUSTMENT", "POP_END"]
    /// The measures with a row per sex; the migration measures and POP_END have `_T` only (slips do not validate sex).
    static let bySex = ["POP_START", "BIRTHS", "DEATHS", "NATURAL_INCREASE", "ADJUSTMENT"]

    static func build(from records: StagingReader, context: AggregateContext) throws -> Publication {
        var sums: [String: [String: Int]] = [:]   // measure → sex (_T included) → persons
        func add(_ measure: String, _ sex: String, _ n: Int) {
            for s in ["_T", sex] { sums[measure, default: [:]][s, default: 0] += n }
        }
        while let r = try records.next(PopulationCount.self) {
            switch r {
            case .start(let sex, let n): add("POP_START", sex, n)
            case .adjustment(let sex, let n): add("ADJUSTMENT", sex, n)
            case .vital(let sex, let births, let deaths):
                add("BIRTHS", sex, births); add("DEATHS", sex, deaths); add("NATURAL_INCREASE", sex, births - deaths)
            }
        }
        var table = SDMXTable(id: "POPULATION", dimensions: [("MEASURE", .enumerated(measures)), ("SEX", .enumerated(Population.sexes))],
                              attributes: ["OBS_STATUS", "COVERAGE"])
        func value(_ m: String, _ sex: String = "_T") -> Int { sums[m]?[sex] ?? 0 }
        for m in bySex {
            for sex in ["_T"] + Population.sexes { table.add([m, sex], String(value(m, sex)), [context.obsStatus, String(context.coverage)]) }
        }
        var checks = [QualityCheck(name: "population: _T = M + F", passed: bySex.allSatisfy { m in
            Int(table.value([m, "_T"]) ?? "") == Population.sexes.reduce(0) { $0 + (Int(table.value([m, $1]) ?? "") ?? 0) }
        })]
        // The migration measures, and so POP_END, only when migration-slips had a file read too.
        if let flows = context.reading[Population.migrationFeed] {
            let coverage = min(context.coverage, flows.coverage)
            let attributes = [coverage >= 12 ? "A" : "P", String(coverage)]
            var migration: [String: Int] = [:]
            for (measure, flow) in [("ARRIVALS", "ARR"), ("DEPARTURES", "DEP"), ("NET_MIGRATION", "NET")] {
                guard let n = flows.value(["FLOW": flow, "PARTNER_GROUP": "TOTAL"]).flatMap({ Int($0) }) else {
                    throw MigstatError.io("internal error: the \(flows.feed) statistics have no whole \(flow) TOTAL for the population table")
                }
                migration[measure] = n
                table.add([measure, "_T"], String(n), attributes)
            }
            let end = value("POP_START") + value("NATURAL_INCREASE") + migration["NET_MIGRATION"]! + value("ADJUSTMENT")
            table.add(["POP_END", "_T"], String(end), attributes)
            let parts = ["POP_START", "NATURAL_INCREASE", "NET_MIGRATION", "ADJUSTMENT"].map { Int(table.value([$0, "_T"]) ?? "") }
            checks.append(QualityCheck(name: "population: POP_END = POP_START + NATURAL_INCREASE + NET_MIGRATION + ADJUSTMENT",
                                       passed: parts.allSatisfy { $0 != nil } && Int(table.value(["POP_END", "_T"]) ?? "") == parts.reduce(0) { $0 + $1! }))
        }
        return Publication(table: table, checks: checks)
    }
}
