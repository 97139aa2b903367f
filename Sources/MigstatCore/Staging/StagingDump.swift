import Foundation

/// A staging file shown to a person (`migstat debug staging FILE`): each line's
/// fields named after the definition or the record table they come from, the
/// seal checked, and a count of lines by kind. Names come from the file's
/// place (`.staging/<year>/<feed>/<name>`) and the pipelines folder.
public struct StagingDump {
    let path: String
    let feed: String
    private let config: PipelineConfig

    public init(path: String, config: PipelineConfig) throws {
        self.path = path
        self.config = config
        feed = URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent
        guard config.definitions[feed] != nil else {
            throw MigstatError.configuration("\(path): not in a feed's staging folder (.staging/<year>/<feed>/); known feeds: \(config.definitions.keys.sorted().joined(separator: ", "))")
        }
    }

    /// Writes every line (up to `limit`), then the summary, to `out`.
    public func write(limit: Int?, to out: (String) -> Void) throws {
        let reader = try StagingReader(path: path)
        let names = try fieldNames()
        var shown = 0, lines = 0
        var byKind: [String: Int] = [:]
        while let bytes = try reader.nextLineBytes() {
            let fields = StagingReader.split(bytes)
            lines += 1
            let key = kindKey(fields)
            byKind[key, default: 0] += 1
            guard limit.map({ shown < $0 }) ?? true else { continue }
            shown += 1
            let labels = names(fields)
            out(fields.enumerated().map { i, v in "\(i < labels.count ? labels[i] : "#\(i + 1)")=\(Self.show(v))" }
                .joined(separator: "  "))
        }
        out("")
        out("\(path): \(lines) lines (\(byKind.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")))")
        out(sealText())
    }

    /// What a line is counted under in the summary: its kind, fate or first field.
    private func kindKey(_ f: [String]) -> String {
        switch URL(fileURLWithPath: path).lastPathComponent {
        case "records.tsv": return f.count > 2 ? f[2] : "?"
        case "rejects.tsv": return f.count > 3 ? f[3] : "?"
        default: return f.first ?? "?"
        }
    }

    /// A function naming a line's fields, per file.
    private func fieldNames() throws -> ([String]) -> [String] {
        let def = config.definitions[feed]!
        let plugin = FeedRegistry.plugin(feed)
        switch URL(fileURLWithPath: path).lastPathComponent {
        case "extracted.tsv":
            var byKind: [String: [String]] = [:]
            for k in def.files { byKind[k.kind] = def.fieldNames(k) }
            return { f in
                switch f.first {
                case "R": return ["record", "file", "line", "kind", "offset", "length"] + (byKind[f.count > 3 ? f[3] : ""] ?? [])
                case "X": return ["unsplit", "file", "line", "reason", "raw"]
                case "D": return ["document", "file", "line", "name", "value"]
                default: return []
                }
            }
        case "records.tsv":
            let tables = Dictionary((plugin?.recordTables ?? []).map { ($0.name, $0.columns.map(\.name)) }, uniquingKeysWith: { a, _ in a })
            return { f in ["file", "line", "fate", "reason", "table"] + (tables[f.count > 4 ? f[4] : ""] ?? []) }
        case "rejects.tsv":
            return { _ in ["feed", "file", "line", "reason", "record"] }
        default:
            return { _ in [] }   // normalised.tsv: each feed's own layout (docs/staging-format.md)
        }
    }

    /// Whether the seal matches the companion the stages check it against.
    private func sealText() -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { return "seal: unreadable" }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        try? handle.seek(toOffset: size > 4096 ? size - 4096 : 0)
        let tail = handle.readDataToEndOfFile()
        guard let last = tail.split(separator: 0x0A).last, StagingFormat.isSeal(ArraySlice(last)) else {
            return "seal: none (a stage was killed while writing this file; rerun it)"
        }
        let (version, stamp) = StagingFormat.parseSeal(ArraySlice(last))
        let dir = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let inventory = FileManager.default.contents(atPath: "\(dir)/files.json").map(Hashing.sha256)
        let counts = FileManager.default.contents(atPath: "\(dir)/counts.json")
        let expected = URL(fileURLWithPath: path).lastPathComponent == "extracted.tsv"
            ? inventory
            : counts.flatMap { c in inventory.map { NormaliseStage.seal(counts: c, inventorySeal: $0) } }
        let verdict = version != StagingFormat.version ? "another format than this migstat's \(StagingFormat.version)"
            : stamp == expected ? "matches its companion JSON" : "does NOT match its companion JSON (rerun the stage)"
        return "seal: format \(version.isEmpty ? "?" : version), \(stamp.prefix(12))…, \(verdict)"
    }

    private static func show(_ v: String) -> String {
        v.isEmpty || v.contains(where: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\"" })
            ? "\"" + v.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\t", with: "\\t") + "\""
            : v
    }
}
