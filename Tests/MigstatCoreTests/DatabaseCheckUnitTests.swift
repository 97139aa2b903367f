import Foundation
@testable import MigstatCore
import XCTest

/// `db check`'s parts on their own: numbers compared as exact decimals, and
/// the record tables read page by page against the staged records.
final class DatabaseCheckUnitTests: XCTestCase {
    func testADecimalHasOneSpellingAndNothingElseIsANumber() {
        let same: [(String, String)] = [("12.50", "12.5"), ("0012", "12"), ("-0", "0"), ("-0.000", "0"), ("7.0", "7"),
                                        ("0.05", "0.05"), ("-3.10", "-3.1"), ("123456789012345678901234", "123456789012345678901234")]
        for (text, canonical) in same { XCTAssertEqual(DecimalValue.canonical(text), canonical, text) }
        for text in ["", "-", ".", "1.", ".5", "1.2.3", "412y", "1425%", "1e3", " 42", "42 ", "+42", "1 425", "0x1F", "٣"] {
            XCTAssertNil(DecimalValue.canonical(text), text)
        }
    }

    func testRowsDifferByValueNotBySpellingInNumberColumnsOnly() {
        let kinds: [SQLColumn.Kind] = [.text, .numeric]
        XCTAssertEqual(UnifiedDatabase.differences("t", [["01", "12.0"]], "f", [["01", "12"]], kinds: kinds), [])
        // A text column keeps its spelling: a code 01 is not 1.
        XCTAssertEqual(UnifiedDatabase.differences("t", [["1", "12"]], "f", [["01", "12"]], kinds: kinds).count, 1)
        // A numeric prefix is not the number.
        let d = UnifiedDatabase.differences("quota", [["A", "990%"]], "quota.csv", [["A", "990"]], kinds: kinds)
        XCTAssertEqual(d, ["quota differs from quota.csv: 1 rows only in the database (first: A,990%); 1 rows only in quota.csv (first: A,990)"])
        // A row twice in the database is a difference, though every row is in the file.
        XCTAssertEqual(UnifiedDatabase.differences("t", [["A", "1"], ["A", "1"]], "f", [["A", "1"]], kinds: kinds).count, 1)
    }

    /// quality_check's key is a check's stable name: the counts a name ends with go to `detail`.
    func testACheckNameLosesItsCountsToItsDetail() {
        let threshold = CheckName("refugees: rejects within threshold (13 of 211, limit 0.5)")
        XCTAssertEqual(threshold, CheckName(name: "refugees: rejects within threshold", detail: "13 of 211, limit 0.5"))
        XCTAssertEqual(threshold.name, CheckName("refugees: rejects within threshold (0 of 9, limit 0.25)").name)
        XCTAssertEqual(threshold.published, "refugees: rejects within threshold (13 of 211, limit 0.5)")
        for whole in ["migration-flows: NET = ARR - DEP", "a (b) c", "(only a detail)", "a ()", "x: f(a (b))", "a (b"] {
            XCTAssertEqual(CheckName(whole), CheckName(name: whole, detail: nil), whole)
        }
    }

    /// A year of demo slips loaded, then read back in pages of a few rows:
    /// every row found once; an edit anywhere, in any column, named by file and line.
    func testRecordTablesAreComparedRowByRowAcrossPages() throws {
        let scratch = Scratch()
        try FileManager.default.createDirectory(atPath: "\(scratch.input)/migration-slips", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: repositoryRoot.appendingPathComponent("input/migration-slips/2002").path,
                                         toPath: "\(scratch.input)/migration-slips/2002")
        try scratch.run(year: 2002)
        let workspace = Workspace(input: scratch.input, output: scratch.output)
        let db = try XCTUnwrap(UnifiedDatabase.open(.sqlite(path: "\(scratch.output)/migstat.sqlite")))
        try db.load(year: 2002, workspace: workspace)
        let quality = try scratch.quality(2002)
        XCTAssertEqual(try db.checkRecords(year: 2002, quality: quality, workspace: workspace, pageSize: 7), [])

        // The 500th slip in the table's order, whatever its fate: a birth year one off.
        let row = try db.connection.rows("SELECT source_file, source_line FROM migration_slip WHERE year = 2002 ORDER BY source_file, source_line LIMIT 1 OFFSET 499")[0]
        try db.connection.execute("UPDATE migration_slip SET birth_year = birth_year + 1 WHERE source_file = '\(row[0]!)' AND source_line = \(row[1]!)")
        XCTAssertEqual(try db.checkRecords(year: 2002, quality: quality, workspace: workspace, pageSize: 7),
                       ["migration_slip: 1 rows differ from the staged records (edited by hand?) (first: \(row[0]!):\(row[1]!))"])

        // A row deleted and one moved to another line: missing, and not among the staged records.
        try db.connection.execute("DELETE FROM migration_slip WHERE year = 2002 AND source_line = 3 AND source_file LIKE '%slips-2002-02.csv'")
        try db.connection.execute("UPDATE migration_slip SET source_line = 100000 WHERE year = 2002 AND source_line = 4 AND source_file LIKE '%slips-2002-02.csv'")
        let problems = try db.checkRecords(year: 2002, quality: quality, workspace: workspace, pageSize: 7)
        XCTAssertEqual(problems.count, 3, "\(problems)")
        XCTAssertTrue(problems.contains("migration_slip: 1 rows are not among the staged records (first: migration-slips/2002/slips-2002-02.csv:100000)"), "\(problems)")
        XCTAssertTrue(problems.contains("migration_slip: 2 staged records are missing (first: migration-slips/2002/slips-2002-02.csv:3)"), "\(problems)")
    }
}
