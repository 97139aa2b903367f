import CLibPQ
import Foundation

/// PostgreSQL through libpq: statements with `PQexec`, bulk loads with
/// `COPY ... FROM STDIN` in text format. The password comes from libpq's own
/// places (`PGPASSWORD`, `~/.pgpass`), never from migstat's command line.
final class PostgresDatabase: DatabaseConnection {
    private var connection: OpaquePointer?
    /// The URL with every secret shown as `***`, for messages.
    let shownURL: String
    /// The server's warnings go to the log through this (`DatabaseNotices`).
    private var notices: Unmanaged<DatabaseNotices.Receiver>?
    var dialect: SQLDialect { .postgresql }
    /// How long a statement waits for a lock before the run gives up (`LockWait`).
    private(set) var lockTimeout = LockWait.defaultTimeout

    init(url: String) throws {
        shownURL = PostgresURL.redacted(url)
        connection = PQconnectdb(url)
        guard PQstatus(connection) == CONNECTION_OK else {
            let message = String(cString: PQerrorMessage(connection)).trimmingCharacters(in: .whitespacesAndNewlines)
            PQfinish(connection)
            connection = nil
            let hint = message.contains("password")
                ? "check the password in ~/.pgpass or PGPASSWORD for this user"
                : "check that the server runs and the URL names it"
            throw DatabaseError.unavailable("cannot connect to \(shownURL): \(message); \(hint)")
        }
        notices = DatabaseNotices.install(on: connection!, database: shownURL)
        try execute("SET client_min_messages = warning; SET client_encoding = 'UTF8'")
        lockTimeout = try LockWait.setTimeout(self)
    }

    deinit { close() }

    func close() {
        if let connection { PQfinish(connection) }
        connection = nil
        notices?.release()   // after PQfinish: libpq calls the receiver no more
        notices = nil
    }

