/// The quarterly page's columns (REPORT.md "The quarterly information"): a
/// quarter and the year to date, beside the same periods of the previous
/// year. A section keys its values by a column's number, a year's page by
/// the year; here each period of a year has a number of its own, so that the
/// sections read the quarterly tables with their year's SQL unchanged:
/// `year·100 + n` is quarter n, `year·100 + 10 + n` the year through it.
enum ReportPeriods {
    /// The data-period codes of the four columns, in the page's order.
    enum Column: String, CaseIterable {
        case quarter = "Q", quarterBefore = "Q_PREV", toDate = "YTD", toDateBefore = "YTD_PREV"

        var isToDate: Bool { self == .toDate || self == .toDateBefore }
        var isPreviousYear: Bool { self == .quarterBefore || self == .toDateBefore }
    }

    /// A quarter's number as Kazakh and Russian statistics write it (`IV тоқсан`, `IV квартал`).
    static func roman(_ quarter: Int) -> String { ["I", "II", "III", "IV"][(quarter - 1) % 4] }

    static func key(year: Int, quarter: Int, toDate: Bool) -> Int { year * 100 + (toDate ? 10 : 0) + quarter }

    /// A column's key on the page of `year`'s quarter.
    static func key(_ column: Column, year: Int, quarter: Int) -> Int {
        key(year: column.isPreviousYear ? year - 1 : year, quarter: quarter, toDate: column.isToDate)
    }

    /// The key's year (what its cells carry as `data-year`).
    static func year(ofKey key: Int) -> Int { key / 100 }

    /// A statistics table a section reads, as the quarterly page sees it: the
    /// rows of its `_quarterly` twin, each quarter under its key, and the year
    /// to date through each quarter derived by the table's measure kinds
    /// (PeriodMeasures): events summed over the quarters, an opening stock the
    /// first quarter's, a closing stock and a to-date figure the last
    /// quarter's; distinct persons and rates within a quarter do not add up,
    /// so through the fourth quarter they are the year's, before it empty.
    struct Table {
        let year: DatabaseSchema.Table
        let quarterly: DatabaseSchema.Table
        let measures: PeriodMeasures

        /// The relation's SQL: this region's rows with the year's columns, `time_period` a column key.
        func relation(_ dialect: SQLDialect, refArea: String) -> String {
            let dims = ReleaseTables.dimensions(quarterly)
            let attributes = quarterly.columns.map(\.name).filter { !quarterly.primaryKey.contains($0) && $0 != "obs_value" }
            let base = """
                (SELECT q.*, CAST(substr(q.time_period, 1, 4) AS INTEGER) AS p_year, CAST(substr(q.time_period, 7, 1) AS INTEGER) AS p_q
                 FROM \(quarterly.qualified(dialect)) q WHERE q.ref_area = \(sqlLiteral(refArea))) b
                """
            func select(_ time: String, _ value: String, attribute: (String) -> String) -> String {
                (["b.ref_area", "\(time) AS time_period"] + dims.map { "b.\($0)" } + ["\(value) AS obs_value"]
                    + attributes.map { "\(attribute($0)) AS \($0)" }).joined(separator: ", ")
            }
            var parts = ["SELECT \(select("b.p_year * 100 + b.p_q", "b.obs_value") { "b.\($0)" }) FROM \(base)"]
            for n in 1...4 {
                let at = { (q: Int, column: String) in "MAX(CASE WHEN b.p_q = \(q) THEN b.\(column) END)" }
                parts.append("""
                    SELECT \(select("b.p_year * 100 + \(10 + n)", toDate(n, dims: dims, dialect: dialect, at: at)) { at(n, $0) }) FROM \(base)
                    WHERE b.p_q <= \(n) AND b.p_year IN (SELECT CAST(substr(time_period, 1, 4) AS INTEGER) FROM \(quarterly.qualified(dialect))
                      WHERE ref_area = \(sqlLiteral(refArea)) AND time_period LIKE '%-Q\(n)')
                    GROUP BY b.ref_area, b.p_year\(dims.map { ", b.\($0)" }.joined())
                    """)
            }
            return "(\(parts.joined(separator: "\nUNION ALL\n"))) AS \(year.name)"
        }

        /// The year through quarter n: by the kind of each row's measure.
        private func toDate(_ n: Int, dims: [String], dialect: SQLDialect, at: (Int, String) -> String) -> String {
            func value(_ kind: PeriodMeasures.Kind) -> String {
                switch kind {
                case .events: return "SUM(b.obs_value)"
                case .opening: return at(1, "obs_value")
                case .closing, .toDate: return at(n, "obs_value")
                case .other:
                    // Through Q1 the year to date is the quarter itself; through Q4 it is the year.
                    if n == 1 { return at(1, "obs_value") }
                    guard n == 4 else { return "NULL" }
                    let same = (["time_period"] + dims).map { $0 == "time_period" ? "y.time_period = b.p_year" : "y.\($0) = b.\($0)" }
                    return "(SELECT y.obs_value FROM \(year.qualified(dialect)) y WHERE y.ref_area = b.ref_area AND \(same.joined(separator: " AND ")))"
                }
            }
            guard let dimension = measures.dimension?.lowercased(), !measures.kinds.isEmpty else { return value(measures.otherwise) }
            let byKind = Dictionary(grouping: measures.kinds.keys.sorted()) { measures.kinds[$0]! }
            let whens = byKind.sorted { "\($0.key)" < "\($1.key)" }.map { kind, codes in
                "WHEN b.\(dimension) IN (\(codes.map { sqlLiteral($0) }.joined(separator: ", "))) THEN \(value(kind))"
            }
            return "CASE \(whens.joined(separator: " ")) ELSE \(value(measures.otherwise)) END"
        }
    }

    /// The statistics tables the sections read on the quarterly page, by the year table's name.
    static func tables(_ plugins: [FeedPlugin]) -> [String: Table] {
        var out: [String: Table] = [:]
        for plugin in plugins {
            for section in plugin.reportSections {
                guard let measures = section.periods else { continue }
                let year = DatabaseSchema.statistics(plugin)
                out[year.name] = Table(year: year, quarterly: DatabaseSchema.quarterly(plugin), measures: measures)
            }
        }
        return out
    }
}
