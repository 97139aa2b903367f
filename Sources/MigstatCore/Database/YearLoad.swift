import Foundation

/// Loads one published year into the database, in one transaction that
/// replaces everything the database held for it: the statistics files'
/// rows, every record normalise settled (from the year's staging, sealed to
/// its counts), the input files, the quality checks, and the year's state.
/// The records' fates must add up to the published quality.json, or nothing loads.
extension UnifiedDatabase {
    public struct LoadSummary: Sendable {
        public var statistics = 0
        public var records = 0
    }

    @discardableResult
    public func load(year: Int, workspace: Workspace) throws -> LoadSummary {
        let dir = workspace.published(year)
        guard let manifestBytes = FileManager.default.contents(atPath: "\(dir)/manifest.json"),
              let quality = try? JSONDecoder().decode(QualityReport.self, from: FileManager.default.contents(atPath: "\(dir)/quality.json") ?? Data())
        else { throw MigstatError.io("\(year) is not published (no manifest.json or quality.json): run `migstat run --year \(year)` first") }
        var summary = LoadSummary()
        try transaction {
            for (t, column) in DatabaseSchema.yearTables {
                try connection.execute("DELETE FROM \(table(t)) WHERE \(column) = \(year)")
            }
            for (plugin, t) in DatabaseSchema.statisticsTables {
                summary.statistics += try loadStatistics(plugin: plugin, table: t, path: "\(dir)/\(plugin.statisticsFile)")
            }
            for (name, feed) in quality.feeds.sorted(by: { $0.key < $1.key }) {
                guard let plugin = FeedRegistry.plugin(name) else { continue }
                summary.records += try loadRecords(plugin: plugin, year: year, quality: feed, workspace: workspace)
            }
            try loadOperations(year: year, quality: quality, manifest: Hashing.sha256(manifestBytes))
        }
        return summary
    }

    /// The rows of one statistics file, its header checked against the table.
    private func loadStatistics(plugin: FeedPlugin, table t: DatabaseSchema.Table, path: String) throws -> Int {
        guard let text = TextFile.read(path) else { return 0 }   // a feed with no file read publishes none
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).makeIterator()
        let expected = ["DATAFLOW", "REF_AREA", "TIME_PERIOD"] + plugin.statisticsColumns.dimensions + ["OBS_VALUE"]
            + plugin.statisticsColumns.attributes
        guard let header = lines.next(), PublishedCSV.fields(header) == expected else {
            throw MigstatError.io("\(path) does not have the columns of \(plugin.statisticsFile); rerun the year with --force")
        }
        var count = 0
        try connection.bulkInsert(into: table(t), columns: t.columns) { sink in
            while let line = lines.next() {
                try sink.row(Array(PublishedCSV.fields(line).dropFirst()))
                count += 1
            }
        }
        return count
    }

    /// Every record of one feed, by record table, with its provenance; the
    /// fates counted on the way must equal quality.json's.
    private func loadRecords(plugin: FeedPlugin, year: Int, quality: QualityReport.FeedQuality, workspace: Workspace) throws -> Int {
        let feed = plugin.name
        guard FileManager.default.fileExists(atPath: workspace.records(year, feed)) else {
            guard quality.records.read == 0 else { throw stagingGone(year) }
            return 0
        }
        let files = try JSONFile.read([InputFile].self, from: workspace.inventory(year, feed), stage: "run --year \(year) --force")
        let seal = NormaliseStage.seal(workspace: workspace, year: year, feed: feed)
        var fates: [String: Int] = [:], reasons: [String: Int] = [:]
        var total = 0
        for recordTable in plugin.recordTables {
            let t = DatabaseSchema.records(recordTable)
            let reader = try StagingReader(path: workspace.records(year, feed), seal: seal, stage: "`migstat run --year \(year) --force`")
            let width = 5 + recordTable.columns.count
            try connection.bulkInsert(into: table(t), columns: t.columns) { sink in
                var row = [String](repeating: "", count: width)
                row[0] = String(year)
                while let f = try reader.next() {
                    guard f.count == width, f[4] == recordTable.name else {
                        if f.count >= 5, f[4] != recordTable.name { continue }
                        throw MigstatError.io("\(reader.path) is damaged; rerun `migstat run --year \(year) --force`")
                    }
                    guard let file = Int(f[0]), file < files.count else {
                        throw MigstatError.io("\(reader.path) names a file it does not list; rerun `migstat run --year \(year) --force`")
                    }
                    row[1] = files[file].path; row[2] = f[1]; row[3] = f[2]; row[4] = f[3]
                    for i in 5..<width { row[i] = f[i] }
                    try sink.row(row)
                    fates[f[2], default: 0] += 1
                    if f[2] == "rejected" { reasons[f[3], default: 0] += 1 }
                    total += 1
                }
            }
        }
        let r = quality.records
        let published = ["accepted": r.accepted, "rejected": r.rejected, "duplicate": r.duplicates, "superseded": r.superseded,
                         "cancelled": r.cancelled, "excluded": r.excluded].filter { $0.value > 0 }
        guard total == r.read, fates == published, reasons == quality.rejectedByReason else {
            throw MigstatError.io("the staged records of \(feed) \(year) do not add up to its published quality.json "
                                  + "(staging from another run?); rerun `migstat run --year \(year) --force`")
        }
        return total
    }

    private func stagingGone(_ year: Int) -> MigstatError {
        .io("the staging of \(year) is missing (output/.staging removed?); rerun `migstat run --year \(year) --force`")
    }

    private func loadOperations(year: Int, quality: QualityReport, manifest: String) throws {
        let f = DatabaseSchema.inputFile
        try connection.bulkInsert(into: table(f), columns: f.columns) { sink in
            for (feed, q) in quality.feeds.sorted(by: { $0.key < $1.key }) {
                for file in q.files {
                    try sink.row([String(year), feed, file.path, file.sha256, file.status, file.records.map(String.init) ?? "", file.error ?? ""])
                }
            }
        }
        let c = DatabaseSchema.qualityCheck
        try connection.bulkInsert(into: table(c), columns: c.columns) { sink in
            for check in quality.checks { try sink.row([String(year), check.name, check.passed ? "true" : "false"]) }
        }
        let s = DatabaseSchema.yearState
        try connection.bulkInsert(into: table(s), columns: s.columns) { sink in
            try sink.row([String(year), quality.status, Self.now(), manifest])
        }
    }
}

/// The published SDMX-CSV files' lines: RFC 4180 fields (no line ends inside).
enum PublishedCSV {
    static func fields<S: StringProtocol>(_ line: S) -> [String] {
        var out: [String] = [], current = "", quoted = false, wasQuote = false
        for ch in line {
            if quoted {
                if ch == "\"" { quoted = false; wasQuote = true } else { current.append(ch) }
            } else if ch == "\"" {
                if wasQuote { current.append("\"") }
                quoted = true
            } else if ch == "," {
                out.append(current); current = ""
            } else {
                current.append(ch)
            }
            if ch != "\"" { wasQuote = false }
        }
        out.append(current)
        return out
    }
}
