import Foundation
@testable import MigstatCore
import XCTest

/// The report against hostile text and mistaken operators, through the
/// release binary: characters that attach to `<` in agency text, code lists
/// and labels stay text in the rendered DOM; a missing database is no empty
/// report; an analyst's files survive; a language code cannot name a path;
/// a hand-edited database value stops the report with a message, not a trap.
final class ReportTrustTests: XCTestCase {
    static let demo = Harness.repository.appendingPathComponent("input")

    /// A copy of the pipelines folder in the workdir, and the arguments that use it.
    private func pipelines(_ w: Workdir) throws -> String {
        let dir = w.root.appendingPathComponent("pipelines").path
        if !FileManager.default.fileExists(atPath: dir) { try FileManager.default.copyItem(atPath: Harness.pipelines, toPath: dir) }
        return dir
    }

    private func edit(_ path: String, _ change: (String) -> String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let edited = change(text)
        XCTAssertNotEqual(edited, text, path)
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// Every element name of a dumped DOM, with the attribute names on it.
    /// Chromium serializes text with `<` as `&lt;`: every `<` of the dump opens a real tag.
    private func elements(_ dom: String) throws -> [(name: String, attributes: [String])] {
        let tag = try NSRegularExpression(pattern: #"<([a-zA-Z][^\s/>]*)([^>]*)>"#)
        let attribute = try NSRegularExpression(pattern: #"\s([^\s="'>/]+)(?:="[^"]*")?"#)
        return tag.matches(in: dom, range: NSRange(dom.startIndex..., in: dom)).map { m in
            let attrs = String(dom[Range(m.range(at: 2), in: dom)!])
            return (String(dom[Range(m.range(at: 1), in: dom)!]).lowercased(),
                    attribute.matches(in: attrs, range: NSRange(attrs.startIndex..., in: attrs)).map { String(attrs[Range($0.range(at: 1), in: attrs)!]).lowercased() })
        }
    }

    /// Agency text (an employer in a UTF-8 labour feed), a code list (country
    /// names) and labels carry markup with characters that attach to `<`:
    /// the rendered pages hold no element or attribute the templates did not
    /// write, and show the text as it is.
    func testAttachingCharactersStayTextInEveryPlaceTheyComeFrom() throws {
        _ = try Chromium.require()
        let w = try Workdir(copying: Self.demo)
        let p = try pipelines(w)
        // The labour feed as UTF-8, with two employers whose names carry markup.
        try edit("\(p)/labour-quotas.yaml") { $0.replacingOccurrences(of: "encoding: windows-1251", with: "encoding: utf-8") }
        let feed = "\(w.input)/labour-quotas"
        for year in try FileManager.default.contentsOfDirectory(atPath: feed) {
            for file in try FileManager.default.contentsOfDirectory(atPath: "\(feed)/\(year)") where file.hasSuffix(".csv") {
                let path = "\(feed)/\(year)/\(file)"
                let text = try XCTUnwrap(String(data: Data(contentsOf: URL(fileURLWithPath: path)), encoding: .windowsCP1251))
                try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            }
        }
        let employer1 = "Ltd \u{0600}<img src=x onerror=alert(1)>", employer2 = "Co <\u{0301}img src=y onerror=alert(2)\u{200D}>"
        let permits = "\(feed)/2002/permits-2002-Q2.csv"
        var rows = try String(contentsOfFile: permits, encoding: .utf8)
        rows += "AST-2002-90001;10.06.2002;31.12.2003;025924883550;\(employer1);41200;2;IRN;900;выдано\n"
        rows += "AST-2002-90002;11.06.2002;31.12.2003;038523983110;\(employer2);41200;2;IRN;800;выдано\n"
        try rows.write(toFile: permits, atomically: true, encoding: .utf8)
        // Every English country name carries an <a> the chart must not draw.
        let country = "\u{0600}<a href=https://x.invalid/>\u{FE0F}"
        // The report shows a country by its `name_en` column (found by the header, which stays as it is).
        try edit("\(p)/codelists/countries.tsv") { text in
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let header = lines.first { !$0.hasPrefix("#") }!.split(separator: "\t").map(String.init)
            let column = header.firstIndex(of: "name_en")!
            return lines.map { line -> String in
                var f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                if !line.hasPrefix("#"), f != header, f.count > column, !f[column].isEmpty { f[column] = country + f[column] }
                return f.joined(separator: "\t")
            }.joined(separator: "\n")
        }
        // Labels: in a heading, in a chart's caption and legend.
        let form = "<\u{0301}form action=https://x.invalid/><\u{0301}button>go\u{1F3FB}"
        try edit("\(p)/report/labels.yaml") { text in
            text.replacingOccurrences(of: #"en: "Migration analysis centre: report""#, with: #"en: "Report \#(form)""#)
                .replacingOccurrences(of: #"en: "Registered persons""#, with: #"en: "Registered persons \u0600<script>x()</script>""#)
        }
        let r = try Harness.run(["run", "--input", w.input, "--output", w.output, "--pipelines", p])
        XCTAssertEqual(r.status, 0, r.stderr)

        let allowed: Set<String> = ["html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "nav", "a", "strong", "table",
                                    "thead", "tbody", "tr", "th", "td", "figure", "figcaption", "svg", "defs", "pattern", "rect", "line", "text",
                                    "ul", "li"]   // the population's adjustments with their notes
        var seen: [String] = []
        for page in ["en/index.html", "en/2002.html", "kk/2003.html"] {
            let dom = try Chromium.dom("\(w.output)/report/\(page)")
            let found = try elements(dom)
            XCTAssertGreaterThan(found.count, 200, page)
            XCTAssertEqual(Set(found.map(\.name)).subtracting(allowed), [], "\(page): elements the templates did not write")
            XCTAssertEqual(found.flatMap(\.attributes).filter { $0.hasPrefix("on") || $0 == "action" || $0 == "src" }, [], page)
            // Inside the charts, no link.
            for svg in dom.components(separatedBy: "<svg").dropFirst() {
                XCTAssertFalse(svg.components(separatedBy: "</svg>")[0].contains("<a"), page)
            }
            seen.append(dom)
        }
        // Shown literally: the text as Chromium serializes a text node (on scalars and bytes:
        // String's own replacing and contains compare Characters, which is how `<` slipped through).
        func asText(_ s: String) -> [UInt8] {
            s.utf8.flatMap { b -> [UInt8] in
                switch b { case 0x26: return Array("&amp;".utf8); case 0x3C: return Array("&lt;".utf8); case 0x3E: return Array("&gt;".utf8); default: return [b] }
            }
        }
        func shows(_ dom: String, _ text: String) -> Bool {
            let h = Array(dom.utf8), n = asText(text)
            return h.count >= n.count && (0...(h.count - n.count)).contains { h[$0] == n[0] && Array(h[$0..<$0 + n.count]) == n }
        }
        XCTAssertTrue(shows(seen[1], employer1), "employer 1 shown as text")
        XCTAssertTrue(shows(seen[1], employer2), "employer 2 shown as text")
        XCTAssertTrue(shows(seen[0], "Report \(form)"), "the title label shown as text")
        XCTAssertTrue(shows(seen[0], country), "a country name shown as text in the police chart")
        XCTAssertTrue(shows(seen[0], "Registered persons \u{0600}<script>x()</script>"), "the legend label shown as text")
        XCTAssertTrue(seen[0].contains("form-action 'none'; base-uri 'none'"), "the CSP forbids forms and a base")
    }

    /// `migstat report` with the database deleted, mistyped, or holding no
    /// year: exit 2 with a message, no database created, the report kept.
    func testNoDatabaseIsNoReportAndThePreviousOneStays() throws {
        let w = try Workdir(copying: Self.demo)
        XCTAssertEqual(try Harness.run(["run"] + w.args).status, 0)
        let database = "\(w.output)/migstat.sqlite"
        XCTAssertTrue(FileManager.default.fileExists(atPath: database))
        let before = w.snapshot().filter { $0.key.hasPrefix("report/") }
        XCTAssertGreaterThan(before.count, 6)
        let older = w.root.appendingPathComponent("older.sqlite").path
        try FileManager.default.copyItem(atPath: database, toPath: older)

        try FileManager.default.removeItem(atPath: database)
        let typo = w.root.appendingPathComponent("migstta.sqlite").path
        for args in [w.args, w.args + ["--database", "sqlite:\(typo)"]] {
            let r = try Harness.run(["report"] + args)
            XCTAssertEqual(r.status, 2, r.stderr)
            XCTAssertTrue(r.stderr.contains("no database at"), r.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: database), "not created")
            XCTAssertFalse(FileManager.default.fileExists(atPath: typo), "not created")
            XCTAssertEqual(w.snapshot().filter { $0.key.hasPrefix("report/") }, before, "the previous report is kept")
        }
        // A database with migstat's tables and no year.
        let empty = w.root.appendingPathComponent("empty.sqlite").path
        XCTAssertEqual(try Harness.run(["db", "init"] + w.args + ["--database", "sqlite:\(empty)"]).status, 0)
        let r = try Harness.run(["report"] + w.args + ["--database", "sqlite:\(empty)"])
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains("no published year"), r.stderr)
        XCTAssertEqual(w.snapshot().filter { $0.key.hasPrefix("report/") }, before, "the previous report is kept")

        // A database made before a feed joined: exit 2 naming what it lacks and what to run, not an SQL error;
        // `db init` adds the tables and the report is written.
        XCTAssertEqual(Harness.shell("sqlite3 '\(older)' 'DROP TABLE refugees; DROP TABLE refugees_quarterly'"), 0)
        let lacking = try Harness.run(["report"] + w.args + ["--database", "sqlite:\(older)"])
        XCTAssertEqual(lacking.status, 2, lacking.stderr)
        XCTAssertTrue(lacking.stderr.contains("lacks refugees, refugees_quarterly") && lacking.stderr.contains("migstat db init"), lacking.stderr)
        XCTAssertEqual(w.snapshot().filter { $0.key.hasPrefix("report/") }, before, "the previous report is kept")
        XCTAssertEqual(try Harness.run(["db", "init"] + w.args + ["--database", "sqlite:\(older)"]).status, 0)
        XCTAssertEqual(try Harness.run(["report"] + w.args + ["--database", "sqlite:\(older)"]).status, 0)
    }

    /// An analyst's own files in the report folder survive a report; pages a
    /// report wrote and no longer writes (a language dropped) go.
    func testAnAnalystsFilesSurviveAndOnlyWhatAReportWroteGoes() throws {
        let w = try Workdir(copying: Self.demo)
        let p = try pipelines(w)
        let args = ["--input", w.input, "--output", w.output, "--pipelines", p]
        XCTAssertEqual(try Harness.run(["run"] + args).status, 0)
        let report = "\(w.output)/report"
        let mine = ["en/about.html": "<p>about</p>", "kk/about.html": "<p>туралы</p>", "notes.txt": "notes", "en/img/logo.svg": "<svg/>"]
        for (path, text) in mine {
            try FileManager.default.createDirectory(atPath: ((report + "/" + path) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: "\(report)/\(path)", atomically: true, encoding: .utf8)
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: "\(report)/kk/2002.html"))
        try edit("\(p)/report/labels.yaml") { $0.replacingOccurrences(of: "languages: [kk, ru, en]", with: "languages: [ru, en]") }
        let r = try Harness.run(["report"] + args)
        XCTAssertEqual(r.status, 0, r.stderr)
        for (path, text) in mine { XCTAssertEqual(try? String(contentsOfFile: "\(report)/\(path)", encoding: .utf8), text, path) }
        XCTAssertFalse(FileManager.default.fileExists(atPath: "\(report)/kk/2002.html"), "a page of a dropped language goes")
        XCTAssertFalse(FileManager.default.fileExists(atPath: "\(report)/kk/index.html"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: "\(report)/en/2002.html"))
        let written = try String(contentsOfFile: "\(report)/.written", encoding: .utf8).split(separator: "\n").map(String.init)
        XCTAssertTrue(written.contains("en/index.html") && written.contains("ru/2003.html") && !written.contains("en/about.html"), "\(written)")
        // Nothing left beside the report.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: w.output).filter { $0.hasPrefix("report.") }, [])
        // A second report with nothing changed keeps every page's file.
        let inode = try FileManager.default.attributesOfItem(atPath: "\(report)/en/index.html")[.systemFileNumber] as? Int
        XCTAssertEqual(try Harness.run(["report"] + args).status, 0)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: "\(report)/en/index.html")[.systemFileNumber] as? Int, inode)
        for (path, text) in mine { XCTAssertEqual(try? String(contentsOfFile: "\(report)/\(path)", encoding: .utf8), text, path) }
    }

    /// A language code that is a path is refused naming labels.yaml; nothing is written or removed anywhere.
    func testALanguageCodeThatIsAPathIsRefused() throws {
        let w = try Workdir(copying: Self.demo)
        let p = try pipelines(w)
        let args = ["--input", w.input, "--output", w.output, "--pipelines", p]
        XCTAssertEqual(try Harness.run(["run"] + args).status, 0)
        let victim = w.root.appendingPathComponent("x")
        try FileManager.default.createDirectory(at: victim, withIntermediateDirectories: true)
        try "keep".write(to: victim.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        let before = w.snapshot()
        try edit("\(p)/report/labels.yaml") { $0.replacingOccurrences(of: "languages: [kk, ru, en]", with: #"languages: [kk, ru, en, "../../x"]"#) }
        for command in [["report"], ["run"]] {
            let r = try Harness.run(command + args)
            XCTAssertEqual(r.status, 2, r.stderr)
            XCTAssertTrue(r.stderr.contains("labels.yaml") && r.stderr.contains("../../x"), r.stderr)
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: victim.path), ["index.html"])
            XCTAssertEqual(try String(contentsOf: victim.appendingPathComponent("index.html"), encoding: .utf8), "keep")
            XCTAssertEqual(w.snapshot(), before)
        }
    }

    /// Values edited by hand into the tables the report reads: never a trap;
    /// exit 4 naming the table and pointing to `migstat db check`.
    func testHandEditedDatabaseValuesNeverCrashTheReport() throws {
        let w = try Workdir(copying: Self.demo)
        XCTAssertEqual(try Harness.run(["run"] + w.args).status, 0)
        let original = "\(w.output)/migstat.sqlite"
        let edits: [(table: String, set: String, where: String)] = [
            ("foreign_registrations", "obs_value = 1e19", "measure = 'PERSONS' AND citizenship <> '_T' AND purpose = '_T'"),
            ("migration_flows", "obs_value = 'NaN'", "flow = 'NET' AND partner = '_T' AND ethnicity = '_T'"),
            ("labour_quota", "obs_value = -1e400", "citizenship = '_T'"),
            ("repatriates", "obs_value = '9223372036854775808'", "origin = '_T'"),
            ("slips_by_month", "arrivals = 'abc'", "month = 3"),
            ("labour_permit", "workers = 1e19", "1 = 1"),
            ("record_fates", "records = 9.3e18", "fate = 'accepted'"),
            ("migration_flows", "coverage = '12x'", "1 = 1"),
        ]
        for e in edits {
            let copy = w.root.appendingPathComponent("edited.sqlite").path
            try? FileManager.default.removeItem(atPath: copy)
            try FileManager.default.copyItem(atPath: original, toPath: copy)
            let c = try SQLiteDatabase(path: copy)
            try c.execute("UPDATE \(e.table) SET \(e.set) WHERE \(e.where)")
            c.close()
            let r = try Harness.run(["report"] + w.args + ["--database", "sqlite:\(copy)"])
            XCTAssertEqual(r.status, 4, "\(e): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains("cannot show") && r.stderr.contains("migstat db check"), "\(e): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains(e.table == "labour_permit" ? "permits_by_employer" : e.table), "\(e): \(r.stderr)")
        }
    }
}
