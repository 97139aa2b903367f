import Foundation
@testable import MigstatCore
import XCTest

/// The refugees' section of the report (REPORT.md) as headless Chromium
/// renders it: every cell equals refugees.csv, every measure has its row for
/// all, and the chart shows the five largest citizenships' holders at year end.
final class RefugeesReportTests: XCTestCase {
    /// refugees.csv of a year: "MEASURE|CITIZENSHIP_GROUP|CITIZENSHIP" → OBS_VALUE.
    private func statistics(_ w: Workdir, _ year: Int) throws -> [String: String] {
        let lines = try String(contentsOfFile: "\(w.output)/\(year)/refugees.csv", encoding: .utf8).split(separator: "\n")
        var out: [String: String] = [:]
        for line in lines.dropFirst() {
            let f = PublishedCSV.fields(line)
            out[f[3...5].joined(separator: "|")] = f[6]
        }
        return out
    }

    func testTheRefugeesTableAndChartEqualTheStatisticsFiles() throws {
        _ = try Chromium.require()
        let measures = ["HOLDERS_START", "PENDING_START", "APPLIED", "GRANTED", "REFUSED", "WITHDRAWN", "CEASED_RETURNED",
                        "CEASED_NATURALISED", "CEASED_RESETTLED", "CEASED_REVOKED", "HOLDERS_END", "PENDING_END", "RECOGNITION_RATE"]
        let codeLists = try CodeLists(directory: "\(Harness.pipelines)/codelists")
        for (input, years) in [(Harness.repository.appendingPathComponent("input"), [2001, 2002, 2003]),
                               (Harness.fixtures.appendingPathComponent("input"), [2003])] {
            let w = try Workdir(copying: input)
            let r = try Harness.run(["run"] + w.args)
            XCTAssertTrue([0, 3].contains(r.status), r.stderr)
            let files = try Dictionary(uniqueKeysWithValues: years.map { ($0, try statistics(w, $0)) })
            for (language, page) in ["kk", "ru", "en"].map({ ($0, "\(w.output)/report/\($0)/index.html") })
                + years.map({ ("en", "\(w.output)/report/en/\($0).html") }) {
                let dom = try Chromium.dom(page)
                let rows = try RenderedTable(id: "refugees", in: dom).rows
                XCTAssertEqual(rows.filter { $0.attributes["data-group"] == "TOTAL" }.map { $0.attributes["data-measure"]! }, measures, page)
                let shown = page.hasSuffix("index.html") ? years : [Int(page.dropLast(5).suffix(4))!]
                var checked = 0
                for row in rows {
                    let key = "\(row.attributes["data-measure"]!)|\(row.attributes["data-group"]!)|_T"
                    XCTAssertEqual(row.cells.map { $0["data-year"] }, shown.map(String.init), "\(page) \(key)")
                    for cell in row.cells {
                        XCTAssertEqual(cell["data-value"], files[Int(cell["data-year"]!)!]![key], "\(page) \(key) \(cell)")
                        checked += 1
                    }
                }
                XCTAssertGreaterThan(checked, 13 * 2, page)

                // The chart's bars: holders at each year's end in the five countries with the most in the last year shown.
                let last = files[shown.last!]!
                let largest = last.filter { $0.key.hasPrefix("HOLDERS_END|") && !$0.key.hasSuffix("|_T") }
                    .map { (String($0.key.split(separator: "|")[2]), Int($0.value)!) }
                    .sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(5)
                let figure = try XCTUnwrap(dom.range(of: "<table id=\"refugees\"").flatMap { t in
                    dom.range(of: "</figure>", range: t.upperBound..<dom.endIndex).map { String(dom[t.lowerBound..<$0.upperBound]) }
                })
                for (country, _) in largest {
                    let name = codeLists.countryName(country, language: language) ?? country
                    for y in shown {
                        let value = Int(files[y]!["HOLDERS_END|\(countryGroup(country))|\(country)"] ?? "0")!
                        XCTAssertTrue(figure.contains("<title>\(name), \(y): \(value)</title>"), "\(page): \(name) \(y) \(value)")
                    }
                }
                XCTAssertFalse(largest.isEmpty)
            }
        }
    }

    private func countryGroup(_ country: String) -> String {
        ["ARM", "AZE", "BLR", "GEO", "KGZ", "MDA", "RUS", "TJK", "TKM", "UKR", "UZB"].contains(country) ? "CIS" : "FAR_ABROAD"
    }
}
