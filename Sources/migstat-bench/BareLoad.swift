import CSQLite
import Foundation

/// The floors of a database load: the same slip rows inserted by hand
/// through SQLite's raw C API (one prepared statement, one transaction),
/// and copied into PostgreSQL by `psql \copy`. migstat's load is measured
/// against these, on the same rows, in the same tables.
enum BareLoad {
    /// The slip rows of migstat's staged records, as the table's columns
    /// (`year source_file source_line fate reason` and the slip's own), in
    /// COPY text format: what both floors load.
    static func slipRows(records: String, files: [String], year: String, to path: String) -> Int {
        guard let text = try? String(contentsOfFile: records, encoding: .utf8) else { return 0 }
        var out = ""
        out.reserveCapacity(text.utf8.count + text.utf8.count / 4)
        var rows = 0
        for line in text.split(separator: "\n") where !line.hasPrefix("\\S") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count > 5, let file = Int(f[0]) else { continue }
            // birth_year is an integer column: empty is NULL.
            let own = f[5...].enumerated().map { $0.offset == 4 && $0.element.isEmpty ? "\\N" : String($0.element) }
            out += "\(year)\t\(files[file])\t\(f[1])\t\(f[2])\t\(f[3])\t" + own.joined(separator: "\t") + "\n"
            rows += 1
        }
        try? out.write(toFile: path, atomically: false, encoding: .utf8)
        return rows
    }

    /// Inserts the rows of a COPY file into `migration_slip` of an existing SQLite database; returns seconds.
    static func sqlite(database: String, rows path: String) -> Double {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return 0 }
        let lines = text.split(separator: "\n")
        var db: OpaquePointer?
        sqlite3_open(database, &db)
        defer { sqlite3_close(db) }
        sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL", nil, nil, nil)
        let started = Date()
        sqlite3_exec(db, "BEGIN", nil, nil, nil)
        var statement: OpaquePointer?
        let columns = 14
        let sql = "INSERT INTO migration_slip VALUES (" + Array(repeating: "?", count: columns).joined(separator: ",") + ")"
        sqlite3_prepare_v2(db, sql, -1, &statement, nil)
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for line in lines {
            var i: Int32 = 1
            for field in line.split(separator: "\t", omittingEmptySubsequences: false) {
                if field == "\\N" { sqlite3_bind_null(statement, i) } else {
                    var s = String(field)
                    s.withUTF8 { b in b.withMemoryRebound(to: CChar.self) { _ = sqlite3_bind_text(statement, i, $0.baseAddress, Int32($0.count), transient) } }
                }
                i += 1
            }
            sqlite3_step(statement)
            sqlite3_reset(statement)
        }
        sqlite3_finalize(statement)
        sqlite3_exec(db, "COMMIT", nil, nil, nil)
        return Date().timeIntervalSince(started)
    }
}
