import Foundation
@testable import MigstatCore
import XCTest

/// The analysis report as an official sees it: rendered by a real headless
/// Chromium, every `data-value` checked against the published statistics
/// files, agency text escaped, nothing fetched, and every page drawn.
final class ReportTests: XCTestCase {
    static let demo = Harness.repository.appendingPathComponent("input")
    static let samples = Harness.fixtures.appendingPathComponent("input")

    /// A statistics file's rows: the fields after DATAFLOW joined by `|` up to OBS_VALUE → OBS_VALUE.
    private func statistics(_ w: Workdir, _ year: Int, _ file: String) throws -> [String: String] {
        let text = (try? String(contentsOfFile: "\(w.output)/\(year)/\(file)", encoding: .utf8)) ?? ""
        let lines = text.split(separator: "\n")
        guard let header = lines.first.map({ PublishedCSV.fields($0) }), let value = header.firstIndex(of: "OBS_VALUE") else { return [:] }
        var out: [String: String] = [:]
        for line in lines.dropFirst() {
            let f = PublishedCSV.fields(line)
            out[f[3..<value].joined(separator: "|")] = f[value]
        }
        return out
    }

    /// Every cell of every table of `page` equals the statistics files.
    private func assertTablesEqualTheFiles(_ w: Workdir, page: String, years: [Int], file: StaticString = #filePath, line: UInt = #line) throws {
        let dom = try Chromium.dom(page)
        var checked = 0
        func check(_ table: String, _ statisticsFile: String, key: (RenderedTable.Row) -> String) throws {
            for row in try RenderedTable(id: table, in: dom).rows {
                for cell in row.cells {
                    guard let y = Int(cell["data-year"] ?? "") else { continue }   // the span column: checked below
                    let want = try statistics(w, y, statisticsFile)[key(row)]
                    XCTAssertEqual(cell["data-value"], want ?? (table == "police" ? "0" : ""), "\(page) \(table) \(row.attributes) \(y)", file: file, line: line)
                    checked += 1
                }
            }
        }
        try check("table1", "migration-flows.csv") { "\($0.attributes["data-flow"]!)|\($0.attributes["data-group"]!)|_T|_T" }
        try check("police", "foreign-registrations.csv") {
            "\($0.attributes["data-measure"]!)|\($0.attributes["data-group"]!)|_T|\($0.attributes["data-purpose"] ?? "_T")"
        }
        try check("labour", "labour-quota.csv") { "\($0.attributes["data-measure"]!)|\($0.attributes["data-category"]!)|_T" }
        try check("repatriates", "repatriates.csv") { "\($0.attributes["data-measure"]!)|\($0.attributes["data-basis"]!)|_T" }
        XCTAssertGreaterThan(checked, 50 * years.count, "\(page): cells checked", file: file, line: line)

        // The whole span: the sum of the years.
        if years.count > 1 {
            for row in try RenderedTable(id: "table1", in: dom).rows {
                let key = "\(row.attributes["data-flow"]!)|\(row.attributes["data-group"]!)|_T|_T"
                let sum = try years.reduce(0) { $0 + (Int(try statistics(w, $1, "migration-flows.csv")[key] ?? "") ?? 0) }
                XCTAssertEqual(row.cells.last?["data-year"], "\(years.first!)-\(years.last!)", file: file, line: line)
                XCTAssertEqual(row.cells.last?["data-value"], String(sum), "\(page) span \(key)", file: file, line: line)
            }
        }
    }

    func testTheRenderedTablesEqualTheStatisticsFiles() throws {
        _ = try Chromium.require()
        for (input, years, status) in [(Self.demo, [2001, 2002, 2003], Int32(0)), (Self.samples, [2003], Int32(3))] {
            let w = try Workdir(copying: input)
            let r = try Harness.run(["run"] + w.args)
            XCTAssertEqual(r.status, status, r.stderr)
            for language in ["kk", "ru", "en"] {
                try assertTablesEqualTheFiles(w, page: "\(w.output)/report/\(language)/index.html", years: years)
            }
            for year in years {
                try assertTablesEqualTheFiles(w, page: "\(w.output)/report/en/\(year).html", years: [year])
            }
        }
    }

