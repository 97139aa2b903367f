import CSQLite
import Foundation

/// The floors of a database load: the rows migstat's load inserts into a
/// record table, inserted by hand through SQLite's raw C API (one prepared
/// statement, one transaction, the values bound from memory) and copied into
/// PostgreSQL by `psql \copy`. The table's layout is read from the live
/// database after `migstat db init`, so the floors load the same rows into
/// the same table whatever the schema looks like.
enum BareLoad {
    /// A record table as the database stores it: its name and columns, in order.
    struct Layout {
        var table: String
        var columns: [(name: String, integer: Bool, nullable: Bool)]
    }

    /// One value of a row: an integer, NULL, or text (a range of `Rows.text`).
    enum Value { case integer(Int64), null, text(Range<Int>) }

    /// Every row, decoded before any clock starts.
    struct Rows {
        var layout: Layout
        var values: [Value] = []
        var text: [UInt8] = []
        var count: Int { layout.columns.isEmpty ? 0 : values.count / layout.columns.count }
    }

    /// The record table migstat stores `table`'s rows in: `<table>_stored`
    /// when the contract's name is a view over it, else `table` itself.
    static func sqliteLayout(database: String, table: String) -> Layout? {
        var db: OpaquePointer?
        guard sqlite3_open_v2(database, &db, SQLITE_OPEN_READONLY, nil) == SQLITE_OK else { return nil }
        defer { sqlite3_close(db) }
        func query(_ sql: String) -> [[String]] {
            var statement: OpaquePointer?
            guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK else { return [] }
            defer { sqlite3_finalize(statement) }
            var out: [[String]] = []
            while sqlite3_step(statement) == SQLITE_ROW {
                out.append((0..<sqlite3_column_count(statement)).map { sqlite3_column_text(statement, $0).map { String(cString: $0) } ?? "" })
            }
            return out
        }
        for name in [table + "_stored", table] where !query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '\(name)'").isEmpty {
            return Layout(table: name, columns: query("SELECT name, type, \"notnull\" FROM pragma_table_info('\(name)') ORDER BY cid").map {
                ($0[0], $0[1].uppercased().contains("INT"), $0[2] == "0")
            })
        }
        return nil
    }

    /// The same for PostgreSQL's `records` schema, through psql.
    static func postgresLayout(url: String, table: String) -> Layout? {
        for name in [table + "_stored", table] {
            let columns = psql(url, ["SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema = 'records' "
                                    + "AND table_name = '\(name)' AND '\(name)' IN (SELECT tablename FROM pg_tables WHERE schemaname = 'records') "
                                    + "ORDER BY ordinal_position"])
            guard let columns, !columns.isEmpty else { continue }
            return Layout(table: "records.\(name)", columns: columns.map { ($0[0], $0[1].contains("int"), $0[2] == "YES") })
        }
        return nil
    }

    /// The last query's rows of `commands`, run in one psql session
    /// (tab-separated, unaligned); nil when psql fails.
    static func psql(_ url: String, _ commands: [String]) -> [[String]]? {
        let out = "\(NSTemporaryDirectory())/migstat-bench-psql-\(getpid()).out"
        defer { unlink(out) }
        let m = Measure.once(["sh", "-c", "url=$1; shift; psql \"$url\" -X -q -v ON_ERROR_STOP=1 -At -F '\t' \"$@\" > \(out)", "sh", url]
                             + commands.flatMap { ["-c", $0] })
        guard m.status == 0, let text = try? String(contentsOfFile: out, encoding: .utf8) else { return nil }
        return text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    /// The rows migstat's load makes of a feed's staged records (`file line
    /// fate reason table value…`, Records/RecordLine.swift) for `layout`:
    /// each column by its name (`ref_area`, `year`, `source_file` as the
    /// path, or as the file's place in files.json in an integer column,
    /// `source_line`, `fate`, `reason`), then the record's values in order.
    /// Integer columns take NULL where the value is no integer, as migstat's
    /// do; an empty `reason` is NULL where the live column is nullable.
    static func rows(records: String, table: String, files: [String], refArea: String, year: String, layout: Layout) -> Rows? {
        guard let data = FileManager.default.contents(atPath: records) else { return nil }
        let common = ["ref_area", "year", "source_file", "source_file_no", "source_line", "fate", "reason"]
        let own = layout.columns.filter { !common.contains($0.name) }.count
        var rows = Rows(layout: layout)
        rows.text.reserveCapacity(data.count)
        let tableName = Array(table.utf8)
        return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Rows? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                defer { start = end + 1 }
                if bytes[start] == 0x5C { continue }   // the seal line `\S`
                var fields: [Range<Int>] = []
                var f = start
                for k in start...end where k == end || bytes[k] == 0x09 { fields.append(f..<k); f = k + 1 }
                guard fields.count == 5 + own else { return nil }
                guard bytes[fields[4]].elementsEqual(tableName) else { continue }
                guard let file = integer(bytes, fields[0]), file >= 0, Int(file) < files.count else { return nil }
                var next = 5
                for column in layout.columns {
                    let value: Value
                    switch column.name {
                    case "ref_area": value = add(Array(refArea.utf8), to: &rows.text)
                    case "year": value = .integer(Int64(year)!)
                    // The file as its path, or as its number where the column holds one.
                    case "source_file", "source_file_no":
                        value = column.integer ? .integer(file) : add(Array(files[Int(file)].utf8), to: &rows.text)
                    case "source_line": value = integer(bytes, fields[1]).map(Value.integer) ?? .null
                    case "fate": value = add(Array(bytes[fields[2]]), to: &rows.text)
                    // Not rejected: no reason, NULL where the column may hold one (SQL's empty value), else ''.
                    case "reason": value = column.nullable && fields[3].isEmpty ? .null : add(Array(bytes[fields[3]]), to: &rows.text)
                    default:
                        let r = fields[next]
                        next += 1
                        value = column.integer ? (integer(bytes, r).map(Value.integer) ?? .null) : add(unescape(bytes[r]), to: &rows.text)
                    }
                    rows.values.append(value)
                }
            }
            return rows
        }
    }

    private static func add(_ text: [UInt8], to buffer: inout [UInt8]) -> Value {
        buffer.append(contentsOf: text)
        return .text((buffer.count - text.count)..<buffer.count)
    }

    private static func integer(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int64? {
        Int64(String(decoding: bytes[r], as: UTF8.self))
    }

    /// Staging's escapes (`\\`, `\t`, `\n`, `\r`) undone.
    private static func unescape(_ field: Slice<UnsafeBufferPointer<UInt8>>) -> [UInt8] {
        guard field.contains(0x5C) else { return Array(field) }
        var out: [UInt8] = [], escaped = false
        for b in field {
            if escaped {
                out.append(b == UInt8(ascii: "t") ? 0x09 : b == UInt8(ascii: "n") ? 0x0A : b == UInt8(ascii: "r") ? 0x0D : b)
                escaped = false
            } else if b == 0x5C { escaped = true } else { out.append(b) }
        }
        return out
    }

    /// The rows in COPY's text format, for `psql \copy`.
    static func writeCopy(_ rows: Rows, to path: String) -> Bool {
        var out: [UInt8] = []
        out.reserveCapacity(rows.text.count + rows.values.count * 4)
        let width = rows.layout.columns.count
        for (k, value) in rows.values.enumerated() {
            switch value {
            case .null: out += Array("\\N".utf8)
            case .integer(let n): out += Array(String(n).utf8)
            case .text(let r):
                for b in rows.text[r] {
                    switch b {
                    case 0x5C: out += [0x5C, 0x5C]
                    case 0x09: out += [0x5C, UInt8(ascii: "t")]
                    case 0x0A: out += [0x5C, UInt8(ascii: "n")]
                    case 0x0D: out += [0x5C, UInt8(ascii: "r")]
                    default: out.append(b)
                    }
                }
            }
            out.append(k % width == width - 1 ? 0x0A : 0x09)
        }
        return FileManager.default.createFile(atPath: path, contents: Data(out))
    }

    /// Inserts the rows into an existing SQLite database with one prepared
    /// statement of sixteen rows (and one of one for the rest) in one transaction, as migstat opens its file (WAL, foreign
    /// keys on, synchronous NORMAL, a 64 MiB cache), and closes it; the
    /// seconds, or nil on an error. The close is timed too: it checkpoints the
    /// WAL into the file, as the close of migstat's load does.
    static func sqlite(database: String, rows: Rows) -> Double? {
        let started = Date()
        guard insertAndClose(database: database, rows: rows) else { return nil }
        return Date().timeIntervalSince(started)
    }

    private static func insertAndClose(database: String, rows: Rows) -> Bool {
        var db: OpaquePointer?
        guard sqlite3_open(database, &db) == SQLITE_OK else { return false }
        defer { sqlite3_close(db) }
        sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536", nil, nil, nil)
        guard sqlite3_exec(db, "BEGIN", nil, nil, nil) == SQLITE_OK else { return false }
        // Sixteen rows per statement, as migstat's load steps them (SQLiteInserter): a floor of the same work.
        let columns = rows.layout.columns, width = columns.count, perStatement = 16
        let tuple = "(" + Array(repeating: "?", count: width).joined(separator: ", ") + ")"
        let insert = "INSERT OR FAIL INTO \(rows.layout.table) (\(columns.map(\.name).joined(separator: ", "))) VALUES "
        var batch: OpaquePointer?, single: OpaquePointer?
        defer { sqlite3_finalize(batch); sqlite3_finalize(single) }   // before the close above: deferred in reverse
        guard sqlite3_prepare_v2(db, insert + Array(repeating: tuple, count: perStatement).joined(separator: ", "), -1, &batch, nil) == SQLITE_OK,
              sqlite3_prepare_v2(db, insert + tuple, -1, &single, nil) == SQLITE_OK else {
            print("  bare SQLite insert: \(String(cString: sqlite3_errmsg(db)))")
            return false
        }
        let whole = rows.count / perStatement * perStatement
        let ok = rows.text.withUnsafeBufferPointer { text -> Bool in
            let base = UnsafeRawPointer(text.baseAddress!).assumingMemoryBound(to: CChar.self)
            for row in 0..<rows.count {
                let statement = row < whole ? batch : single
                var i = Int32(row < whole ? row % perStatement * width + 1 : 1)
                for value in rows.values[(row * width)..<((row + 1) * width)] {
                    switch value {
                    case .null: sqlite3_bind_null(statement, i)
                    case .integer(let n): sqlite3_bind_int64(statement, i, n)
                    case .text(let r): sqlite3_bind_text(statement, i, base + r.lowerBound, Int32(r.count), nil)   // static: the bytes outlive the step
                    }
                    i += 1
                }
                if row >= whole || row % perStatement == perStatement - 1 {
                    guard sqlite3_step(statement) == SQLITE_DONE else { print("  bare SQLite insert: \(String(cString: sqlite3_errmsg(db)))"); return false }
                    sqlite3_reset(statement)
                }
            }
            return true
        }
        return ok && sqlite3_exec(db, "COMMIT", nil, nil, nil) == SQLITE_OK
    }

    /// A count from SQLite; nil when the query fails.
    static func sqliteCount(database: String, _ sql: String) -> Int? {
        var db: OpaquePointer?
        guard sqlite3_open_v2(database, &db, SQLITE_OPEN_READONLY, nil) == SQLITE_OK else { return nil }
        defer { sqlite3_close(db) }
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK else { return nil }
        defer { sqlite3_finalize(statement) }
        return sqlite3_step(statement) == SQLITE_ROW ? Int(sqlite3_column_int64(statement, 0)) : nil
    }

    /// The rows of `year` in `table` that one database holds and the other
    /// does not, both ways (the bare load's rows against migstat's); nil on an error.
    static func sqliteDiffering(database: String, other: String, table: String, year: String) -> Int? {
        var db: OpaquePointer?
        guard sqlite3_open_v2(database, &db, SQLITE_OPEN_READONLY, nil) == SQLITE_OK else { return nil }
        defer { sqlite3_close(db) }
        let escaped = other.replacingOccurrences(of: "'", with: "''")
        guard sqlite3_exec(db, "ATTACH DATABASE '\(escaped)' AS other", nil, nil, nil) == SQLITE_OK else { return nil }
        let mine = "SELECT * FROM main.\(table) WHERE year = \(year)", theirs = "SELECT * FROM other.\(table) WHERE year = \(year)"
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(db, "SELECT (SELECT count(*) FROM (\(mine) EXCEPT \(theirs))) + (SELECT count(*) FROM (\(theirs) EXCEPT \(mine)))",
                                 -1, &statement, nil) == SQLITE_OK else { return nil }
        defer { sqlite3_finalize(statement) }
        return sqlite3_step(statement) == SQLITE_ROW ? Int(sqlite3_column_int64(statement, 0)) : nil
    }

    /// The same in PostgreSQL: the COPY file read into a temporary table of
    /// the same layout beside the rows migstat loaded, compared both ways.
    static func postgresDiffering(url: String, layout: Layout, copyFile: String, year: String) -> Int? {
        let columns = layout.columns.map(\.name).joined(separator: ", ")
        let mine = "SELECT \(columns) FROM \(layout.table) WHERE year = \(year)", theirs = "SELECT \(columns) FROM bare_rows"
        return psql(url, ["CREATE TEMPORARY TABLE bare_rows AS SELECT \(columns) FROM \(layout.table) WITH NO DATA",
                          "\\copy bare_rows (\(columns)) FROM '\(copyFile)'",
                          "SELECT (SELECT count(*) FROM (\(mine) EXCEPT ALL \(theirs)) a) + (SELECT count(*) FROM (\(theirs) EXCEPT ALL \(mine)) b)"])?
            .first.flatMap { Int($0[0]) }
    }
}
