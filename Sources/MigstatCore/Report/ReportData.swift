import Foundation

/// What the report shows, read from the unified database: the published
/// years and their status, what each plugin's sections read (in registry
/// order), and the operations tables for data quality. Values stay as the
/// database returns them (text), each checked by `ReportValue` first: a
/// hand-edited value that cannot be shown stops the report (exit 4), it
/// never traps a conversion.
struct ReportData {
    var years: [Int] = []
    var status: [Int: String] = [:]
    /// Every section of every plugin with what it read, in registry order.
    var sections: [(section: ReportSection, content: any ReportSectionContent)] = []
    struct Quality { var feed: String; var filesRead, quarantined, read, accepted, rejected: Int }
    var quality: [Int: [Quality]] = [:]
    /// Rejected records by year, feed and reason (FEEDS.md's words), most first.
    var rejects: [Int: [String: [(reason: String, records: Int)]]] = [:]
    /// Files of a year and feed that were not read whole: quarantined or ignored, with the message.
    struct FileProblem { var path, status, error: String }
    var fileProblems: [Int: [String: [FileProblem]]] = [:]
    /// The run history (`run`), latest first.
    struct Run { var id, started, finished, years: String; var exitStatus: Int? }
    var runs: [Run] = []
    /// The quarterly pages' figures, quarters and revisions.
    var quarterly = ReportQuarters()

    /// Months a year covers: the fewest any section knows of, 12 where none says.
    func months(_ year: Int) -> Int {
        sections.compactMap { $0.content.coverage[year] }.min() ?? 12
    }

    static func read(_ db: UnifiedDatabase, pipelines: String, plugins: [FeedPlugin] = FeedRegistry.all) throws -> ReportData {
        let reader = ReportReader(connection: db.connection, pipelines: pipelines, refArea: db.refArea)
        var d = ReportData()
        for row in try reader.rows("SELECT year, status FROM \(reader.statistics("year_state")) ORDER BY year") {
            let y = try row.integer(0, "year_state.year")
            guard (1...9999).contains(y) else { throw ReportValue.unshowable(row[0], "year_state.year") }
            d.years.append(y)
            d.status[y] = row[1]
        }
        for plugin in plugins {
            for section in plugin.reportSections { d.sections.append((section, try section.read(reader))) }
        }
        d.quarterly = try ReportQuarters.read(reader, years: d.years, plugins: plugins)
        var files: [String: (read: Int, quarantined: Int)] = [:]
        for row in try reader.rows("SELECT year, feed, status, COUNT(*) FROM \(reader.statistics("input_file")) GROUP BY year, feed, status") {
            let key = "\(row[0]) \(row[1])", n = try row.integer(3, "input_file (\(key))")
            if row[2] == "read" { files[key, default: (0, 0)].read += n }
            if row[2] == "quarantined" { files[key, default: (0, 0)].quarantined += n }
        }
        for row in try reader.rows("SELECT year, feed, path, status, error FROM \(reader.statistics("input_file")) WHERE status IN ('quarantined', 'ignored') ORDER BY year, feed, path") {
            d.fileProblems[row.year(0), default: [:]][row[1], default: []].append(FileProblem(path: row[2], status: row[3], error: row[4]))
        }
        for row in try reader.rows("SELECT year, feed, reason, SUM(records) FROM \(reader.statistics("record_fates")) WHERE fate = 'rejected' GROUP BY year, feed, reason") {
            let n = try row.integer(3, "record_fates.records (\(row[0]) \(row[1]) \(row[2]))")
            d.rejects[row.year(0), default: [:]][row[1], default: []].append((row[2], n))
        }
        for (y, feeds) in d.rejects {
            for (feed, list) in feeds { d.rejects[y]![feed] = list.sorted { ($0.records, $1.reason) > ($1.records, $0.reason) } }
        }
        d.runs = try reader.rows("SELECT id, started_at, finished_at, years, exit_status FROM \(reader.statistics("run")) ORDER BY started_at DESC, id DESC LIMIT 100")
            .map { row in
                Run(id: row[0], started: row[1], finished: row[2], years: row[3],
                    exitStatus: row.values[4] == nil ? nil : try row.integer(4, "run.exit_status (\(row[0]))"))
            }
        var fates: [String: [String: [String: Int]]] = [:]   // feed → year → fate → records
        for row in try reader.rows("SELECT feed, year, fate, SUM(records) FROM \(reader.statistics("record_fates")) GROUP BY feed, year, fate") {
            fates[row[0], default: [:]][row[1], default: [:]][row[2]] = try row.integer(3, "record_fates.records (\(row[0]) \(row[1]) \(row[2]))")
        }
        for plugin in plugins {
            let counts = fates[plugin.name] ?? [:]
            for y in d.years {
                let f = counts[String(y)] ?? [:], fl = files["\(y) \(plugin.name)"] ?? (0, 0)
                d.quality[y, default: []].append(Quality(feed: plugin.name, filesRead: fl.read, quarantined: fl.quarantined,
                                                         read: f.values.reduce(0, +), accepted: f["accepted"] ?? 0,
                                                         rejected: f["rejected"] ?? 0))
            }
        }
        return d
    }
}
