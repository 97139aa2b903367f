import Foundation
@testable import MigstatCore
import XCTest

/// The report as an official reads it (issue 27), in headless Chromium on
/// inputs the issue does not quote: the demo without the police's first
/// year (a gap), and the shared sample year (a quarantined file, rejects).
/// Country names in the page's language from the code list's columns,
/// row labels as whole phrases, numbers in the page's convention, charts
/// that fill the text column with text no smaller than the body's on screen
/// and on A4 and no label colliding or clipped, captions that name their
/// year, dashes for gaps, and the data-quality page.
final class ReportReadingTests: XCTestCase {
    /// Both runs, once for the class.
    nonisolated(unsafe) static var gap: Workdir!
    nonisolated(unsafe) static var sample: Workdir!
    nonisolated(unsafe) static var runs: [(status: Int32, stderr: String)] = []

    override class func setUp() {
        super.setUp()
        guard Chromium.binary != nil else { return }
        gap = try! Workdir(copying: Harness.repository.appendingPathComponent("input"))
        try! FileManager.default.removeItem(atPath: "\(gap.input)/police-registrations/2001")
        sample = try! Workdir(copying: Harness.fixtures.appendingPathComponent("input"))
        for w in [gap!, sample!] {
            let r = try! Harness.run(["run"] + w.args)
            runs.append((r.status, r.stderr))
        }
    }

    override class func tearDown() { gap = nil; sample = nil; super.tearDown() }

    override func setUpWithError() throws {
        _ = try Chromium.require()
        XCTAssertEqual(Self.runs.map(\.status), [0, 3], Self.runs.map(\.stderr).joined(separator: "\n"))
    }

    static let languages = ["kk", "ru", "en"]
    var labels: ReportLabels { try! ReportLabels.load(directory: Harness.pipelines) }

    /// countries.tsv read by its header, independently of migstat: alpha-3 → column → name.
    static let countries: [String: [String: String]] = {
        let text = try! String(contentsOfFile: "\(Harness.pipelines)/codelists/countries.tsv", encoding: .utf8)
        let rows = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        let header = rows[0]
        return Dictionary(uniqueKeysWithValues: rows.dropFirst().map { row in
            (row[header.firstIndex(of: "alpha3")!], Dictionary(uniqueKeysWithValues: zip(header, row + Array(repeating: "", count: max(0, header.count - row.count)))))
        })
    }()

