import Foundation
@testable import MigstatCore
import XCTest

/// The quarterly page (REPORT.md "The quarterly information") in headless
/// Chromium, on the release binary: its figures, the quarter and the year to
/// date beside the previous year's, equal the quarterly statistics files in
/// every language (the demo's three years, December's slips of the last held
/// back so that its fourth quarter is provisional); the year to date of an
/// additive measure is the sum of the files' quarters; after releases 1, 2
/// and 3 of the sample year the revisions table is the `revisions` view's
/// rows; the index and year pages link to every quarter's page.
final class QuarterlyReportTests: XCTestCase {
    nonisolated(unsafe) static var demo: Workdir!
    nonisolated(unsafe) static var run: (status: Int32, stderr: String) = (-1, "")
    static let languages = ["kk", "ru", "en"]

    override class func setUp() {
        super.setUp()
        guard Chromium.binary != nil else { return }
        demo = try! Workdir(copying: Harness.repository.appendingPathComponent("input"))
        try! FileManager.default.removeItem(atPath: "\(demo.input)/migration-slips/2003/slips-2003-12.csv")
        let r = try! Harness.run(["run"] + demo.args)
        run = (r.status, r.stderr)
    }

    override class func tearDown() { demo = nil; super.tearDown() }

    // MARK: The files, read independently of migstat

    /// One quarterly or yearly file's rows: TIME_PERIOD → dimensions (column=value, sorted) → OBS_VALUE.
    struct File {
        var dimensions: [String] = []
        var values: [String: [String: String]] = [:]

        init(_ path: String) throws {
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
            let header = PublishedCSV.fields(lines[0])
            let skip: Set = ["DATAFLOW", "REF_AREA", "TIME_PERIOD", "OBS_VALUE", "OBS_STATUS", "COVERAGE", "UNIT_MEASURE"]
            dimensions = header.filter { !skip.contains($0) }
            for line in lines.dropFirst() {
                let row = Dictionary(uniqueKeysWithValues: zip(header, PublishedCSV.fields(line)))
                values[row["TIME_PERIOD"]!, default: [:]][Self.key(dimensions.map { ($0, row[$0]!) })] = row["OBS_VALUE"]!
            }
        }

        static func key(_ pairs: [(String, String)]) -> String { pairs.map { "\($0.0)=\($0.1)" }.joined(separator: ";") }

        /// The row a page's row shows: its `data-*` coordinates as the file's columns, every other dimension `_T`.
        func key(_ row: [String: String]) -> String {
            let named = ["data-measure": "MEASURE", "data-flow": "FLOW", "data-category": "CATEGORY", "data-basis": "BASIS",
                         "data-sex": "SEX", "data-purpose": "PURPOSE"]
            var given: [String: String] = [:]
            for (attribute, value) in row {
                if attribute == "data-group" {
                    given[dimensions.contains("PARTNER_GROUP") ? "PARTNER_GROUP" : "CITIZENSHIP_GROUP"] = value
                } else if let column = named[attribute] { given[column] = value }
            }
            return Self.key(dimensions.map { ($0, given[$0] ?? "_T") })
        }
    }

    /// Each section's table on the page and its statistics file.
    static let tables = ["table1": "migration-flows.csv", "police": "foreign-registrations.csv", "labour": "labour-quota.csv",
                         "repatriates": "repatriates.csv", "refugees": "refugees.csv", "population": "population.csv"]

    /// How the year to date is had from the quarters (STATISTICS.md "Quarterly statistics"), by measure.
    enum ToDate { case sum, first, last, yearInQ4 }
    static func toDate(_ table: String, _ measure: String?) -> ToDate {
        guard let measure else { return .sum }   // Table 1: flows
        switch measure {
        case "POP_START", "HOLDERS_START", "PENDING_START": return .first
        case "POP_END", "HOLDERS_END", "PENDING_END", "QUOTA", "FULFILMENT", "PLAN_FAMILIES", "PLAN_PERSONS": return .last
        case "PERSONS" where table == "police", "ADMIN_LIABLE", "EXPELLED", "RECOGNITION_RATE": return .yearInQ4
        default: return .sum
        }
    }

