import Foundation
@testable import MigstatCore
import XCTest

/// The record tables' bulk path into SQLite (SQLiteInserter): staged lines go
/// sixteen to a statement and the rest one by one. Whatever the batch, each
/// row reads back as its line says, in the order the rows came.
final class SQLiteInserterTests: XCTestCase {
    private var scratch: Scratch!
    private var db: SQLiteDatabase!
    private let columns = [SQLColumn("area", .text), SQLColumn("n", .integer), SQLColumn("name", .text),
                           SQLColumn("reason", .text, emptyIsNull: true), SQLColumn("count", .integer)]

    override func setUpWithError() throws {
        scratch = Scratch()
        db = try SQLiteDatabase(path: scratch.root.appendingPathComponent("t.sqlite").path)
        try db.execute("CREATE TABLE t (area TEXT, n INTEGER UNIQUE, name TEXT, reason TEXT, count INTEGER)")
    }

    override func tearDown() { db.close() }

    /// The staged line of row `n`: its name escaped as staging writes it
    /// (`\t`, `\n`, `\r`, `\\`) every third row, with a NUL every seventh,
    /// empty every eleventh (text, not NULL), no reason every other row, and a
    /// count that is no integer every fifth.
    private func staged(_ n: Int) -> (line: String, name: String, reason: String?, count: String?) {
        let name = n % 11 == 0 ? "" : n % 7 == 0 ? "nul\u{0} \(n)" : n % 3 == 0 ? "tab\there\nline\r \\ \(n)" : "name \(n)"
        let escaped = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
        let reason = n % 2 == 0 ? "" : "reason \(n)"
        let count = n % 5 == 0 ? "x" : String(n * 10)
        // A NUL is stored as U+FFFD (StoredText), in SQLite as in PostgreSQL.
        return ("\(n)\t\(escaped)\t\(reason)\t\(count)", name.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}"),
                reason.isEmpty ? nil : reason, n % 5 == 0 ? nil : count)
    }

    func testRowsOfEveryBatchReadBackAsStagedInOrder() throws {
        // 16 × 2 + 5 staged rows, one row of values between them, and 3 staged rows after it;
        // the leading value changes every fifth row, as a record's file does.
        let leadings = [LeadingValues(["KZ-75"]), LeadingValues(["KZ-11"])]
        var expected: [[String?]] = []
        try db.bulkInsert(into: "t", columns: columns) { sink in
            for n in 1...40 {
                if n == 38 {
                    try sink.row(["KZ-75", "1000", "between", "", "7"])
                    expected.append(["KZ-75", "1000", "between", nil, "7"])
                }
                let row = staged(n)
                var bytes = Array(row.line.utf8)
                var fields: [Range<Int>] = []
                var start = 0
                for k in 0...bytes.count where k == bytes.count || bytes[k] == 0x09 { fields.append(start..<k); start = k + 1 }
                try bytes.withUnsafeMutableBufferPointer { buffer in
                    try sink.row(leading: leadings[n / 5 % 2], staged: UnsafeBufferPointer(buffer), fields: fields[...])
                    // The reader reuses its buffer for the next line: a row waiting for its batch must not see it.
                    for k in buffer.indices { buffer[k] = 0x3F }
                }
                expected.append([leadings[n / 5 % 2].values[0], String(n), row.name, row.reason, row.count])
            }
        }
        let found = try db.rows("SELECT area, n, name, reason, count FROM t ORDER BY rowid")
        XCTAssertEqual(found.count, 41)
        XCTAssertEqual(found, expected)
    }

    func testAFailingRowInABatchOrAfterItStopsTheLoadWithAnError() throws {
        // The key 2 twice: within a batch of sixteen, then among the rows after the last batch.
        for keys in [Array(1...10) + [2] + Array(11...20), Array(1...16) + [17, 18, 17]] {
            try db.execute("DELETE FROM t")
            XCTAssertThrowsError(try insert(keys), "keys \(keys)")
        }
        try db.execute("DELETE FROM t")
        XCTAssertNoThrow(try insert(Array(1...19)))
        XCTAssertEqual(try db.rows("SELECT count(*) FROM t"), [["19"]])
    }

    /// OR FAIL keeps the rows before the failing one in its statement: a load's
    /// transaction, rolled back on the error, keeps none of them.
    func testAFailedBatchInATransactionRollsBackWhole() throws {
        try db.execute("BEGIN")
        XCTAssertThrowsError(try insert(Array(21...30) + [25] + Array(31...40)))
        try db.execute("ROLLBACK")
        XCTAssertEqual(try db.rows("SELECT count(*) FROM t"), [["0"]])
    }

    private func insert(_ keys: [Int]) throws {
        let leading = LeadingValues(["KZ-75"])
        try db.bulkInsert(into: "t", columns: columns) { sink in
            for n in keys {
                let line = Array("\(n)\tname\t\t1".utf8), width = String(n).utf8.count
                try line.withUnsafeBufferPointer { buffer in
                    try sink.row(leading: leading, staged: buffer, fields: [0..<width, (width + 1)..<(width + 5), (width + 6)..<(width + 6), (width + 7)..<(width + 8)])
                }
            }
        }
    }
}
