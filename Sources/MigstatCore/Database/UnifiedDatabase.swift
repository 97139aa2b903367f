import Foundation
import Logging

/// The programme's unified database: every published statistic and every
/// record read with its fate, one transaction per year (DATABASE.md).
public final class UnifiedDatabase {
    let location: DatabaseLocation
    let connection: DatabaseConnection
    /// This region (`ref_area` of migstat.yaml): loads, `--force`, `db check` and the report touch only its rows.
    public let refArea: String
    /// `ref_area` when migstat.yaml names none (STATISTICS.md).
    public static let defaultRefArea = "KZ-71"
    var dialect: SQLDialect { connection.dialect }

    /// Connects and creates or upgrades the schema. A database written by a
    /// newer migstat is refused (exit 2), an unreachable one is `unavailable`.
    /// `group` (database_group: of migstat.yaml) shares a SQLite file with that group's readers.
    public static func open(_ location: DatabaseLocation, refArea: String = defaultRefArea,
                            group: DatabaseGroup? = nil) throws -> UnifiedDatabase? {
        let connection: DatabaseConnection
        switch location {
        case .none: return nil
        case .sqlite(let path): connection = try SQLiteDatabase(path: path, group: group)
        case .postgresql(let url): connection = try PostgresDatabase(url: url)
        }
        let db = UnifiedDatabase(location: location, connection: connection, refArea: refArea)
        try db.prepareSchema()
        return db
    }

    /// Opens a database that must already hold migstat's schema, for reading:
    /// never creates a file, a table or a role (SQLite opens read-only,
    /// PostgreSQL sessions are read-only). A missing file or a database with
    /// no `schema_info` is a mistake of the command line (exit 2).
    public static func openExisting(_ location: DatabaseLocation, refArea: String = defaultRefArea) throws -> UnifiedDatabase {
        let connection: DatabaseConnection
        switch location {
        case .none:
            throw MigstatError.configuration("no database configured (database: none): give --database sqlite:FILE or postgresql://user@host/db")
        case .sqlite(let path):
            guard FileManager.default.fileExists(atPath: path) else { throw missing(location) }
            connection = try SQLiteDatabase(path: path, readOnly: true)
        case .postgresql(let url):
            connection = try PostgresDatabase(url: url)
            try connection.execute("SET default_transaction_read_only = on")
        }
        let db = UnifiedDatabase(location: location, connection: connection, refArea: refArea)
        guard let stored = try db.storedVersion() else { throw missing(location) }
        if stored > DatabaseSchema.version {
            throw DatabaseError.newerSchema(
                "\(location) holds schema version \(stored), newer than this migstat's \(DatabaseSchema.version): "
                + "run the migstat that wrote it, or point --database at another database")
        }
        if stored < DatabaseSchema.version {
            throw MigstatError.configuration("\(location) holds schema version \(stored), older than this migstat's \(DatabaseSchema.version): run `migstat db init` to upgrade it first")
        }
        return db
    }

    private static func missing(_ location: DatabaseLocation) -> MigstatError {
        .configuration("no database at \(location): run `migstat run` or `migstat db load` first, or point --database at it")
    }

    private init(location: DatabaseLocation, connection: DatabaseConnection, refArea: String) {
        self.location = location
        self.connection = connection
        self.refArea = refArea
    }

    deinit { connection.close() }

    func table(_ t: DatabaseSchema.Table) -> String { t.qualified(dialect) }
    /// This region's `year`.
    func scope(_ year: Int) -> AreaYear { AreaYear(refArea: refArea, year: year) }
    /// The condition for this region's rows.
    var ownRows: String { "ref_area = \(sqlLiteral(refArea))" }
    /// Table and view names as this database's dialect writes them, for the feeds' SQL.
    var names: TableNames { TableNames(dialect: dialect) }

    /// The schema version the database holds; nil when it has none yet.
    func storedVersion() throws -> Int? {
        // pg_tables, not information_schema: it lists tables this user may not read yet.
        let exists = dialect == .postgresql
            ? "SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = 'statistics' AND tablename = 'schema_info'"
            : "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_info'"
        guard try !connection.rows(exists).isEmpty else { return nil }
        let value = try connection.rows("SELECT MAX(version) FROM \(table(DatabaseSchema.schemaInfo))").first?.first ?? nil
        return value.flatMap { Int($0) }
    }

