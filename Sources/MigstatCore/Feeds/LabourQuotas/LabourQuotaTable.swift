/// LABOUR_QUOTA: quota, permits, workers and fulfilment by category and citizenship.
enum LabourQuotaTable {
    static let measures = ["QUOTA", "PERMITS", "WORKERS", "FULFILMENT"]
    static let categories = ["I", "II", "III", "IV"]
    static let units = ["QUOTA": "PS", "PERMITS": "NUM", "WORKERS": "PS", "FULFILMENT": "PC"]
    /// Permits and workers add up; the quota repeats the year's and fulfilment is to date.
    static let periodMeasures = PeriodMeasures(dimension: "MEASURE", ["PERMITS": .events, "WORKERS": .events,
                                                                      "QUOTA": .toDate, "FULFILMENT": .toDate])

    /// Permits and workers of one period, by category (`_T` included) and by country.
    private struct Permits {
        var permits: [String: Int] = [:], workers: [String: Int] = [:]
        var permitsByCountry: [String: Int] = [:], workersByCountry: [String: Int] = [:]
    }

    static func build(from records: StagingReader, context: AggregateContext) throws -> Publication {
        var quota: [String: Int] = [:]
        var counted = PeriodValues(repeating: Permits())
        while let r = try records.next(LabourCount.self) {
            switch r {
            case .quota(let category, let n):
                quota["_T", default: 0] += n
                quota[category, default: 0] += n
            case .permit(let category, let country, let n, let month):
                counted.add(month: month) { p in
                    for c in ["_T", category] { p.permits[c, default: 0] += 1; p.workers[c, default: 0] += n }
                    if !country.isEmpty { p.permitsByCountry[country, default: 0] += 1; p.workersByCountry[country, default: 0] += n }
                }
            }
        }
        return Publication(context, dated: counted.dated, measures: periodMeasures) { period in
            // Fulfilment is to date: the workers of the year through the period's end, over the year's quota.
            var toDate = counted[.year].workers
            if period != .year {
                toDate = [:]
                for q in StatisticsPeriod.quarters where q.index <= period.index { toDate.merge(counted[q].workers, uniquingKeysWith: +) }
            }
            let t = table(counted[period], quota: quota, workersToDate: toDate, context: context, period: period)
            return (t, [check(t)])
        }
    }

    /// The table of one period: its permits and workers, the year's quota, fulfilment to date.
    private static func table(_ p: Permits, quota: [String: Int], workersToDate: [String: Int], context: AggregateContext,
                              period: StatisticsPeriod) -> SDMXTable {
        var table = SDMXTable(id: "LABOUR_QUOTA",
                              dimensions: [("MEASURE", .enumerated(measures)), ("CATEGORY", .enumerated(categories)),
                                           ("CITIZENSHIP", .byteOrder)],
                              attributes: ["UNIT_MEASURE", "OBS_STATUS", "COVERAGE"])
        let coverage = String(context.coverage(period)), status = context.obsStatus(period)
        func add(_ m: String, _ cat: String, _ cit: String, _ value: String, missing: Bool = false) {
            table.add([m, cat, cit], value, [units[m]!, missing ? "M" : status, coverage])
        }
        for cat in ["_T"] + categories {
            add("QUOTA", cat, "_T", String(quota[cat] ?? 0))
            add("PERMITS", cat, "_T", String(p.permits[cat] ?? 0))
            add("WORKERS", cat, "_T", String(p.workers[cat] ?? 0))
            if let q = quota[cat], q > 0 {
                add("FULFILMENT", cat, "_T", DecimalText.ratio((workersToDate[cat] ?? 0) * 100, q, places: 1))
            } else {
                add("FULFILMENT", cat, "_T", "", missing: true)
            }
        }
        for (c, n) in p.permitsByCountry where n > 0 { add("PERMITS", "_T", c, String(n)) }
        for (c, n) in p.workersByCountry where n > 0 { add("WORKERS", "_T", c, String(n)) }
        return table
    }

    static func check(_ table: SDMXTable) -> QualityCheck {
        let sums = ["QUOTA", "PERMITS", "WORKERS"].allSatisfy { m in
            Int(table.value([m, "_T", "_T"]) ?? "") == categories.reduce(0) { $0 + (Int(table.value([m, $1, "_T"]) ?? "") ?? 0) }
        }
        return QualityCheck(name: "labour-quota: _T = sum of categories", passed: sums)
    }
}
