import Foundation
@testable import MigstatCore
import XCTest

/// `db check` and `db load` against a database or files changed by hand, as
/// an analyst with write access or a careless operator would: every changed
/// figure is a difference naming its table, a damaged publication is never
/// loaded, a withdrawn year leaves the database and the report, and a check
/// needs nothing but reading.
final class DatabaseCheckTests: XCTestCase {
    static let demo = Harness.repository.appendingPathComponent("input")

    private func sqlitePath(_ w: Workdir) -> String { "\(w.output)/migstat.sqlite" }

    /// One SQL edit on a closed database file, then `db check`.
    private func check(_ w: Workdir, after sql: String, database: [String] = [], connect: ((Workdir) throws -> DatabaseConnection)? = nil) throws -> Harness.Result {
        let c = try connect?(w) ?? SQLiteDatabase(path: sqlitePath(w))
        try c.execute(sql)
        c.close()
        return try Harness.run(["db", "check"] + w.args + database)
    }

    // MARK: - Every hand edit is a difference

    /// Each edit of a figure the report shows, or of a record behind it, in a
    /// fresh copy of the same loaded database: exit 1, the table named; the
    /// untouched copy agrees.
    func testEveryHandEditIsADifferenceThatNamesItsTable() throws {
        let w = try Workdir(copying: Self.demo)
        XCTAssertEqual(try Harness.run(["run"] + w.args).status, 0)
        let pristine = try Data(contentsOf: URL(fileURLWithPath: sqlitePath(w)))   // the run closed it: no -wal left
        let edits: [(table: String, sql: String)] = [
            // A reject reason's count moved to another reason.
            ("record_fates", "UPDATE record_fates SET reason = reason || ' (edited)' WHERE rowid = (SELECT MIN(rowid) FROM record_fates WHERE year = 2003 AND fate = 'rejected')"),
            // Arrivals and departures of a month swapped.
            ("slips_by_month", "UPDATE slips_by_month SET arrivals = departures, departures = arrivals WHERE year = 2001 AND month = 7"),
            // An employer renamed, and a revoked permit's workers (the report sums accepted ones only).
            ("labour_permit", "UPDATE labour_permit SET employer = 'ТОО \"Басқа\"' WHERE (source_file, source_line) = (SELECT source_file, source_line FROM labour_permit WHERE year = 2002 AND fate = 'accepted' ORDER BY source_file DESC, source_line DESC LIMIT 1)"),
            ("labour_permit", "UPDATE labour_permit SET workers = 0 WHERE (source_file, source_line) = (SELECT source_file, source_line FROM labour_permit WHERE year = 2003 AND fate <> 'accepted' ORDER BY source_file DESC, source_line DESC LIMIT 1)"),
            // An accepted slip moved to another month (its kind and partner kept).
            ("migration_slip", "UPDATE migration_slip SET event_date = '2002-12-31' WHERE (source_file, source_line) = (SELECT source_file, source_line FROM migration_slip WHERE year = 2002 AND fate = 'accepted' AND event_date < '2002-12-01' ORDER BY source_file ASC, source_line ASC LIMIT 1)"),
            // A police record's citizenship, a repatriate family's size.
            ("police_registration", "UPDATE police_registration SET citizenship = 'XXX' WHERE (source_file, source_line) = (SELECT source_file, source_line FROM police_registration WHERE year = 2001 ORDER BY source_file DESC, source_line DESC LIMIT 1)"),
            ("repatriate_family", "UPDATE repatriate_family SET persons = persons + 1 WHERE (source_file, source_line) = (SELECT source_file, source_line FROM repatriate_family WHERE year = 2003 AND fate = 'accepted' ORDER BY source_file ASC, source_line ASC LIMIT 1)"),
            // Statistics whose text starts with the right number, and one a digit off.
            ("labour_quota", "UPDATE labour_quota SET obs_value = obs_value || '%' WHERE rowid = (SELECT MIN(rowid) FROM labour_quota WHERE time_period = 2002 AND obs_value IS NOT NULL)"),
            ("repatriates", "UPDATE repatriates SET obs_value = obs_value || '.5.0' WHERE rowid = (SELECT MAX(rowid) FROM repatriates WHERE obs_value IS NOT NULL)"),
            ("foreign_registrations", "UPDATE foreign_registrations SET obs_value = obs_value + 10 WHERE rowid = (SELECT MIN(rowid) FROM foreign_registrations WHERE time_period = 2001 AND obs_value IS NOT NULL)"),
            // Rows of a year that is not published, without a year_state: statistics, and records.
            ("migration_flows", "CREATE TEMP TABLE t AS SELECT * FROM migration_flows WHERE time_period = 2001; UPDATE t SET time_period = 1998; INSERT INTO migration_flows SELECT * FROM t"),
            ("police_registration", "CREATE TEMP TABLE t AS SELECT * FROM police_registration WHERE year = 2002; UPDATE t SET year = 2007; INSERT INTO police_registration SELECT * FROM t"),
            // The operations the report reads: a quarantined file shown as read, a check passed.
            ("input_file", "UPDATE input_file SET status = 'read' WHERE rowid = (SELECT MAX(rowid) FROM input_file WHERE status <> 'read')"),
            ("quality_check", "UPDATE quality_check SET name = name || ' ' WHERE rowid = (SELECT MIN(rowid) FROM quality_check WHERE year = 2002)"),
            // A check's counts changed (its name kept), and an accepted record given '' for its NULL reason.
            ("quality_check", "UPDATE quality_check SET detail = '1 of 2, limit 0.5' WHERE rowid = (SELECT MIN(rowid) FROM quality_check WHERE year = 2002 AND detail IS NOT NULL)"),
            ("migration_slip", "UPDATE migration_slip SET reason = '' WHERE (source_file, source_line) = (SELECT source_file, source_line FROM migration_slip WHERE year = 2002 AND fate = 'accepted' ORDER BY source_file ASC, source_line ASC LIMIT 1)"),
            // A view redefined.
            ("permits_by_employer", "DROP VIEW permits_by_employer; CREATE VIEW permits_by_employer AS SELECT year, employer_bin, MAX(employer) AS employer, COUNT(*) AS permits, SUM(workers) * 2 AS workers FROM labour_permit WHERE fate = 'accepted' GROUP BY year, employer_bin"),
        ]
        for (table, sql) in edits {
            try pristine.write(to: URL(fileURLWithPath: sqlitePath(w)))
            let r = try check(w, after: sql)
            XCTAssertEqual(r.status, 1, "\(sql)\n\(r.stdout)\(r.stderr)")
            XCTAssertTrue(r.stdout.contains(table), "\(table) not named after \(sql):\n\(r.stdout)")
        }
        try pristine.write(to: URL(fileURLWithPath: sqlitePath(w)))
        let r = try Harness.run(["db", "check"] + w.args)
        XCTAssertEqual(r.status, 0, r.stdout + r.stderr)
    }

