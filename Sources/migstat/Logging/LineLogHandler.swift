import Foundation
import Logging
import MigstatCore

/// Log lines on stderr: readable text on a terminal, one JSON object per line
/// under cron (or with `--log-format json`), so a log collector can parse them.
struct LineLogHandler: LogHandler {
    enum Format: String { case text, json }

    var format: Format
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]
    let label: String

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let (level, message) = (event.level, event.message)
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        let now = Date()
        var out: String
        switch format {
        case .text:
            let fields = all.keys.sorted().map { "\($0)=\(Self.text(all[$0]!))" }.joined(separator: " ")
            let name = level.rawValue.uppercased().padding(toLength: 7, withPad: " ", startingAt: 0)
            out = "\(Self.colour ? Self.coloured(name, level) : name) \(message)\(fields.isEmpty ? "" : "  " + fields)"
            if Self.terminal { out = "\r\u{1B}[K" + out }   // over a progress bar, not after it
        case .json:
            var obj: [String: Any] = ["time": Timestamp.iso8601(now, milliseconds: true), "level": level.rawValue, "message": "\(message)"]
            for (k, v) in all { obj[k] = Self.plain(v) }
            let data = (try? JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
            out = String(decoding: data, as: UTF8.self)
        }
        FileHandle.standardError.write(Data((out + "\n").utf8))
    }

    /// Metadata as JSON values, by their type (`LogValue.swift`): numbers stay
    /// numbers, strings stay strings (a file named `2003` is not a number).
    private static func plain(_ v: Logger.MetadataValue) -> Any {
        switch v {
        case .string(let s): return s
        case .stringConvertible(let c as Int): return c
        case .stringConvertible(let c as Logger.MetadataValue.Seconds): return c.value
        case .stringConvertible(let c): return "\(c)"
        case .array(let a): return a.map(plain)
        case .dictionary(let d): return d.mapValues(plain)
        }
    }

    /// Metadata for a person: a list's items joined by `; `, everything else as it prints.
    private static func text(_ v: Logger.MetadataValue) -> String {
        switch v {
        case .string(let s): return s
        case .stringConvertible(let c): return c.description
        case .array(let a): return a.isEmpty ? "none" : a.map(text).joined(separator: "; ")   // not `failed= `
        case .dictionary(let d): return d.keys.sorted().map { "\($0): \(text(d[$0]!))" }.joined(separator: "; ")
        }
    }

    private static let terminal = isatty(2) == 1
    /// The level in colour on a terminal, unless NO_COLOR is set to anything (no-color.org).
    private static let colour = terminal && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty

    /// Errors red, warnings yellow, notices bold; info and debug as they are.
    private static func coloured(_ name: String, _ level: Logger.Level) -> String {
        let code: String
        switch level {
        case .critical, .error: code = "31"
        case .warning: code = "33"
        case .notice: code = "1"
        default: return name
        }
        return "\u{1B}[\(code)m\(name)\u{1B}[0m"
    }
}
