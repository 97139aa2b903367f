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
        let regex = try! NSRegularExpression(pattern: #"([a-z-]+)="([^"]*)""#)
        var out: [String: String] = [:]
        for m in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            out[String(text[Range(m.range(at: 1), in: text)!])] = String(text[Range(m.range(at: 2), in: text)!])
        }
        return out
    }
}