    /// The same on the server: a record's column and a statistic's value.
    func testHandEditsArePostgresDifferencesToo() throws {
        let url = try DatabaseSupport.freshPostgres()
        let w = try Workdir(copying: Self.demo)
        let database = ["--database", url]
        XCTAssertEqual(try Harness.run(["run", "--year", "2002"] + w.args + database).status, 0)
        XCTAssertEqual(try Harness.run(["db", "check"] + w.args + database).status, 0)
        let connect: (Workdir) throws -> DatabaseConnection = { _ in try DatabaseSupport.connect(url) }
        var r = try check(w, after: """
            UPDATE records.labour_permit SET oked = oked || '9'
            WHERE (source_file, source_line) = (SELECT source_file, MAX(source_line) FROM records.labour_permit WHERE fate = 'accepted' GROUP BY source_file ORDER BY source_file LIMIT 1)
            """, database: database, connect: connect)
        XCTAssertEqual(r.status, 1, r.stdout + r.stderr)
        XCTAssertTrue(r.stdout.contains("2002: labour_permit: 1 rows differ"), r.stdout)
        r = try check(w, after: "UPDATE statistics.migration_flows SET obs_value = obs_value + 0.5 WHERE flow = 'DEP' AND partner_group = 'CIS' AND partner = '_T' AND ethnicity = '_T'",
                      database: database, connect: connect)
        XCTAssertEqual(r.status, 1, r.stdout + r.stderr)
        XCTAssertTrue(r.stdout.contains("migration_flows differs from migration-flows.csv"), r.stdout)
        XCTAssertTrue(r.stdout.contains("table1 differs"), r.stdout)
    }

