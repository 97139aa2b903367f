import CSQLite
import Foundation

/// The raw SQLite C API behind the one small wrapper migstat needs: the notes
/// measured it at about twice GRDB's insert rate for bulk loads.
final class SQLiteDatabase: DatabaseConnection {
    private var db: OpaquePointer?
    let path: String
    var dialect: SQLDialect { .sqlite }

    /// Opens (creating it if missing, mode 0600 whatever the umask: the
    /// record tables hold personal data) and sets WAL, so a reader can query
    /// while a year loads. `readOnly` opens an existing file only and changes nothing.
    /// `group` (database_group:) makes the file and its journals 0640 with that group (SQLiteFile).
    init(path: String, readOnly: Bool = false, group: DatabaseGroup? = nil) throws {
        self.path = path
        if readOnly {
            guard sqlite3_open_v2(Self.readOnlyURI(path), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI, nil) == SQLITE_OK else {
                let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
                sqlite3_close(db)
                db = nil
                throw DatabaseError.unavailable("cannot open \(path) for reading: \(message); check that this user may read it")
            }
            sqlite3_busy_timeout(db, 30_000)
            return
        }
        try Self.prepareFile(path, group: group)
        // NOFOLLOW: a link put in place after the check above is refused all the same.
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_NOFOLLOW
        guard sqlite3_open_v2(path, &db, flags, nil) == SQLITE_OK else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(db)
            db = nil
            throw DatabaseError.unavailable("cannot open \(path): \(message); check that the file is writable by this user")
        }
        sqlite3_busy_timeout(db, 30_000)
        if group != nil {
            // The group's readers cannot make -wal and -shm in the folder: they outlive this connection, the WAL emptied at its close.
            var persist: Int32 = 1
            sqlite3_file_control(db, "main", SQLITE_FCNTL_PERSIST_WAL, &persist)
            try execute("PRAGMA journal_size_limit=0")
        }
        // A 64 MiB page cache: a year's record tables load with their keys' pages in memory.
        try execute("PRAGMA page_size=16384; PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536;")
        // The WAL, shared-memory and rollback files hold the same data: owner only (or the group's) too.
        try Self.secureCompanions(path, group: group)
    }

    deinit { close() }

    func close() {
        if let db { sqlite3_close_v2(db) }
        db = nil
    }

    func error(_ code: Int32, _ what: String) -> DatabaseError {
        let message = String(cString: sqlite3_errmsg(db))
        switch code & 0xFF {
        case SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM:
            return .unavailable("\(path) cannot be written (\(message)); make it writable by this user or choose another with --database")
        case SQLITE_CORRUPT, SQLITE_NOTADB:
            return .unavailable("\(path) is damaged (\(message)): move it aside (keep it for inspection) and run `migstat db load`, "
                                + "which writes every published year into a new database, or restore it from a backup")
        case SQLITE_FULL, SQLITE_IOERR:
            return .unavailable("\(path) cannot be written (\(message)); free space on its disk, then run again: the next run loads the years it missed")
        case SQLITE_BUSY, SQLITE_LOCKED:
            return .unavailable("\(path) is held by another program (\(message)); let it finish, then run again")
        default:
            return .failed("\(path): \(what): \(message)")
        }
    }

    /// `body` with no wait for a lock another connection holds: busy at once.
    func withoutWaiting<T>(_ body: () throws -> T) rethrows -> T {
        sqlite3_busy_timeout(db, 0)
        defer { sqlite3_busy_timeout(db, 30_000) }
        return try body()
    }

    func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(db, sql, nil, nil, &message)
        defer { sqlite3_free(message) }
        guard rc == SQLITE_OK else { throw error(rc, String(sql.prefix(80))) }
    }

    func rows(_ sql: String) throws -> [[String?]] {
        let statement = try prepare(sql)
        defer { sqlite3_finalize(statement) }
        var out: [[String?]] = []
        while true {
            let rc = sqlite3_step(statement)
            if rc == SQLITE_DONE { return out }
            guard rc == SQLITE_ROW else { throw error(rc, String(sql.prefix(80))) }
            out.append((0..<sqlite3_column_count(statement)).map { i in
                sqlite3_column_type(statement, i) == SQLITE_NULL ? nil : String(cString: sqlite3_column_text(statement, i))
            })
        }
    }

    private func prepare(_ sql: String) throws -> OpaquePointer? {
        var statement: OpaquePointer?
        let rc = sqlite3_prepare_v2(db, sql, -1, &statement, nil)
        guard rc == SQLITE_OK else { throw error(rc, String(sql.prefix(80))) }
        return statement
    }

    func bulkInsert(into table: String, columns: [SQLColumn], _ fill: (BulkRowSink) throws -> Void) throws {
        // Plain parameters: an expression among a multi-row VALUES' (NULLIF) made SQLite keep a statement
        // journal, every page written twice; the inserter binds an emptyIsNull column's empty value as NULL.
        let values = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        // OR FAIL: a failing row stops its statement and leaves the rows before it (every load's
        // transaction then rolls back whole), so the multi-row statement needs no statement journal.
        let insert = "INSERT OR FAIL INTO \(table) (\(columns.map(\.name).joined(separator: ", "))) VALUES "
        let single = try prepare(insert + values)
        let batch: OpaquePointer?
        do { batch = try prepare(insert + Array(repeating: values, count: SQLiteInserter.batchRows).joined(separator: ", ")) } catch {
            sqlite3_finalize(single)
            throw error
        }
        let sink = SQLiteInserter(columns: columns, single: single, batch: batch) { [unowned self] rc in self.error(rc, "insert") }
        defer { sink.finalize() }
        try fill(sink)
        try sink.flush()
    }
}
