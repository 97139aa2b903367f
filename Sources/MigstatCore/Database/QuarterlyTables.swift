/// The quarterly statistics files' tables (DATABASE.md): each statistics
/// table's twin `<table>_quarterly`, its columns with `time_period` as text
/// (`2003-Q1`), loaded from `output/<year>/quarterly/<file>` beside the year.
extension DatabaseSchema {
    static func quarterly(_ plugin: FeedPlugin) -> Table {
        let year = statistics(plugin)
        let columns = year.columns.map { $0.name == "time_period" ? SQLColumn("time_period", .text, notNull: true) : $0 }
        return Table(schema: year.schema, name: "\(year.name)_quarterly", columns: columns, primaryKey: year.primaryKey)
    }

    static var quarterlyTables: [(plugin: FeedPlugin, table: Table)] { FeedRegistry.all.map { ($0, quarterly($0)) } }

    /// The year of a quarterly table's row (`2003-Q1` → 2003), as `yearTables` names a year column.
    static let quarterYear = "CAST(substr(time_period, 1, 4) AS INTEGER)"

    /// A statistics table's year column: `time_period`, or the year of its quarter.
    static func yearColumn(of t: Table) -> String {
        t.columns.first { $0.name == "time_period" }?.kind == .integer ? "time_period" : quarterYear
    }

    /// Every table loaded from a statistics file, yearly then quarterly, with
    /// that file's path in the year's folder (`quarterly/<file>` for a quarter).
    static var publishedTables: [(plugin: FeedPlugin, table: Table, file: String)] {
        statisticsTables.map { ($0.plugin, $0.table, $0.plugin.statisticsFile) }
            + quarterlyTables.map { ($0.plugin, $0.table, "\(AggregateStage.quarterly)/\($0.plugin.statisticsFile)") }
    }
}
