import Foundation
@testable import MigstatCore
import XCTest

/// The report's sections come from the plugins: the page loops over them in
/// registry order and its own code and templates name no feed, table or column.
final class ReportSectionTests: XCTestCase {
    /// Names only the plugins may know: each feed's name, statistics file and
    /// table, record tables, section ids and inputs, the tables its sections
    /// read (from its `…Report.swift`) and the label keys only its sections show.
    private func feedNames() throws -> (words: Set<String>, labels: Set<String>) {
        var names: Set<String> = [], labels: Set<String> = []
        for plugin in FeedRegistry.all {
            names.insert(plugin.name)
            names.insert(plugin.statisticsFile)
            names.insert(String(plugin.statisticsFile.dropLast(".csv".count)).replacingOccurrences(of: "-", with: "_"))
            names.formUnion(plugin.recordTables.map(\.name))
            let sections = plugin.reportSections + plugin.nationalSections
            names.formUnion(sections.map(\.id))
            names.formUnion(sections.flatMap(\.inputs))
            labels.formUnion(Set(sections.flatMap(\.labels)).subtracting(ReportLabels.required([])))
        }
        let feeds = repositoryRoot.appendingPathComponent("Sources/MigstatCore/Feeds")
        let reports = try FileManager.default.subpathsOfDirectory(atPath: feeds.path).filter { $0.hasSuffix("Report.swift") }
        XCTAssertGreaterThanOrEqual(reports.count, 4, "the four feeds' report files")
        let read = try NSRegularExpression(pattern: #"\.(?:statistics|records)\("([a-z0-9_]+)"\)"#)
        for file in reports {
            let text = try String(contentsOf: feeds.appendingPathComponent(file), encoding: .utf8)
            for m in read.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                names.insert(String(text[Range(m.range(at: 1), in: text)!]))
            }
        }
        XCTAssertTrue(names.isSuperset(of: ["migration_flows", "slips_by_month", "permits_by_employer", "table1"]), "\(names.sorted())")
        XCTAssertTrue(labels.isSuperset(of: ["table1_ARR_TOTAL", "category"]), "\(labels.sorted())")
        return (names, labels)
    }

