import Foundation

/// Whether the database agrees with the published files, year by year: the
/// statistics tables row for row with the statistics files, the record
/// tables' fates and reasons with quality.json, `table1` with
/// migration-flows, the input files and checks, and the publication loaded.
extension UnifiedDatabase {
    public func check(workspace: Workspace) throws -> [String] {
        var problems: [String] = []
        let published = workspace.publishedYears()
        let inDatabase = try connection.rows("SELECT year FROM \(table(DatabaseSchema.yearState)) ORDER BY year").compactMap { ($0[0]).flatMap { Int($0) } }
        for year in Set(inDatabase).subtracting(published).sorted() {
            problems.append("\(year): in the database but not published")
        }
        for year in published {
            problems += try check(year: year, workspace: workspace).map { "\(year): \($0)" }
        }
        return problems
    }

    func check(year: Int, workspace: Workspace) throws -> [String] {
        let dir = workspace.published(year)
        guard let manifest = FileManager.default.contents(atPath: "\(dir)/manifest.json"),
              let qualityBytes = FileManager.default.contents(atPath: "\(dir)/quality.json"),
              let quality = try? JSONDecoder().decode(QualityReport.self, from: qualityBytes) else {
            return ["not published completely (manifest.json or quality.json missing)"]
        }
        guard let loaded = try loadedManifest(year: year) else { return ["not in the database: run `migstat db load --year \(year)`"] }
        var problems: [String] = []
        if loaded != Hashing.sha256(manifest) { problems.append("the database holds an older publication: run `migstat db load --year \(year)`") }

        for (plugin, t) in DatabaseSchema.statisticsTables {
            let fileRows = (TextFile.read("\(dir)/\(plugin.statisticsFile)") ?? "")
                .split(separator: "\n", omittingEmptySubsequences: true).dropFirst()
                .map { Array(PublishedCSV.fields($0).dropFirst()) }
            let columns = t.columns.map(\.name).joined(separator: ", ")
            let dbRows = try connection.rows("SELECT \(columns) FROM \(table(t)) WHERE time_period = \(year)")
            if Set(fileRows.map(Self.canonical)) != Set(dbRows.map { Self.canonical($0.map { $0 ?? "" }) }) || fileRows.count != dbRows.count {
                problems.append("\(t.name): \(dbRows.count) rows differ from \(plugin.statisticsFile)'s \(fileRows.count)")
            }
        }

        for (name, feed) in quality.feeds {
            guard let plugin = FeedRegistry.plugin(name) else { continue }
            var fates: [String: Int] = [:], reasons: [String: Int] = [:]
            for recordTable in plugin.recordTables {
                let t = table(DatabaseSchema.records(recordTable))
                for row in try connection.rows("SELECT fate, reason, COUNT(*) FROM \(t) WHERE year = \(year) GROUP BY fate, reason") {
                    let n = Int(row[2] ?? "") ?? 0
                    fates[row[0] ?? "", default: 0] += n
                    if row[0] == "rejected" { reasons[row[1] ?? "", default: 0] += n }
                }
            }
            let r = feed.records
            let want = ["accepted": r.accepted, "rejected": r.rejected, "duplicate": r.duplicates, "superseded": r.superseded,
                        "cancelled": r.cancelled, "excluded": r.excluded].filter { $0.value > 0 }
            if fates != want { problems.append("\(name): records by fate \(Self.counts(fates)) ≠ quality.json's \(Self.counts(want))") }
            if reasons != feed.rejectedByReason { problems.append("\(name): rejected records by reason differ from quality.json") }
            let files = try connection.rows("SELECT COUNT(*) FROM \(table(DatabaseSchema.inputFile)) WHERE year = \(year) AND feed = \(sqlLiteral(name))")
            if Int(files.first?.first.flatMap { $0 } ?? "") != feed.files.count { problems.append("\(name): input_file differs from quality.json's files") }
        }

        // table1 against migration-flows.csv's partner groups.
        if let text = TextFile.read("\(dir)/migration-flows.csv") {
            var want: [String: [String: String]] = [:]
            for line in text.split(separator: "\n").dropFirst() {
                let f = PublishedCSV.fields(line)
                guard f.count >= 8, f[5] == "_T", f[6] == "_T" else { continue }
                want[f[4], default: [:]][f[3]] = f[7]
            }
            let rows = try connection.rows("SELECT partner_group, arrivals, departures, balance FROM \(dialect == .postgresql ? "statistics." : "")table1 WHERE year = \(year)")
            var got: [String: [String: String]] = [:]
            for row in rows { got[row[0] ?? ""] = ["ARR": row[1] ?? "", "DEP": row[2] ?? "", "NET": row[3] ?? ""] }
            if got.mapValues({ $0.mapValues(Self.number) }) != want.mapValues({ $0.mapValues(Self.number) }) {
                problems.append("table1 differs from migration-flows.csv")
            }
        }
        return problems
    }

    private static func counts(_ c: [String: Int]) -> String {
        c.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }

    /// A row as comparable text: numbers compared by value (SQLite keeps `12.0` as 12).
    private static func canonical(_ row: [String]) -> String {
        row.map(number).joined(separator: "\u{1F}")
    }

    private static func number(_ text: String) -> String {
        guard let d = Decimal(string: text), text.first.map({ $0.isNumber || $0 == "-" }) == true else { return text }
        return "\(d)"
    }
}
