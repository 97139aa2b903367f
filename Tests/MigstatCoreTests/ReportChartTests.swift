import Foundation
@testable import MigstatCore
import XCTest

/// The charts with many years, and with values no chart can draw; the
/// database's numbers as the report accepts them.
final class ReportChartTests: XCTestCase {
    struct Label { var x, y: Double; var anchor: String; var rotated: Bool; var text: String }

    /// The category labels of a chart: `<text>` elements on the line 14 below the plot.
    static func categoryLabels(_ svg: String, belowY: Double) throws -> [Label] {
        let regex = try NSRegularExpression(pattern: #"<text x="([-0-9.]+)" y="([-0-9.]+)" text-anchor="(\w+)"( transform="rotate\(-35[^"]*\)")?>([^<]*)</text>"#)
        return regex.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).compactMap { m in
            func group(_ i: Int) -> String? { Range(m.range(at: i), in: svg).map { String(svg[$0]) } }
            let label = Label(x: Double(group(1)!)!, y: Double(group(2)!)!, anchor: group(3)!, rotated: group(4) != nil, text: group(5)!)
            return abs(label.y - (belowY + 14)) < 0.5 ? label : nil
        }
    }

    /// DejaVu Sans, the report's first font: digits advance 0.636 em, Cyrillic
    /// capitals up to 0.75 em, both at the SVG's font size.
    static let fontSize = 11.0

    func testFortyFiveYearsOfLabelsDoNotOverlap() throws {
        let years = (1990..<2035).map(String.init)
        let chart = SVGChart(categories: years, series: [SVGChart.Series("a", years.map { _ in 5 }), SVGChart.Series("b", years.map { _ in -3 })],
                             unit: "persons", axis: "year")
        let svg = chart.render(caption: "c")
        XCTAssertTrue(svg.contains(#"font-size="11""#))
        let labels = try Self.categoryLabels(svg, belowY: 16 + (300 - 16 - 74))
        XCTAssertGreaterThanOrEqual(labels.count, 10, "enough years labelled")
        XCTAssertEqual(labels.last?.text, "2034", "the latest year is labelled")
        let boxes = labels.map { l -> ClosedRange<Double> in
            let w = Double(l.text.count) * 0.636 * Self.fontSize
            return (l.x - w / 2)...(l.x + w / 2)
        }
        for (a, b) in zip(boxes, boxes.dropFirst()) { XCTAssertLessThan(a.upperBound, b.lowerBound, "\(a) overlaps \(b)") }
        // A few years keep every label.
        XCTAssertEqual(try Self.categoryLabels(SVGChart(categories: ["2001", "2002", "2003"], series: [SVGChart.Series("a", [1, 2, 3])], unit: "u", axis: "y")
            .render(caption: "c"), belowY: 226).count, 3)
    }

    /// Slanted labels (country names) lie on parallel lines; thinned, those lines are a text's height apart.
    func testManySlantedLabelsDoNotOverlap() throws {
        let names = (0..<60).map { "Country number \($0)" }
        var chart = SVGChart(categories: names, series: [SVGChart.Series("a", names.map { _ in 1 })], unit: "u", axis: "2003")
        chart.height = 340
        let labels = try Self.categoryLabels(chart.render(caption: "c"), belowY: 16 + (340 - 16 - 140))
        XCTAssertGreaterThan(labels.count, 5)
        XCTAssertTrue(labels.allSatisfy(\.rotated))
        for (a, b) in zip(labels, labels.dropFirst()) {
            let apart = (b.x - a.x) * sin(35 * Double.pi / 180)
            XCTAssertGreaterThanOrEqual(apart, Self.fontSize, "\(a.text) and \(b.text) are \(apart) apart")
        }
    }

    func testValuesNoChartCanDrawDoNotTrap() {
        for v in [1e19, -1e19, 9.3e18, .nan, .infinity, -.infinity, 1e308, -1e308, .leastNonzeroMagnitude] {
            XCTAssertFalse(SVGChart.plain(v).isEmpty)
            let svg = SVGChart(categories: ["2003", "2004"], series: [SVGChart.Series("a", [v, 1])], unit: "u", axis: "y").render(caption: "c")
            XCTAssertTrue(svg.hasSuffix("</svg>"))
            XCTAssertFalse(svg.lowercased().contains("nan\""), "no NaN coordinate for \(v)")
        }
        XCTAssertEqual(SVGChart.plain(123), "123")
        XCTAssertEqual(SVGChart.plain(-4.25), "-4.2")
    }

    /// Plain decimals as migstat loads them (SQLite's REAL and PostgreSQL's
    /// numeric both); anything a hand could put there instead is refused.
    func testTheDatabasesNumbersAreReadStrictly() throws {
        for good in ["0", "123", "-51223", "4.5", "12.50", "100.0", "999999999999999", "-0.0"] {
            XCTAssertEqual(try ReportValue.decimal(good, "t.c"), good)
        }
        XCTAssertEqual(try ReportValue.decimal(nil, "t.c"), "")
        XCTAssertEqual(try ReportValue.decimal("", "t.c"), "")
        for bad in ["1e19", "1.0e+19", "NaN", "nan", "-Inf", "Inf", "-1e400", "9223372036854775808", "1000000000000000", "abc", "237x",
                    " 12", "12 ", "+5", "1.", ".5", "1.2.3", "--1", "٣", "1_000"] {
            XCTAssertThrowsError(try ReportValue.decimal(bad, "labour_quota.obs_value"), bad) { error in
                guard case DatabaseError.unavailable(let m) = error else { return XCTFail("\(error)") }
                XCTAssertTrue(m.contains("labour_quota.obs_value") && m.contains("migstat db check"), m)
            }
        }
        XCTAssertEqual(try ReportValue.integer("42", "t.c"), 42)
        XCTAssertEqual(try ReportValue.integer("42.0", "t.c"), 42)
        XCTAssertEqual(try ReportValue.integer(nil, "t.c"), 0)
        for bad in ["42.5", "1e19", "9223372036854775808", "-9223372036854775809", "NaN", "x"] {
            XCTAssertThrowsError(try ReportValue.integer(bad, "t.c"), bad)
        }
    }
}