    // MARK: - A damaged publication is never loaded

    /// A statistics file deleted, another edited by hand: `db load` loads
    /// neither year (exit 1, each file named) and keeps their previous rows,
    /// while the year left whole loads; `db check` names them.
    func testLoadRefusesPublishedFilesThatDoNotMatchTheirManifest() throws {
        let w = try Workdir(copying: Self.demo)
        XCTAssertEqual(try Harness.run(["run"] + w.args).status, 0)
        let before = try DatabaseSupport.dump(try SQLiteDatabase(path: sqlitePath(w)), years: [2001, 2002, 2003])
        try FileManager.default.removeItem(atPath: "\(w.output)/2001/foreign-registrations.csv")
        let repatriates = "\(w.output)/2002/repatriates.csv"
        // One value a little larger, the rest of the file as it was.
        var lines = try String(contentsOfFile: repatriates, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let value = try XCTUnwrap(lines[0].split(separator: ",").firstIndex(of: "OBS_VALUE"))
        let row = try XCTUnwrap(lines.indices.dropFirst().first { Int(lines[$0].split(separator: ",", omittingEmptySubsequences: false)[value]) != nil })
        var fields = lines[row].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[value] = String(Int(fields[value])! + 1)
        lines[row] = fields.joined(separator: ",")
        try lines.joined(separator: "\n").write(toFile: repatriates, atomically: true, encoding: .utf8)

        let load = try Harness.run(["db", "load", "--log-format", "text"] + w.args)
        XCTAssertEqual(load.status, 1, load.stderr)
        for (year, words) in [(2001, "foreign-registrations.csv is missing (manifest.json lists it)"),
                              (2002, "repatriates.csv does not match manifest.json")] {
            XCTAssertTrue(load.stderr.contains(words) && load.stderr.contains("--year \(year) --force"), "\(words):\n\(load.stderr)")
        }
        XCTAssertTrue(load.stderr.split(separator: "\n").contains { $0.hasPrefix("INFO") && $0.contains("loaded") && $0.hasSuffix("year=2003") },
                      "the whole year loads:\n\(load.stderr)")
        XCTAssertEqual(try DatabaseSupport.dump(try SQLiteDatabase(path: sqlitePath(w)), years: [2001, 2002, 2003]), before,
                       "nothing of a damaged year is loaded")
        let check = try Harness.run(["db", "check"] + w.args)
        XCTAssertEqual(check.status, 1, check.stdout)
        XCTAssertTrue(check.stdout.contains("2001: foreign-registrations.csv is missing"), check.stdout)
        XCTAssertTrue(check.stdout.contains("2002: repatriates.csv does not match manifest.json"), check.stdout)

        // Mended by rerunning the years: they load, and the database agrees.
        XCTAssertEqual(try Harness.run(["run", "--year", "2001", "--year", "2002"] + w.args).status, 0)
        XCTAssertEqual(try Harness.run(["db", "load"] + w.args).status, 0)
        XCTAssertEqual(try Harness.run(["db", "check"] + w.args).status, 0)
    }

    // MARK: - A withdrawn year leaves the database and the report

    /// A year's input and output moved aside (README): the next run removes
    /// its rows from every table, logs it, and the report no longer shows it.
    /// An output moved aside with its input still there: `db load` removes it too.
    func testAWithdrawnYearLeavesTheDatabaseAndTheReport() throws {
        let w = try Workdir(copying: Self.demo)
        XCTAssertEqual(try Harness.run(["run"] + w.args).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: "\(w.output)/report/en/2001.html"))
        let aside = w.root.appendingPathComponent("aside").path
        try FileManager.default.createDirectory(atPath: aside, withIntermediateDirectories: true)
        for feed in try FileManager.default.contentsOfDirectory(atPath: w.input) where FileManager.default.fileExists(atPath: "\(w.input)/\(feed)/2001") {
            try FileManager.default.moveItem(atPath: "\(w.input)/\(feed)/2001", toPath: "\(aside)/\(feed)-2001")
        }
        try FileManager.default.moveItem(atPath: "\(w.output)/2001", toPath: "\(aside)/output-2001")

        let r = try Harness.run(["run", "--log-format", "json"] + w.args)
        XCTAssertEqual(r.status, 0, r.stderr)
        let removal = r.stderr.split(separator: "\n").first { $0.contains("withdrawn year removed from the database") }
        XCTAssertTrue(removal?.contains("\"year\":2001") == true, r.stderr)
        let c = try SQLiteDatabase(path: sqlitePath(w))
        XCTAssertEqual(try DatabaseSupport.dump(c, years: [2001]), [], "no row of 2001 in any table")
        XCTAssertFalse(try DatabaseSupport.dump(c, years: [2002]).isEmpty)
        XCTAssertFalse(FileManager.default.fileExists(atPath: "\(w.output)/report/en/2001.html"))
        let index = try String(contentsOfFile: "\(w.output)/report/en/index.html", encoding: .utf8)
        XCTAssertFalse(index.contains("data-year=\"2001\""), "the index shows no 2001")
        XCTAssertEqual(try Harness.run(["db", "check"] + w.args).status, 0)

        // The output of 2003 moved aside, its input left: a reload of every year drops it.
        try FileManager.default.moveItem(atPath: "\(w.output)/2003", toPath: "\(aside)/output-2003")
        let load = try Harness.run(["db", "load", "--log-format", "json"] + w.args)
        XCTAssertEqual(load.status, 0, load.stderr)
        XCTAssertTrue(load.stderr.contains("withdrawn year removed from the database") && load.stderr.contains("\"year\":2003"), load.stderr)
        XCTAssertEqual(try DatabaseSupport.dump(c, years: [2003]), [])
    }

