import CSQLite
import Foundation

private let emptyText: UnsafePointer<CChar> = {
    let p = UnsafeMutablePointer<CChar>.allocate(capacity: 1)
    p.pointee = 0
    return UnsafePointer(p)
}()

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

    private func error(_ code: Int32, _ what: String) -> DatabaseError {
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
        // NULLIF: an empty value of an emptyIsNull column is stored as NULL, whichever way the row is bound.
        let values = columns.map { $0.emptyIsNull ? "NULLIF(?, '')" : "?" }
        let sql = "INSERT INTO \(table) (\(columns.map(\.name).joined(separator: ", "))) VALUES (\(values.joined(separator: ", ")))"
        let sink = Inserter(database: self, statement: try prepare(sql), columns: columns)
        defer { sqlite3_finalize(sink.statement) }
        try fill(sink)
    }

    /// One prepared INSERT, bound and stepped per row.
    private final class Inserter: BulkRowSink {
        unowned let database: SQLiteDatabase
        let statement: OpaquePointer?
        let columns: [SQLColumn]

        init(database: SQLiteDatabase, statement: OpaquePointer?, columns: [SQLColumn]) {
            self.database = database; self.statement = statement; self.columns = columns
        }

        func row(_ values: [String]) throws {
            for (i, column) in columns.enumerated() {
                let index = Int32(i + 1)
                let text = i < values.count ? values[i] : ""
                switch column.kind {
                case .integer, .boolean:
                    if column.kind == .boolean {
                        sqlite3_bind_int64(statement, index, text == "true" || text == "1" ? 1 : 0)
                    } else if let n = Int(text) {
                        sqlite3_bind_int64(statement, index, Int64(n))
                    } else {
                        sqlite3_bind_null(statement, index)
                    }
                case .numeric:
                    // Each value as the type that keeps it exact (SQLiteNumber).
                    switch SQLiteNumber(text) {
                    case nil: sqlite3_bind_null(statement, index)
                    case .integer(let n): sqlite3_bind_int64(statement, index, n)
                    case .real(let d): sqlite3_bind_double(statement, index, d)
                    case .text(let t): sqlite3_bind_text(statement, index, StoredText.withoutNUL(t), -1, csqlite_transient())
                    }
                case .timestamp where text.isEmpty:
                    sqlite3_bind_null(statement, index)
                default:
                    var text = StoredText.withoutNUL(text)
                    text.withUTF8 { bytes in
                        bytes.withMemoryRebound(to: CChar.self) { chars in
                            // An empty buffer may have no base address; "" must stay text, not NULL.
                            _ = sqlite3_bind_text(statement, index, chars.baseAddress ?? emptyText, Int32(chars.count), csqlite_transient())
                        }
                    }
                }
            }
            try step()
        }

        private func step() throws {
            let rc = sqlite3_step(statement)
            sqlite3_reset(statement)
            guard rc == SQLITE_DONE else { throw database.error(rc, "insert") }
        }

        @exclusivity(unchecked) private var scratch: [UInt8] = []

        func row(leading: LeadingValues, staged line: UnsafeBufferPointer<UInt8>, fields: ArraySlice<Range<Int>>) throws {
            let bound: BoundValues
            if let made = leading.prepared as? BoundValues { bound = made } else {
                bound = BoundValues(leading.values, columns: columns)
                leading.prepared = bound
            }
            bound.bind(to: statement)
            var index = Int32(leading.values.count + 1)
            var c = leading.values.count
            let hasNUL = StoredText.hasNUL(line)
            for r in fields {
                let column = columns[c]
                if column.kind == .integer {
                    if let n = StagedField.integer(line, r) { sqlite3_bind_int64(statement, index, n) } else { sqlite3_bind_null(statement, index) }
                } else if hasNUL {
                    StagingFormat.unescape(line, r, into: &scratch)
                    scratch = StoredText.withoutNUL(scratch)
                    scratch.withUnsafeBufferPointer { b in
                        b.withMemoryRebound(to: CChar.self) { _ = sqlite3_bind_text(statement, index, $0.baseAddress ?? emptyText, Int32($0.count), csqlite_transient()) }
                    }
                } else if !line[r].contains(0x5C) {
                    // Bound where it lies, not copied (SQLITE_STATIC): the line outlives this row's step.
                    line.baseAddress!.withMemoryRebound(to: CChar.self, capacity: line.count) { base in
                        _ = sqlite3_bind_text(statement, index, r.isEmpty ? emptyText : base + r.lowerBound, Int32(r.count), nil)
                    }
                } else {
                    StagingFormat.unescape(line, r, into: &scratch)
                    scratch.withUnsafeBufferPointer { b in
                        b.withMemoryRebound(to: CChar.self) { _ = sqlite3_bind_text(statement, index, $0.baseAddress ?? emptyText, Int32($0.count), csqlite_transient()) }
                    }
                }
                index += 1
                c += 1
            }
            try step()
        }

    }

    /// The leading values of many rows (a record's region, year and file), as
    /// the columns store them, made once: bound by reference for every row.
    private final class BoundValues {
        private enum Value { case integer(Int64), text(UnsafeMutableBufferPointer<CChar>) }
        private let values: [Value]

        init(_ texts: [String], columns: [SQLColumn]) {
            values = zip(texts, columns).map { text, column in
                if column.kind == .integer, let n = Int64(text) { return .integer(n) }
                let bytes = StoredText.withoutNUL(text.utf8)
                let copy = UnsafeMutableBufferPointer<CChar>.allocate(capacity: max(bytes.count, 1))
                for (k, b) in bytes.enumerated() { copy[k] = CChar(bitPattern: b) }
                return .text(UnsafeMutableBufferPointer(rebasing: copy[0..<bytes.count]))
            }
        }

        deinit {
            for case .text(let b) in values { b.baseAddress?.deallocate() }
        }

        func bind(to statement: OpaquePointer?) {
            for (i, value) in values.enumerated() {
                switch value {
                case .integer(let n): sqlite3_bind_int64(statement, Int32(i + 1), n)
                case .text(let b): sqlite3_bind_text(statement, Int32(i + 1), UnsafePointer(b.baseAddress!), Int32(b.count), nil)
                }
            }
        }
    }
}