    private func check(_ result: OpaquePointer?, _ what: String) throws {
        let status = PQresultStatus(result)
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_COPY_IN else {
            let message = String(cString: PQresultErrorMessage(result)).trimmingCharacters(in: .whitespacesAndNewlines)
            let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) } ?? ""
            // The context of a lock wait, read while the result is still ours (PQclear frees it).
            let context = PQresultErrorField(result, Int32(UInt8(ascii: "W"))).map { String(cString: $0) } ?? ""
            PQclear(result)
            // 57P01..57P03: the server shuts down or terminated this backend; 08xxx: the connection failed.
            if PQstatus(connection) != CONNECTION_OK || state.hasPrefix("57P") || state.hasPrefix("08") {
                throw DatabaseError.unavailable("lost the connection to \(shownURL): \(message); the year keeps its previous load: run again when the server is back")
            }
            // 55P03: lock_timeout ran out; 40P01: a deadlock the server broke.
            if state == "55P03" || state == "40P01" {
                throw DatabaseError.unavailable(LockWait.message(database: shownURL, statement: what, context: context,
                                                                 timeout: lockTimeout, deadlock: state == "40P01"))
            }
            // 42501: insufficient privilege.
            if state == "42501" {
                throw DatabaseError.unavailable("\(shownURL): \(message); connect as the loader role (migstat_loader), "
                    + "or, for a region's own login role, ask the administrator to map it to this ref_area "
                    + "(statistics.region_loader) and to run `migstat db init` after an upgrade of migstat")
            }
            throw DatabaseError.failed("\(what): \(message)")
        }
    }

    func execute(_ sql: String) throws {
        let result = PQexec(connection, sql)
        try check(result, String(sql.prefix(80)))
        PQclear(result)
    }

    func rows(_ sql: String) throws -> [[String?]] {
        let result = PQexec(connection, sql)
        try check(result, String(sql.prefix(80)))
        defer { PQclear(result) }
        return (0..<PQntuples(result)).map { r in
            (0..<PQnfields(result)).map { c in
                PQgetisnull(result, r, c) == 1 ? nil : String(cString: PQgetvalue(result, r, c))
            }
        }
    }

    func bulkInsert(into table: String, columns: [SQLColumn], _ fill: (BulkRowSink) throws -> Void) throws {
        // A region's own role is held to its rows, and COPY refuses a table that holds it so (RegionCopy).
        if try rowSecurityActive(on: table) { return try copyThroughScratch(into: table, columns: columns, fill) }
        try copy(into: table, columns: columns, fill)
    }

    /// `COPY table FROM STDIN` of the rows `fill` gives.
    func copy(into table: String, columns: [SQLColumn], _ fill: (BulkRowSink) throws -> Void) throws {
        let sql = "COPY \(table) (\(columns.map(\.name).joined(separator: ", "))) FROM STDIN"
        let started = PQexec(connection, sql)
        try check(started, sql)
        PQclear(started)   // PGRES_COPY_IN: its result is ours to free
        let sink = Copier(database: self, columns: columns)
        do {
            try fill(sink)
            try sink.flush()
        } catch {
            _ = PQputCopyEnd(connection, "migstat stopped the load")
            while let r = PQgetResult(connection) { PQclear(r) }
            throw error
        }
        guard PQputCopyEnd(connection, nil) == 1 else { throw failure("COPY \(table)") }
        while let result = PQgetResult(connection) { try check(result, "COPY \(table)"); PQclear(result) }
    }

    fileprivate var lastError: String { String(cString: PQerrorMessage(connection)).trimmingCharacters(in: .whitespacesAndNewlines) }

    /// What failed, and whether the server went away (a server stopped or a
    /// backend terminated during a load) or a statement failed.
    fileprivate func failure(_ what: String) -> DatabaseError {
        if PQstatus(connection) != CONNECTION_OK {
            return .unavailable("lost the connection to \(shownURL) (\(what): \(lastError)); the year keeps its previous load: run again when the server is back")
        }
        return .failed("\(what): \(lastError)")
    }

    fileprivate func send(_ bytes: [UInt8]) throws {
        let rc = bytes.withUnsafeBufferPointer { b in
            b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) { PQputCopyData(connection, $0, Int32(b.count)) }
        }
        guard rc == 1 else { throw failure("COPY") }
    }

    /// Rows in COPY's text format: tab-separated, `\N` for NULL, and `\`,
    /// tab, LF and CR escaped; sent in 1 MiB pieces.
    private final class Copier: BulkRowSink {
        unowned let database: PostgresDatabase
        let columns: [SQLColumn]
        @exclusivity(unchecked) var buffer: [UInt8] = []

        init(database: PostgresDatabase, columns: [SQLColumn]) {
            self.database = database; self.columns = columns
            buffer.reserveCapacity(1 << 20 + 4096)
        }

        func row(_ values: [String]) throws {
            for (i, column) in columns.enumerated() {
                if i > 0 { buffer.append(0x09) }
                guard let value = column.storedValue(i < values.count ? values[i] : "") else {
                    buffer.append(0x5C); buffer.append(UInt8(ascii: "N"))
                    continue
                }
                append(value)
            }
            try endRow()
        }

        private func endRow() throws {
            buffer.append(0x0A)
            if buffer.count >= 1 << 20 { try flush() }
        }

        /// COPY's text escapes are staging's (docs/staging-format.md).
        private func append(_ value: String) {
            if value.utf8.contains(0) { StagingFormat.appendEscaped(StoredText.withoutNUL(value.utf8), to: &buffer); return }
            StagingFormat.appendEscaped(value.utf8, to: &buffer)
        }

        /// Staged fields are copied as they are: staging's escapes are COPY's.
        func row(leading: LeadingValues, staged line: UnsafeBufferPointer<UInt8>, fields: ArraySlice<Range<Int>>) throws {
            if leading.encoded == nil {
                let start = buffer.count
                for (i, text) in leading.values.enumerated() {
                    if i > 0 { buffer.append(0x09) }
                    if let v = columns[i].storedValue(text) { append(v) } else { buffer.append(0x5C); buffer.append(UInt8(ascii: "N")) }
                }
                leading.encoded = Array(buffer[start...])
            } else {
                buffer.append(contentsOf: leading.encoded!)
            }
            var c = leading.values.count
            let hasNUL = StoredText.hasNUL(line)
            for r in fields {
                if c > 0 { buffer.append(0x09) }
                if (columns[c].kind == .integer && StagedField.integer(line, r) == nil) || (columns[c].emptyIsNull && r.isEmpty) {
                    buffer.append(0x5C); buffer.append(UInt8(ascii: "N"))
                } else if hasNUL {
                    buffer.append(contentsOf: StoredText.withoutNUL(UnsafeBufferPointer(rebasing: line[r])))
                } else {
                    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: line[r]))
                }
                c += 1
            }
            try endRow()
        }

        func flush() throws {
            guard !buffer.isEmpty else { return }
            try database.send(buffer)
            buffer.removeAll(keepingCapacity: true)
        }
    }
}
