import Foundation

/// The values one language's pages show, as Mustache contexts: the page's
/// own parts (languages, years, the pages beside the years, data quality)
/// and, in registry order, each section's context with the name of its
/// template (`{{#sections}}{{>*partial}}{{/sections}}`).
struct ReportPage {
    let data: ReportData
    let labels: ReportLabels
    let language: String
    let codeLists: CodeLists
    /// The years whose `rejects.csv` the quality page links to (`../../<year>/rejects.csv`).
    var rejectFiles: Set<Int> = []

    typealias Context = [String: Any]

    func label(_ key: String) -> String { labels.text(key, language) }

    func sectionPage(_ kind: ReportSectionPage.Kind, years: [Int]) -> ReportSectionPage {
        var page = ReportSectionPage(kind: kind, years: years, showsSpan: kind == .index, language: language, labels: labels, codeLists: codeLists)
        page.months = Dictionary(uniqueKeysWithValues: data.years.map { ($0, data.months($0)) })
        return page
    }

    /// The pages every page links to besides the years, in the order shown
    /// (built from what the report writes, so that a page added later is one entry).
    static let otherPages = [(file: "quality.html", label: "quality_page_title")]
    /// The national page, beside them when the database holds several regions.
    static let nationalPage = (file: "national.html", label: "national_page")

    /// Whether the report has a national page to link to.
    var showsNational = false

    /// The pages beside the years as the navigation lists them, `page` marked as the one shown.
    static func pageLinks(_ page: String, national: Bool, label: (String) -> String) -> [Context] {
        (otherPages + (national ? [nationalPage] : [])).map { ["href": $0.file, "label": label($0.label), "current": $0.file == page] as Context }
    }

    func common(page: String) -> Context {
        [
            "lang": language,
            "label": labels.all(language),
            "languages": labels.languages.map { ["code": $0, "name": labels.text("language_name", $0), "href": "../\($0)/\(page)", "current": $0 == language] as Context },
            "years": data.years.map { ["year": $0, "href": "\($0).html", "failed": data.status[$0] != "ok"] as Context },
            "hasQuarters": !data.quarterly.quarters.isEmpty,
            "quarters": data.quarterly.quarters.map { y, q -> Context in
                let file = Self.quarterFile(y, q)
                return ["href": file, "text": labels.text("quarter_short", language).replacingOccurrences(of: "{year}", with: String(y))
                            .replacingOccurrences(of: "{n}", with: String(q)).replacingOccurrences(of: "{q}", with: ReportPeriods.roman(q)), "current": file == page]
            },
            "pages": Self.pageLinks(page, national: showsNational) { label($0) },
        ]
    }

    // MARK: Pages

    func index() -> Context {
        var c = common(page: "index.html")
        c.merge(body(sectionPage(.index, years: data.years))) { a, _ in a }
        return c
    }

    func year(_ y: Int) -> Context {
        let page = sectionPage(.year(y), years: [y])
        var c = common(page: "\(y).html")
        c.merge(body(page)) { a, _ in a }
        c["year"] = y
        c["yearHeading"] = page.heading(y)
        // A whole phrase per language ("{year} год: подробные данные"), the months after it: "2003 (9 мес.) год" misreads.
        let months = page.months[y] ?? 12
        c["yearTitle"] = page.label("year_title", ["year": String(y)]) + (months < 12 ? " (\(months) \(page.label("months")))" : "")
        return c
    }

