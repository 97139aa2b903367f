import Foundation
@testable import MigstatCore
import XCTest

/// A statistic's value in SQLite (SQLiteNumber): bound as INTEGER, REAL or
/// TEXT into a column of no affinity, it reads back as the same decimal,
/// whatever its digits; ordinary values stay numbers an analyst adds and sorts.
final class SQLiteNumberTests: XCTestCase {
    private var scratch: Scratch!
    private var db: SQLiteDatabase!

    override func setUpWithError() throws {
        scratch = Scratch()
        db = try SQLiteDatabase(path: scratch.root.appendingPathComponent("t.sqlite").path)
        let column = SQLColumn("obs_value", .numeric)
        try db.execute("CREATE TABLE t (k INTEGER, \(column.name) \(column.typeName(.sqlite)))")
    }

    override func tearDown() { db.close() }

    /// Binds `values` through the bulk path, then reads each back with its storage type.
    private func roundTrip(_ values: [String]) throws -> [(text: String?, type: String)] {
        try db.execute("DELETE FROM t")
        try db.bulkInsert(into: "t", columns: [SQLColumn("k", .integer), SQLColumn("obs_value", .numeric)]) { sink in
            for (k, v) in values.enumerated() { try sink.row([String(k), v]) }
        }
        return try db.rows("SELECT obs_value, typeof(obs_value) FROM t ORDER BY k").map { ($0[0], $0[1]!) }
    }

    func testEachValueIsStoredAsTheTypeThatKeepsIt() throws {
        let cases: [(String, String?, String)] = [
            ("", nil, "null"),
            ("42", "42", "integer"), ("-7", "-7", "integer"), ("0012", "12", "integer"), ("12.0", "12", "integer"),
            ("9223372036854775807", "9223372036854775807", "integer"),
            ("3527.83", "3527.83", "real"), ("-0.5", "-0.5", "real"), ("0.0001", "0.0001", "real"), ("12.50", "12.5", "real"),
            ("1234567890123.45", "1234567890123.45", "real"),   // 15 significant digits: a double keeps them
            ("20000000003527.83", "20000000003527.83", "text"),   // 16: a NUMERIC column read it back as …527.8
            ("20000000000000.01", "20000000000000.01", "text"),
            ("9223372036854775808", "9223372036854775808", "text"),   // beyond 64 bits
            ("0.00001", "0.00001", "text"),   // SQLite would print 1.0e-05
            ("237x", "237x", "text"),          // not a number: kept as given, db check names it
        ]
        let got = try roundTrip(cases.map(\.0))
        for (k, c) in cases.enumerated() {
            XCTAssertEqual(got[k].text, c.1, c.0)
            XCTAssertEqual(got[k].type, c.2, c.0)
        }
    }

    /// Random decimals of 1 to 22 digits with 0 to 6 decimals, either sign:
    /// every one reads back as its one spelling, through SQLite's own printing.
    func testEveryDecimalReadsBackExactly() throws {
        var random = SeededGenerator(seed: 25)
        var values: [String] = []
        for _ in 0..<5000 {
            let digits = Int.random(in: 1...22, using: &random), decimals = Int.random(in: 0...min(6, digits), using: &random)
            var text = String((0..<digits).map { _ in Character(String(Int.random(in: 0...9, using: &random))) })
            if decimals > 0 { text.insert(".", at: text.index(text.endIndex, offsetBy: -decimals)) }
            if text.hasPrefix(".") { text = "0" + text }
            values.append(Bool.random(using: &random) ? "-" + text : text)
        }
        let got = try roundTrip(values)
        for (k, v) in values.enumerated() { XCTAssertEqual(got[k].text, DecimalValue.canonical(v), "\(v) stored as \(got[k].type)") }
        XCTAssertTrue(got.contains { $0.type == "text" } && got.contains { $0.type == "real" } && got.contains { $0.type == "integer" })
    }

    /// What analysts do with ordinary values (counts, money of up to 15 digits):
    /// they are numbers, so SUM, ORDER BY and comparisons behave as on NUMERIC.
    func testOrdinaryValuesAddSortAndCompareAsNumbers() throws {
        _ = try roundTrip(["100", "9.5", "20", "1234.25", "-3", "0.75"])
        XCTAssertEqual(try db.rows("SELECT SUM(obs_value) FROM t"), [["1361.5"]])
        XCTAssertEqual(try db.rows("SELECT obs_value FROM t ORDER BY obs_value").map { $0[0]! }, ["-3", "0.75", "9.5", "20", "100", "1234.25"])
        XCTAssertEqual(try db.rows("SELECT COUNT(*) FROM t WHERE obs_value > 10"), [["3"]])
        XCTAssertEqual(try db.rows("SELECT COUNT(*) FROM t WHERE obs_value IN (9.5, 20)"), [["2"]])
    }
}