    private func prepareSchema() throws {
        // This build's schema already: nothing to change, no lock taken.
        let found = try storedVersion()
        try refuseNewer(found)
        if found == DatabaseSchema.version, try missingRelations().isEmpty, try differingTables().isEmpty {
            if dialect == .postgresql { try PostgresRoles.actAsLoader(connection) }
            return
        }
        var upgraded: (from: Int, tables: Int)?
        try transaction {
            // One creator or upgrader at a time (SchemaLock); then everything read again,
            // as another first run may have made the schema while this one waited.
            try lockSchema()
            // Before anything is written, roles included: schema_info is stamped only onto a database of migstat's own.
            if try storedVersion() == nil { try refuseForeignTables() }
            if dialect == .postgresql {
                try PostgresRoles.createRoles(connection)
                try PostgresRoles.actAsLoader(connection)
            }
            let stored = try storedVersion()
            try refuseNewer(stored)
            // Tables and views of this build's feeds that the database lacks (a feed added since) are
            // created as they are: a new table changes no existing one, so the version stays.
            if stored == DatabaseSchema.version, try missingRelations().isEmpty, try differingTables().isEmpty { return }
            // An older version, or tables whose definitions differ from this build's, upgraded in place (SchemaUpgrade).
            if let stored {
                let changed = try upgradeSchema(from: stored)
                if changed > 0 || stored != DatabaseSchema.version { upgraded = (stored, changed) }
            }
            if stored == nil, dialect == .postgresql {
                try connection.execute("CREATE SCHEMA IF NOT EXISTS statistics; CREATE SCHEMA IF NOT EXISTS records")
            }
            let created = try createMissingRelations()
            if stored == nil {
                try connection.execute("INSERT INTO \(table(DatabaseSchema.schemaInfo)) (version) VALUES (\(DatabaseSchema.version))")
            }
            if dialect == .postgresql, created { try PostgresRoles.grant(connection) }
        }
        // Committed: the operator learns that the database changed (a failed upgrade threw, and says so).
        if let upgraded {
            DatabaseNotices.logger?.notice("database schema upgraded", metadata: [
                "database": "\(location)", "from_version": "\(upgraded.from)", "to_version": "\(DatabaseSchema.version)",
                "tables_changed": "\(upgraded.tables)",
            ])
        }
    }

    /// A schema written by a newer migstat is left as it is (exit 2).
    private func refuseNewer(_ stored: Int?) throws {
        guard let stored, stored > DatabaseSchema.version else { return }
        throw DatabaseError.newerSchema(
            "\(location) holds schema version \(stored), newer than this migstat's \(DatabaseSchema.version): "
            + "run the migstat that wrote it, or point --database at another database")
    }

    /// A database with no `schema_info` is migstat's only when it is empty
    /// (in PostgreSQL: nothing in the schemas `statistics` and `records`);
    /// tables of another program are refused, named, and left as they are.
    private func refuseForeignTables() throws {
        let query = dialect == .postgresql
            ? """
              SELECT n.nspname || '.' || c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname IN ('statistics', 'records') AND c.relkind IN ('r', 'v', 'm', 'p', 'f') ORDER BY 1
              """
            : "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY 1"
        let foreign = try connection.rows(query).compactMap { $0.first ?? nil }
        guard !foreign.isEmpty else { return }
        let shown = foreign.prefix(8).joined(separator: ", ") + (foreign.count > 8 ? " and \(foreign.count - 8) more" : "")
        throw DatabaseError.refused(
            "\(location) holds tables migstat did not create (\(shown)) and no schema_info: it is another program's database, "
            + "and migstat wrote nothing to it; point --database (or database: in migstat.yaml) at a new or empty database")
    }

    /// Runs `body` in one transaction: all of it commits, or none.
    func transaction(_ body: () throws -> Void) throws {
        try begin()
        do {
            try body()
            try commit()
        } catch {
            rollback()
            throw error
        }
    }

    /// A write transaction; SQLite takes its write lock now, not at the first write.
    func begin() throws { try connection.execute(dialect == .sqlite ? "BEGIN IMMEDIATE" : "BEGIN") }
    func commit() throws { try connection.execute("COMMIT") }
    func rollback() { try? connection.execute("ROLLBACK") }

    /// The sha256 of the manifest whose publication the database holds for this region's `year`.
    func loadedManifest(year: Int) throws -> String? {
        try connection.rows("SELECT manifest_sha256 FROM \(table(DatabaseSchema.yearState)) WHERE \(scope(year).rows())").first?.first ?? nil
    }

    static func now() -> String { Timestamp.iso8601() }
}
