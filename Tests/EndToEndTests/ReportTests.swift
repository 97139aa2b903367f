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
        try statistics(output: w.output, year, file)
    }

    private func statistics(output: String, _ year: Int, _ file: String) throws -> [String: String] {
        let text = (try? String(contentsOfFile: "\(output)/\(year)/\(file)", encoding: .utf8)) ?? ""
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

    /// A year page's heading is one phrase per language with the year in it
    /// ("2002 год: подробные данные"), never the year glued before a label; the
    /// language links name each language in itself, not by its code.
    func testAYearPageIsHeadedByAWholePhraseAndNamesLanguagesInThemselves() throws {
        let w = try Workdir(copying: Self.demo)
        XCTAssertEqual(try Harness.run(["run"] + w.args).status, 0)
        let expected = ["kk": "<h1>2002 жыл: толық деректер</h1>", "ru": "<h1>2002 год: подробные данные</h1>", "en": "<h1>2002 in detail</h1>"]
        for (language, heading) in expected {
            let html = try String(contentsOfFile: "\(w.output)/report/\(language)/2002.html", encoding: .utf8)
            XCTAssertTrue(html.contains(heading), language)
        }
        let ru = try String(contentsOfFile: "\(w.output)/report/ru/2002.html", encoding: .utf8)
        XCTAssertTrue(ru.contains(#"<strong lang="ru">Русский</strong>"#))
        XCTAssertTrue(ru.contains(#"<a href="../kk/2002.html" hreflang="kk" lang="kk">Қазақша</a>"#))
        XCTAssertTrue(ru.contains(#"<a href="../en/2002.html" hreflang="en" lang="en">English</a>"#))
    }

    /// The outlook's average is the mean of the last three complete years' NET, rounded half away from zero;
    /// what it adds over three years is three times the exact mean, rounded once: the years' sum (issue 27, item 3).
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
            XCTAssertEqual(row.cells[1]["data-value"], String(Int(nets.reduce(0, +))), group)
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
        let edited = text.replacingOccurrences(of: #"table1_DEP_TOTAL:    { kk: "Кеткендер, барлығы", "#, with: "table1_DEP_TOTAL:    { ")
        XCTAssertNotEqual(edited, text)
        try edited.write(toFile: labels, atomically: true, encoding: .utf8)
        let r = try Harness.run(["run", "--input", w.input, "--output", w.output, "--pipelines", pipelines])
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains("table1_DEP_TOTAL") && r.stderr.contains("kk"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: w.output), "nothing written")
    }

    /// Two regions' runs into one SQLite file (the second without the first year
    /// of flows): `migstat report` writes national.html, which shows each region's Table 1 as its own files
    /// publish it, their sum per year, and how many regions reported that year;
    /// a database of one region has no national page.
    func testTheNationalPageShowsEachRegionAndTheirSum() throws {
        _ = try Chromium.require()
        let w = try Workdir(copying: Self.demo)
        let database = "sqlite:\(w.root.path)/regions.sqlite"
        let second = w.root.appendingPathComponent("input-second").path
        try FileManager.default.copyItem(atPath: w.input, toPath: second)
        let years = try FileManager.default.contentsOfDirectory(atPath: "\(second)/migration-slips").compactMap { Int($0) }.sorted()
        try FileManager.default.removeItem(atPath: "\(second)/migration-slips/\(years[0])")
        // The demo's population is the city's: in another region its moves to the city count as migration and
        // "start = previous year's end" rightly fails, so the second region sends no population feed.
        try FileManager.default.removeItem(atPath: "\(second)/population")
        let regions = [("KZ-71", w.input), ("KZ-75", second)]
        var outputs: [String: String] = [:], pipelines: [String: String] = [:]
        for (area, input) in regions {
            (outputs[area], pipelines[area]) = ("\(w.root.path)/output-\(area)", try RegionSupport.pipelines(refArea: area, in: w))
            let r = try Harness.run(["run", "--input", input, "--output", outputs[area]!, "--pipelines", pipelines[area]!, "--database", database])
            XCTAssertEqual(r.status, 0, r.stderr)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: "\(outputs["KZ-71"]!)/report/en/national.html"), "one region held then")
        // `migstat report` of the first region now writes it too.
        let r = try Harness.run(["report", "--output", outputs["KZ-71"]!, "--pipelines", pipelines["KZ-71"]!, "--database", database])
        XCTAssertEqual(r.status, 0, r.stderr)
        let index = try String(contentsOfFile: "\(outputs["KZ-71"]!)/report/en/index.html", encoding: .utf8)
        XCTAssertTrue(index.contains("href=\"national.html\""), "the index links the national page")
        for language in ["kk", "ru", "en"] {
            let dom = try Chromium.dom("\(outputs["KZ-71"]!)/report/\(language)/national.html")
            let table = try RenderedTable(id: "national-table1", in: dom)
            var sums: [String: Int] = [:], reporting: [Int: Int] = [:], checked = 0
            for row in table.rows where row.attributes["data-ref-area"] != "_T" {
                let area = try XCTUnwrap(row.attributes["data-ref-area"]), key = "\(row.attributes["data-flow"]!)|\(row.attributes["data-group"]!)|_T|_T"
                for cell in row.cells {
                    let year = Int(cell["data-year"]!)!
                    let published = try statistics(output: outputs[area]!, year, "migration-flows.csv")[key]
                    XCTAssertEqual(cell["data-value"], published ?? "", "\(language) \(area) \(key) \(year)")
                    guard let value = Int(cell["data-value"]!) else { continue }
                    sums["\(key) \(year)", default: 0] += value
                    if key == "ARR|TOTAL|_T|_T" { reporting[year, default: 0] += 1 }
                    checked += 1
                }
            }
            XCTAssertEqual(Set(table.rows.compactMap { $0.attributes["data-ref-area"] }), ["KZ-71", "KZ-75", "_T"], language)
            // Each region's block is headed by its name in the page's language (regions.tsv: code, kk, ru, en).
            let regions = try String(contentsOfFile: "\(Harness.pipelines)/codelists/regions.tsv", encoding: .utf8).split(separator: "\n")
            let names = try XCTUnwrap(regions.first { $0.hasPrefix("KZ-75\t") }).split(separator: "\t").map(String.init)
            XCTAssertTrue(dom.contains("\(names[["kk", "ru", "en"].firstIndex(of: language)! + 1]) (KZ-75)"), language)
            for row in table.rows where row.attributes["data-ref-area"] == "_T" {
                for cell in row.cells {
                    let year = Int(cell["data-year"]!)!
                    if row.attributes["data-measure"] == "REGIONS" {
                        XCTAssertEqual(cell["data-value"], String(reporting[year] ?? 0), "\(language) regions reporting \(year)")
                    } else {
                        let key = "\(row.attributes["data-flow"]!)|\(row.attributes["data-group"]!)|_T|_T \(year)"
                        XCTAssertEqual(cell["data-value"], sums[key].map(String.init), "\(language) national \(key)")
                    }
                }
            }
            XCTAssertEqual(reporting, Dictionary(uniqueKeysWithValues: years.map { ($0, $0 == years[0] ? 1 : 2) }), language)
            XCTAssertGreaterThan(checked, 12 * years.count, language)
        }
    }
}
