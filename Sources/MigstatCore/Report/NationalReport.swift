import Foundation
import Mustache

/// The national page (REPORT.md, `national.html`): written when the
/// database holds more than one region (`ref_area` in `year_state`), from
/// the sections the plugins bring for it (`FeedPlugin.nationalSections`),
/// through `pipelines/report/national.mustache`.
enum NationalReport {
    /// The regions the database holds a year of.
    static func regions(_ database: UnifiedDatabase) throws -> [String] {
        try database.connection.rows("SELECT DISTINCT ref_area FROM \(database.table(DatabaseSchema.yearState)) ORDER BY 1")
            .compactMap { $0.first ?? nil }
    }

    /// Each language's page, or none when the database holds one region.
    static func pages(_ database: UnifiedDatabase, pipelines: String, labels: ReportLabels, templates: MustacheLibrary,
                      years: [Int], codeLists: CodeLists, plugins: [FeedPlugin] = FeedRegistry.all) throws -> [(path: String, html: String)] {
        guard try regions(database).count > 1 else { return [] }
        let reader = ReportReader(connection: database.connection, pipelines: pipelines)
        let sections = try plugins.flatMap(\.nationalSections).map { ($0, try $0.read(reader)) }
        return try labels.languages.map { language in
            let page = ReportSectionPage(kind: .index, years: years, showsSpan: false, language: language, labels: labels, codeLists: codeLists)
            let context: [String: Any] = [
                "lang": language,
                "label": labels.all(language),
                "languages": labels.languages.map { ["code": $0, "name": labels.text("language_name", $0), "href": "../\($0)/national.html", "current": $0 == language] as [String: Any] },
                "years": years.map { ["year": $0, "href": "\($0).html"] as [String: Any] },
                "pages": ReportPage.pageLinks("national.html", national: true) { labels.text($0, language) },
                "sections": sections.compactMap { section, content -> [String: Any]? in
                    guard var c = content.context(on: page) else { return nil }
                    c["partial"] = section.partial
                    return c
                },
            ]
            guard let html = templates.render(context, withTemplate: "national") else {
                throw MigstatError.configuration("\(pipelines)/report/national.mustache not found: the national page's template lives there")
            }
            return ("\(language)/national.html", html)
        }
    }
}
