import Foundation

/// What the quarterly pages show besides the sections' figures (REPORT.md
/// "The quarterly information"): the quarters with data and the months each
/// covers, and per year what its latest release revised, with the files behind it.
struct ReportQuarters {
    /// The sections that show on the quarterly page, read by quarter and year to date (ReportPeriods).
    var sections: [(section: ReportSection, content: any ReportSectionContent)] = []
    /// year → quarter → the fewest months of it any feed covers (below 3: provisional).
    var coverage: [Int: [Int: Int]] = [:]

    struct Revision { var table, period, dimensions, previous, value: String }
    struct Release { var number: Int; var previous: Int?; var files: [String]; var revisions: [Revision] }
    /// year → its latest release, with the figures it changed from the release before it.
    var latest: [Int: Release] = [:]

    /// The quarters with data, in order.
    var quarters: [(year: Int, quarter: Int)] {
        coverage.keys.sorted().flatMap { y in coverage[y]!.keys.sorted().map { (y, $0) } }
    }

    static func read(_ reader: ReportReader, years: [Int], plugins: [FeedPlugin]) throws -> ReportQuarters {
        var q = ReportQuarters()
        let published = Set(years)
        for plugin in plugins {
            let table = DatabaseSchema.quarterly(plugin)
            guard table.columns.contains(where: { $0.name == "coverage" }) else { continue }
            for row in try reader.rows("SELECT time_period, MIN(coverage) FROM \(reader.statistics(table.name)) GROUP BY time_period") {
                let period = row[0], months = try row.integer(1, "\(table.name).coverage (\(row[0]))")
                guard period.count == 7, let y = Int(period.prefix(4)), let n = Int(period.suffix(1)), published.contains(y), (1...4).contains(n)
                else { continue }
                q.coverage[y, default: [:]][n] = min(q.coverage[y]?[n] ?? 3, months)
            }
        }
        var periodic = reader
        periodic.periods = ReportPeriods.tables(plugins)
        for plugin in plugins {
            for section in plugin.reportSections where section.periods != nil { q.sections.append((section, try section.read(periodic))) }
        }
        for row in try reader.rows("SELECT year, release_no, files FROM \(reader.statistics("release")) ORDER BY year, release_no") {
            let y = row.year(0), number = try row.integer(1, "release.release_no (\(row[0]))")
            guard published.contains(y) else { continue }
            let files = (try? JSONDecoder().decode([String].self, from: Data(row[2].utf8))) ?? []
            q.latest[y] = Release(number: number, previous: q.latest[y]?.number, files: files, revisions: [])
        }
        for (y, release) in q.latest where release.previous != nil {
            q.latest[y]!.revisions = try reader.rows("""
                SELECT table_name, time_period, dimensions, previous_value, value FROM \(reader.statistics("revisions"))
                WHERE year = \(y) AND release_no = \(release.number) ORDER BY table_name, time_period, dimensions
                """).map { row in
                let place = "revisions (\(row[0]) \(row[1]) \(row[2]))"
                return Revision(table: row[0], period: row[1], dimensions: row[2],
                                previous: try row.decimal(3, place), value: try row.decimal(4, place))
            }
        }
        return q
    }
}
