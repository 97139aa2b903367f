import Foundation
import Logging

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

    func log(level: Logger.Level, message: Logger.Message, metadata explicit: Logger.Metadata?,
             source: String, file: String, function: String, line: UInt) {
        let all = metadata.merging(explicit ?? [:]) { $1 }
        let now = Date()
        var out: String
        switch format {
        case .text:
            let fields = all.keys.sorted().map { "\($0)=\(all[$0]!)" }.joined(separator: " ")
            out = "\(level.rawValue.uppercased().padding(toLength: 7, withPad: " ", startingAt: 0)) \(message)\(fields.isEmpty ? "" : "  " + fields)"
            if Self.terminal { out = "\r\u{1B}[K" + out }   // over a progress bar, not after it
        case .json:
            var obj: [String: Any] = ["time": Self.iso.string(from: now), "level": level.rawValue, "message": "\(message)"]
            for (k, v) in all { obj[k] = Self.plain(v) }
            let data = (try? JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
            out = String(decoding: data, as: UTF8.self)
        }
        FileHandle.standardError.write(Data((out + "\n").utf8))
    }

    private static func plain(_ v: Logger.MetadataValue) -> Any {
        switch v {
        case .string(let s):
            if let i = Int(s) { return i }
            if let d = Double(s), s.contains(".") { return d }
            return s
        case .stringConvertible(let c): return "\(c)"
        case .array(let a): return a.map(plain)
        case .dictionary(let d): return d.mapValues(plain)
        }
    }

    private static let terminal = isatty(2) == 1

    private static let iso: ISO8601DateFormatter = {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f
    }()
}
