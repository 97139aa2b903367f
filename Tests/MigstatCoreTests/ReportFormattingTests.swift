@testable import MigstatCore
import XCTest

/// The report's small parts: numbers for people, SVG that escapes what it
/// draws, and labels that must exist in every language.
final class ReportFormattingTests: XCTestCase {
    func testNumbersHaveThinSpacesAndSignedBalances() {
        XCTAssertEqual(ReportNumber.format("10911"), "10\u{2009}911")
        XCTAssertEqual(ReportNumber.format("51223", signed: true), "+51\u{2009}223")
        XCTAssertEqual(ReportNumber.format("-1030", signed: true), "\u{2212}1\u{2009}030")
        XCTAssertEqual(ReportNumber.format("0", signed: true), "0")
        XCTAssertEqual(ReportNumber.format("3979.22"), "3\u{2009}979.22")
        XCTAssertEqual(ReportNumber.format("999"), "999")
        XCTAssertEqual(ReportNumber.format(""), "–")
    }

    /// kk and ru write a decimal comma (`1 312,5`, `3 979,22`), en a point; the thousands and the sign are the same.
    func testTheDecimalSeparatorIsThePagesOwn() {
        XCTAssertEqual(ReportNumber.format("1312.5", decimal: ","), "1\u{2009}312,5")
        XCTAssertEqual(ReportNumber.format("3979.22", decimal: ","), "3\u{2009}979,22")
        XCTAssertEqual(ReportNumber.format("-1030.75", signed: true, decimal: ","), "\u{2212}1\u{2009}030,75")
        XCTAssertEqual(ReportNumber.format("12.0", signed: true, decimal: ","), "+12,0")
        XCTAssertEqual(ReportNumber.format("1312.5", decimal: "."), "1\u{2009}312.5")
        let labels = try! ReportLabels.load(directory: pipelinesDir)
        XCTAssertEqual(["kk", "ru", "en"].map { labels.text("decimal_separator", $0) }, [",", ",", "."])
    }

    func testFixedDecimalsMatchThePublishedFiles() {
        XCTAssertEqual(ReportNumber.fixed(Decimal(string: "100")!, 1), "100.0")
        XCTAssertEqual(ReportNumber.fixed(Decimal(string: "3979.2")!, 2), "3979.20")
        XCTAssertEqual(ReportNumber.fixed(Decimal(string: "-2.5")!, 0), "-3")   // half away from zero
    }

    func testChartsEscapeTheirTextAndDrawEveryBar() {
        let chart = SVGChart(categories: ["<b>", "2002"], series: [.init("a&b", [1, -2]), .init("c", [3, nil])],
                             unit: "\"persons\"", axis: "year")
        let svg = chart.render(caption: "<script>")
        XCTAssertFalse(svg.contains("<script>"))
        XCTAssertFalse(svg.contains("<b>"))
        XCTAssertTrue(svg.contains("&lt;script&gt;") && svg.contains("a&amp;b") && svg.contains("&quot;persons&quot;"))
        XCTAssertEqual(svg.components(separatedBy: "fill=\"url(#p").count - 1, 3 + 2, "three bars and two legend keys")
    }

    func testTickStepsAreRound() {
        XCTAssertEqual(SVGChart.tickStep(1000), 200)
        XCTAssertEqual(SVGChart.tickStep(37), 10)
        XCTAssertEqual(SVGChart.range([-30, 120]).0, -50)
    }

    func testALabelMissingInALanguageIsADefinitionErrorNamingIt() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("labels-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("report"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let shipped = try String(contentsOf: repositoryRoot.appendingPathComponent("pipelines/report/labels.yaml"), encoding: .utf8)
        try shipped.write(to: dir.appendingPathComponent("report/labels.yaml"), atomically: true, encoding: .utf8)
        XCTAssertNoThrow(try ReportLabels.load(directory: dir.path))
        let broken = shipped.replacingOccurrences(of: #"en: "{first}–{last} in all""#, with: #"en: """#)
        XCTAssertNotEqual(broken, shipped, "the shipped file has the label this test empties")
        try broken.write(to: dir.appendingPathComponent("report/labels.yaml"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ReportLabels.load(directory: dir.path)) { error in
            XCTAssertEqual(error as? MigstatError, .configuration("\(dir.path)/report/labels.yaml: label `whole_span` has no text in `en`"))
        }
    }
}
