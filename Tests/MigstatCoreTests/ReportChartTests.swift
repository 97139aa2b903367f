import Foundation
@testable import MigstatCore
import XCTest

/// The charts with many years, and with values no chart can draw; the
/// database's numbers as the report accepts them.
final class ReportChartTests: XCTestCase {
    /// A `<text>` of a chart as drawn: its anchor point, alignment, rotation and text.
    struct Label { var x, y: Double; var anchor: String; var angle: Double; var text: String }

    static func labels(_ svg: String) throws -> [Label] {
        let regex = try NSRegularExpression(pattern: #"<text x="([-0-9.]+)" y="([-0-9.]+)"( text-anchor="(\w+)")?( transform="rotate\((-?[0-9.]+)[^"]*\)")?( text-anchor="(\w+)")?>([^<]*)</text>"#)
        return regex.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).map { m in
            func group(_ i: Int) -> String? { Range(m.range(at: i), in: svg).map { String(svg[$0]) } }
            return Label(x: Double(group(1)!)!, y: Double(group(2)!)!, anchor: group(4) ?? group(8) ?? "start",
                         angle: Double(group(6) ?? "0")!, text: group(9)!)
        }
    }

    static func viewBox(_ svg: String) -> (width: Double, height: Double) {
        let m = svg.range(of: #"viewBox="0 0 ([0-9.]+) ([0-9.]+)""#, options: .regularExpression).map { String(svg[$0]) }!
        let parts = m.dropFirst(#"viewBox="0 0 "#.count).dropLast().split(separator: " ").map { Double($0)! }
        return (parts[0], parts[1])
    }

    /// A label's box as four corners: DejaVu Sans' real advances (digits 0.636 em,
    /// Cyrillic and Latin letters up to about 0.69 em; 0.65 here) at the chart's
    /// font size, ascent 0.93 em and descent 0.24 em, turned about the anchor.
    static func corners(_ l: Label, fontSize: Double) -> [(Double, Double)] {
        let w = Double(l.text.count) * 0.65 * fontSize
        let x0 = l.anchor == "middle" ? -w / 2 : l.anchor == "end" ? -w : 0
        let a = l.angle * .pi / 180
        return [(x0, -0.93 * fontSize), (x0 + w, -0.93 * fontSize), (x0 + w, 0.24 * fontSize), (x0, 0.24 * fontSize)].map { (x, y) in
            (l.x + x * cos(a) - y * sin(a), l.y + x * sin(a) + y * cos(a))
        }
    }

    /// Two convex quadrilaterals overlap unless an edge's normal separates them.
    static func overlap(_ p: [(Double, Double)], _ q: [(Double, Double)]) -> Bool {
        for poly in [p, q] {
            for i in 0..<4 {
                let (x1, y1) = poly[i], (x2, y2) = poly[(i + 1) % 4]
                let (nx, ny) = (y1 - y2, x2 - x1)
                let a = p.map { $0.0 * nx + $0.1 * ny }, b = q.map { $0.0 * nx + $0.1 * ny }
                if a.max()! <= b.min()! || b.max()! <= a.min()! { return false }
            }
        }
        return true
    }

    /// Every text of the chart inside it and clear of every other.
    func assertLegible(_ svg: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let box = Self.viewBox(svg), fs = SVGChart.fontSize
        let labels = try Self.labels(svg)
        XCTAssertGreaterThan(labels.count, 3, file: file, line: line)
        let quads = labels.map { Self.corners($0, fontSize: fs) }
        for (l, q) in zip(labels, quads) {
            XCTAssertTrue(q.allSatisfy { $0.0 >= 0 && $0.0 <= box.width && $0.1 >= 0 && $0.1 <= box.height },
                          "\(l.text) leaves the chart (\(q), box \(box))", file: file, line: line)
        }
        for i in labels.indices {
            for j in labels.indices where j > i && Self.overlap(quads[i], quads[j]) {
                XCTFail("\(labels[i].text) and \(labels[j].text) collide", file: file, line: line)
            }
        }
    }

    func testFortyFiveYearsOfLabelsDoNotOverlap() throws {
        let years = (1990..<2035).map(String.init)
        let chart = SVGChart(categories: years, series: [SVGChart.Series("a", years.map { _ in 5 }), SVGChart.Series("b", years.map { _ in -3 })],
                             unit: "persons", axis: "year")
        let svg = chart.render(caption: "c")
        try assertLegible(svg)
        let shown = try Self.labels(svg).filter { years.contains($0.text) }
        XCTAssertGreaterThanOrEqual(shown.count, 10, "enough years labelled")
        XCTAssertEqual(shown.last?.text, "2034", "the latest year is labelled")
        XCTAssertTrue(shown.allSatisfy { $0.angle == 0 }, "years stand upright")
        // A few years keep every label.
        let few = SVGChart(categories: ["2001", "2002", "2003"], series: [SVGChart.Series("a", [1, 2, 3])], unit: "u", axis: "y").render(caption: "c")
        XCTAssertEqual(try Self.labels(few).filter { $0.text.hasPrefix("200") }.count, 3)
    }

    /// Country names and long groups, in Russian: slanted, none clipped at the left (the first label was), none colliding.
    func testLongSlantedLabelsStayInsideAndApart() throws {
        let names = ["Граждане стран дальнего зарубежья", "Граждане стран СНГ", "Лица без гражданства", "Гражданство не указано",
                     "Объединённые Арабские Эмираты", "Китай", "Южная Корея", "Таджикистан", "Узбекистан", "Российская Федерация",
                     "Кыргызстан", "Турция", "Индия", "Германия"]
        let svg = SVGChart(categories: names, series: [SVGChart.Series("Зарегистрировано лиц", names.indices.map { Double($0 * 37 % 11) * 100 })],
                           unit: "человек", axis: "2003").render(caption: "c")
        try assertLegible(svg)
        let drawn = try Self.labels(svg).filter { names.contains($0.text) }
        XCTAssertEqual(drawn.map(\.text), names, "every country keeps its name")
        XCTAssertTrue(drawn.allSatisfy { $0.angle != 0 })
        // Sixty names are thinned, still legible.
        let many = (0..<60).map { "Country number \($0)" }
        try assertLegible(SVGChart(categories: many, series: [SVGChart.Series("a", many.map { _ in 1 })], unit: "u", axis: "2003").render(caption: "c"))
    }

    /// A legend of long names wraps onto lines of its own; large negative ticks keep clear of the axis's title.
    func testTheLegendWrapsAndTicksKeepClearOfTheUnit() throws {
        let series = ["Миграционное сальдо, всего", "страны дальнего зарубежья", "страны СНГ", "другие регионы Казахстана"].map {
            SVGChart.Series($0, [-123_456, 98_765.5, -2_000])
        }
        var chart = SVGChart(categories: ["2001", "2002", "2003"], series: series, unit: "человек", axis: "год")
        chart.decimal = ","
        let svg = chart.render(caption: "c")
        try assertLegible(svg)
        XCTAssertTrue(svg.contains("\u{2212}150\u{2009}000"), "ticks in the page's convention")
        XCTAssertTrue(svg.contains("98\u{2009}765,5"), "a bar's title with the decimal comma")
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
