import Foundation
import Mustache
@testable import MigstatCore
import XCTest

/// Text reaching the report's HTML and SVG is escaped on UTF-8 bytes: a `<`
/// that a prefix or combining character attaches to (one Character with it)
/// is escaped all the same, in the charts, in `{{x}}` of every template and
/// partial, and in attributes.
final class ReportEscapingTests: XCTestCase {
    /// Characters that join the Character before or after them: Arabic number
    /// sign (a prefix), combining acute, zero-width joiner, variation selectors,
    /// an emoji skin-tone modifier, a virama, a Hangul vowel, the keycap mark.
    static let attaching: [String] = ["\u{0600}", "\u{0301}", "\u{200D}", "\u{FE0F}", "\u{FE0E}", "\u{1F3FB}", "\u{094D}", "\u{1160}", "\u{20E3}", "\u{1F469}"]
    static let special: [String] = ["&", "<", ">", "\"", "'"]

    /// The definition: each of the five bytes replaced (and a NUL, which no page holds), every other byte as it is.
    static func byteEscape(_ s: String) -> [UInt8] {
        let table: [UInt8: String] = [0x26: "&amp;", 0x3C: "&lt;", 0x3E: "&gt;", 0x22: "&quot;", 0x27: "&#39;", 0x00: "\u{FFFD}"]
        return s.utf8.flatMap { table[$0].map { Array($0.utf8) } ?? [$0] }
    }

    static func contains(_ haystack: String, _ needle: String) -> Bool {
        let h = Array(haystack.utf8), n = Array(needle.utf8)
        guard n.count <= h.count else { return false }
        return (0...(h.count - n.count)).contains { Array(h[$0..<$0 + n.count]) == n }
    }

    /// Every attaching character before, after and around every special one.
    static var attachedSamples: [String] {
        var out: [String] = []
        for a in attaching {
            for s in special {
                let tag: String = "x" + a + s + "img src=x onerror=alert(1)" + a + ">"
                out += [a + s, s + a, a + s + a, tag]
            }
        }
        return out
    }

    func testTheseCharactersDoAttach() {
        // The premise: Character-wise comparison does not see these `<`.
        XCTAssertEqual(Array("\u{0600}<").count, 1)
        XCTAssertEqual(Array("<\u{0301}").count, 1)
        XCTAssertFalse(Array("\u{0600}<img>").contains("<"))
    }

