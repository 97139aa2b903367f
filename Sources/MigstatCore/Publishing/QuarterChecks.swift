/// The quarters agree with their year (STATISTICS.md): every measure that
/// counts events or money adds up over the quarters to the year's value, and
/// the stocks open with the year (its first quarter, when that is the first
/// with data) and close with it (its last quarter with data). Checked over
/// the values as published, like the tables' own identities.
enum QuarterChecks {
    /// `name`: the statistics file's name without `.csv`, as the checks are named.
    static func run(name: String, year: SDMXTable, quarters: [(quarter: StatisticsPeriod, table: SDMXTable)],
                    measures: PeriodMeasures) -> [QualityCheck] {
        guard !quarters.isEmpty else { return [] }
        let yearValues = values(year)
        let quarterValues = quarters.map { values($0.table) }
        var rows = Set(yearValues.keys)
        for q in quarterValues { rows.formUnion(q.keys) }
        var kinds: [PeriodMeasures.Kind: [[String]]] = [:]
        for row in rows { kinds[measures.kind(row, in: year), default: []].append(row) }

        var checks: [QualityCheck] = []
        if let events = kinds[.events] {
            let adds = events.allSatisfy { row in
                let parts = quarterValues.map { $0[row] ?? .zero }
                guard let sum = Scaled.sum(parts), let whole = Scaled.sum([yearValues[row] ?? .zero]) else { return false }
                // Each quarter is rounded on its own: decimals agree within a unit of the last place a quarter.
                let places = max(sum.places, whole.places)
                return abs(sum.rescaled(to: places) - whole.rescaled(to: places)) <= (places == 0 ? 0 : parts.count)
            }
            checks.append(QualityCheck(name: "\(name): quarters add up to the year", passed: adds))
        }
        if kinds[.opening] != nil || kinds[.closing] != nil {
            let opens = quarters.first?.quarter != .quarter(1) || (kinds[.opening] ?? []).allSatisfy { row in
                same(quarterValues.first![row], yearValues[row])
            }
            let closes = (kinds[.closing] ?? []).allSatisfy { row in same(quarterValues.last![row], yearValues[row]) }
            checks.append(QualityCheck(name: "\(name): stocks open and close with the year", passed: opens && closes))
        }
        return checks
    }

    /// The table's values by row: numbers only (an empty value, `M`, is no number).
    private static func values(_ table: SDMXTable) -> [[String]: Scaled] {
        var out: [[String]: Scaled] = [:]
        for row in table.rows { if let v = Scaled(row.value) { out[row.dimensions] = v } }
        return out
    }

    /// Two stocks agree: an absent row is zero.
    private static func same(_ a: Scaled?, _ b: Scaled?) -> Bool {
        let (x, y) = (a ?? .zero, b ?? .zero)
        let places = max(x.places, y.places)
        return x.rescaled(to: places) == y.rescaled(to: places)
    }

    private static func pow10(_ n: Int) -> Int { (0..<max(n, 0)).reduce(1) { r, _ in r * 10 } }

    /// A published number as an integer of units of its last decimal place.
    struct Scaled {
        var units: Int
        var places: Int
        static let zero = Scaled(units: 0, places: 0)

        init(units: Int, places: Int) { (self.units, self.places) = (units, places) }

        init?(_ text: String) {
            // As many whole digits as an Int holds: a year's money in thousands can pass
            // the 12 whole digits DecimalText.parseScaled allows an input amount.
            let negative = text.hasPrefix("-")
            let parts = text.dropFirst(negative ? 1 : 0).split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count <= 2, !parts[0].isEmpty, parts.count == 1 || (1...6).contains(parts[1].count),
                  parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }), let n = Int(parts.joined()) else { return nil }
            self.init(units: negative ? -n : n, places: parts.count == 2 ? parts[1].count : 0)
        }

        func rescaled(to places: Int) -> Int { units * QuarterChecks.pow10(places - self.places) }

        /// The sum at the finest places of its parts; nil on overflow.
        static func sum(_ parts: [Scaled]) -> Scaled? {
            let places = parts.map(\.places).max() ?? 0
            var total = 0
            for p in parts {
                let (s, overflow) = total.addingReportingOverflow(p.rescaled(to: places))
                guard !overflow else { return nil }
                total = s
            }
            return Scaled(units: total, places: places)
        }
    }
}