    /// A year page's heading is the year, then the label, which carries its own
    /// punctuation ("2001 жыл: толық деректер", not "2001: жыл: …").
    func testAYearPageIsHeadedByItsYearAndTheLabel() throws {
        let w = try Workdir(copying: Self.demo)
        XCTAssertEqual(try Harness.run(["run"] + w.args).status, 0)
        let labels = try ReportLabels.load(directory: Harness.pipelines)
        for language in ["kk", "ru", "en"] {
            let html = try String(contentsOfFile: "\(w.output)/report/\(language)/2002.html", encoding: .utf8)
            XCTAssertTrue(html.contains("<h1>2002 \(labels.text("year_title", language))</h1>"), language)
        }
    }

    /// The outlook's average is the mean of the last three complete years' NET, rounded half away from zero.
    func testTheOutlookIsTheMeanOfTheLastThreeCompleteYears() throws {
        let w = try Workdir(copying: Self.demo)
        XCTAssertEqual(try Harness.run(["run"] + w.args).status, 0)
        let rows = try RenderedTable(id: "outlook", in: Chromium.dom("\(w.output)/report/ru/index.html")).rows
        XCTAssertGreaterThanOrEqual(rows.count, 4)
        for row in rows {
            let group = row.attributes["data-group"]!
            let nets = try [2001, 2002, 2003].map { Double(try statistics(w, $0, "migration-flows.csv")["NET|\(group)|_T|_T"]!)! }
            let mean = nets.reduce(0, +) / 3
            XCTAssertEqual(row.attributes["data-measure"], "AVG_NET")
            XCTAssertEqual(row.cells[0]["data-value"], String(Int(mean.rounded(.toNearestOrAwayFromZero))), group)
            XCTAssertEqual(row.cells[1]["data-value"], String(Int(mean.rounded(.toNearestOrAwayFromZero)) * 3), group)
        }
    }

    /// A screenshot of each page type is drawn (kept under .build/report-screenshots for a person to look at).
    func testEveryPageTypeIsDrawn() throws {
        _ = try Chromium.require()
        let w = try Workdir(copying: Self.demo)
        XCTAssertEqual(try Harness.run(["run"] + w.args).status, 0)
        let folder = Harness.repository.appendingPathComponent(".build/report-screenshots").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let blankPage = "\(w.root.path)/blank.html"
        try "<!DOCTYPE html><html><body></body></html>".write(toFile: blankPage, atomically: true, encoding: .utf8)
        try Chromium.screenshot(blankPage, to: "\(folder)/blank.png")
        let blank = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/blank.png")).count
        for (language, page) in [("kk", "index"), ("ru", "2002"), ("en", "index"), ("en", "2003")] {
            let png = "\(folder)/\(language)-\(page).png"
            try Chromium.screenshot("\(w.output)/report/\(language)/\(page).html", to: png)
            let bytes = try Data(contentsOf: URL(fileURLWithPath: png))
            XCTAssertEqual(Array(bytes.prefix(4)), [0x89, 0x50, 0x4E, 0x47], "\(png) is a PNG")
            XCTAssertGreaterThan(bytes.count, blank * 10, "\(png) is drawn, not blank (\(bytes.count) bytes, blank \(blank))")
        }
    }

