import Foundation

/// The quarterly page (REPORT.md "The quarterly information", `<year>-Q<n>.html`):
/// every section that has quarters, its columns the quarter, the same
/// quarter of the previous year and the change in percent, then the same for
/// the year to date; a provisional quarter's coverage at the top; then what the
/// year's latest release revised and the files behind it.
extension ReportPage {
    static func quarterFile(_ year: Int, _ quarter: Int) -> String { "\(year)-Q\(quarter).html" }

    /// The columns as shown: a period beside the same one a year before, then the change from it.
    private static let layout: [(column: ReportPeriods.Column, before: ReportPeriods.Column)] = [(.quarter, .quarterBefore), (.toDate, .toDateBefore)]

    func quarter(_ y: Int, _ q: Int) -> Context {
        let keys = ReportPeriods.Column.allCases.map { ReportPeriods.key($0, year: y, quarter: q) }
        let page = sectionPage(.quarter(year: y, quarter: q), years: keys)
        func phrase(_ key: String, _ year: Int) -> String {
            page.label(key, ["year": String(year), "n": String(q), "q": ReportPeriods.roman(q), "months": String(3 * q)])
        }
        var c = common(page: Self.quarterFile(y, q))
        c["quarterly"] = true
        c["year"] = y
        c["quarter"] = q
        c["quarterTitle"] = phrase("quarter_title", y)
        c["columns"] = Self.layout.flatMap { column, before -> [Context] in
            let heading = column == .quarter ? "quarter_heading" : "to_date_heading"
            return [["heading": phrase(heading, y), "span": false], ["heading": phrase(heading, y - 1), "span": false],
                    ["heading": page.label("change_heading"), "span": false]]
        }
        if let months = data.quarterly.coverage[y]?[q], months < 3 {
            c["provisional"] = ["coverage": months, "text": page.label("quarter_provisional", ["months": String(months)])] as Context
        }
        c["sections"] = data.quarterly.sections.compactMap { section, content -> Context? in
            guard var s = content.context(on: page) else { return nil }
            s["partial"] = section.partial
            s["columns"] = c["columns"]
            if let rows = s["rows"] as? [Context] { s["rows"] = rows.map { relaid($0, page) } }
            return s
        }
        c.merge(revisions(y, page)) { a, _ in a }
        return c
    }

    /// A row's cells in the page's order, each period beside the same one of the previous year and the change.
    private func relaid(_ row: Context, _ page: ReportSectionPage) -> Context {
        guard let cells = row["cells"] as? [Context], case .quarter(let y, let q) = page.kind else { return row }
        let byPeriod = Dictionary(cells.compactMap { c in (c["period"] as? String).map { ($0, c) } }) { a, _ in a }
        func cell(_ column: ReportPeriods.Column) -> Context {
            byPeriod[column.rawValue] ?? ["year": String(ReportPeriods.year(ofKey: ReportPeriods.key(column, year: y, quarter: q))),
                                          "period": column.rawValue, "value": "", "text": "–"]
        }
        var out = row
        out["cells"] = Self.layout.flatMap { column, before -> [Context] in
            let (now, then) = (cell(column), cell(before))
            return [now, then, change(now["value"] as? String, from: then["value"] as? String, column: column, year: y, page)]
        }
        return out
    }

    /// The change in percent, one decimal; a dash where either value is missing or the earlier one is zero.
    private func change(_ now: String?, from then: String?, column: ReportPeriods.Column, year: Int, _ page: ReportSectionPage) -> Context {
        var c: Context = ["year": String(year), "change": column.rawValue, "value": "", "text": "–"]
        guard let a = now.flatMap({ Decimal(string: $0) }), let b = then.flatMap({ Decimal(string: $0) }), b != 0 else { return c }
        let percent = ReportNumber.fixed((a - b) * 100 / (b < 0 ? -b : b), 1)
        (c["value"], c["text"]) = (percent, page.number(percent, signed: true))
        return c
    }

    /// `<table id="revisions">`: every figure of the year the latest release changed, and the files behind it.
    private func revisions(_ y: Int, _ page: ReportSectionPage) -> Context {
        guard let release = data.quarterly.latest[y], let previous = release.previous else { return ["hasRevisions": false] }
        let rows = release.revisions.map { r -> Context in
            let dims = r.dimensions.split(separator: ";").compactMap { pair -> (name: String, value: String)? in
                let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                return kv.count == 2 ? (String(kv[0]), String(kv[1])) : nil
            }
            func value(_ v: String) -> Context { ["value": v, "text": page.number(v)] }
            // The data-* attributes keep the database's identifiers; the cells read in the page's language.
            return ["table": r.table, "period": r.period, "dims": dims.map { ["name": $0.name, "value": $0.value] as Context },
                    "tableText": page.statisticsTableName(r.table), "periodText": page.periodName(r.period),
                    "dimensionsText": dims.map { page.dimensionText($0.name, $0.value) }.joined(separator: "; "),
                    "previous": value(r.previous), "value": value(r.value)]
        }
        return ["hasRevisions": true, "release": release.number, "previousRelease": previous,
                "revisionsIntro": page.label("revisions_intro", ["previous": String(previous), "release": String(release.number)]),
                "revisions": rows, "noRevisions": rows.isEmpty,
                "files": release.files.map { ["path": $0] as Context }, "hasFiles": !release.files.isEmpty]
    }
}
