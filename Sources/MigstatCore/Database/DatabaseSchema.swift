/// The unified database's tables (DATABASE.md), described once and created
/// in either dialect. Statistics tables follow the statistics files' columns;
/// record tables follow each feed's `RecordTable`s.
enum DatabaseSchema {
    /// Bump when a table changes, and add the upgrade to `upgrades`.
    static let version = 1
    /// Statements that bring a database from version `key` to `key + 1`.
    static let upgrades: [Int: [String]] = [:]

    struct Table {
        /// `statistics` or `records` (PostgreSQL schemas; SQLite has plain tables).
        let schema: String
        let name: String
        let columns: [SQLColumn]
        let primaryKey: [String]

        func qualified(_ dialect: SQLDialect) -> String { dialect == .postgresql ? "\(schema).\(name)" : name }

        func create(_ dialect: SQLDialect) -> String {
            var parts = columns.map { "\($0.name) \($0.typeName(dialect))\($0.notNull ? " NOT NULL" : "")" }
            if !primaryKey.isEmpty { parts.append("PRIMARY KEY (\(primaryKey.joined(separator: ", ")))") }
            return "CREATE TABLE IF NOT EXISTS \(qualified(dialect)) (\n  \(parts.joined(separator: ",\n  "))\n)"
        }
    }

    /// One statistics table per feed: the file's columns lowercased, without `DATAFLOW`.
    static func statistics(_ plugin: FeedPlugin) -> Table {
        let (dimensions, attributes) = plugin.statisticsColumns
        let keys = ["ref_area", "time_period"] + dimensions.map { $0.lowercased() }
        var columns = [SQLColumn("ref_area", .text, notNull: true), SQLColumn("time_period", .integer, notNull: true)]
        columns += dimensions.map { SQLColumn($0.lowercased(), .text, notNull: true) }
        columns.append(SQLColumn("obs_value", .numeric))
        columns += attributes.map { SQLColumn($0.lowercased(), $0 == "COVERAGE" ? .integer : .text) }
        return Table(schema: "statistics", name: statisticsName(plugin), columns: columns, primaryKey: keys)
    }

    /// `migration-flows.csv` → `migration_flows`.
    static func statisticsName(_ plugin: FeedPlugin) -> String {
        String(plugin.statisticsFile.dropLast(4)).replacingOccurrences(of: "-", with: "_")
    }

    static func records(_ table: RecordTable) -> Table {
        let common = [SQLColumn("year", .integer, notNull: true), SQLColumn("source_file", .text, notNull: true),
                      SQLColumn("source_line", .integer, notNull: true), SQLColumn("fate", .text, notNull: true),
                      SQLColumn("reason", .text, notNull: true)]
        let own = table.columns.map { SQLColumn($0.name, $0.type == .integer ? .integer : .text) }
        return Table(schema: "records", name: table.name, columns: common + own, primaryKey: ["year", "source_file", "source_line"])
    }

    static let inputFile = Table(schema: "statistics", name: "input_file", columns: [
        SQLColumn("year", .integer, notNull: true), SQLColumn("feed", .text, notNull: true), SQLColumn("path", .text, notNull: true),
        SQLColumn("sha256", .text), SQLColumn("status", .text, notNull: true), SQLColumn("records", .integer),
        SQLColumn("error", .text),
    ], primaryKey: ["year", "feed", "path"])
    static let qualityCheck = Table(schema: "statistics", name: "quality_check", columns: [
        SQLColumn("year", .integer, notNull: true), SQLColumn("name", .text, notNull: true), SQLColumn("passed", .boolean, notNull: true),
    ], primaryKey: ["year", "name"])
    /// `manifest_sha256` (beyond the contract's columns): which publication of
    /// the year is loaded, so a publication not yet loaded is found and redone.
    static let yearState = Table(schema: "statistics", name: "year_state", columns: [
        SQLColumn("year", .integer, notNull: true), SQLColumn("status", .text, notNull: true),
        SQLColumn("loaded_at", .timestamp, notNull: true), SQLColumn("manifest_sha256", .text, notNull: true),
    ], primaryKey: ["year"])
    /// Records by fate (and reject reason) per year and feed, counted as the year loads.
    static let recordFates = Table(schema: "statistics", name: "record_fates", columns: [
        SQLColumn("year", .integer, notNull: true), SQLColumn("feed", .text, notNull: true), SQLColumn("fate", .text, notNull: true),
        SQLColumn("reason", .text, notNull: true), SQLColumn("records", .integer, notNull: true),
    ], primaryKey: ["year", "feed", "fate", "reason"])
    /// Arrivals and departures by month from the accepted slips, summed as the year loads.
    static let slipsByMonth = Table(schema: "statistics", name: "slips_by_month", columns: [
        SQLColumn("year", .integer, notNull: true), SQLColumn("month", .integer, notNull: true),
        SQLColumn("arrivals", .integer, notNull: true), SQLColumn("departures", .integer, notNull: true),
    ], primaryKey: ["year", "month"])
    static let schemaInfo = Table(schema: "statistics", name: "schema_info", columns: [SQLColumn("version", .integer, notNull: true)],
                                  primaryKey: [])

