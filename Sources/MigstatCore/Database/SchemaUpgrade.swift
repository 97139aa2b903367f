import Foundation

/// Brings a database made by another migstat to this build's definitions
/// in place, keeping every row, inside the one transaction that creates or
/// upgrades the schema (UnifiedDatabase.prepareSchema, under SchemaLock): a
/// kill at any instant leaves the database as it was, and the next run
/// upgrades it. The steps come from comparing each table's catalog with
/// its definition (SchemaCatalog), so a table a later build changes is
/// upgraded the same way; what only a version says (a value's new spelling)
/// is in `dataSteps`.
///
/// SQLite cannot change a key or add a NOT NULL column in place: the table
/// is made anew beside the old one, the rows copied, the old one dropped and
/// the new one renamed. PostgreSQL adds the columns (`ref_area` with its
/// value as the default, then no default) and rebuilds the key. Views read
/// the tables being changed: they are dropped first and made again from
/// this build's definitions afterwards (createMissingRelations).
extension UnifiedDatabase {
    /// Upgrades from `stored` (the version schema_info holds) to DatabaseSchema.version;
    /// returns how many tables it changed.
    func upgradeSchema(from stored: Int) throws -> Int {
        let changed = try differingTables().count
        let steps = try upgradeSteps(from: stored)
        for (k, sql) in steps.enumerated() {
            SchemaUpgrade.pauseForTest(step: k + 1)
            try connection.execute(sql)
        }
        SchemaUpgrade.pauseForTest(step: steps.count + 1, last: true)   // every step done, not yet committed
        return changed
    }

    /// The statements of the upgrade, in order; empty when there is nothing to do.
    func upgradeSteps(from stored: Int) throws -> [String] {
        let differing = try differingTables()
        guard !differing.isEmpty || stored < DatabaseSchema.version else { return [] }
        var steps = try heldViews().map { dialect == .postgresql ? "DROP VIEW IF EXISTS \($0) CASCADE" : "DROP VIEW IF EXISTS \($0)" }
        for (t, _) in differing {
            guard let held = try heldTable(t) else { continue }
            steps += dialect == .sqlite ? rebuild(t, held: held) : try alter(t, held: held)
        }
        steps += try dataSteps()
        if stored != DatabaseSchema.version {
            steps.append("UPDATE \(table(DatabaseSchema.schemaInfo)) SET version = \(DatabaseSchema.version)")
        }
        return steps
    }

    /// Values this build spells differently from earlier ones. They run after
    /// the tables are brought to this build's columns, on every upgrade: each
    /// is idempotent, and version 2 changed its spelling (a NULL reason, a
    /// check's detail) while no version-2 database had been released yet
    /// (DATABASE.md: this contract is version 2), so a database of an early
    /// version-2 build is mended by the same steps as a version-1 one.
    private func dataSteps() throws -> [String] {
        var steps: [String] = []
        // A record not rejected has NULL for its reason, no longer ''.
        for (_, t) in DatabaseSchema.recordTables where try heldTable(t) != nil {
            steps.append("UPDATE \(table(t)) SET reason = NULL WHERE reason = ''")
        }
        // A check's counts leave its name for `detail` (CheckName), so its key keeps across loads.
        let c = DatabaseSchema.qualityCheck
        if try heldTable(c) != nil {
            for row in try connection.rows("SELECT DISTINCT name FROM \(table(c))") {
                guard let held = row.first ?? nil else { continue }
                let split = CheckName(held)
                guard let detail = split.detail else { continue }
                steps.append("UPDATE \(table(c)) SET name = \(sqlLiteral(split.name)), detail = \(sqlLiteral(detail)) WHERE name = \(sqlLiteral(held))")
            }
        }
        // Years whose values a NUMERIC column rounded are loaded again (LostDigits).
        return steps + (try lostDigitSteps())
    }

    /// SQLite: the table made anew under a scratch name, the rows copied
    /// (`ref_area` from migstat.yaml where the old table had none), then renamed.
    private func rebuild(_ t: DatabaseSchema.Table, held: HeldTable) -> [String] {
        let scratch = "migstat_upgrade_\(t.name)"
        let heldNames = Set(held.columns.map(\.name))
        let values = t.columns.map { c in heldNames.contains(c.name) ? c.name : c.name == "ref_area" ? sqlLiteral(refArea) : "NULL" }
        let create = t.name == DatabaseSchema.run.name ? DatabaseSchema.runTable(.sqlite, name: scratch) : t.create(.sqlite, name: scratch)
        return [
            "DROP TABLE IF EXISTS \(scratch)", create,
            "INSERT INTO \(scratch) (\(t.columns.map(\.name).joined(separator: ", "))) SELECT \(values.joined(separator: ", ")) FROM \(t.name)",
            "DROP TABLE \(t.name)", "ALTER TABLE \(scratch) RENAME TO \(t.name)",
        ]
    }

    /// PostgreSQL: the missing columns added, NOT NULL set as defined, the key rebuilt.
    private func alter(_ t: DatabaseSchema.Table, held: HeldTable) throws -> [String] {
        let name = table(t)
        var steps: [String] = []
        let heldColumns = Dictionary(held.columns.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for c in t.columns {
            guard let h = heldColumns[c.name] else {
                if c.name == "ref_area" {
                    steps.append("ALTER TABLE \(name) ADD COLUMN ref_area TEXT NOT NULL DEFAULT \(sqlLiteral(refArea))")
                    steps.append("ALTER TABLE \(name) ALTER COLUMN ref_area DROP DEFAULT")
                } else {
                    steps.append("ALTER TABLE \(name) ADD COLUMN \(c.name) \(c.typeName(.postgresql))")
                }
                continue
            }
            if h.notNull != c.notNull { steps.append("ALTER TABLE \(name) ALTER COLUMN \(c.name) \(c.notNull ? "SET" : "DROP") NOT NULL") }
        }
        if held.primaryKey != t.primaryKey {
            let constraint = try connection.rows("""
                SELECT conname FROM pg_catalog.pg_constraint WHERE conrelid = \(sqlLiteral(name))::regclass AND contype = 'p'
                """).first?.first ?? nil
            if let constraint { steps.append("ALTER TABLE \(name) DROP CONSTRAINT \(sqlIdentifier(constraint))") }
            steps.append("ALTER TABLE \(name) ADD PRIMARY KEY (\(t.primaryKey.joined(separator: ", ")))")
        }
        return steps
    }

    /// The views the database holds in migstat's schemas, as they are named in SQL.
    private func heldViews() throws -> [String] {
        let query = dialect == .postgresql
            ? """
              SELECT n.nspname || '.' || c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname IN ('statistics', 'records') AND c.relkind = 'v' ORDER BY 1
              """
            : "SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY 1"
        return try connection.rows(query).compactMap { $0.first ?? nil }
    }
}

/// The test hook of the upgrade's kill tests.
enum SchemaUpgrade {
    /// `MIGSTAT_TEST_UPGRADE_PAUSE_AT=k`: before step k of an upgrade (one past
    /// the last, or `commit`: every step done, before its commit) migstat says
    /// so on stderr and waits to be killed. Tests only: an operator never sets it.
    static func pauseForTest(step: Int, last: Bool = false) {
        guard let at = ProcessInfo.processInfo.environment["MIGSTAT_TEST_UPGRADE_PAUSE_AT"],
              Int(at) == step || (last && at == "commit") else { return }
        FileHandle.standardError.write(Data("migstat: upgrade paused before step \(step)\n".utf8))
        while true { sleep(60) }
    }
}