    private func decimal(_ text: String?) -> Decimal? { text.flatMap { $0.isEmpty ? nil : Decimal(string: $0) } }

    // MARK: (1) figures equal the quarterly files, every language

    func testFiguresEqualTheQuarterlyFilesInEveryLanguage() throws {
        _ = try Chromium.require()
        XCTAssertTrue([0, 3].contains(Self.run.status), Self.run.stderr)
        let out = Self.demo.output
        var files: [String: File] = [:]   // "<year>/<quarterly/>file"
        func file(_ year: Int, _ name: String, quarterly: Bool) throws -> File? {
            let path = "\(year)/\(quarterly ? "quarterly/" : "")\(name)"
            if let f = files[path] { return f }
            guard FileManager.default.fileExists(atPath: "\(out)/\(path)") else { return nil }
            files[path] = try File("\(out)/\(path)")
            return files[path]
        }
        var compared = 0, sums = 0, changes = 0
        for year in 2001...2003 {
            let quarters = Set(try Self.tables.values.flatMap { try file(year, $0, quarterly: true)?.values.keys.map { $0 } ?? [] })
            XCTAssertFalse(quarters.isEmpty, "\(year) has quarters")
            for n in 1...4 where quarters.contains("\(year)-Q\(n)") {
                for language in Self.languages {
                    let page = "\(out)/report/\(language)/\(year)-Q\(n).html"
                    XCTAssertTrue(FileManager.default.fileExists(atPath: page), page)
                    let dom = try Chromium.dom(page)
                    for (id, name) in Self.tables.sorted(by: { $0.key < $1.key }) {
                        let rows = try RenderedTable(id: id, in: dom).rows
                        XCTAssertFalse(rows.isEmpty, "\(page) #\(id)")
                        for row in rows {
                            XCTAssertEqual(row.cells.compactMap { $0["data-period"] }, ["Q", "Q_PREV", "YTD", "YTD_PREV"], "\(page) #\(id) \(row.attributes)")
                            var shown: [String: String] = [:]
                            for cell in row.cells {
                                guard let period = cell["data-period"], let y = Int(cell["data-year"] ?? "") else { continue }
                                XCTAssertEqual(y, period.hasSuffix("_PREV") ? year - 1 : year, "\(page) #\(id)")
                                let value = cell["data-value"] ?? ""
                                shown[period] = value
                                let expected = try self.expected(id: id, name: name, row: row.attributes, year: y, quarter: n,
                                                                 toDate: period.hasPrefix("YTD"), file: file)
                                if period.hasPrefix("YTD"), Self.toDate(id, row.attributes["data-measure"]) == .sum, expected != nil { sums += 1 }
                                // A row the file has none of: a dash, or a zero where the section counts it as none (police purposes).
                                if let expected {
                                    XCTAssertEqual(decimal(value), expected, "\(page) #\(id) \(row.attributes) \(period)")
                                } else {
                                    XCTAssertTrue(value.isEmpty || decimal(value) == 0, "\(page) #\(id) \(row.attributes) \(period): \(value)")
                                }
                                compared += 1
                            }
                            // The change in percent: one decimal, a dash where the previous year has no figure or zero.
                            for (now, then) in [("Q", "Q_PREV"), ("YTD", "YTD_PREV")] {
                                let cell = row.cells.first { $0["data-change"] == now }
                                var expected = ""
                                if let a = decimal(shown[now]), let b = decimal(shown[then]), b != 0 {
                                    expected = ReportNumber.fixed((a - b) * 100 / (b < 0 ? -b : b), 1)
                                }
                                XCTAssertEqual(cell?["data-value"], expected, "\(page) #\(id) \(row.attributes) change \(now)")
                                changes += 1
                            }
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(compared, 10_000)
        XCTAssertGreaterThan(sums, 1_000, "years to date summed from the files' quarters")
        XCTAssertGreaterThan(changes, 2_000)
    }

    /// A figure from the files: the quarter's row, or the year to date through it from the quarters.
    private func expected(id: String, name: String, row: [String: String], year: Int, quarter n: Int, toDate: Bool,
                          file: (Int, String, Bool) throws -> File?) throws -> Decimal? {
        guard let quarterly = try file(year, name, true) else { return nil }
        let key = quarterly.key(row)
        func at(_ q: Int) -> Decimal? { decimal(quarterly.values["\(year)-Q\(q)"]?[key]) }
        guard toDate else { return at(n) }
        guard quarterly.values["\(year)-Q\(n)"] != nil else { return nil }
        switch Self.toDate(id, row["data-measure"]) {
        case .sum:
            let parts = (1...n).compactMap(at)
            return parts.isEmpty ? nil : parts.reduce(0, +)
        case .first: return at(1)
        case .last: return at(n)
        case .yearInQ4:
            if n == 1 { return at(1) }   // through Q1 the year to date is the quarter itself
            guard n == 4, let yearly = try file(year, name, false) else { return nil }
            return decimal(yearly.values[String(year)]?[key])
        }
    }

    /// The same pages from PostgreSQL: the quarters and years to date are derived in SQL, in either dialect.
    func testThePagesAreTheSameFromPostgreSQL() throws {
        let url = try DatabaseSupport.freshPostgres()
        let w = try Workdir(copying: URL(fileURLWithPath: Self.demo.input))
        let r = try Harness.run(["run"] + w.args + ["--database", url])
        XCTAssertTrue([0, 3].contains(r.status), r.stderr)
        var compared = 0
        for language in Self.languages {
            for page in try FileManager.default.contentsOfDirectory(atPath: "\(Self.demo.output)/report/\(language)") where page.contains("-Q") {
                let sqlite = try Data(contentsOf: URL(fileURLWithPath: "\(Self.demo.output)/report/\(language)/\(page)"))
                let postgres = try Data(contentsOf: URL(fileURLWithPath: "\(w.output)/report/\(language)/\(page)"))
                XCTAssertEqual(sqlite, postgres, "\(language)/\(page)")
                compared += 1
            }
        }
        XCTAssertEqual(compared, 36)
    }

    // MARK: (3) a provisional quarter is marked, (4) the index and year pages link to the quarters

    func testAProvisionalQuarterSaysSoWithItsCoverage() throws {
        _ = try Chromium.require()
        for language in Self.languages {
            let dom = try Chromium.dom("\(Self.demo.output)/report/\(language)/2003-Q4.html")
            let marker = try XCTUnwrap(dom.range(of: "<p class=\"provisional\"[^>]*>", options: .regularExpression).map { String(dom[$0]) })
            XCTAssertEqual(RenderedTable.attributes(marker)["data-coverage"], "2", language)
            for page in ["2003-Q3.html", "2002-Q4.html"] {
                XCTAssertFalse(try Chromium.dom("\(Self.demo.output)/report/\(language)/\(page)").contains("class=\"provisional\""), page)
            }
        }
        // The quarterly file says so too: December's slips are missing.
        let flows = try File("\(Self.demo.output)/2003/quarterly/migration-flows.csv")
        XCTAssertNotNil(flows.values["2003-Q4"])
        let text = try String(contentsOfFile: "\(Self.demo.output)/2003/quarterly/migration-flows.csv", encoding: .utf8)
        XCTAssertTrue(text.contains(",2003-Q4,ARR,TOTAL,_T,_T,") && text.split(separator: "\n").contains { $0.contains(",2003-Q4,") && $0.hasSuffix(",P,2") })
    }

    func testTheIndexAndYearPagesLinkToEveryQuarter() throws {
        _ = try Chromium.require()
        let written = try FileManager.default.contentsOfDirectory(atPath: "\(Self.demo.output)/report/en")
            .filter { $0.range(of: #"^\d{4}-Q[1-4]\.html$"#, options: .regularExpression) != nil }
        XCTAssertEqual(written.count, 12, "2001–2003, four quarters each")
        for language in Self.languages {
            for page in ["index.html", "2001.html", "2002.html", "2003.html", "2003-Q2.html"] {
                let dom = try Chromium.dom("\(Self.demo.output)/report/\(language)/\(page)")
                let nav = String(dom[dom.range(of: "<nav>")!.lowerBound..<dom.range(of: "</nav>")!.upperBound])
                let regex = try NSRegularExpression(pattern: #"href="(\d{4}-Q[1-4]\.html)""#)
                var linked = Set(regex.matches(in: nav, range: NSRange(nav.startIndex..., in: nav)).map { String(nav[Range($0.range(at: 1), in: nav)!]) })
                if page.contains("-Q") { linked.insert(page) }   // the page itself is shown, not linked
                XCTAssertEqual(linked, Set(written), "\(language)/\(page)")
            }
        }
    }

    /// On A4 (the text column 180 mm, 680 px) with the print rules applied: every table fits, no column cut off.
    func testThePagePrintsOnA4WithEveryColumn() throws {
        _ = try Chromium.require()
        for language in Self.languages {
            for page in ["2003-Q2.html", "2003-Q4.html"] {
                let widths = try Self.printedWidths("\(Self.demo.output)/report/\(language)/\(page)")
                XCTAssertEqual(widths.tables.count, Self.tables.count, "\(language)/\(page)")
                for (id, width) in widths.tables { XCTAssertLessThanOrEqual(width, widths.column + 0.5, "\(language)/\(page) #\(id)") }
            }
        }
        let style = try String(contentsOfFile: "\(Harness.pipelines)/report/style.mustache", encoding: .utf8)
        XCTAssertTrue(style.contains("@page { size: A4"))
    }

    /// The text column's width and each table's full width (its scrollWidth: a cut-off column counts) as printed at 680 px.
    static func printedWidths(_ page: String) throws -> (column: Double, tables: [String: Double]) {
        var html = try String(contentsOfFile: page, encoding: .utf8)
        html = html.replacingOccurrences(of: #"<meta http-equiv="Content-Security-Policy"[^>]*>"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: "@media print {", with: "@media all {")
            .replacingOccurrences(of: "</body>", with: """
                <script>const b = document.body, cs = getComputedStyle(b);
                const column = b.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
                const tables = Object.fromEntries([...document.querySelectorAll('table[id]')].map(t => [t.id, Math.max(t.scrollWidth, t.getBoundingClientRect().width)]));
                const p = document.createElement('pre'); p.id = 'measured'; p.textContent = JSON.stringify({column, tables}); b.appendChild(p);</script></body>
                """)
        let copy = (page as NSString).deletingLastPathComponent + "/.measure-\(UUID().uuidString).html"
        try html.write(toFile: copy, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        let dom = try Chromium.run(["--window-size=680,2000", "--dump-dom"], page: copy)
        let start = try XCTUnwrap(dom.range(of: "<pre id=\"measured\">")), end = try XCTUnwrap(dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex))
        let json = String(dom[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        struct Measured: Decodable { var column: Double; var tables: [String: Double] }
        let m = try JSONDecoder().decode(Measured.self, from: Data(json.utf8))
        return (m.column, m.tables)
    }

    // MARK: (2) releases 1, 2, 3: the revisions table is the view's rows

    func testTheRevisionsTableShowsWhatTheLatestReleaseChanged() throws {
        _ = try Chromium.require()
        let year = 2003
        let w = try Workdir(copying: Harness.fixtures.appendingPathComponent("input"))
        // Release 1: the first six months (ReleaseTests' steps).
        let held = w.root.appendingPathComponent("held").path
        let moved = try w.holdBackSecondHalf(of: year, to: held)
        func publish() throws {
            let r = try Harness.run(["run"] + w.args)
            XCTAssertTrue([0, 3].contains(r.status), r.stderr)
        }
        try publish()
        let first = try Chromium.dom("\(w.output)/report/en/\(year)-Q1.html")
        XCTAssertFalse(first.contains("<table id=\"revisions\""), "a first release revises nothing")
        XCTAssertTrue(first.contains("<p>This is the year's first release: nothing was revised.</p>"), "a first release says so")
        // Release 2: twelve months; release 3: March re-sent without every third slip.
        for (name, folder) in moved { try FileManager.default.moveItem(atPath: "\(held)/\(name)", toPath: "\(folder)/\(name)") }
        try publish()
        let march = "\(w.input)/migration-slips/\(year)/slips-\(year)-03"
        let lines = try Data(contentsOf: URL(fileURLWithPath: "\(march).v2.csv")).split(separator: 0x0A, omittingEmptySubsequences: false)
        let kept = lines.enumerated().filter { $0.offset == 0 || $0.offset % 3 != 0 }.map { Data($0.element) }
        try Data(kept.joined(separator: [0x0A])).write(to: URL(fileURLWithPath: "\(march).v3.csv"))
        try publish()

        let c = try SQLiteDatabase(path: "\(w.output)/migstat.sqlite")
        struct Revision: Hashable { var table, period, dimensions: String; var previous, value: Decimal?; var releases: [String] }
        let view = Set(try c.rows("""
            SELECT table_name, time_period, dimensions, previous_value, value, previous_release_no, release_no FROM revisions
            WHERE year = \(year) AND release_no = 3
            """).map { Revision(table: $0[0]!, period: $0[1]!, dimensions: $0[2]!, previous: decimal($0[3]), value: decimal($0[4]),
                                releases: [$0[5]!, $0[6]!]) })
        XCTAssertGreaterThan(view.count, 10)
        XCTAssertTrue(view.contains { $0.table == "migration_flows_quarterly" && $0.period == "\(year)-Q1" })
        for language in Self.languages {
            let dom = try Chromium.dom("\(w.output)/report/\(language)/\(year)-Q1.html")
            var shown: [Revision] = []
            for row in try RenderedTable(id: "revisions", in: dom).rows {
                let attributes = row.attributes, name = attributes["data-table"] ?? ""
                let cells = row.cells.filter { $0["data-release"] != nil }
                XCTAssertEqual(cells.count, 2, "\(language): old and new value")
                // The dimensions as data-<column>, in the view's text (its key's order: the page keeps it).
                let dimensions = attributes.filter { $0.key.hasPrefix("data-") && !["data-table", "data-time-period"].contains($0.key) }
                let viewRow = view.first { $0.table == name && $0.period == attributes["data-time-period"] }
                let order = viewRow?.dimensions.split(separator: ";").map { String($0.split(separator: "=")[0]) } ?? []
                let text = order.compactMap { column in dimensions["data-\(column)"].map { "\(column)=\($0)" } }.joined(separator: ";")
                XCTAssertEqual(dimensions.count, order.count, "\(language): every dimension of \(name)")
                shown.append(Revision(table: name, period: attributes["data-time-period"] ?? "", dimensions: text,
                                      previous: decimal(cells.first?["data-value"]), value: decimal(cells.last?["data-value"]),
                                      releases: cells.map { $0["data-release"] ?? "" }))
            }
            if language != "en" { try assertReadsInItsLanguage(revisionsIn: dom, tables: Set(view.map(\.table)), language) }
            XCTAssertEqual(shown.count, view.count, language)
            XCTAssertEqual(Set(shown), view, language)
            XCTAssertTrue(dom.contains("<li data-path=\"migration-slips/\(year)/slips-\(year)-03.v3.csv\">"), "\(language): the re-sent file")
            let printed = try Self.printedWidths("\(w.output)/report/\(language)/\(year)-Q1.html")
            XCTAssertLessThanOrEqual(try XCTUnwrap(printed.tables["revisions"]), printed.column + 0.5, "\(language): the revisions table on A4")
        }
    }

    /// Issue 27: on a kk or ru page the revisions table's visible text names no database table of the
    /// view and shows no identifier (`_T`, `partner_group`) and no Latin word but a quarter's Roman number.
    private func assertReadsInItsLanguage(revisionsIn dom: String, tables: Set<String>, _ language: String) throws {
        let start = try XCTUnwrap(dom.range(of: "<table id=\"revisions\""))
        let end = try XCTUnwrap(dom.range(of: "</table>", range: start.upperBound..<dom.endIndex))
        let visible = String(dom[start.lowerBound..<end.upperBound]).replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        XCTAssertFalse(visible.contains("_"), "\(language): an identifier in the revisions table")
        for table in tables { XCTAssertFalse(visible.contains(table), "\(language): \(table) shown") }
        let latin = visible.split(whereSeparator: { !($0.isASCII && $0.isLetter) }).map(String.init)
        XCTAssertEqual(Set(latin).subtracting(["I", "II", "III", "IV"]), [], "\(language): Latin words in the revisions table")
        XCTAssertTrue(visible.contains(language == "kk" ? "барлығы" : "всего"), "\(language): a total reads as one")
    }
}
