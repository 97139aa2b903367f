/// LABOUR_QUOTA: quota, permits, workers and fulfilment by category and citizenship.
enum LabourQuotaTable {
    static let measures = ["QUOTA", "PERMITS", "WORKERS", "FULFILMENT"]
    static let categories = ["I", "II", "III", "IV"]
    static let units = ["QUOTA": "PS", "PERMITS": "NUM", "WORKERS": "PS", "FULFILMENT": "PC"]

    static func build(from records: StagingReader, context: AggregateContext) throws -> Publication {
        var quota: [String: Int] = [:], permits: [String: Int] = [:], workers: [String: Int] = [:]
        var permitsByCountry: [String: Int] = [:], workersByCountry: [String: Int] = [:]
        while let r = try records.next(LabourCount.self) {
            switch r {
            case .quota(let category, let n):
                quota["_T", default: 0] += n
                quota[category, default: 0] += n
            case .permit(let category, let country, let n):
                for c in ["_T", category] { permits[c, default: 0] += 1; workers[c, default: 0] += n }
                if !country.isEmpty { permitsByCountry[country, default: 0] += 1; workersByCountry[country, default: 0] += n }
            }
        }
        var table = SDMXTable(id: "LABOUR_QUOTA",
                              dimensions: [("MEASURE", .enumerated(measures)), ("CATEGORY", .enumerated(categories)),
                                           ("CITIZENSHIP", .byteOrder)],
                              attributes: ["UNIT_MEASURE", "OBS_STATUS", "COVERAGE"])
        let coverage = String(context.coverage)
        func add(_ m: String, _ cat: String, _ cit: String, _ value: String, status: String? = nil) {
            table.add([m, cat, cit], value, [units[m]!, status ?? context.obsStatus, coverage])
        }
        for cat in ["_T"] + categories {
            add("QUOTA", cat, "_T", String(quota[cat] ?? 0))
            add("PERMITS", cat, "_T", String(permits[cat] ?? 0))
            add("WORKERS", cat, "_T", String(workers[cat] ?? 0))
            if let q = quota[cat], q > 0 {
                add("FULFILMENT", cat, "_T", DecimalText.ratio((workers[cat] ?? 0) * 100, q, places: 1))
            } else {
                add("FULFILMENT", cat, "_T", "", status: "M")
            }
        }
        for (c, n) in permitsByCountry where n > 0 { add("PERMITS", "_T", c, String(n)) }
        for (c, n) in workersByCountry where n > 0 { add("WORKERS", "_T", c, String(n)) }
        let sums = ["QUOTA", "PERMITS", "WORKERS"].allSatisfy { m in
            Int(table.value([m, "_T", "_T"]) ?? "") == categories.reduce(0) { $0 + (Int(table.value([m, $1, "_T"]) ?? "") ?? 0) }
        }
        return Publication(table: table, checks: [QualityCheck(name: "labour-quota: _T = sum of categories", passed: sums)])
    }
}
