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
        if isExtracted { return try writeExtracted(limit: limit, to: out) }
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

    private var isExtracted: Bool { URL(fileURLWithPath: path).lastPathComponent == "extracted.bin" }

    /// `extracted.bin` entry by entry, its dictionary codes resolved to their
    /// values: records as `value#id` where the value came from the dictionary.
    private func writeExtracted(limit: Int?, to out: (String) -> Void) throws {
        let reader = try ExtractedReader(path: path)
        let def = config.definitions[feed]!
        var fieldsOfKind: [String: [String]] = [:]
        for k in def.files { fieldsOfKind[k.kind] = def.fieldNames(k) }
        var shown = 0, entries = 0
        var byKind: [String: Int] = [:]
        while let entry = try reader.next() {
            entries += 1
            let (kind, fields): (String, [(name: String, value: String)])
            switch entry {
            case .record(let r):
                let names = fieldsOfKind[r.kind] ?? []
                kind = "record"
                fields = [("file", "\(r.file)"), ("line", "\(r.line)"), ("kind", r.kind),
                          ("offset", "\(r.rawOffset)"), ("length", "\(r.rawLength)")]
                    + r.fields.indices.map { i in
                        (i < names.count ? names[i] : "#\(i + 1)", Self.show(r.fields[i]) + (r.valueID(i) >= 0 ? "#\(r.valueID(i))" : ""))
                    }
            case .unsplit(let file, let line, let reason, let raw):
                kind = "unsplit"
                fields = [("file", "\(file)"), ("line", "\(line)"), ("reason", Self.show(reason)), ("raw", Self.show(raw))]
            case .document(let file, let line, let name, let value):
                kind = "document"
                fields = [("file", "\(file)"), ("line", "\(line)"), ("name", Self.show(name)), ("value", Self.show(value))]
            }
            byKind[kind, default: 0] += 1
            guard limit.map({ shown < $0 }) ?? true else { continue }
            shown += 1
            out(([kind] + fields.map { "\($0.name)=\($0.value)" }).joined(separator: "  "))
        }
        out("")
        out("\(path): \(entries) entries (\(byKind.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")))")
        out("values written once and then referred to by id are shown as value#id (docs/staging-format.md)")
        out(verdict(reader.seal, expected: inventorySeal()))
    }

    private func inventorySeal() -> String? {
        let dir = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return FileManager.default.contents(atPath: "\(dir)/files.json").map(Hashing.sha256)
    }

    private func verdict(_ seal: (version: String, stamp: String)?, expected: String?) -> String {
        guard let (version, stamp) = seal else { return "seal: none (a stage was killed while writing this file; rerun it)" }
        let verdict = version != StagingFormat.version ? "another format than this migstat's \(StagingFormat.version)"
            : stamp == expected ? "matches its companion JSON" : "does NOT match its companion JSON (rerun the stage)"
        return "seal: format \(version.isEmpty ? "?" : version), \(stamp.prefix(12))…, \(verdict)"
    }

    /// What a line is counted under in the summary: its kind, fate or first field.
    private func kindKey(_ f: [String]) -> String {
        switch URL(fileURLWithPath: path).lastPathComponent {
        case "records.tsv": return f.count > RecordLine.Field.fate.rawValue ? f[RecordLine.Field.fate.rawValue] : "?"
        case "rejects.tsv": return f.count > RejectLine.Field.reason.rawValue ? f[RejectLine.Field.reason.rawValue] : "?"
        default: return f.first ?? "?"
        }
    }

    /// A function naming a line's fields, per file.
    private func fieldNames() throws -> ([String]) -> [String] {
        let plugin = FeedRegistry.plugin(feed)
        switch URL(fileURLWithPath: path).lastPathComponent {
        case "records.tsv":
            let tables = Dictionary((plugin?.recordTables ?? []).map { ($0.name, RecordLine.fieldNames($0)) }, uniquingKeysWith: { a, _ in a })
            let provenance = RecordLine.Field.allCases.map { "\($0)" }, table = RecordLine.Field.table.rawValue
            return { f in tables[f.count > table ? f[table] : ""] ?? provenance }
        case "rejects.tsv":
            return { _ in RejectLine.fieldNames }
        default:   // normalised.tsv: each feed's own layout, named by its StagedRecord (docs/staging-format.md)
            return plugin?.countedFields ?? { _ in [] }
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
        let counts = FileManager.default.contents(atPath: "\(URL(fileURLWithPath: path).deletingLastPathComponent().path)/counts.json")
        let expected = counts.flatMap { c in inventorySeal().map { NormaliseStage.seal(counts: c, inventorySeal: $0) } }
        return verdict(StagingFormat.parseSeal(ArraySlice(last)), expected: expected)
    }

    private static func show(_ v: String) -> String {
        v.isEmpty || v.contains(where: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\"" })
            ? "\"" + v.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\t", with: "\\t") + "\""
            : v
    }
}
