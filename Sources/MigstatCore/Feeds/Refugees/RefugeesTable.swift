/// REFUGEES: opening stocks, the year's events and closing stocks, in persons,
/// by citizenship group and country; the recognition rate of the decisions.
enum RefugeesTable {
    static let events = ["APPLIED", "GRANTED", "REFUSED", "WITHDRAWN",
                         "CEASED_RETURNED", "CEASED_NATURALISED", "CEASED_RESETTLED", "CEASED_REVOKED"]
    static let measures = ["HOLDERS_START", "PENDING_START"] + events + ["HOLDERS_END", "PENDING_END", "RECOGNITION_RATE"]
    static let groups = ["TOTAL", "CIS", "FAR_ABROAD", "STATELESS", "NOT_STATED"]
    static let ceased = events.filter { $0.hasPrefix("CEASED_") }

    /// Persons of one period by measure, then by group (TOTAL included) or country.
    private struct Sums {
        var byGroup: [String: [String: Int]] = [:], byCountry: [String: [String: Int]] = [:]
    }

    static let stocks = [("HOLDERS_START", "HOLDERS_END"), ("PENDING_START", "PENDING_END")]
    /// Events add up; stocks open and close the period; the recognition rate is within the period.
    static let periodMeasures: PeriodMeasures = {
        var kinds: [String: PeriodMeasures.Kind] = Dictionary(uniqueKeysWithValues: events.map { ($0, .events) })
        for (start, end) in stocks { (kinds[start], kinds[end]) = (.opening, .closing) }
        return PeriodMeasures(dimension: "MEASURE", kinds)
    }()

    static func build(from records: StagingReader, context: AggregateContext) throws -> Publication {
        var sums = PeriodValues(repeating: Sums())
        var countryGroup: [String: String] = [:]   // the group of each country counted
        while let r = try records.next(RefugeeCount.self) {
            guard measures.contains(r.measure), groups.dropFirst().contains(r.group) else {
                throw MigstatError.io("\(records.path) is damaged; rerun normalise")
            }
            sums.add(month: r.month) { s in
                for g in ["TOTAL", r.group] { s.byGroup[r.measure, default: [:]][g, default: 0] += r.persons }
                if !r.country.isEmpty { s.byCountry[r.measure, default: [:]][r.country, default: 0] += r.persons }
            }
            if !r.country.isEmpty { countryGroup[r.country] = r.group }
        }
        // The closing stocks by their identities (FEEDS.md), for groups and countries alike.
        func close(_ sums: inout [String: [String: Int]], _ keys: Set<String>) {
            for k in keys {
                func v(_ m: String) -> Int { sums[m]?[k] ?? 0 }
                sums["HOLDERS_END", default: [:]][k] = v("HOLDERS_START") + v("GRANTED") - ceased.reduce(0) { $0 + v($1) }
                sums["PENDING_END", default: [:]][k] = v("PENDING_START") + v("APPLIED") - v("GRANTED") - v("REFUSED") - v("WITHDRAWN")
            }
        }
        // A quarter opens where the one before it closed, the first with the year.
        for period in StatisticsPeriod.all {
            if case .quarter(let q) = period {
                let before = q == 1 ? sums[.year] : sums[.quarter(q - 1)]
                for (start, end) in stocks {
                    sums[period].byGroup[start] = before.byGroup[q == 1 ? start : end]
                    sums[period].byCountry[start] = before.byCountry[q == 1 ? start : end]
                }
            }
            close(&sums[period].byGroup, Set(groups))
            close(&sums[period].byCountry, Set(countryGroup.keys))
        }
        return Publication(context, dated: sums.dated, measures: periodMeasures) { period in
            let t = table(sums[period], countryGroup: countryGroup, context: context, period: period)
            return (t, checks(t))
        }
    }

    /// The table of one period from its sums.
    private static func table(_ sums: Sums, countryGroup: [String: String], context: AggregateContext,
                              period: StatisticsPeriod) -> SDMXTable {
        let (byGroup, byCountry) = (sums.byGroup, sums.byCountry)
        var table = SDMXTable(id: "REFUGEES",
                              dimensions: [("MEASURE", .enumerated(measures)), ("CITIZENSHIP_GROUP", .enumerated(groups)),
                                           ("CITIZENSHIP", .byteOrder)],
                              attributes: ["UNIT_MEASURE", "OBS_STATUS", "COVERAGE"])
        let coverage = String(context.coverage(period)), status = context.obsStatus(period)
        func add(_ m: String, _ group: String, _ country: String, _ sums: [String: [String: Int]], key: String) {
            guard m == "RECOGNITION_RATE" else {
                return table.add([m, group, country], String(sums[m]?[key] ?? 0), ["PS", status, coverage])
            }
            let granted = sums["GRANTED"]?[key] ?? 0, decided = granted + (sums["REFUSED"]?[key] ?? 0)
            let rate = decided > 0 ? DecimalText.ratio(Int128(granted) * 100, Int128(decided), places: 1) : ""
            table.add([m, group, country], rate, ["PC", decided > 0 ? status : "M", coverage])
        }
        for m in measures { for g in groups { add(m, g, "_T", byGroup, key: g) } }
        for (country, group) in countryGroup {
            for m in measures {
                let decided = (byCountry["GRANTED"]?[country] ?? 0) + (byCountry["REFUSED"]?[country] ?? 0)
                if m == "RECOGNITION_RATE" ? decided > 0 : (byCountry[m]?[country] ?? 0) != 0 {
                    add(m, group, country, byCountry, key: country)
                }
            }
        }
        return table
    }

    /// The identities, over the rows as published.
    static func checks(_ table: SDMXTable) -> [QualityCheck] {
        func total(_ m: String, _ group: String = "TOTAL") -> Int { Int(table.value([m, group, "_T"]) ?? "") ?? 0 }
        let sumsAdd = measures.filter { $0 != "RECOGNITION_RATE" }.allSatisfy { m in
            total(m) == groups.dropFirst().reduce(0) { $0 + total(m, $1) }
        }
        let holders = total("HOLDERS_END") == total("HOLDERS_START") + total("GRANTED") - ceased.reduce(0) { $0 + total($1) }
        let pending = total("PENDING_END") == total("PENDING_START") + total("APPLIED") - total("GRANTED") - total("REFUSED") - total("WITHDRAWN")
        return [
            QualityCheck(name: "refugees: TOTAL = sum of groups", passed: sumsAdd),
            QualityCheck(name: "refugees: HOLDERS_END = HOLDERS_START + GRANTED - CEASED", passed: holders),
            QualityCheck(name: "refugees: PENDING_END = PENDING_START + APPLIED - GRANTED - REFUSED - WITHDRAWN", passed: pending),
        ]
    }
}