    func testTheEscapeIsTheByteDefinition() {
        var random = SeededGenerator(seed: 20035)
        var samples = Self.attachedSamples
        let alphabet = Self.attaching + Self.special + ["a", "й", " ", "=", "\u{0000}", "\n", "😀", "&lt;"]
        for _ in 0..<2000 {
            samples.append((0..<Int.random(in: 0...12, using: &random)).map { _ in alphabet.randomElement(using: &random)! }.joined())
        }
        for s in samples {
            let escaped = HTMLText.escape(s)
            XCTAssertEqual(Array(escaped.utf8), Self.byteEscape(s), s.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
            XCTAssertFalse(escaped.utf8.contains { [0x3C, 0x3E, 0x22, 0x27].contains($0) })
        }
    }

    /// `{{x}}` in a template, in a quoted attribute, in a partial, and in a
    /// template that names swift-mustache's `HTML` content type itself.
    func testTemplatesEscapeOnBytesEverywhere() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("report-templates-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try #"<p title="{{x}}" data-v='{{x}}'>{{x}}</p>{{#list}}<i>{{.}}</i>{{/list}}{{> part}}"#.write(toFile: "\(dir)/index.mustache", atomically: true, encoding: .utf8)
        try "{{% CONTENT_TYPE: HTML}}<b>{{x}}</b>".write(toFile: "\(dir)/year.mustache", atomically: true, encoding: .utf8)
        try "<em>{{label.x}}</em>".write(toFile: "\(dir)/part.mustache", atomically: true, encoding: .utf8)
        try "<b>{{x}}</b>{{> part}}".write(toFile: "\(dir)/quality-page.mustache", atomically: true, encoding: .utf8)
        try #"<td data-value="{{x}}">{{x}}</td>{{> part}}"#.write(toFile: "\(dir)/quarter.mustache", atomically: true, encoding: .utf8)
        let library = try ReportTemplates.load(directory: dir, plugins: [])
        for s in Self.attachedSamples {
            let context: [String: Any] = ["x": s, "list": [s, s], "label": ["x": s]]
            for name in ["index", "year", "quarter", "quality-page"] {
                let html = try XCTUnwrap(library.render(context, withTemplate: name))
                let e = String(decoding: Self.byteEscape(s), as: UTF8.self)
                XCTAssertTrue(Self.contains(html, e), "\(name): \(html)")
                // Only the template's own markup: strip it, and no special byte is left.
                var rest = html
                for tag in ["<p title=\"", "\" data-v='", "'>", "</p>", "<i>", "</i>", "<em>", "</em>", "<b>", "</b>", "<td data-value=\"", "\">", "</td>"] {
                    rest = String(decoding: Self.split(rest, on: tag).joined(), as: UTF8.self)
                }
                XCTAssertFalse(rest.utf8.contains { [0x3C, 0x3E, 0x22, 0x27].contains($0) }, "\(name): \(html)")
            }
        }
    }

    static func split(_ s: String, on separator: String) -> [[UInt8]] {
        var parts: [[UInt8]] = [], current: [UInt8] = []
        let b = Array(s.utf8), sep = Array(separator.utf8)
        var i = 0
        while i < b.count {
            if i + sep.count <= b.count, Array(b[i..<i + sep.count]) == sep { parts.append(current); current = []; i += sep.count } else { current.append(b[i]); i += 1 }
        }
        return parts + [current]
    }

    /// The pragma line each template is registered with renders nothing: the
    /// report's templates give the same bytes as swift-mustache's own for text
    /// with nothing to escape.
    func testThePragmaLineChangesNoOutput() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("pipelines/report").path
        let ours = try ReportTemplates.load(directory: dir)
        var plain = MustacheLibrary()
        for name in ReportTemplates.files(dir) where name.hasSuffix(".mustache") {
            try plain.register(String(contentsOfFile: "\(dir)/\(name)", encoding: .utf8), named: String(name.dropLast(9)))
        }
        let sections = FeedRegistry.all.flatMap(\.reportSections).map(\.partial)
        XCTAssertGreaterThanOrEqual(sections.count, 5)
        for name in ["index", "year", "quality-page"] + sections {
            let a = try XCTUnwrap(ours.render(Anything(), withTemplate: name)), b = try XCTUnwrap(plain.render(Anything(), withTemplate: name))
            XCTAssertEqual(a, b, name)
            XCTAssertGreaterThan(a.count, name.hasPrefix("sections/") ? 100 : 1000, name)
        }
    }

    /// Any name gives the same harmless text.
    struct Anything: MustacheParent { func child(named: String) -> Any? { "v" } }

    func testChartTextIsEscapedOnBytes() {
        for s in Self.attachedSamples {
            let svg = SVGChart(categories: [s, "2003"], series: [SVGChart.Series(s, [1, 2])], unit: s, axis: s).render(caption: s)
            if s.utf8.contains(where: { HTMLText.special($0) && $0 != UInt8(ascii: "&") }) { XCTAssertFalse(Self.contains(svg, s), s.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")) }
            XCTAssertTrue(Self.contains(svg, String(decoding: Self.byteEscape(s), as: UTF8.self)))
        }
    }

    func testLanguageCodesAreTags() {
        for good in ["kk", "ru", "en", "en-GB", "kk-Cyrl", "sr-Latn-RS", "zh-419", "ENG"] { XCTAssertTrue(ReportLabels.isLanguageCode(good), good) }
        for bad in ["", "e", "../../x", "..", "en/../x", "en_GB", "кк", "en-", "-en", "en--x", "abcdefghi", "en-abcdefghi", "en x", "en\n", "k\u{0301}k", "12"] {
            XCTAssertFalse(ReportLabels.isLanguageCode(bad), bad)
        }
    }

    func testALanguageCodeThatIsAPathIsADefinitionErrorNamingTheFile() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("report-labels-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: "\(root)/report", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let real = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("pipelines/report/labels.yaml").path
        let text = try String(contentsOfFile: real, encoding: .utf8)
        for languages in ["[kk, ru, \"../../x\"]", "[kk, \"en/..\"]", "[kk, ru, kk]"] {
            let edited = text.replacingOccurrences(of: "languages: [kk, ru, en]", with: "languages: \(languages)")
            XCTAssertNotEqual(edited, text)
            try edited.write(toFile: "\(root)/report/labels.yaml", atomically: true, encoding: .utf8)
            XCTAssertThrowsError(try ReportLabels.load(directory: root)) { error in
                guard case MigstatError.configuration(let m) = error else { return XCTFail("\(error)") }
                XCTAssertTrue(m.contains("labels.yaml"), m)
            }
        }
        try text.write(toFile: "\(root)/report/labels.yaml", atomically: true, encoding: .utf8)
        XCTAssertEqual(try ReportLabels.load(directory: root).languages, ["kk", "ru", "en"])
    }
}
