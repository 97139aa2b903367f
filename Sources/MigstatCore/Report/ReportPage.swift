import Foundation

/// The values one language's pages show, as Mustache contexts: the page's
/// own parts (languages, years, column headings, data quality) and, in
/// registry order, each section's context with the name of its template
/// (`{{#sections}}{{>*partial}}{{/sections}}`).
struct ReportPage {
    let data: ReportData
    let labels: ReportLabels
    let language: String
    let codeLists: CodeLists

    typealias Context = [String: Any]

    private func label(_ key: String) -> String { labels.text(key, language) }

    private func heading(_ year: Int) -> String {
        let months = data.months(year)
        return months < 12 ? "\(year) (\(months) \(label("months")))" : String(year)
    }

    private var span: String? {
        guard let first = data.years.first, let last = data.years.last, data.years.count > 1 else { return nil }
        return "\(first)-\(last)"
    }

    private func common(page: String) -> Context {
        [
            "lang": language,
            "label": labels.all(language),
            "languages": labels.languages.map { ["code": $0, "href": "../\($0)/\(page)", "current": $0 == language] as Context },
            "years": data.years.map { ["year": $0, "href": "\($0).html", "failed": data.status[$0] != "ok"] as Context },
        ]
    }

    // MARK: Pages

    func index() -> Context {
        var c = common(page: "index.html")
        c.merge(body(ReportSectionPage(kind: .index, years: data.years, span: span, language: language, labels: labels, codeLists: codeLists))) { a, _ in a }
        return c
    }

    func year(_ y: Int) -> Context {
        var c = common(page: "\(y).html")
        c.merge(body(ReportSectionPage(kind: .year(y), years: [y], span: nil, language: language, labels: labels, codeLists: codeLists))) { a, _ in a }
        c["year"] = y
        c["yearHeading"] = heading(y)
        return c
    }

    /// The column headings, every section that shows on this page, and data quality.
    private func body(_ page: ReportSectionPage) -> Context {
        [
            "columns": page.years.map { ["heading": heading($0), "span": false] as Context }
                + (page.span.map { _ in [["heading": label("whole_span"), "span": true] as Context] } ?? []),
            "sections": data.sections.compactMap { section, content -> Context? in
                guard var c = content.context(on: page) else { return nil }
                c["partial"] = section.partial
                return c
            },
            "quality": quality(page),
        ]
    }

    /// Data quality: per year and feed.
    private func quality(_ page: ReportSectionPage) -> [Context] {
        page.years.flatMap { y in
            (data.quality[y] ?? []).map { q -> Context in
                let rate = q.read > 0 ? ReportNumber.fixed(Decimal(q.rejected) * 100 / Decimal(q.read), 1) : ""
                return ["year": y, "href": "\(y).html", "feed": q.feed, "feedLabel": label("feed_\(q.feed)"),
                        "filesRead": q.filesRead, "quarantined": q.quarantined,
                        "read": page.cell(String(y), String(q.read)), "accepted": page.cell(String(y), String(q.accepted)),
                        "rejected": page.cell(String(y), String(q.rejected)),
                        "rate": ["value": rate, "text": rate.isEmpty ? "–" : rate],
                        "status": label(data.status[y] == "ok" ? "status_ok" : "status_failed"), "failed": data.status[y] != "ok"]
            }
        }
    }
}