    func testTheReportLayerNamesNoFeedTableOrColumn() throws {
        let names = try feedNames()
        let report = repositoryRoot.appendingPathComponent("Sources/MigstatCore/Report")
        let templates = repositoryRoot.appendingPathComponent("pipelines/report")
        var files = try FileManager.default.contentsOfDirectory(atPath: report.path).map { report.appendingPathComponent($0) }
        files += try FileManager.default.contentsOfDirectory(atPath: templates.path).filter { $0.hasSuffix(".mustache") }
            .map { templates.appendingPathComponent($0) }
        XCTAssertGreaterThan(files.count, 15)
        // A name as a whole word: `flow` is not in `overflow`, `labour_quota` not in `labour_quota_row`.
        func word(_ name: String) -> NSRegularExpression {
            try! NSRegularExpression(pattern: "(?<![A-Za-z0-9_-])" + NSRegularExpression.escapedPattern(for: name) + "(?![A-Za-z0-9_-])")
        }
        // A label key as the code and templates ask for one: `"category"`, `label.category` (not the word `category`).
        func key(_ name: String) -> NSRegularExpression {
            try! NSRegularExpression(pattern: "(?:\"|label\\.)" + NSRegularExpression.escapedPattern(for: name) + "(?![A-Za-z0-9_-])")
        }
        let patterns = names.words.map { ($0, word($0)) } + names.labels.map { ($0, key($0)) }
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (name, pattern) in patterns where pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil {
                XCTFail("\(file.lastPathComponent) names `\(name)`, which belongs to a plugin")
            }
        }
    }

    /// The check above finds a name where one is.
    func testTheNameCheckFindsAFeedsTable() throws {
        let names = try feedNames()
        XCTAssertTrue(names.words.contains("migration_flows"))
        XCTAssertTrue(names.words.contains("repatriates"))
        XCTAssertFalse(names.words.contains("year_state"), "the page's own tables are the engine's")
        XCTAssertFalse(names.labels.contains("whole_span"), "the page's own labels are the engine's")
    }

    /// Every registered section has its template and its labels in every language, and no two share an id.
    func testTheRegistrysSectionsHaveTemplatesAndLabels() throws {
        let ids = FeedRegistry.all.flatMap(\.reportSections).map(\.id)
        XCTAssertEqual(Set(ids).count, ids.count, "\(ids)")
        XCTAssertEqual(Array(ids.prefix(5)), ["table1", "outlook", "police", "labour", "repatriates"], "REPORT.md's order")
        let library = try ReportTemplates.load(directory: "\(pipelinesDir)/report")
        for id in ids { XCTAssertNotNil(library.getTemplate(named: "sections/\(id)"), id) }
        let labels = try ReportLabels.load(directory: pipelinesDir)
        for key in ReportLabels.required(FeedRegistry.all) {
            for language in labels.languages { XCTAssertFalse((labels.all(language)[key] ?? "").isEmpty, "\(key) in \(language)") }
        }
    }

    // MARK: A plugin's section on the page

    /// What a test section shows: its id and the page's years, on the pages it is asked to.
    struct Shown: ReportSectionContent {
        let id: String
        let onYearPages: Bool
        func context(on page: ReportSectionPage) -> [String: Any]? {
            if case .year = page.kind, !onYearPages { return nil }
            return ["rows": page.years.map { ["cell": page.cell(String($0), "1234.5", decimals: 1)] as [String: Any] }, "title": page.label("\(id)_title")]
        }
    }

    static func plugin(_ name: String, sections: [(id: String, onYearPages: Bool)]) -> FeedPlugin {
        FeedPlugin(name: name, statisticsFile: "\(name).csv", makeRules: { _ in fatalError("not read") },
                   aggregate: { _, _ in fatalError("not aggregated") }, statisticsColumns: ([], []), recordTables: [],
                   reportSections: sections.map { s in
                       ReportSection(id: s.id, labels: ["\(s.id)_title"]) { _ in Shown(id: s.id, onYearPages: s.onYearPages) }
                   })
    }

    /// Two plugins, three sections: the pages show them in registry order, each
    /// through its own template, and a section that gives nothing for a page is not on it.
    func testAPluginsSectionsAppearOnThePageInRegistryOrder() throws {
        let plugins = [Self.plugin("zeta", sections: [("zeta-one", true), ("zeta-two", false)]), Self.plugin("alpha", sections: [("alpha", true)])]
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("report-sections-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: "\(root)/report/sections", withIntermediateDirectories: true)
        for page in ["index", "year", "quarter", "quality-page"] {
            try "<body>{{#sections}}{{>*partial}}{{/sections}}{{#quality}}<q>{{feed}}</q>{{/quality}}</body>".write(toFile: "\(root)/report/\(page).mustache", atomically: true, encoding: .utf8)
        }
        for id in ["zeta-one", "zeta-two", "alpha"] {
            try "<table id=\"\(id)\"><caption>{{title}}</caption>{{#rows}}{{#cell}}<td data-year=\"{{year}}\" data-value=\"{{value}}\">{{text}}</td>{{/cell}}{{/rows}}</table>"
                .write(toFile: "\(root)/report/sections/\(id).mustache", atomically: true, encoding: .utf8)
        }
        // Each page label reads as its key, except the decimal point, which the cells show.
        let page = ReportLabels.required([]).map { "  \($0): { en: \"\($0 == "decimal_separator" ? "." : $0)\" }\n" }.joined()
        let own = ["feed_zeta", "feed_alpha", "zeta-one_title", "zeta-two_title", "alpha_title"].map { "  \($0): { en: \"\($0.uppercased())\" }\n" }.joined()
        try "languages: [en]\nlabels:\n\(page)\(own)".write(toFile: "\(root)/report/labels.yaml", atomically: true, encoding: .utf8)

        let db = try XCTUnwrap(UnifiedDatabase.open(.sqlite(path: "\(root)/migstat.sqlite")))
        try db.connection.execute("INSERT INTO year_state (ref_area, year, status, loaded_at, manifest_sha256) VALUES ('KZ-71', 2002, 'ok', '2003-01-01', 'a'), ('KZ-71', 2003, 'ok', '2004-01-01', 'b')")
        let data = try ReportData.read(db, pipelines: root, plugins: plugins)
        XCTAssertEqual(data.sections.map(\.section.id), ["zeta-one", "zeta-two", "alpha"])
        let library = try ReportTemplates.load(directory: "\(root)/report", plugins: plugins)
        let labels = try ReportLabels.load(directory: root, plugins: plugins)
        let shown = ReportPage(data: data, labels: labels, language: "en", codeLists: try CodeLists(directory: "\(pipelinesDir)/codelists"))

        let index = try XCTUnwrap(library.render(shown.index(), withTemplate: "index"))
        XCTAssertEqual(index, "<body>"
            + "<table id=\"zeta-one\"><caption>ZETA-ONE_TITLE</caption><td data-year=\"2002\" data-value=\"1234.5\">1\u{2009}234.5</td><td data-year=\"2003\" data-value=\"1234.5\">1\u{2009}234.5</td></table>"
            + "<table id=\"zeta-two\"><caption>ZETA-TWO_TITLE</caption><td data-year=\"2002\" data-value=\"1234.5\">1\u{2009}234.5</td><td data-year=\"2003\" data-value=\"1234.5\">1\u{2009}234.5</td></table>"
            + "<table id=\"alpha\"><caption>ALPHA_TITLE</caption><td data-year=\"2002\" data-value=\"1234.5\">1\u{2009}234.5</td><td data-year=\"2003\" data-value=\"1234.5\">1\u{2009}234.5</td></table>"
            + "<q>zeta</q><q>alpha</q><q>zeta</q><q>alpha</q></body>")
        let year = try XCTUnwrap(library.render(shown.year(2003), withTemplate: "year"))
        XCTAssertEqual(year, "<body>"
            + "<table id=\"zeta-one\"><caption>ZETA-ONE_TITLE</caption><td data-year=\"2003\" data-value=\"1234.5\">1\u{2009}234.5</td></table>"
            + "<table id=\"alpha\"><caption>ALPHA_TITLE</caption><td data-year=\"2003\" data-value=\"1234.5\">1\u{2009}234.5</td></table>"
            + "<q>zeta</q><q>alpha</q></body>")
    }

    /// The report is written again when a section's template or another input of it changes.
    func testASectionsTemplateAndInputsAreInTheReportsStamp() throws {
        let plugin = FeedPlugin(name: "alpha", statisticsFile: "alpha.csv", makeRules: { _ in fatalError("not read") },
                                aggregate: { _, _ in fatalError("not aggregated") }, statisticsColumns: ([], []), recordTables: [],
                                reportSections: [ReportSection(id: "alpha", labels: [], inputs: ["programme.yaml"]) { _ in Shown(id: "alpha", onYearPages: true) }])
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("report-stamp-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: "\(root)/report/sections", withIntermediateDirectories: true)
        try "<p>".write(toFile: "\(root)/report/sections/alpha.mustache", atomically: true, encoding: .utf8)
        try "target: 525.0".write(toFile: "\(root)/programme.yaml", atomically: true, encoding: .utf8)
        let first = ReportBuilder.layout(root, plugins: [plugin])
        try "target: 530.0".write(toFile: "\(root)/programme.yaml", atomically: true, encoding: .utf8)
        let second = ReportBuilder.layout(root, plugins: [plugin])
        XCTAssertNotEqual(first, second, "an input changed")
        XCTAssertEqual(ReportBuilder.layout(root, plugins: []), "report/sections/alpha.mustache\n<p>", "no input of no plugin")
        try "<p>!".write(toFile: "\(root)/report/sections/alpha.mustache", atomically: true, encoding: .utf8)
        XCTAssertNotEqual(ReportBuilder.layout(root, plugins: [plugin]), second, "a section's template changed")
    }

    /// A section whose template is missing, or whose label is, is a definition error naming the file and what to add.
    func testASectionsTemplateAndLabelsAreRequired() throws {
        let plugins = [Self.plugin("alpha", sections: [("alpha", true)])]
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("report-sections-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: "\(root)/report", withIntermediateDirectories: true)
        for page in ["index", "year", "quarter", "quality-page"] { try "x".write(toFile: "\(root)/report/\(page).mustache", atomically: true, encoding: .utf8) }
        XCTAssertThrowsError(try ReportTemplates.load(directory: "\(root)/report", plugins: plugins)) { error in
            XCTAssertEqual(error as? MigstatError, .configuration("\(root)/report/sections/alpha.mustache not found: "
                + "the template of the report's `alpha` table (feed alpha) lives there"))
        }
        let page = ReportLabels.required([]).map { "  \($0): { en: \"\($0)\" }\n" }.joined()
        try "languages: [en]\nlabels:\n\(page)  feed_alpha: { en: a }\n".write(toFile: "\(root)/report/labels.yaml", atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ReportLabels.load(directory: root, plugins: plugins)) { error in
            XCTAssertEqual(error as? MigstatError, .configuration("\(root)/report/labels.yaml: label `alpha_title` is missing (the report needs it in en)"))
        }
    }
}
