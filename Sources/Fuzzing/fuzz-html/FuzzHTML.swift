import CLibXML2
import FuzzSupport
import MigstatCore
import Mustache

/// The report's pages with any text where agency text, code lists and labels
/// go: every `{{x}}` of the real templates (pipelines/report) and every text
/// of a chart. Parsed by libxml2's HTML parser, the page has exactly the
/// elements and attributes it has with a harmless text: none that the text
/// wrote. A difference is a crash (a finding).
enum FuzzHTML {
    static let templates = try! ReportTemplates.load(directory: "\(FuzzDriver.pipelines)/report")

    /// The pages and every section's template (`sections/<id>`), each rendered on its own.
    static let pages = ["index", "year"] + ReportTemplates.files("\(FuzzDriver.pipelines)/report")
        .filter { $0.hasPrefix("sections/") && $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) }

    /// Every name the templates ask for is this text (sections render once
    /// over it), but the charts, which the templates take raw.
    struct Text: MustacheParent, MustacheCustomRenderable {
        let text: String
        func child(named name: String) -> Any? { name == "chart" || name.hasSuffix("Chart") ? Self.chart(text) : self }
        var renderText: String { text }
        var isNull: Bool { false }
        static func chart(_ s: String) -> String {
            let chart = SVGChart(categories: [s, "2001", s + s], series: [SVGChart.Series(s, [1, nil, -2]), SVGChart.Series("a" + s, [3, 4, 5])],
                                 unit: s, axis: s)
            return "<figure>\(chart.render(caption: s))<figcaption>\(HTMLText.escape(s))</figcaption></figure>"
        }
    }

    /// Element names, each with its attribute names, in document order.
    static func shape(_ html: String) -> [String] {
        var out: [String] = []
        var bytes = Array(html.utf8)
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        guard let doc = bytes.withUnsafeMutableBufferPointer({ b in
            b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) { htmlReadMemory($0, Int32(b.count), "page.html", "UTF-8", options) }
        }) else { return ["(unparsed)"] }
        defer { xmlFreeDoc(doc) }
        func walk(_ first: xmlNodePtr?) {
            var node = first
            while let n = node {
                if n.pointee.type == XML_ELEMENT_NODE {
                    var attributes: [String] = []
                    var a = n.pointee.properties
                    while let attr = a { attributes.append(String(cString: attr.pointee.name)); a = attr.pointee.next }
                    out.append(String(cString: n.pointee.name) + "[" + attributes.joined(separator: " ") + "]")
                    walk(n.pointee.children)
                }
                node = n.pointee.next
            }
        }
        walk(doc.pointee.children)
        return out
    }

    static func render(_ text: String, _ page: String) -> String { templates.render(Text(text: text), withTemplate: page) ?? "" }

    static func one(_ data: UnsafeRawBufferPointer) {
        let text = String(decoding: data, as: UTF8.self)
        // As many Characters of plain `x`: the charts thin out and slant labels by their length.
        let harmless = String(repeating: "x", count: text.count)
        for page in pages {
            let got = shape(render(text, page)), expected = shape(render(harmless, page))
            if got != expected {
                let at = zip(got, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, expected.count)
                fatalError("\(page): the text wrote markup: element \(at) is \(got.dropFirst(at).first ?? "none"), the template's is \(expected.dropFirst(at).first ?? "none")")
            }
        }
    }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzHTML.one(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
#else
@main enum Replay {
    static func main() { FuzzDriver.replay(FuzzHTML.one) }
}
#endif
