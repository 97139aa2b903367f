import Foundation
@testable import MigstatCore
import XCTest

/// Every statistic reads back from the database as its file has it, however
/// many digits it has (DATABASE.md: `obs_value` numeric), in SQLite and in
/// PostgreSQL: the yearly, quarterly and history tables and the revisions
/// view. A NUMERIC column in SQLite turned a value of more than 15
/// significant digits into a REAL (10000000003527.83 read back as
/// 10000000003527.8), and `db check` failed right after a clean run; a
/// database written so by the previous build is upgraded and its year loaded again.
final class ExactNumberTests: XCTestCase {
    /// PAY_BENEFIT QUOTA, thousand tenge: 16 significant digits.
    static let benefit = "10000000003527.83"
    /// The same after the re-sent file (release 2): 10 tenge more.
    static let revisedBenefit = "10000000003527.84"

    /// A repatriates file whose quota families were paid `benefit` thousand
    /// tenge: an amount has at most 12 whole digits and a family's payments
    /// one staged field, so 10,000 payments of 999,999,999,999.99 tenge over
    /// four families, and `rest` more. A non-quota family paid 68.23 thousand.
    static func repatriates(rest: String = "3527930.00") -> String {
        var lines = [#"<?xml version="1.0" encoding="UTF-8"?>"#,
                     #"<Resettlement xmlns="urn:kz:migration-agency:repatriates" year="2003""#,
                     #"              region="KZ-71" generated="2004-01-15T10:00:00">"#,
                     #"  <QuotaPlan families="5" persons="6"/>"#]
        for f in 1...4 {
            lines.append(#"  <Family id="F2003-000\#(f)" arrived="2003-03-0\#(f)" quota="true" origin="MNG">"#)
            lines.append(#"    <Member role="head" sex="M" birthYear="1963"/>"#)
            lines += Array(repeating: #"    <Payment kind="benefit" amount="999999999999.99"/>"#, count: 2500)
            if f == 1 {
                lines.append(#"    <Payment kind="benefit" amount="\#(rest)"/>"#)
                lines.append(#"    <Payment kind="transport" amount="31252.47"/>"#)
            }
            lines.append("  </Family>")
        }
        lines += [#"  <Family id="F2003-0005" arrived="2003-05-02" quota="false" origin="CHN">"#,
                  #"    <Member role="head" sex="F" birthYear="1970"/>"#,
                  #"    <Payment kind="benefit" amount="68225.00"/>"#, "  </Family>", "</Resettlement>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A workdir whose input is that one repatriates file.
    private func workdir() throws -> Workdir {
        let source = FileManager.default.temporaryDirectory.appendingPathComponent("migstat-exact-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: source) }
        let folder = source.appendingPathComponent("repatriates/2003")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(Self.repatriates().utf8).write(to: folder.appendingPathComponent("repatriates-2003.xml"))
        return try Workdir(copying: source)
    }

    /// Re-sends the file (`.v2`) with `rest` as the first family's last benefit.
    private func resend(_ w: Workdir, rest: String) throws {
        try Data(Self.repatriates(rest: rest).utf8).write(to: URL(fileURLWithPath: "\(w.input)/repatriates/2003/repatriates-2003.v2.xml"))
    }

    /// The quota families' benefit in the yearly, quarterly (2003-Q1) and history (release `release`) tables.
    private func benefits(_ c: DatabaseConnection, release: Int = 1) throws -> [String?] {
        let q = { (t: String) in c.dialect == .postgresql ? "statistics.\(t)" : t }
        let row = "measure = 'PAY_BENEFIT' AND basis = 'QUOTA' AND origin = '_T'"
        return try [
            c.rows("SELECT obs_value FROM \(q("repatriates")) WHERE \(row)"),
            c.rows("SELECT obs_value FROM \(q("repatriates_quarterly")) WHERE \(row) AND time_period = '2003-Q1'"),
            c.rows("SELECT obs_value FROM \(q("repatriates_history")) WHERE \(row) AND release_no = \(release)"),
        ].map { $0.first?.first ?? nil }
    }

    /// The file's own value of the quota families' benefit.
    private func published(_ w: Workdir) throws -> String? {
        let csv = try String(contentsOfFile: "\(w.output)/2003/repatriates.csv", encoding: .utf8)
        return csv.split(separator: "\n").first { $0.contains(",PAY_BENEFIT,QUOTA,_T,") }?.split(separator: ",")[6].description
    }

    private func assertClean(_ w: Workdir, _ database: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let run = try Harness.run(["run"] + w.args + ["--database", database])
        XCTAssertEqual(run.status, 0, "\(what): \(run.stderr.suffix(2000))", file: file, line: line)
        let check = try Harness.run(["db", "check"] + w.args + ["--database", database])
        XCTAssertEqual(check.status, 0, "\(what): \(check.stdout)\(check.stderr)", file: file, line: line)
    }

    /// A clean run, `db check`, a re-sent file and its revision, in either database.
    private func assertExact(_ database: String, _ connect: () throws -> DatabaseConnection) throws {
        let w = try workdir()
        try assertClean(w, database, "release 1")
        XCTAssertEqual(try published(w), Self.benefit)
        XCTAssertEqual(try benefits(try connect()), [Self.benefit, Self.benefit, Self.benefit])

        try resend(w, rest: "3527940.00")
        try assertClean(w, database, "release 2")
        XCTAssertEqual(try published(w), Self.revisedBenefit)
        let c = try connect()
        XCTAssertEqual(try benefits(c, release: 2), [Self.revisedBenefit, Self.revisedBenefit, Self.revisedBenefit])
        // Rounded to 15 digits, both releases read 10000000003527.8: the revision was lost.
        let revisions = c.dialect == .postgresql ? "statistics.revisions" : "revisions"
        XCTAssertEqual(try c.rows("""
            SELECT time_period, release_no, previous_value, value FROM \(revisions)
            WHERE table_name IN ('repatriates', 'repatriates_quarterly') AND dimensions = 'measure=PAY_BENEFIT;basis=QUOTA;origin=_T'
            ORDER BY time_period
            """), [["2003", "2", Self.benefit, Self.revisedBenefit], ["2003-Q1", "2", Self.benefit, Self.revisedBenefit]])
    }

    func testAValueOfMoreThan15DigitsReadsBackExactlyFromSQLite() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("migstat-exact-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        try assertExact("sqlite:\(path)") { try SQLiteDatabase(path: path) }

        // Ordinary values stay numbers, which an analyst adds and sorts as before.
        let c = try SQLiteDatabase(path: path)
        XCTAssertEqual(try c.rows("""
            SELECT measure, typeof(obs_value) FROM repatriates WHERE basis = 'NON_QUOTA' AND origin = '_T'
              AND measure IN ('FAMILIES', 'PAY_BENEFIT') ORDER BY measure
            """), [["FAMILIES", "integer"], ["PAY_BENEFIT", "real"]])
        XCTAssertEqual(try c.rows("SELECT SUM(obs_value) FROM repatriates WHERE measure IN ('FAMILIES', 'PERSONS') AND basis = '_T' AND origin = '_T'"),
                       [["10"]])
        XCTAssertEqual(try c.rows("SELECT typeof(obs_value) FROM repatriates WHERE measure = 'PAY_BENEFIT' AND basis = 'QUOTA' AND origin = '_T'"),
                       [["text"]])
    }

    func testAValueOfMoreThan15DigitsReadsBackExactlyFromPostgreSQL() throws {
        let url = try DatabaseSupport.freshPostgres()
        try assertExact(url) { try DatabaseSupport.connect(url) }
    }

    /// A reload of the release the database holds takes its history rows again
    /// from the rows just loaded: what an older build rounded there is mended.
    func testAReloadMendsTheHistoryOfTheReleaseItHolds() throws {
        let w = try workdir()
        let database = "sqlite:\(w.output)/migstat.sqlite"
        try assertClean(w, database, "release 1")
        let c = try SQLiteDatabase(path: "\(w.output)/migstat.sqlite")
        try c.execute("UPDATE repatriates_history SET obs_value = 10000000003527.8 WHERE measure = 'PAY_BENEFIT' AND basis = 'QUOTA'")
        XCTAssertEqual(try benefits(c)[2], "10000000003527.8")
        let load = try Harness.run(["db", "load", "--year", "2003"] + w.args)
        XCTAssertEqual(load.status, 0, load.stderr)
        XCTAssertEqual(try benefits(c), [Self.benefit, Self.benefit, Self.benefit])
        XCTAssertEqual(try c.rows("SELECT COUNT(*) FROM release"), [["1"]])
    }

    /// The file the previous build wrote from this input (Tests/Fixtures/numeric-obs-value):
    /// `obs_value` NUMERIC, the benefit rounded in all three tables. The
    /// upgrade gives the column no affinity, keeps every row, and marks the
    /// year as not holding its publication; the next run loads it exactly.
    func testAFileOfThePreviousBuildIsUpgradedAndItsRoundedYearLoadsAgain() throws {
        let w = try workdir()
        let path = "\(w.root.path)/previous.sqlite"
        try FileManager.default.copyItem(atPath: Harness.repository.appendingPathComponent("Tests/Fixtures/numeric-obs-value/migstat.sqlite").path,
                                         toPath: path)
        let tables = try SQLiteDatabase(path: path).rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").compactMap { $0[0] }
        func rows() throws -> [String: [String]] {
            let c = try SQLiteDatabase(path: path)
            return try tables.reduce(into: [:]) { out, t in
                out[t] = try c.rows("SELECT * FROM \(t)").map { $0.map { $0 ?? "NULL" }.joined(separator: "|") }.sorted()
            }
        }
        func obsValueType(_ t: String) throws -> String? {
            try SQLiteDatabase(path: path).rows("SELECT type FROM pragma_table_info('\(t)') WHERE name = 'obs_value'").first?.first ?? nil
        }
        let before = try rows()
        XCTAssertEqual(try obsValueType("repatriates"), "NUMERIC", "the fixture is the previous build's")
        XCTAssertEqual(try benefits(try SQLiteDatabase(path: path)), ["10000000003527.8", "10000000003527.8", "10000000003527.8"])

        let initialised = try Harness.run(["db", "init"] + w.args + ["--database", "sqlite:\(path)"])
        XCTAssertEqual(initialised.status, 0, initialised.stderr)
        XCTAssertTrue(initialised.stderr.contains("database schema upgraded"), initialised.stderr)
        for t in ["repatriates", "repatriates_quarterly", "repatriates_history", "migration_flows"] {
            XCTAssertEqual(try obsValueType(t), "", "\(t).obs_value has no affinity")
        }
        do {
            let db = try UnifiedDatabase.openExisting(.sqlite(path: path))
            XCTAssertEqual(try db.differingTables().map { "\($0.table.name): \($0.differences)" }, [])
        }
        // Every row kept; the year whose value lost digits no longer claims its publication.
        let after = try rows()
        XCTAssertEqual(Set(after.keys), Set(before.keys))
        for t in tables where t != "year_state" { XCTAssertEqual(after[t], before[t], t) }
        let state = try SQLiteDatabase(path: path).rows("SELECT year, manifest_sha256 FROM year_state")
        XCTAssertEqual(state.map { $0.map { $0 ?? "" } }, [["2003", UnifiedDatabase.lostDigitsMark]])

        try assertClean(w, "sqlite:\(path)", "the next run")
        XCTAssertEqual(try benefits(try SQLiteDatabase(path: path)), [Self.benefit, Self.benefit, Self.benefit])
        // Loaded again, the year holds its publication: the next run leaves it.
        let manifest = try Data(contentsOf: URL(fileURLWithPath: "\(w.output)/2003/manifest.json"))
        XCTAssertEqual(try SQLiteDatabase(path: path).rows("SELECT manifest_sha256 FROM year_state"), [[Hashing.sha256(manifest)]])
    }
}
