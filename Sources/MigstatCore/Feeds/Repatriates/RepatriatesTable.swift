/// REPATRIATES: families, persons and payments by basis and origin; the quota plan and its fulfilment.
enum RepatriatesTable {
    static let measures = ["FAMILIES", "PERSONS", "PAY_BENEFIT", "PAY_TRANSPORT", "PAY_HOUSING", "PAY_ADAPTATION",
                           "PLAN_FAMILIES", "PLAN_PERSONS", "FULFILMENT"]
    static let bases = ["QUOTA", "NON_QUOTA"]
    /// Families, persons and payments add up; the plan repeats the year's and fulfilment is to date.
    static let periodMeasures = PeriodMeasures(dimension: "MEASURE", Dictionary(uniqueKeysWithValues:
        measures.prefix(6).map { ($0, PeriodMeasures.Kind.events) } + measures.dropFirst(6).map { ($0, .toDate) }))
    static let units = ["FAMILIES": "FAM", "PERSONS": "PS", "PLAN_FAMILIES": "FAM", "PLAN_PERSONS": "PS", "FULFILMENT": "PC"]

    /// Families, persons and payments of one period: by basis (`_T` included) and measure
    /// (money in tiyn; 128 bits, never overflows), and families and persons by origin.
    private struct Families {
        var sums: [String: [String: Int128]] = [:]
        var byOrigin: [String: [String: Int]] = [:]
    }

    static func build(from records: StagingReader, context: AggregateContext) throws -> Publication {
        var counted = PeriodValues(repeating: Families())
        var plan: (families: Int?, persons: Int?) = (nil, nil)
        while let r = try records.next(RepatriateCount.self) {
            switch r {
            case .plan(let families, let persons):
                plan = (Int(families), Int(persons))
            case .family(let basis, let origin, let persons, let payments, let month):
                let values: [(String, Int128)] = [("FAMILIES", 1), ("PERSONS", Int128(persons))] +
                    zip(["PAY_BENEFIT", "PAY_TRANSPORT", "PAY_HOUSING", "PAY_ADAPTATION"], payments.map { Int128($0) })
                counted.add(month: month) { f in
                    for b in ["_T", basis] { for (m, v) in values { f.sums[b, default: [:]][m, default: 0] += v } }
                    if !origin.isEmpty {
                        f.byOrigin["FAMILIES", default: [:]][origin, default: 0] += 1
                        f.byOrigin["PERSONS", default: [:]][origin, default: 0] += persons
                    }
                }
            }
        }
        return Publication(context, dated: counted.dated, measures: periodMeasures) { period in
            // Fulfilment is to date: the quota families of the year through the period's end, over the year's plan.
            var toDate = counted[.year].sums["QUOTA"]?["FAMILIES"] ?? 0
            if period != .year {
                toDate = StatisticsPeriod.quarters.filter { $0.index <= period.index }
                    .reduce(0) { $0 + (counted[$1].sums["QUOTA"]?["FAMILIES"] ?? 0) }
            }
            let t = table(counted[period], plan: plan, quotaFamiliesToDate: toDate, context: context, period: period)
            let s = counted[period].sums
            let ok = ["FAMILIES", "PERSONS"].allSatisfy { m in (s["_T"]?[m] ?? 0) == bases.reduce(0) { $0 + (s[$1]?[m] ?? 0) } }
            return (t, [QualityCheck(name: "repatriates: _T = QUOTA + NON_QUOTA", passed: ok)])
        }
    }

    /// The table of one period: its families, persons and payments, the year's plan, fulfilment to date.
    private static func table(_ f: Families, plan: (families: Int?, persons: Int?), quotaFamiliesToDate: Int128,
                              context: AggregateContext, period: StatisticsPeriod) -> SDMXTable {
        var table = SDMXTable(id: "REPATRIATES",
                              dimensions: [("MEASURE", .enumerated(measures)), ("BASIS", .enumerated(bases)),
                                           ("ORIGIN", .byteOrder)],
                              attributes: ["UNIT_MEASURE", "OBS_STATUS", "COVERAGE"])
        let coverage = String(context.coverage(period)), status = context.obsStatus(period)
        func add(_ m: String, _ basis: String, _ origin: String, _ value: String, missing: Bool = false) {
            table.add([m, basis, origin], value, [units[m] ?? "KZT_THS", missing ? "M" : status, coverage])
        }
        for b in ["_T"] + bases {
            let s = f.sums[b] ?? [:]
            add("FAMILIES", b, "_T", String(s["FAMILIES"] ?? 0))
            add("PERSONS", b, "_T", String(s["PERSONS"] ?? 0))   // counts: far below 2^63
            for m in ["PAY_BENEFIT", "PAY_TRANSPORT", "PAY_HOUSING", "PAY_ADAPTATION"] {
                // tiyn → thousand tenge with two decimals (a step of 10 tenge = 1000 tiyn).
                add(m, b, "_T", DecimalText.ratio(s[m] ?? 0, 100_000, places: 2))
            }
        }
        add("PLAN_FAMILIES", "QUOTA", "_T", plan.families.map(String.init) ?? "", missing: plan.families == nil)
        add("PLAN_PERSONS", "QUOTA", "_T", plan.persons.map(String.init) ?? "", missing: plan.persons == nil)
        if let planned = plan.families, planned > 0 {
            add("FULFILMENT", "QUOTA", "_T", DecimalText.ratio(quotaFamiliesToDate * 100, Int128(planned), places: 1))
        } else {
            add("FULFILMENT", "QUOTA", "_T", "", missing: true)
        }
        for (m, origins) in f.byOrigin { for (o, n) in origins where n > 0 { add(m, "_T", o, String(n)) } }
        return table
    }
}
