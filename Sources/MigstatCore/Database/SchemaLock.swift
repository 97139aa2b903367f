/// Who may change the schema, and who may load a region's year, at one time.
///
/// PostgreSQL: regions sharing a server open it together, and a schema
/// created by two sessions at once fails ("relation already exists",
/// "duplicate key … pg_namespace", "tuple concurrently updated"). So the
/// schema is created and upgraded under a transaction-scoped advisory lock
/// on a fixed key, and everything is read again once it is held. Two runs
/// of the same region (two outputs) loading the same year would each delete
/// and insert the same keys: the second waits for the first under a lock
/// keyed by region and year, and other regions never wait. The locks end
/// with the transaction, so a killed run holds none.
///
/// SQLite: `BEGIN IMMEDIATE` (`transaction`) takes the file's write lock
/// first, and the busy timeout lets a second writer wait for it.
enum SchemaLock {
    static let schemaKey = "migstat schema", loadKey = "migstat load"
}

extension UnifiedDatabase {
    /// Inside the transaction that creates or upgrades the schema.
    func lockSchema() throws {
        guard dialect == .postgresql else { return }
        try connection.execute("SELECT pg_advisory_xact_lock(hashtext(\(sqlLiteral(SchemaLock.schemaKey))))")
    }

    /// A year's load transaction begun only if nothing waits: SQLite's write
    /// lock and, on PostgreSQL, this region-year's load lock taken at once, or
    /// false with nothing begun (another writer has them; the caller loads
    /// after publication instead, waiting then as any load does). A load begun
    /// here may stay open while the year's pipeline runs: PostgreSQL must not
    /// end it as idle in transaction.
    func tryBeginLoad(_ year: Int) throws -> Bool {
        do {
            if let sqlite = connection as? SQLiteDatabase { try sqlite.withoutWaiting { try begin() } } else { try begin() }
        } catch {
            return false
        }
        guard dialect == .postgresql else { return true }
        do {
            try connection.execute("SET LOCAL idle_in_transaction_session_timeout = 0")
            if try connection.rows("SELECT pg_try_advisory_xact_lock(\(loadLockKey(year)))").first?.first ?? nil == "t" { return true }
        } catch {
            rollback()
            throw error
        }
        rollback()
        return false
    }

    /// Inside a year's load: one load of this region's year at a time.
    func lockRegionYear(_ year: Int) throws {
        guard dialect == .postgresql else { return }
        try connection.execute("SELECT pg_advisory_xact_lock(\(loadLockKey(year)))")
    }

    /// The region-year lock's two keys, one expression for both ways of taking it.
    private func loadLockKey(_ year: Int) -> String {
        "hashtext(\(sqlLiteral(SchemaLock.loadKey))), hashtext(\(sqlLiteral("\(refArea) \(year)")))"
    }
}
