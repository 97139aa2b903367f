import Foundation
@testable import MigstatCore
import XCTest

/// The population's sections of the report as an official sees them, in
/// headless Chromium over the demo years: the table equals population.csv,
/// the adjustments' notes are on the year page, and the §6 outlook projects
/// from the files beside the targets of pipelines/programme.yaml.
final class PopulationReportTests: XCTestCase {
    /// population.csv of a year: `MEASURE|SEX` → OBS_VALUE.
    private func population(_ w: Workdir, _ year: Int) throws -> [String: String] {
        let lines = try String(contentsOfFile: "\(w.output)/\(year)/population.csv", encoding: .utf8).split(separator: "\n").dropFirst()
        return Dictionary(uniqueKeysWithValues: lines.map { l in let f = PublishedCSV.fields(l); return ("\(f[3])|\(f[4])", f[5]) })
    }

    func testThePopulationTableTheNotesAndTheOutlookBesideTheTargets() throws {
        _ = try Chromium.require()
        let w = try Workdir(copying: Harness.repository.appendingPathComponent("input"))
        let r = try Harness.run(["run"] + w.args)
        XCTAssertEqual(r.status, 0, r.stderr)
        let years = [2001, 2002, 2003]
        let files = try Dictionary(uniqueKeysWithValues: years.map { ($0, try population(w, $0)) })
        let labels = try ReportLabels.load(directory: Harness.pipelines)

        for language in ["kk", "ru", "en"] {
            let dom = try Chromium.dom("\(w.output)/report/\(language)/index.html")
            XCTAssertTrue(dom.contains(labels.text("population_title", language)), language)
            let table = try RenderedTable(id: "population", in: dom)
            XCTAssertEqual(table.rows.map { $0.attributes["data-measure"]! }, PopulationTable.measures, "every measure, _T, in order")
            for row in table.rows {
                XCTAssertEqual(row.cells.map { $0["data-year"]! }, years.map(String.init))
                for cell in row.cells {
                    XCTAssertEqual(cell["data-value"], files[Int(cell["data-year"]!)!]!["\(row.attributes["data-measure"]!)|_T"], "\(language) \(row.attributes) \(cell)")
                }
            }

            // §6: POP_END of the last complete year plus, each year, the three years' average natural increase and net migration.
            let outlook = try RenderedTable(id: "population-outlook", in: dom)
            let lastYear = ["kk": "2003 жылдың соңындағы халық саны", "ru": "на конец 2003 года", "en": "at the end of 2003"][language]!
            XCTAssertTrue(dom.contains(lastYear), "\(language): the outlook's sentence names the last complete year")
            XCTAssertFalse(dom.contains("{natural}") || dom.contains("{net}") || dom.contains("{year}"), "\(language): every placeholder filled")
            XCTAssertEqual(outlook.rows.map { $0.attributes["data-measure"]! }, ["PROJECTED_END", "TARGET_END"])
            let change = years.reduce(Decimal(0)) { sum, y in
                sum + Decimal(string: files[y]!["NATURAL_INCREASE|_T"]!)! + Decimal(string: files[y]!["NET_MIGRATION|_T"]!)!
            }
            let end = Decimal(string: files[2003]!["POP_END|_T"]!)!
            for (k, cell) in outlook.rows[0].cells.enumerated() {
                XCTAssertEqual(cell["data-year"], String(2004 + k))
                let want = (end + Decimal(k + 1) * change / 3) / 1000
                XCTAssertEqual(Double(cell["data-value"]!)!, NSDecimalNumber(decimal: want).doubleValue, accuracy: 0.05, "\(language) \(cell)")
            }
            let targets = outlook.rows[1].cells
            XCTAssertEqual(targets[0], ["data-year": "2004", "data-value": "540.0"])
            XCTAssertEqual(targets[1], ["data-year": "2005", "data-from": "550.0", "data-to": "600.0"], "a range is shown as a range")
            XCTAssertEqual(targets[2], ["data-year": "2006", "data-value": ""], "no target for 2006: a dash")
            let point = language == "en" ? "." : ","
            XCTAssertTrue(dom.contains("550\(point)0–600\(point)0"), "\(language): a range in the page's decimal convention")
        }

        // A year's page: the figures by sex, and the adjustments with their notes, adding up to ADJUSTMENT.
        let dom = try Chromium.dom("\(w.output)/report/ru/2003.html")
        let table = try RenderedTable(id: "population", in: dom)
        for row in table.rows {
            let key = "\(row.attributes["data-measure"]!)|\(row.attributes["data-sex"] ?? "_T")"
            XCTAssertEqual(row.cells.first?["data-value"], files[2003]![key], key)
        }
        XCTAssertEqual(Set(table.rows.compactMap { $0.attributes["data-sex"] }), ["M", "F"])
        let notes = try NSRegularExpression(pattern: #"<li data-date="([0-9-]+)" data-value="(-?[0-9]+)">([^<]*)</li>"#)
            .matches(in: dom, range: NSRange(dom.startIndex..., in: dom)).map { m in
                (Int(dom[Range(m.range(at: 2), in: dom)!])!, String(dom[Range(m.range(at: 3), in: dom)!]))
            }
        XCTAssertFalse(notes.isEmpty)
        XCTAssertEqual(String(notes.map(\.0).reduce(0, +)), files[2003]!["ADJUSTMENT|_T"])
        XCTAssertTrue(notes.allSatisfy { $0.1.contains("қайта санау") }, "\(notes)")
        XCTAssertFalse(try Chromium.dom("\(w.output)/report/ru/2002.html").contains("population-adjustments"), "2002 had no adjustment")
        XCTAssertFalse(dom.contains("population-outlook"), "the outlook is the index's")
    }
}
