/// The unified database's tables (DATABASE.md), described once and created
/// in either dialect. Statistics tables follow the statistics files' columns;
/// record tables follow each feed's `RecordTable`s; views and the sums kept
/// as records load are each feed's own (`FeedPlugin.database`). Only tables
/// every feed shares are named here.
enum DatabaseSchema {
    /// The contract's schema version (DATABASE.md "Schema versions"). A table
    /// added or defined otherwise needs no bump: SchemaUpgrade compares the
    /// catalog with these definitions on open and upgrades in place. Bump for
    /// what the catalog cannot show (a value spelled anew, a renamed column),
    /// with its data step and an upgrade test. Version 2 (never released before
    /// this build) also spells a record's `reason` NULL when not rejected and
    /// gives quality_check a `detail`.
    static let version = 2

    struct Table: Sendable {
        /// `statistics` or `records` (PostgreSQL schemas; SQLite has plain tables).
        let schema: String
        let name: String
        let columns: [SQLColumn]
        let primaryKey: [String]

        func qualified(_ dialect: SQLDialect) -> String { dialect == .postgresql ? "\(schema).\(name)" : name }

        /// `name` replaces its name (an upgrade builds the table beside the old one).
        func create(_ dialect: SQLDialect, name: String? = nil) -> String {
            var parts = columns.map { c in
                ([c.name, c.typeName(dialect)].filter { !$0.isEmpty } + (c.notNull ? ["NOT NULL"] : [])).joined(separator: " ")
            }
            if !primaryKey.isEmpty { parts.append("PRIMARY KEY (\(primaryKey.joined(separator: ", ")))") }
            let rowid = dialect == .sqlite && schema == "records" ? " WITHOUT ROWID" : ""
            return "CREATE TABLE IF NOT EXISTS \(name ?? qualified(dialect)) (\n  \(parts.joined(separator: ",\n  "))\n)\(rowid)"
        }
    }

    /// One statistics table per feed: the file's columns lowercased, without `DATAFLOW`.
    static func statistics(_ plugin: FeedPlugin) -> Table {
        let (dimensions, attributes) = plugin.statisticsColumns
        let keys = ["ref_area", "time_period"] + dimensions.map { $0.lowercased() }
        var columns = [refArea, SQLColumn("time_period", .integer, notNull: true)]
        columns += dimensions.map { SQLColumn($0.lowercased(), .text, notNull: true) }
        columns.append(SQLColumn("obs_value", .numeric))
        columns += attributes.map { SQLColumn($0.lowercased(), $0 == "COVERAGE" ? .integer : .text) }
        return Table(schema: "statistics", name: statisticsName(plugin), columns: columns, primaryKey: keys)
    }

    /// A statistics file's name without `.csv`, `-` as `_` (`a-b.csv` → `a_b`).
    static func statisticsName(_ plugin: FeedPlugin) -> String {
        String(plugin.statisticsFile.dropLast(4)).replacingOccurrences(of: "-", with: "_")
    }

    static func records(_ table: RecordTable) -> Table {
        let common = [refArea, SQLColumn("year", .integer, notNull: true), SQLColumn("source_file", .text, notNull: true),
                      SQLColumn("source_line", .integer, notNull: true), SQLColumn("fate", .text, notNull: true),
                      // NULL when the record was not rejected: NULL is SQL's empty value (DATABASE.md's "empty otherwise").
                      SQLColumn("reason", .text, emptyIsNull: true)]
        let own = table.columns.map { SQLColumn($0.name, $0.type == .integer ? .integer : .text) }
        return Table(schema: "records", name: table.name, columns: common + own, primaryKey: ["ref_area", "year", "source_file", "source_line"])
    }

    /// The region a row belongs to (`ref_area` of migstat.yaml): the first column of every table and of its key.
    static let refArea = SQLColumn("ref_area", .text, notNull: true)

    static let inputFile = Table(schema: "statistics", name: "input_file", columns: [
        refArea, SQLColumn("year", .integer, notNull: true), SQLColumn("feed", .text, notNull: true), SQLColumn("path", .text, notNull: true),
        SQLColumn("sha256", .text), SQLColumn("status", .text, notNull: true), SQLColumn("records", .integer),
        SQLColumn("error", .text),
    ], primaryKey: ["ref_area", "year", "feed", "path"])
    /// A check by its stable name, its counts apart in `detail` (CheckName), so its key keeps across loads.
    static let qualityCheck = Table(schema: "statistics", name: "quality_check", columns: [
        refArea, SQLColumn("year", .integer, notNull: true), SQLColumn("name", .text, notNull: true), SQLColumn("passed", .boolean, notNull: true),
        SQLColumn("detail", .text, emptyIsNull: true),
    ], primaryKey: ["ref_area", "year", "name"])
    /// `manifest_sha256` (beyond the contract's columns): which publication of
    /// the year is loaded, so a publication not yet loaded is found and redone.
    static let yearState = Table(schema: "statistics", name: "year_state", columns: [
        refArea, SQLColumn("year", .integer, notNull: true), SQLColumn("status", .text, notNull: true),
        SQLColumn("loaded_at", .timestamp, notNull: true), SQLColumn("manifest_sha256", .text, notNull: true),
    ], primaryKey: ["ref_area", "year"])
    /// Records by fate (and reject reason) per year and feed, counted as the year loads.
    static let recordFates = Table(schema: "statistics", name: "record_fates", columns: [
        refArea, SQLColumn("year", .integer, notNull: true), SQLColumn("feed", .text, notNull: true), SQLColumn("fate", .text, notNull: true),
        SQLColumn("reason", .text, notNull: true), SQLColumn("records", .integer, notNull: true),
    ], primaryKey: ["ref_area", "year", "feed", "fate", "reason"])
    static let schemaInfo = Table(schema: "statistics", name: "schema_info", columns: [SQLColumn("version", .integer, notNull: true)],
                                  primaryKey: [])