    static var statisticsTables: [(plugin: FeedPlugin, table: Table)] { FeedRegistry.all.map { ($0, statistics($0)) } }
    static var recordTables: [(plugin: FeedPlugin, table: Table)] {
        FeedRegistry.all.flatMap { plugin in plugin.recordTables.map { (plugin, records($0)) } }
    }
    /// Tables that hold one row set per year, replaced whole when the year loads.
    static var yearTables: [(table: Table, yearColumn: String)] {
        statisticsTables.map { ($0.table, "time_period") } + recordTables.map { ($0.table, "year") }
            + [inputFile, qualityCheck, yearState, recordFates, slipsByMonth].map { ($0, "year") }
    }

    /// The run history: one row per run that reached the database.
    static func runTable(_ dialect: SQLDialect) -> String {
        let id = dialect == .postgresql ? "id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY" : "id INTEGER PRIMARY KEY"
        let time = SQLColumn("t", .timestamp).typeName(dialect)
        let name = dialect == .postgresql ? "statistics.run" : "run"
        return """
            CREATE TABLE IF NOT EXISTS \(name) (
              \(id), started_at \(time) NOT NULL, finished_at \(time),
              migstat_version TEXT NOT NULL, years TEXT NOT NULL, exit_status INTEGER)
            """
    }

    /// Views that answer the programme's first questions.
    static func views(_ d: SQLDialect) -> [String] {
        let s = d == .postgresql ? "statistics." : "", r = d == .postgresql ? "records." : ""
        return [
            // The programme's Table 1: one row per year and partner group.
            """
            CREATE VIEW \(s)table1 AS
            SELECT time_period AS year, partner_group,
              MAX(CASE WHEN flow = 'ARR' THEN obs_value END) AS arrivals,
              MAX(CASE WHEN flow = 'DEP' THEN obs_value END) AS departures,
              MAX(CASE WHEN flow = 'NET' THEN obs_value END) AS balance,
              MAX(obs_status) AS obs_status, MAX(coverage) AS coverage
            FROM \(s)migration_flows
            WHERE partner = '_T' AND ethnicity = '_T'
              AND partner_group IN ('TOTAL', 'FAR_ABROAD', 'CIS', 'KZ_REGIONS', 'NOT_STATED')
            GROUP BY time_period, partner_group
            """,
            // Foreign citizens by purpose of stay, per year (all citizenships).
            """
            CREATE VIEW \(s)foreign_citizens_by_purpose AS
            SELECT time_period AS year, purpose, obs_value AS registrations
            FROM \(s)foreign_registrations
            WHERE measure = 'REGISTRATIONS' AND citizenship_group = 'TOTAL' AND citizenship = '_T' AND purpose <> '_T'
            """,
            // Accepted permits by employer: permits and workers per year.
            """
            CREATE VIEW \(r)permits_by_employer AS
            SELECT year, employer_bin, MAX(employer) AS employer, COUNT(*) AS permits, SUM(workers) AS workers
            FROM \(r)labour_permit WHERE fate = 'accepted'
            GROUP BY year, employer_bin
            """,
            // What was rejected, per year, feed file and reason.
            """
            CREATE VIEW \(r)rejects_by_reason AS
            \(recordTables.map { "SELECT year, '\($0.plugin.name)' AS feed, source_file, reason, COUNT(*) AS records FROM \($0.table.qualified(d)) WHERE fate = 'rejected' GROUP BY year, source_file, reason" }.joined(separator: "\nUNION ALL\n"))
            """,
        ]
    }
}
