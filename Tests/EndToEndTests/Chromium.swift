import Foundation
import XCTest

/// Debian's headless Chromium, as the tests drive it: the DOM after
/// rendering, screenshots, and a network log. `.ci/run` installs it; a
/// developer without it sees the report tests skipped (CI=true fails them).
enum Chromium {
    static let binary: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static func require() throws -> String {
        guard let binary else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { XCTFail("CI=true and no chromium: make setup installs it") }
            throw XCTSkip("no chromium (make setup installs it)")
        }
        return binary
    }

    static let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-default-apps"]

    /// Runs chromium on a page; `offline` runs it in a network namespace of its own with no interfaces.
    @discardableResult
    static func run(_ args: [String], page: String, offline: Bool = false) throws -> String {
        let p = Process()
        let chromium = try require()
        if offline {
            p.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
            p.arguments = ["-n", chromium] + flags + args + ["file://\(page)"]
        } else {
            p.executableURL = URL(fileURLWithPath: chromium)
            p.arguments = flags + args + ["file://\(page)"]
        }
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func dom(_ page: String) throws -> String { try run(["--dump-dom"], page: page) }

    static func screenshot(_ page: String, to png: String, height: Int = 2400) throws {
        try run(["--window-size=1200,\(height)", "--screenshot=\(png)"], page: page)
    }

    /// What a chart looks like as laid out: the body's font size, the text
    /// column's width, and per `svg.chart` its rendered width and box and each
    /// `<text>`'s rendered font size and four corners on screen (its box,
    /// turned as drawn). Measured by a script added to a copy of the page
    /// (the page's own policy allows none), at `width` px wide; `print`
    /// applies the page's print rules, as on paper.
    struct Layout: Decodable {
        struct Text: Decodable { var text: String; var size: Double; var pts: [[Double]] }
        struct Chart: Decodable { var width: Double; var box: [Double]; var texts: [Text] }
        var bodyFont: Double
        var column: Double
        var charts: [Chart]
    }

    static let measuringScript = """
        <script>(function () {
          const body = document.body, cs = getComputedStyle(body);
          const column = body.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
          const charts = [...document.querySelectorAll('svg.chart')].map(svg => {
            const r = svg.getBoundingClientRect(), scale = r.width / svg.viewBox.baseVal.width;
            const texts = [...svg.querySelectorAll('text')].map(t => {
              const b = t.getBBox(), m = t.getScreenCTM();
              const pts = [[b.x, b.y], [b.x + b.width, b.y], [b.x + b.width, b.y + b.height], [b.x, b.y + b.height]]
                .map(([x, y]) => { const p = new DOMPoint(x, y).matrixTransform(m); return [p.x, p.y]; });
              return { text: t.textContent, size: parseFloat(getComputedStyle(t).fontSize) * scale, pts };
            });
            return { width: r.width, box: [r.left, r.top, r.right, r.bottom], texts };
          });
          const pre = document.createElement('pre');
          pre.id = 'measured';
          pre.textContent = JSON.stringify({ bodyFont: parseFloat(cs.fontSize), column, charts });
          body.appendChild(pre);
        })();</script>
        """

    static func layout(_ page: String, width: Int, print: Bool = false) throws -> Layout {
        var html = try String(contentsOfFile: page, encoding: .utf8)
        html = html.replacingOccurrences(of: #"<meta http-equiv="Content-Security-Policy"[^>]*>"#, with: "", options: .regularExpression)
        if print { html = html.replacingOccurrences(of: "@media print {", with: "@media all {") }
        html = html.replacingOccurrences(of: "</body>", with: measuringScript + "</body>")
        let copy = (page as NSString).deletingLastPathComponent + "/.measure-\(UUID().uuidString).html"
        try html.write(toFile: copy, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        let dom = try run(["--window-size=\(width),2000", "--dump-dom"], page: copy)
        guard let start = dom.range(of: "<pre id=\"measured\">"), let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex) else {
            throw NSError(domain: "Chromium", code: 2, userInfo: [NSLocalizedDescriptionKey: "no measurement in \(page)"])
        }
        let json = String(dom[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        return try JSONDecoder().decode(Layout.self, from: Data(json.utf8))
    }

    /// The hosts a page's rendering asked for, networking off, from Chromium's net log.
    static func requestedHosts(_ page: String) throws -> Set<String> {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("netlog-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: log) }
        try run(["--log-net-log=\(log)", "--net-log-capture-mode=Everything", "--dump-dom"], page: page, offline: true)
        let text = try String(contentsOfFile: log, encoding: .utf8)
        let regex = try NSRegularExpression(pattern: #""url":"([a-z]+://[^/"]+)"#)
        return Set(regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { String(text[Range($0.range(at: 1), in: text)!]) })
    }
}

/// The rendered tables: rows with their attributes and cells with theirs.
struct RenderedTable {
    struct Row { var attributes: [String: String]; var cells: [[String: String]] }
    var rows: [Row] = []

    init(id: String, in dom: String) throws {
        guard let start = dom.range(of: "<table id=\"\(id)\""), let end = dom.range(of: "</table>", range: start.upperBound..<dom.endIndex) else {
            throw NSError(domain: "RenderedTable", code: 1, userInfo: [NSLocalizedDescriptionKey: "no table \(id)"])
        }
        let html = String(dom[start.lowerBound..<end.upperBound])
        let rowRegex = try NSRegularExpression(pattern: #"<tr([^>]*)>(.*?)</tr>"#, options: [.dotMatchesLineSeparators])
        let cellRegex = try NSRegularExpression(pattern: #"<td([^>]*)>"#)
        for m in rowRegex.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            let attrs = Self.attributes(String(html[Range(m.range(at: 1), in: html)!]))
            let body = String(html[Range(m.range(at: 2), in: html)!])
            let cells = cellRegex.matches(in: body, range: NSRange(body.startIndex..., in: body)).map {
                Self.attributes(String(body[Range($0.range(at: 1), in: body)!]))
            }
            if !cells.isEmpty { rows.append(Row(attributes: attrs, cells: cells)) }
        }
    }

    static func attributes(_ text: String) -> [String: String] {
        let regex = try! NSRegularExpression(pattern: #"([a-z_-]+)="([^"]*)""#)   // `_` too: `data-partner_group`
        var out: [String: String] = [:]
        for m in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            out[String(text[Range(m.range(at: 1), in: text)!])] = String(text[Range(m.range(at: 2), in: text)!])
        }
        return out
    }
}
