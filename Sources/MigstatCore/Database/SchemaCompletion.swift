/// The tables and views this build's plugins declare that a database lacks:
/// a feed added to the registry after the database was made gets its tables
/// when the database is next opened for writing (`open`), and `db check`,
/// which only reads, names them instead of failing on the first query.
extension UnifiedDatabase {
    /// The tables and views (`run` included) migstat makes, as this database names them, that it does not hold.
    func missingRelations() throws -> [String] {
        let held = try heldRelations()
        return ([runName] + DatabaseSchema.tables.map(table) + DatabaseSchema.views.map { $0.qualified(dialect) })
            .filter { !held.contains($0) }
    }

    /// Creates what `missingRelations` lists (inside the caller's transaction); true when anything was created.
    /// A view that reads every feed's tables is made again when a table was added, so that it reads the new one too.
    func createMissingRelations() throws -> Bool {
        let held = try heldRelations()
        var addedTable = false
        for t in DatabaseSchema.tables where !held.contains(table(t)) {
            try connection.execute(t.create(dialect))
            addedTable = true
        }
        if !held.contains(runName) {
            try connection.execute(DatabaseSchema.runTable(dialect))
            addedTable = true
        }
        var addedView = false
        for view in DatabaseSchema.views {
            let name = view.qualified(dialect)
            if held.contains(name) {
                guard addedTable, view.everyFeed else { continue }
                try connection.execute("DROP VIEW \(name)")
            }
            try connection.execute(view.create(dialect))
            addedView = true
        }
        return addedTable || addedView
    }

    private var runName: String { DatabaseSchema.runName(dialect) }

    /// The tables and views the database holds, qualified as `table(_:)` names them.
    private func heldRelations() throws -> Set<String> {
        let query = dialect == .postgresql
            ? """
              SELECT n.nspname || '.' || c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname IN ('statistics', 'records') AND c.relkind IN ('r', 'v', 'm', 'p', 'f')
              """
            : "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
        return Set(try connection.rows(query).compactMap { $0.first ?? nil })
    }
}
