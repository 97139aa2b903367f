import Foundation

/// One page as a section sees it: the years that are its columns, the page's
/// language and labels, and the cells, figures and charts every section draws
/// alike (REPORT.md: a plain `data-value` beside the text for people).
struct ReportSectionPage {
    /// `quarter`: the quarterly page of a year's quarter, its columns the keys of ReportPeriods.
    enum Kind: Equatable { case index, year(Int), quarter(year: Int, quarter: Int) }

    let kind: Kind
    /// The columns: every published year on the index, the one year on its page,
    /// the quarter's periods on the quarterly page (ReportPeriods' keys).
    let years: [Int]
    /// Whether the page adds a column for the whole span of a table's years (the index).
    let showsSpan: Bool
    let language: String
    let labels: ReportLabels
    let codeLists: CodeLists
    /// Months each year covers, for its column's heading ("2003 (9 months)").
    var months: [Int: Int] = [:]

    typealias Context = [String: Any]

    func label(_ key: String) -> String { labels.text(key, language) }

    /// A label with its `{placeholders}` filled (`{year}`, `{first}`, `{last}`).
    func label(_ key: String, _ values: [String: String]) -> String {
        values.reduce(label(key)) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
    }

    /// The page's decimal separator (labels.yaml's `decimal_separator`).
    var decimal: String { label("decimal_separator") }

    /// A plain number as this page writes it for people.
    func number(_ plain: String, signed: Bool = false) -> String { ReportNumber.format(plain, signed: signed, decimal: decimal) }

    /// A country's name in the page's language, from the code lists; the code where the list has none in that language.
    func countryName(_ code: String) -> String { codeLists.countryName(code, language: language) ?? code }
    func regionName(_ code: String) -> String { codeLists.regionName(code, language: language) ?? code }

    /// A year's column heading: the year, and its months where fewer than 12.
    func heading(_ year: Int) -> String {
        let m = months[year] ?? 12
        return m < 12 ? "\(year) (\(m) \(label("months")))" : String(year)
    }

    /// The whole span of `years` as a column's code (`2001-2003`), where the page shows one and there is more than one year.
    func span(of years: [Int]) -> String? {
        guard showsSpan, let first = years.first, let last = years.last, years.count > 1 else { return nil }
        return "\(first)-\(last)"
    }

    /// A table's column headings: one per year, then its whole span's, headed by its first and last year.
    func columns(_ years: [Int]) -> [Context] {
        years.map { ["heading": heading($0), "span": false] as Context }
            + (span(of: years).map { _ in
                [["heading": label("whole_span", ["first": String(years.first!), "last": String(years.last!)]), "span": true] as Context]
            } ?? [])
    }

    /// A table cell: `value` is the plain number with `decimals` places (the
    /// published file's), `text` the same for people; a dash where there is none.
    func cell(_ year: String, _ value: String?, decimals: Int = 0, signed: Bool = false) -> Context {
        var c: Context = ["year": year, "value": "", "text": "–"]
        if let value, !value.isEmpty, let number = Decimal(string: value) {
            let plain = ReportNumber.fixed(number, decimals)
            (c["value"], c["text"]) = (plain, self.number(plain, signed: signed))
        }
        // On the quarterly page a column is a period: its year and its code (`data-period`).
        if let key = Int(year), let column = column(ofKey: key) {
            (c["year"], c["period"]) = (String(ReportPeriods.year(ofKey: key)), column.rawValue)
        }
        return c
    }

    /// Whether this is a quarterly page (its columns periods, not years).
    var isQuarterly: Bool { if case .quarter = kind { return true } else { return false } }

    /// The period a column's key is on the quarterly page; nil on other pages.
    func column(ofKey key: Int) -> ReportPeriods.Column? {
        guard case .quarter(let year, let quarter) = kind else { return nil }
        return ReportPeriods.Column.allCases.first { ReportPeriods.key($0, year: year, quarter: quarter) == key }
    }

    /// A chart with its caption (a label key), as markup for a `{{{triple}}}` tag (the caption escaped here).
    func figure(_ svg: String, caption: String) -> String {
        "<figure>\(svg)<figcaption>\(HTMLText.escape(label(caption)))</figcaption></figure>"
    }

    /// A chart in the page's number convention.
    func chart(categories: [String], series: [SVGChart.Series], unit: String, axis: String) -> SVGChart {
        var chart = SVGChart(categories: categories, series: series, unit: unit, axis: axis)
        chart.decimal = decimal
        return chart
    }

    /// Bars per year of `years`, one series per label key with its value of
    /// each year (a checked decimal, or none); the axis counts `unit` (a label key).
    func yearChart(_ years: [Int], _ series: [(label: String, value: (Int) -> String?)], unit: String, caption: String) -> String {
        chart(categories: years.map(String.init),
              series: series.map { s in SVGChart.Series(label(s.label), years.map { Double(s.value($0) ?? "") }) },
              unit: label(unit), axis: label("axis_year")).render(caption: label(caption))
    }
}
