import Foundation

/// One page as a section sees it: the years that are its columns, the page's
/// language and labels, and the cells, figures and charts every section draws
/// alike (REPORT.md: a plain `data-value` beside the text for people).
struct ReportSectionPage {
    enum Kind: Equatable { case index, year(Int) }

    let kind: Kind
    /// The columns: every published year on the index, the one year on its page.
    let years: [Int]
    /// The whole span's column (`2001-2003`): on the index, over more than one year.
    let span: String?
    let language: String
    let labels: ReportLabels
    let codeLists: CodeLists

    typealias Context = [String: Any]

    func label(_ key: String) -> String { labels.text(key, language) }

    /// A country's name in the page's language, from the code lists; the code where it has none.
    func countryName(_ code: String) -> String { codeLists.countryName(code, language: language) ?? code }

    /// A table cell: `value` is the plain number with `decimals` places (the
    /// published file's), `text` the same for people; a dash where there is none.
    func cell(_ year: String, _ value: String?, decimals: Int = 0, signed: Bool = false) -> Context {
        guard let value, !value.isEmpty, let number = Decimal(string: value) else {
            return ["year": year, "value": "", "text": "–"]
        }
        let plain = ReportNumber.fixed(number, decimals)
        return ["year": year, "value": plain, "text": ReportNumber.format(plain, signed: signed)]
    }

    /// A chart with its caption, as markup for a `{{{triple}}}` tag (the caption escaped here).
    func figure(_ svg: String, caption: String) -> String {
        "<figure>\(svg)<figcaption>\(HTMLText.escape(label(caption)))</figcaption></figure>"
    }

    /// Bars per year of `years`, one series per label key with its value of
    /// each year (a checked decimal, or none); the axis counts `unit` (a label key).
    func yearChart(_ years: [Int], _ series: [(label: String, value: (Int) -> String?)], unit: String, caption: String) -> String {
        SVGChart(categories: years.map(String.init),
                 series: series.map { s in SVGChart.Series(label(s.label), years.map { Double(s.value($0) ?? "") }) },
                 unit: label(unit), axis: label("axis_year")).render(caption: label(caption))
    }
}