    /// A statistics file's rows as dictionaries by column name.
    private func rows(_ w: Workdir, _ year: Int, _ file: String) throws -> [[String: String]] {
        let lines = try String(contentsOfFile: "\(w.output)/\(year)/\(file)", encoding: .utf8).split(separator: "\n")
        let header = PublishedCSV.fields(lines[0])
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, PublishedCSV.fields($0))) }
    }

    /// The visible text of the `<text>` elements of each chart of a rendered page, in order.
    private func chartTexts(_ dom: String) -> [[String]] {
        dom.components(separatedBy: "<svg").dropFirst().map { svg in
            let body = svg.components(separatedBy: "</svg>")[0]
            let regex = try! NSRegularExpression(pattern: #"<text[^>]*>([^<]*)</text>"#)
            return regex.matches(in: body, range: NSRange(body.startIndex..., in: body)).map { unescape(String(body[Range($0.range(at: 1), in: body)!])) }
        }
    }

    private func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The text of a row's header cell (`<th>`) in a table, by the row's attributes.
    private func rowLabels(_ dom: String, table: String) throws -> [(attributes: [String: String], label: String)] {
        guard let start = dom.range(of: "<table id=\"\(table)\""), let end = dom.range(of: "</table>", range: start.upperBound..<dom.endIndex) else { return [] }
        let html = String(dom[start.lowerBound..<end.upperBound])
        let regex = try NSRegularExpression(pattern: #"<tr([^>]*)><th>([^<]*)</th>"#)
        return regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { m in
            (RenderedTable.attributes(String(html[Range(m.range(at: 1), in: html)!])), unescape(String(html[Range(m.range(at: 2), in: html)!])))
        }
    }

    // MARK: 1. Country names

    /// The police chart's countries are the year's ten largest in
    /// foreign-registrations.csv, each named by the code list's `name_<lang>`
    /// column; no page shows another language's name or a bare code.
    func testCountryNamesAreTheCodeListsInThePagesLanguage() throws {
        let w = Self.gap!
        for year in [2002, 2003] {
            let persons = try rows(w, year, "foreign-registrations.csv").filter { $0["MEASURE"] == "PERSONS" && $0["PURPOSE"] == "_T" && $0["CITIZENSHIP"] != "_T" }
            let top = persons.map { ($0["CITIZENSHIP"]!, Double($0["OBS_VALUE"]!)!) }.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(10).map(\.0)
            XCTAssertGreaterThanOrEqual(top.count, 5)
            for language in Self.languages {
                let dom = try Chromium.dom("\(w.output)/report/\(language)/\(year).html")
                let police = try XCTUnwrap(chartTexts(dom).first { $0.contains(labels.text("citizens_CIS", language)) }, "\(language) \(year): the police chart")
                let want = top.map { Self.countries[$0]!["name_\(language)"]! }
                XCTAssertTrue(want.allSatisfy { !$0.isEmpty }, "\(top)")
                let shown = Array(police.drop { $0 != labels.text("citizens_NOT_STATED", language) }.dropFirst().prefix(want.count))
                XCTAssertEqual(shown, want, "\(language) \(year)")
                let everyText = chartTexts(dom).flatMap { $0 }
                XCTAssertFalse(everyText.contains { $0.count == 3 && $0.allSatisfy(\.isUppercase) && Self.countries[$0] != nil }, "\(language): a bare code in \(everyText)")
                for other in Self.languages where other != language {
                    for code in top {
                        let foreign = Self.countries[code]!["name_\(other)"]!, own = Self.countries[code]!["name_\(language)"]!
                        if foreign != own { XCTAssertFalse(everyText.contains(foreign), "\(language) \(year) shows the \(other) name \(foreign)") }
                    }
                }
            }
        }
    }

    // MARK: 2. Whole phrases, and no word outside labels.yaml

    func testRowLabelsAreWholePhrasesFromTheLabelsFile() throws {
        let w = Self.gap!
        for language in Self.languages {
            let index = try Chromium.dom("\(w.output)/report/\(language)/index.html")
            // The heading row has no coordinates; every group present has its three flows (NOT_STATED where not zero).
            let rows = try rowLabels(index, table: "table1").filter { $0.attributes["data-flow"] != nil }
            let groups = Set(rows.compactMap { $0.attributes["data-group"] })
            XCTAssertTrue(groups.isSuperset(of: ["TOTAL", "FAR_ABROAD", "CIS", "KZ_REGIONS"]), "\(groups)")
            XCTAssertEqual(rows.count, 3 * groups.count)
            for row in rows {
                XCTAssertEqual(row.label, labels.text("table1_\(row.attributes["data-flow"]!)_\(row.attributes["data-group"]!)", language))
            }
            // The police's CIS rows say citizens of the CIS, each phrase as its measure reads, indented by style, not "…".
            for row in try rowLabels(index, table: "police") where row.attributes["data-group"] == "CIS" {
                XCTAssertEqual(row.label, labels.text("police_\(row.attributes["data-measure"]!)_CIS", language))
                XCTAssertEqual(row.attributes["class"], "sub")
            }
            let year = try Chromium.dom("\(w.output)/report/\(language)/2002.html")
            XCTAssertTrue(year.contains("<th>\(labels.text("employer_bin", language))</th>"), language)
            // No Latin word on a Kazakh or Russian page but English's own name (its language link), A4 and the categories' Roman numerals.
            if language != "en" {
                for dom in [index, year] {
                    var text = dom.replacingOccurrences(of: #"(?s)<style[^>]*>.*?</style>"#, with: "", options: .regularExpression)
                    text = text.replacingOccurrences(of: #"<[^>]+>"#, with: " ", options: .regularExpression)
                    let words = Set(text.split { !($0.isLetter || $0.isNumber) }.map(String.init).filter { $0.unicodeScalars.contains { ("a"..."z").contains($0) || ("A"..."Z").contains($0) } })
                    XCTAssertEqual(words.subtracting(["English", "A4", "I", "II", "III", "IV"]), [], "\(language): English on the page")
                }
            }
        }
    }

    // MARK: 3. Numbers

    /// kk and ru show a decimal comma, en a point, with thin spaces between
    /// thousands; `data-value` stays plain. The outlook's three years are the
    /// exact average times three, rounded once: the three years' sum.
    func testNumbersAreInThePagesConvention() throws {
        let w = Self.gap!
        for language in Self.languages {
            let dom = try Chromium.dom("\(w.output)/report/\(language)/index.html")
            let comma = language != "en"
            var decimals = 0
            for table in ["labour", "repatriates", "population", "refugees", "quality"] {
                let html = dom.components(separatedBy: "<table id=\"\(table)\"")[1].components(separatedBy: "</table>")[0]
                let cells = try NSRegularExpression(pattern: #"data-value="(-?[0-9]+)\.([0-9]+)">([^<]*)<"#)
                for m in cells.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                    let whole = String(html[Range(m.range(at: 1), in: html)!]), fraction = String(html[Range(m.range(at: 2), in: html)!])
                    let shown = String(html[Range(m.range(at: 3), in: html)!])
                    let grouped = ReportNumber.format(whole).replacingOccurrences(of: "+", with: "")
                    XCTAssertTrue(shown.hasSuffix(grouped + (comma ? "," : ".") + fraction), "\(language) \(table): \(shown) for \(whole).\(fraction)")
                    decimals += 1
                }
            }
            XCTAssertGreaterThan(decimals, 10, language)
            let outlook = try RenderedTable(id: "outlook", in: dom)
            for row in outlook.rows {
                let group = row.attributes["data-group"]!
                let sum = try [2001, 2002, 2003].reduce(0) { total, y in
                    total + Int(try rows(w, y, "migration-flows.csv").first { $0["FLOW"] == "NET" && $0["PARTNER_GROUP"] == group && $0["PARTNER"] == "_T" && $0["ETHNICITY"] == "_T" }!["OBS_VALUE"]!)!
                }
                XCTAssertEqual(row.cells[1]["data-value"], String(sum), "\(language) \(group): three years at the exact average")
            }
        }
    }

    // MARK: 4. Charts

    /// On a 1200 px screen and on A4 (the print rules at its 180 mm text
    /// column, 680 px): every chart fills the text column, its text is at
    /// least the body's size, and no text box overlaps another or leaves the chart.
    func testChartsFillTheColumnWithTextAsLargeAsTheBodyAndNothingCollides() throws {
        let pages = [(Self.gap!, "kk/index.html"), (Self.gap!, "ru/2003.html"), (Self.sample!, "ru/2003.html"), (Self.gap!, "en/index.html")]
        for (w, page) in pages {
            for (width, print) in [(1200, false), (680, true)] {
                let layout = try Chromium.layout("\(w.output)/report/\(page)", width: width, print: print)
                let place = "\(page) at \(width) px\(print ? ", printed" : "")"
                XCTAssertGreaterThanOrEqual(layout.charts.count, 5, place)
                XCTAssertEqual(layout.bodyFont, print ? 40.0 / 3 : 16, accuracy: 0.01, place)
                for (i, chart) in layout.charts.enumerated() {
                    XCTAssertEqual(chart.width, layout.column, accuracy: 1, "\(place) chart \(i): the text column's width")
                    for t in chart.texts {
                        XCTAssertGreaterThanOrEqual(t.size, layout.bodyFont - 0.01, "\(place) chart \(i) '\(t.text)': \(t.size) px")
                        XCTAssertTrue(t.pts.allSatisfy { $0[0] >= chart.box[0] - 0.5 && $0[0] <= chart.box[2] + 0.5 && $0[1] >= chart.box[1] - 0.5 && $0[1] <= chart.box[3] + 0.5 },
                                      "\(place) chart \(i) '\(t.text)' leaves the chart")
                    }
                    for a in chart.texts.indices {
                        for b in chart.texts.indices where b > a && Self.overlap(chart.texts[a].pts, chart.texts[b].pts) {
                            XCTFail("\(place) chart \(i): '\(chart.texts[a].text)' and '\(chart.texts[b].text)' collide")
                        }
                    }
                }
            }
        }
    }

    /// Convex quadrilaterals overlap (by more than half a pixel) unless an edge's normal separates them.
    static func overlap(_ p: [[Double]], _ q: [[Double]]) -> Bool {
        for poly in [p, q] {
            for i in 0..<4 {
                let (a, b) = (poly[i], poly[(i + 1) % 4])
                let length = hypot(b[0] - a[0], b[1] - a[1])
                guard length > 0 else { continue }
                let (nx, ny) = ((a[1] - b[1]) / length, (b[0] - a[0]) / length)
                let pp = p.map { $0[0] * nx + $0[1] * ny }, qq = q.map { $0[0] * nx + $0[1] * ny }
                if pp.max()! <= qq.min()! + 0.5 || qq.max()! <= pp.min()! + 0.5 { return false }
            }
        }
        return true
    }

    // MARK: 5. Captions, spans and gaps

    func testCaptionsNameTheirYearTheSpanIsTheFlowsAndAGapIsADash() throws {
        let w = Self.gap!
        for language in Self.languages {
            let index = try Chromium.dom("\(w.output)/report/\(language)/index.html")
            let y2002 = try Chromium.dom("\(w.output)/report/\(language)/2002.html")
            // The police chart's caption names the year it shows.
            XCTAssertTrue(index.contains("<figcaption>\(labels.text("chart_police_caption", language).replacingOccurrences(of: "{year}", with: "2003"))</figcaption>"), language)
            XCTAssertTrue(y2002.contains("<figcaption>\(labels.text("chart_police_caption", language).replacingOccurrences(of: "{year}", with: "2002"))</figcaption>"), language)
            // Table 1: a column per year with flows, then their span, coded and headed by its first and last year.
            let table1 = try RenderedTable(id: "table1", in: index)
            XCTAssertTrue(table1.rows.allSatisfy { $0.cells.map { $0["data-year"]! } == ["2001", "2002", "2003", "2001-2003"] })
            let heading = labels.text("whole_span", language).replacingOccurrences(of: "{first}", with: "2001").replacingOccurrences(of: "{last}", with: "2003")
            XCTAssertTrue(index.contains("<th>\(heading)</th>"), "\(language): \(heading)")
            // 2001 has no police figures: every police cell of it is a dash, the purposes too; 2002's purposes are numbers.
            for row in try RenderedTable(id: "police", in: index).rows {
                let cell = row.cells.first { $0["data-year"] == "2001" }!
                XCTAssertEqual(cell["data-value"], "", "\(language) \(row.attributes)")
                XCTAssertFalse(row.cells.first { $0["data-year"] == "2002" }!["data-value"]!.isEmpty, "\(language) \(row.attributes)")
            }
            XCTAssertTrue(index.contains(#"<td data-year="2001" data-value="">–</td>"#))
            // The quality table: police in 2001 has no data, not ok.
            let quality = index.components(separatedBy: "<table id=\"quality\"")[1]
            let police2001 = try XCTUnwrap(quality.range(of: #"<tr data-year="2001" data-feed="police-registrations"[^\n]*</tr>"#, options: .regularExpression).map { String(quality[$0]) })
            XCTAssertTrue(police2001.contains(#"data-status="NO_DATA""#) && police2001.contains(">\(labels.text("no_data", language))</td>"), police2001)
            XCTAssertFalse(police2001.contains(">0<"), police2001)
            XCTAssertTrue(quality.contains(#"<tr data-year="2002" data-feed="police-registrations" data-status="OK""#))
        }
    }

    // MARK: 6. The data-quality page

    /// quality.html, linked from every page: per year and feed the rejects by
    /// reason equal rejects.csv, which it links relative to the report; the
    /// quarantined file with its message; the run history from the database.
    func testTheQualityPageShowsRejectsQuarantinedFilesAndRuns() throws {
        let w = Self.sample!
        let rejects = try String(contentsOfFile: "\(w.output)/2003/rejects.csv", encoding: .utf8).split(separator: "\n")
        let header = PublishedCSV.fields(rejects[0])
        var byReason: [String: Int] = [:]
        for line in rejects.dropFirst() {
            let f = Dictionary(uniqueKeysWithValues: zip(header, PublishedCSV.fields(line)))
            byReason["\(f["FEED"] ?? f["feed"]!)|\(f["REASON"] ?? f["reason"]!)", default: 0] += 1
        }
        XCTAssertGreaterThan(byReason.count, 3)
        let quality = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(w.output)/2003/quality.json"))) as! [String: Any]
        let quarantined = (quality["feeds"] as! [String: [String: Any]]).flatMap { feed, q in
            (q["files"] as! [[String: Any]]).filter { $0["status"] as? String == "quarantined" }.map { (feed, $0["path"] as! String, $0["error"] as! String) }
        }
        XCTAssertEqual(quarantined.count, 1)
        for language in Self.languages {
            let index = try Chromium.dom("\(w.output)/report/\(language)/index.html")
            XCTAssertTrue(index.contains(#"<a href="quality.html" class="page">\#(labels.text("quality_page_title", language))</a>"#), language)
            let page = "\(w.output)/report/\(language)/quality.html"
            let dom = try Chromium.dom(page)
            var shown: [String: Int] = [:]
            let tables = try NSRegularExpression(pattern: #"<table class="rejects" data-year="2003" data-feed="([^"]+)">(.*?)</table>"#, options: .dotMatchesLineSeparators)
            let rowRegex = try NSRegularExpression(pattern: #"<tr data-reason="([^"]+)"><th>([^<]*)</th><td data-value="([0-9]+)">"#)
            for t in tables.matches(in: dom, range: NSRange(dom.startIndex..., in: dom)) {
                let feed = String(dom[Range(t.range(at: 1), in: dom)!]), body = String(dom[Range(t.range(at: 2), in: dom)!])
                for r in rowRegex.matches(in: body, range: NSRange(body.startIndex..., in: body)) {
                    let reason = unescape(String(body[Range(r.range(at: 1), in: body)!]))
                    shown["\(feed)|\(reason)"] = Int(body[Range(r.range(at: 3), in: body)!])!
                    XCTAssertEqual(unescape(String(body[Range(r.range(at: 2), in: body)!])), labels.text(ReportLabels.reasonKey(reason), language), "\(language): the reason in words")
                }
            }
            XCTAssertEqual(shown, byReason, language)
            // The link to rejects.csv resolves from the report's folder.
            let href = try XCTUnwrap(dom.range(of: #"href="([^"]*rejects\.csv)""#, options: .regularExpression).map { String(dom[$0]).dropFirst(6).dropLast() })
            let target = URL(fileURLWithPath: page).deletingLastPathComponent().appendingPathComponent(String(href)).standardized.path
            XCTAssertEqual(target, URL(fileURLWithPath: "\(w.output)/2003/rejects.csv").standardized.path, "\(language): \(href)")
            for (feed, path, error) in quarantined {
                let row = try XCTUnwrap(dom.range(of: #"<tr data-path="\#(path)" data-status="quarantined">[^\n]*</tr>"#, options: .regularExpression).map { String(dom[$0]) }, "\(language) \(feed)")
                XCTAssertTrue(row.contains(labels.text("file_status_quarantined", language)), row)
                XCTAssertTrue(unescape(row).contains(error), "\(language): the parser's message \(error) in \(row)")
            }
            // The run history: the run that wrote the report is there, its years listed.
            let runs = try RenderedTable(id: "runs", in: dom)
            XCTAssertEqual(runs.rows.count, 1, language)
            XCTAssertTrue(dom.contains("<td>2003</td>"), language)
        }
        // A second run that finds nothing to do adds its row, and the first shows its exit status 3.
        XCTAssertEqual(try Harness.run(["report"] + w.args).status, 0)
        let dom = try Chromium.dom("\(w.output)/report/en/quality.html")
        let runs = try RenderedTable(id: "runs", in: dom)
        XCTAssertTrue(runs.rows.contains { $0.cells.contains { $0["data-value"] == "3" } }, "the first run's exit status: \(runs.rows)")
        XCTAssertTrue(dom.contains(">\(labels.text("exit_3", "en"))</td>"))
    }
}