    /// An employer's name is agency text: it shows as text, never as markup.
    func testHostileAgencyTextIsEscaped() throws {
        _ = try Chromium.require()
        let w = try Workdir(copying: Self.demo)
        let file = "\(w.input)/labour-quotas/2002/permits-2002-Q2.csv"
        var rows = try XCTUnwrap(String(data: Data(contentsOf: URL(fileURLWithPath: file)), encoding: .windowsCP1251))
        rows += "AST-2002-90001;10.06.2002;31.12.2003;025924883550;<script>alert(1)</script>;41200;2;\"\"\"><img src=x onerror=alert(1)>\";900;выдано\n"
        rows += "AST-2002-90002;11.06.2002;31.12.2003;038523983110;\"\"\"><img src=x onerror=alert(2)>\";41200;2;IRN;800;выдано\n"
        try XCTUnwrap(rows.data(using: .windowsCP1251)).write(to: URL(fileURLWithPath: file))
        let r = try Harness.run(["run"] + w.args)
        XCTAssertEqual(r.status, 0, r.stderr)
        let html = try String(contentsOfFile: "\(w.output)/report/en/2002.html", encoding: .utf8)
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the name is shown, escaped")
        let dom = try Chromium.dom("\(w.output)/report/en/2002.html")
        XCTAssertFalse(dom.contains("<script"), "no script element in the rendered page")
        XCTAssertFalse(dom.contains("<img"), "no image element in the rendered page")
        let employers = try RenderedTable(id: "employers", in: dom)
        XCTAssertTrue(employers.rows.contains { $0.attributes["data-bin"] == "025924883550" })
        XCTAssertTrue(html.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"), "the second name is shown, escaped")
    }

    /// Networking off (a namespace with no interfaces): the page asks for
    /// nothing; a control page that links out is seen asking.
    func testThePageOpensWithNoNetworkAndRequestsNothing() throws {
        _ = try Chromium.require()
        let w = try Workdir(copying: Self.demo)
        XCTAssertEqual(try Harness.run(["run"] + w.args).status, 0)
        // Chromium's own update and account services are not the page's.
        func pageHosts(_ hosts: Set<String>) -> Set<String> {
            hosts.filter { h in !["google.com", "googleapis.com", "gvt1.com", "gstatic.com"].contains { h.hasSuffix($0) } }
        }
        let control = "\(w.root.path)/control.html"
        try #"<html><body><img src="http://example.invalid/x.png"></body></html>"#.write(toFile: control, atomically: true, encoding: .utf8)
        XCTAssertEqual(pageHosts(try Chromium.requestedHosts(control)), ["http://example.invalid"], "the method sees a page's request")
        for page in ["en/index.html", "kk/2002.html"] {
            XCTAssertEqual(pageHosts(try Chromium.requestedHosts("\(w.output)/report/\(page)")), [], page)
        }
    }

    /// The tables of the rendered pages in REPORT.md's order (each plugin's
    /// sections in registry order, data quality last): the index has the
    /// outlook after Table 1; a year page has no outlook and its employers after the labour table.
    func testThePagesShowTheirTablesInReportOrder() throws {
        _ = try Chromium.require()
        let w = try Workdir(copying: Self.demo)
        XCTAssertEqual(try Harness.run(["run"] + w.args).status, 0)
        let order = ["table1", "outlook", "police", "labour", "employers", "repatriates", "refugees", "population", "population-outlook", "quality"]
        func tables(_ page: String) throws -> [String] {
            let dom = try Chromium.dom("\(w.output)/report/\(page)")
            let ids = try NSRegularExpression(pattern: #"<table id="([^"]+)""#)
            return ids.matches(in: dom, range: NSRange(dom.startIndex..., in: dom)).map { String(dom[Range($0.range(at: 1), in: dom)!]) }
        }
        for language in ["kk", "ru", "en"] {
            let index = try tables("\(language)/index.html")
            XCTAssertEqual(index.filter(order.contains), order.filter(index.contains), "\(language) index: \(index)")
            XCTAssertEqual(Array(index.prefix(3)), ["table1", "outlook", "police"], language)
            XCTAssertTrue(Set(["labour", "repatriates", "quality"]).isSubset(of: index), "\(index)")
            XCTAssertFalse(index.contains("employers"), "\(index)")
            let year = try tables("\(language)/2002.html")
            XCTAssertEqual(year.filter(order.contains), order.filter(year.contains), "\(language) 2002: \(year)")
            XCTAssertEqual(Array(year.prefix(4)), ["table1", "police", "labour", "employers"], language)
            XCTAssertEqual(year.last, "quality", language)
        }
    }

    /// A label missing in one language is a definition error naming it (exit 2), before anything is written.
    func testAMissingLabelIsExit2NamingTheKey() throws {
        let w = try Workdir(copying: Self.demo)
        let pipelines = w.root.appendingPathComponent("pipelines").path
        try FileManager.default.copyItem(atPath: Harness.pipelines, toPath: pipelines)
        let labels = "\(pipelines)/report/labels.yaml"
        let text = try String(contentsOfFile: labels, encoding: .utf8)
        let edited = text.replacingOccurrences(of: #"flow_DEP:            { kk: "Кеткендер", "#, with: "flow_DEP:            { ")
        XCTAssertNotEqual(edited, text)
        try edited.write(toFile: labels, atomically: true, encoding: .utf8)
        let r = try Harness.run(["run", "--input", w.input, "--output", w.output, "--pipelines", pipelines])
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains("flow_DEP") && r.stderr.contains("kk"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: w.output), "nothing written")
    }
}
