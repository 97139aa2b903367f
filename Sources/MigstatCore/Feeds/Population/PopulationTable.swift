/// POPULATION: the population on 1 January, births, deaths and adjustments by
/// sex; arrivals, departures and net migration from the same year's
/// migration-flows `TOTAL`; and the population at the end of the months covered.
enum PopulationTable {
    static let measures = ["POP_START", "BIRTHS", "DEATHS", "NATURAL_INCREASE", "ARRIVALS", "DEPARTURES",
                           "NET_MIGRATION", "ADJUSTMENT", "POP_END"]
    /// The measures with a row per sex; the migration measures and POP_END have `_T` only (slips do not validate sex).
    static let bySex = ["POP_START", "BIRTHS", "DEATHS", "NATURAL_INCREASE", "ADJUSTMENT"]
    /// Changes add up; the population opens on the period's first day and closes on its last.
    static let periodMeasures: PeriodMeasures = {
        var kinds: [String: PeriodMeasures.Kind] = Dictionary(uniqueKeysWithValues: measures.map { ($0, .events) })
        (kinds["POP_START"], kinds["POP_END"]) = (.opening, .closing)
        return PeriodMeasures(dimension: "MEASURE", kinds)
    }()

    /// The migration measures and the columns of migration-flows they are.
    static let migration = [("ARRIVALS", "ARR"), ("DEPARTURES", "DEP"), ("NET_MIGRATION", "NET")]

    static func build(from records: StagingReader, context: AggregateContext) throws -> Publication {
        var sums = PeriodValues(repeating: [String: [String: Int]]())   // measure → sex (_T included) → persons
        while let r = try records.next(PopulationCount.self) {
            func add(_ measure: String, _ sex: String, _ n: Int, month: Int) {
                sums.add(month: month) { s in for x in ["_T", sex] { s[measure, default: [:]][x, default: 0] += n } }
            }
            switch r {
            case .start(let sex, let n): add("POP_START", sex, n, month: 0)
            case .adjustment(let sex, let n, let month): add("ADJUSTMENT", sex, n, month: month)
            case .vital(let sex, let births, let deaths, let month):
                add("BIRTHS", sex, births, month: month); add("DEATHS", sex, deaths, month: month)
                add("NATURAL_INCREASE", sex, births - deaths, month: month)
            }
        }
        // The migration measures, and so POP_END, only when migration-slips had a file read too.
        let flows = context.reading[Population.migrationFeed]
        var net = PeriodValues(repeating: [String: Int]())   // migration measure → persons
        for period in StatisticsPeriod.all {
            guard let flows else { break }
            for (measure, flow) in migration {
                // A quarter with no slips has no migration-flows table: none arrived or left.
                guard let n = flows.value(["FLOW": flow, "PARTNER_GROUP": "TOTAL"], in: period).map({ Int($0) })
                              ?? (period == .year ? nil : 0) else {
                    throw MigstatError.io("internal error: the \(flows.feed) statistics have no whole \(flow) TOTAL for the population table")
                }
                net[period][measure] = n
            }
        }
        // The population at each period's end; a quarter starts where the one before it ended, the first on 1 January.
        func value(_ period: StatisticsPeriod, _ m: String, _ sex: String = "_T") -> Int { sums[period][m]?[sex] ?? 0 }
        var start = [StatisticsPeriod: Int](), end = [StatisticsPeriod: Int]()
        for period in StatisticsPeriod.all {
            if case .quarter(let q) = period { start[period] = q == 1 ? start[.year]! : end[.quarter(q - 1)]! } else { start[period] = value(.year, "POP_START") }
            end[period] = start[period]! + value(period, "NATURAL_INCREASE") + (net[period]["NET_MIGRATION"] ?? 0) + value(period, "ADJUSTMENT")
        }
        // A quarter with slips has data here too: its migration is part of the population's change.
        let dated = sums.dated | (flows?.quarters.reduce(0) { $0 | UInt8(1) << ($1.quarter.index - 1) } ?? 0)
        return Publication(context, dated: dated, measures: periodMeasures) { period in
            var table = SDMXTable(id: "POPULATION", dimensions: [("MEASURE", .enumerated(measures)), ("SEX", .enumerated(Population.sexes))],
                                  attributes: ["OBS_STATUS", "COVERAGE"])
            let attributes = [context.obsStatus(period), String(context.coverage(period))]
            // On 1 January by sex; at a later quarter's first day `_T` only, with the migration before it (slips have no sex).
            let opensTheYear = period == .year || period == .quarter(1)
            for m in bySex where m != "POP_START" || opensTheYear {
                for sex in ["_T"] + Population.sexes {
                    table.add([m, sex], String(m == "POP_START" ? value(.year, m, sex) : value(period, m, sex)), attributes)
                }
            }
            if !opensTheYear, flows != nil { table.add(["POP_START", "_T"], String(start[period]!), attributes) }
            var checks = [QualityCheck(name: "population: _T = M + F", passed: bySex.allSatisfy { m in
                guard table.value([m, "_T"]) != nil, opensTheYear || m != "POP_START" else { return true }
                return Int(table.value([m, "_T"]) ?? "") == Population.sexes.reduce(0) { $0 + (Int(table.value([m, $1]) ?? "") ?? 0) }
            })]
            if let flows {
                let coverage = min(context.coverage(period), flows.coverage(period))
                let attributes = [coverage >= period.months.count ? "A" : "P", String(coverage)]
                for (measure, _) in migration { table.add([measure, "_T"], String(net[period][measure]!), attributes) }
                table.add(["POP_END", "_T"], String(end[period]!), attributes)
                let parts = ["POP_START", "NATURAL_INCREASE", "NET_MIGRATION", "ADJUSTMENT"].map { Int(table.value([$0, "_T"]) ?? "") }
                checks.append(QualityCheck(name: "population: POP_END = POP_START + NATURAL_INCREASE + NET_MIGRATION + ADJUSTMENT",
                                           passed: parts.allSatisfy { $0 != nil } && Int(table.value(["POP_END", "_T"]) ?? "") == parts.reduce(0) { $0 + $1! }))
            }
            return (table, checks)
        }
    }
}
