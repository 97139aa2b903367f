import Crypto
import Foundation

/// `db check` for the record tables: the rows a year's load inserted, made
/// again from the records normalise staged (`records.tsv`, sealed to its
/// counts), against the rows the tables hold now. Each row is compared whole
/// (every column as the load stores it: integers as numbers or NULL, text
/// unescaped, a NUL as U+FFFD) by its file and line, so a hand edit of any column of any
/// record is found and named, whatever the feed: no feed's figures are
/// re-derived here. A digest per row keeps a year of a million records in
/// tens of megabytes; the table is read in pages along its primary key.
extension UnifiedDatabase {
    func checkRecords(year: Int, quality: QualityReport, workspace: Workspace, pageSize: Int = 20_000) throws -> [String] {
        var problems: [String] = []
        for plugin in FeedRegistry.all {
            var staged = StagedRows(files: [], rows: [:])
            if let q = quality.feeds[plugin.name], q.records.read > 0 {
                do {
                    staged = try StagedRows.read(plugin: plugin, refArea: refArea, year: year, workspace: workspace)
                } catch {
                    problems.append("\(plugin.name): the record tables cannot be checked: \(error)")
                    continue
                }
            }
            for recordTable in plugin.recordTables {
                problems += try compare(DatabaseSchema.records(recordTable), year: year, with: staged, name: recordTable.name, pageSize: pageSize)
            }
        }
        return problems
    }

    private func compare(_ t: DatabaseSchema.Table, year: Int, with staged: StagedRows, name: String, pageSize: Int) throws -> [String] {
        var missing = staged.rows[name] ?? [:]
        let index = Dictionary(staged.files.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var differing: [String] = [], extra: [String] = []
        let columns = t.columns.map(\.name).joined(separator: ", ")
        var after: [String?]?
        while true {
            let cursor = after.map { " AND (source_file, source_line) > (\(sqlLiteral($0[2] ?? "")), \(Self.sqlValue($0[3])))" } ?? ""
            let page = try connection.rows("""
                SELECT \(columns) FROM \(table(t)) WHERE \(scope(year).rows())\(cursor) ORDER BY source_file, source_line LIMIT \(pageSize)
                """)
            for row in page {
                let place = "\(row[2] ?? "NULL"):\(row[3] ?? "NULL")"
                guard let file = row[2].flatMap({ index[$0] }), let line = row[3].flatMap({ Int($0) }),
                      let want = missing.removeValue(forKey: StagedRows.key(file: file, line: line)) else {
                    extra.append(place)
                    continue
                }
                if RowDigest(row) != want { differing.append(place) }
            }
            guard page.count == pageSize else { break }
            after = page.last
        }
        var problems: [String] = []
        func say(_ places: [String], _ what: String) {
            guard let first = places.min() else { return }
            problems.append("\(name): \(places.count) \(what) (first: \(first))")
        }
        say(differing, "rows differ from the staged records (edited by hand?)")
        say(extra, "rows are not among the staged records")
        say(missing.keys.map { "\(staged.files[Int($0 >> 32)]):\($0 & 0xFFFF_FFFF)" }, "staged records are missing")
        return problems
    }

    /// A value the cursor compares with: a number as a number, anything else (edited) as text.
    private static func sqlValue(_ text: String?) -> String {
        guard let text else { return "NULL" }
        return Int(text).map(String.init) ?? sqlLiteral(text)
    }
}

/// The rows a year's staged records load as, by record table, file and line.
struct StagedRows {
    /// The year's input files in staging's order (records name them by index).
    var files: [String]
    /// Record table → (file index << 32 | line) → the row's digest.
    var rows: [String: [Int64: RowDigest]]

    static func key(file: Int, line: Int) -> Int64 { Int64(file) << 32 | Int64(line) }

    static func read(plugin: FeedPlugin, refArea: String, year: Int, workspace: Workspace) throws -> StagedRows {
        let feed = plugin.name, path = workspace.records(year, feed)
        let rerun = "rerun `migstat run --year \(year) --force`"
        guard FileManager.default.fileExists(atPath: path) else {
            throw MigstatError.io("the staged records are missing (output/.staging removed?); \(rerun)")
        }
        let files = try JSONFile.read([InputFile].self, from: workspace.inventory(year, feed), stage: "run --year \(year) --force").map(\.path)
        let reader = try StagingReader(path: path, seal: NormaliseStage.seal(workspace: workspace, year: year, feed: feed),
                                       stage: "`migstat run --year \(year) --force`")
        let tables = Dictionary(plugin.recordTables.map { ($0.name, DatabaseSchema.records($0)) }, uniquingKeysWith: { a, _ in a })
        var out = StagedRows(files: files, rows: [:])
        while let f = try reader.next() {
            // The table's columns are the record table's after ref_area, year, source_file, source_line, fate and reason.
            guard let r = RecordLine(staged: f), let t = tables[r.table], t.columns.count == 6 + r.values.count,
                  files.indices.contains(r.file) else {
                throw MigstatError.io("\(path) is damaged; \(rerun)")
            }
            let values = [refArea, String(year), files[r.file], String(r.line), r.fate.rawValue, r.reason?.rawValue ?? ""] + r.values
            let row = zip(t.columns, values).map { column, value in
                column.kind == .integer ? Self.integer(value) : column.emptyIsNull && value.isEmpty ? nil : StoredText.withoutNUL(value)
            }
            out.rows[r.table, default: [:]][key(file: r.file, line: r.line)] = RowDigest(row)
        }
        return out
    }

    /// An integer column's value as the load stores it (`StagedField.integer`): the number, or NULL.
    static func integer(_ text: String) -> String? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { b in StagedField.integer(UnsafeBufferPointer(b), 0..<b.count).map { String($0) } }
    }
}

/// 128 bits of a row's sha256: every value with its length, NULL apart from "".
struct RowDigest: Hashable {
    let a: UInt64, b: UInt64

    init(_ row: [String?]) {
        var hasher = SHA256()
        for value in row {
            guard let value else { hasher.update(data: [0]); continue }
            var length = UInt32(value.utf8.count).littleEndian
            hasher.update(data: [1])
            withUnsafeBytes(of: &length) { hasher.update(bufferPointer: $0) }
            hasher.update(data: Array(value.utf8))
        }
        let bytes = Array(hasher.finalize())
        a = bytes[0..<8].reduce(0) { $0 << 8 | UInt64($1) }
        b = bytes[8..<16].reduce(0) { $0 << 8 | UInt64($1) }
    }
}