    // MARK: - A check only reads

    /// The output folder on its own read-only filesystem (root writes through
    /// file modes): `db check` agrees (exit 0) and writes nothing.
    func testCheckOnAReadOnlyOutputFolder() throws {
        let w = try Workdir(copying: Self.demo)
        try FileManager.default.createDirectory(atPath: w.output, withIntermediateDirectories: true)
        guard Harness.shell("mount -t tmpfs -o size=64m tmpfs '\(w.output)'") == 0 else { throw XCTSkip("no tmpfs here to make read-only") }
        defer { Harness.shell("umount '\(w.output)'") }
        XCTAssertEqual(try Harness.run(["run", "--year", "2003"] + w.args).status, 0)
        XCTAssertEqual(Harness.shell("mount -o remount,ro '\(w.output)'"), 0)
        let before = try FileManager.default.contentsOfDirectory(atPath: w.output).sorted()
        let r = try Harness.run(["db", "check"] + w.args)
        XCTAssertEqual(r.status, 0, r.stdout + r.stderr)
        XCTAssertTrue(r.stdout.contains("agrees"), r.stdout)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: w.output).sorted(), before)

        // An archive's copy of the closed database with an empty -wal beside it and no -shm: read all the same.
        XCTAssertEqual(Harness.shell("mount -o remount,rw '\(w.output)' && : > '\(w.output)/migstat.sqlite-wal' && rm -f '\(w.output)/migstat.sqlite-shm' && mount -o remount,ro '\(w.output)'"), 0)
        let archived = try Harness.run(["db", "check"] + w.args)
        XCTAssertEqual(archived.status, 0, archived.stdout + archived.stderr)
        XCTAssertTrue(archived.stdout.contains("agrees"), archived.stdout)
    }
}