    /// The data-quality page: per year (latest first) and feed, rejects by
    /// reason, the year's rejects.csv, files not read whole with their
    /// messages; then the run history.
    func qualityPage() -> Context {
        let page = sectionPage(.index, years: data.years)
        var c = common(page: "quality.html")
        c["yearsDetail"] = data.years.reversed().map { y -> Context in
            let feeds = (data.quality[y] ?? []).map(\.feed).compactMap { feed -> Context? in
                let rejects = data.rejects[y]?[feed] ?? [], problems = data.fileProblems[y]?[feed] ?? []
                guard !rejects.isEmpty || !problems.isEmpty else { return nil }
                return ["feed": feed, "feedLabel": label("feed_\(feed)"),
                        "hasRejects": !rejects.isEmpty,
                        "rejects": rejects.map { ["reason": $0.reason, "reasonLabel": label(ReportLabels.reasonKey($0.reason)),
                                                    "value": String($0.records), "text": page.number(String($0.records))] as Context },
                        "hasProblems": !problems.isEmpty,
                        "problems": problems.map { ["path": $0.path, "status": $0.status, "statusLabel": label("file_status_\($0.status)"), "error": $0.error] as Context }]
            }
            return ["year": y, "heading": page.heading(y), "href": "\(y).html", "failed": data.status[y] != "ok",
                    "status": label(data.status[y] == "ok" ? "status_ok" : "status_failed"),
                    "rejectsFile": rejectFiles.contains(y) ? "../../\(y)/rejects.csv" : "", "hasRejectsFile": rejectFiles.contains(y),
                    "feeds": feeds, "clean": feeds.isEmpty]
        }
        c["quality"] = quality(page)
        c["runs"] = data.runs.map { r -> Context in
            let outcome = r.exitStatus.map { labels.has("exit_\($0)") ? "exit_\($0)" : "exit_other" } ?? "exit_unfinished"
            return ["id": r.id, "started": Self.time(r.started), "finished": r.finished.isEmpty ? "–" : Self.time(r.finished),
                    "years": r.years.split(separator: ",").joined(separator: ", "),
                    "exit": r.exitStatus.map(String.init) ?? "", "exitText": r.exitStatus.map(String.init) ?? "–",
                    "outcome": label(outcome), "failed": r.exitStatus != 0]
        }
        c["hasRuns"] = !data.runs.isEmpty
        return c
    }

    /// A timestamp as the database holds it (`2026-12-07T07:10:50Z`, PostgreSQL's `2026-12-07 07:10:50+00`)
    /// shown as `2026-12-07 07:10:50` (UTC, as the column's heading says).
    static func time(_ stored: String) -> String {
        var t = stored.replacingOccurrences(of: "T", with: " ")
        for suffix in ["Z", "+00:00", "+00"] where t.hasSuffix(suffix) { t = String(t.dropLast(suffix.count)) }
        if let dot = t.lastIndex(of: "."), t[t.index(after: dot)...].allSatisfy(\.isNumber) { t = String(t[..<dot]) }
        return t
    }

    /// Every section that shows on this page, and data quality.
    private func body(_ page: ReportSectionPage) -> Context {
        [
            "columns": page.columns(page.years),
            "sections": data.sections.compactMap { section, content -> Context? in
                guard var c = content.context(on: page) else { return nil }
                c["partial"] = section.partial
                return c
            },
            "quality": quality(page),
        ]
    }

    /// Data quality: per year and feed; a feed with no file in a year has no
    /// data there (dashes and "no data"), never zeros and `ok`.
    private func quality(_ page: ReportSectionPage) -> [Context] {
        page.years.flatMap { y in
            (data.quality[y] ?? []).map { q -> Context in
                let none = q.filesRead == 0 && q.quarantined == 0 && q.read == 0
                let dash: Context = ["value": "", "text": "–"]
                let rate = q.read > 0 ? ReportNumber.fixed(Decimal(q.rejected) * 100 / Decimal(q.read), 1) : ""
                let status = none ? "no_data" : data.status[y] == "ok" ? "status_ok" : "status_failed"
                return ["year": y, "href": "\(y).html", "feed": q.feed, "feedLabel": label("feed_\(q.feed)"),
                        "filesRead": none ? dash : page.cell(String(y), String(q.filesRead)),
                        "quarantined": none ? dash : page.cell(String(y), String(q.quarantined)),
                        "read": none ? dash : page.cell(String(y), String(q.read)),
                        "accepted": none ? dash : page.cell(String(y), String(q.accepted)),
                        "rejected": none ? dash : page.cell(String(y), String(q.rejected)),
                        "rate": ["value": rate, "text": rate.isEmpty ? "–" : page.number(rate)],
                        "status": label(status), "statusCode": none ? "NO_DATA" : data.status[y] == "ok" ? "OK" : "FAILED",
                        "failed": !none && data.status[y] != "ok"]
            }
        }
    }
}