    static var statisticsTables: [(plugin: FeedPlugin, table: Table)] { FeedRegistry.all.map { ($0, statistics($0)) } }
    static var recordTables: [(plugin: FeedPlugin, table: Table)] {
        FeedRegistry.all.flatMap { plugin in plugin.recordTables.map { (plugin, records($0)) } }
    }
    /// The sums each feed keeps as its records load (FeedDatabase).
    static var rollups: [(plugin: FeedPlugin, rollup: DatabaseRollup)] {
        FeedRegistry.all.flatMap { plugin in plugin.database.rollups.map { (plugin, $0) } }
    }
    /// Tables that hold one row set per year, replaced whole when the year loads.
    static var yearTables: [(table: Table, yearColumn: String)] {
        statisticsTables.map { ($0.table, "time_period") } + quarterlyTables.map { ($0.table, quarterYear) }
            + recordTables.map { ($0.table, "year") }
            + [inputFile, qualityCheck, yearState, recordFates].map { ($0, "year") } + rollups.map { ($0.rollup.table, "year") }
    }
    /// Every table but `run` (runTable), schema_info first.
    static var tables: [Table] {
        [schemaInfo, inputFile, qualityCheck, yearState, recordFates] + statisticsTables.map(\.table)
            + quarterlyTables.map(\.table) + recordTables.map(\.table) + rollups.map(\.rollup.table) + ReleaseTables.tables
    }

    /// The schema a table or view is in, by its name; nil when migstat has none of that name.
    static func schema(of name: String) -> String? {
        if name == "run" { return "statistics" }
        return tables.first { $0.name == name }?.schema ?? views.first { $0.name == name }?.schema
    }

    /// The run history (RunLedger), as the dialect names it.
    static func runName(_ dialect: SQLDialect) -> String { dialect == .postgresql ? "statistics.run" : "run" }

    /// The run history: one row per run that reached the database, numbered
    /// per region on SQLite (RunLedger takes the next number in its INSERT).
    /// `name` replaces its name (an upgrade builds it beside the old one).
    static func runTable(_ dialect: SQLDialect, name: String? = nil) -> String {
        let id = dialect == .postgresql ? "id BIGINT GENERATED ALWAYS AS IDENTITY" : "id INTEGER NOT NULL"
        let time = SQLColumn("t", .timestamp).typeName(dialect)
        return """
            CREATE TABLE IF NOT EXISTS \(name ?? runName(dialect)) (
              ref_area TEXT NOT NULL, \(id), started_at \(time) NOT NULL, finished_at \(time),
              migstat_version TEXT NOT NULL, years TEXT NOT NULL, exit_status INTEGER, PRIMARY KEY (ref_area, id))
            """
    }

    /// `run` as the catalog shows it (runTable creates it: an identity column on PostgreSQL).
    static let run = Table(schema: "statistics", name: "run", columns: [
        refArea, SQLColumn("id", .integer, notNull: true), SQLColumn("started_at", .timestamp, notNull: true),
        SQLColumn("finished_at", .timestamp), SQLColumn("migstat_version", .text, notNull: true), SQLColumn("years", .text, notNull: true),
        SQLColumn("exit_status", .integer),
    ], primaryKey: ["ref_area", "id"])

    /// Every feed's views, then the engine's own.
    static var views: [DatabaseView] { FeedRegistry.all.flatMap(\.database.views) + [rejectsByReason, ReleaseTables.revisions] }

    /// What was rejected, per region, year, feed, file and reason.
    static let rejectsByReason = DatabaseView(schema: "records", name: "rejects_by_reason", everyFeed: true) { t in
        recordTables.map {
            "SELECT ref_area, year, '\($0.plugin.name)' AS feed, source_file, reason, COUNT(*) AS records FROM \(t($0.table.name)) "
                + "WHERE fate = 'rejected' GROUP BY ref_area, year, source_file, reason"
        }.joined(separator: "\nUNION ALL\n")
    }
}
