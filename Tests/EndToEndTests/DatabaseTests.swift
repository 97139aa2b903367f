import Foundation
@testable import MigstatCore
import XCTest

/// The unified database (DATABASE.md) against real SQLite files and a real
/// PostgreSQL 15 server: it holds what the files publish, survives kills,
/// replaces only the year reprocessed, keeps personal data from readers, and
/// a database problem never stops the files being published.
final class DatabaseTests: XCTestCase {
    static let demo = Harness.repository.appendingPathComponent("input")
    static let samples = Harness.fixtures.appendingPathComponent("input")

    private func sqlitePath(_ w: Workdir) -> String { "\(w.output)/migstat.sqlite" }

    // MARK: - The database holds what the files publish

    /// Statistics tables row for row with the summary files; records by fate
    /// and reason with quality.json; table1 with migration-flows; `db check` agrees.
    private func assertAgreement(_ w: Workdir, _ c: DatabaseConnection, database: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        // reason: NULL exactly on the rows not rejected (SQL's empty value, not '').
        let reasons = try DatabaseSupport.misspelledReasons(c)
        XCTAssertEqual(reasons.wrong, [], file: file, line: line)
        XCTAssertGreaterThan(reasons.notRejected, 0, file: file, line: line)
        for (plugin, t) in DatabaseSchema.statisticsTables {
            let text = (try? String(contentsOfFile: "\(w.output)/summary/\(plugin.statisticsFile)", encoding: .utf8)) ?? ""
            let want = text.split(separator: "\n").dropFirst().map { PublishedCSV.fields($0).dropFirst().map(number) }
            let got = try c.rows("SELECT \(t.columns.map(\.name).joined(separator: ", ")) FROM \(t.qualified(c.dialect))")
                .map { $0.map { number($0 ?? "") } }
            XCTAssertEqual(got.count, want.count, "\(t.name) rows", file: file, line: line)
            XCTAssertEqual(Set(got.map { $0.joined(separator: ",") }), Set(want.map { $0.joined(separator: ",") }), t.name, file: file, line: line)
        }
        for year in w.publishedYears {
            let quality = try JSONDecoder().decode(QualityReport.self, from: Data(contentsOf: URL(fileURLWithPath: "\(w.output)/\(year)/quality.json")))
            // quality_check: the checks of quality.json, a check's counts in `detail`, never in its name (its key).
            let checks = try DatabaseSupport.qualityChecks(c, year: year)
            XCTAssertEqual(checks.published, Set(quality.checks.map(\.name)), "\(year) quality_check", file: file, line: line)
            XCTAssertTrue(quality.checks.contains { $0.name.contains("rejects within threshold (") }, "\(year) has a threshold check", file: file, line: line)
            XCTAssertEqual(checks.countedNames, [], "\(year): names without counts", file: file, line: line)
            for (feed, q) in quality.feeds {
                let (fates, reasons) = try DatabaseSupport.fates(c, feed: feed, year: year)
                let r = q.records
                XCTAssertEqual(fates.values.reduce(0, +), r.read, "\(feed) \(year) read", file: file, line: line)
                XCTAssertEqual(fates["accepted"] ?? 0, r.accepted, "\(feed) \(year)", file: file, line: line)
                XCTAssertEqual(fates["rejected"] ?? 0, r.rejected, "\(feed) \(year)", file: file, line: line)
                XCTAssertEqual(fates["duplicate"] ?? 0, r.duplicates, "\(feed) \(year)", file: file, line: line)
                XCTAssertEqual(fates["superseded"] ?? 0, r.superseded, "\(feed) \(year)", file: file, line: line)
                XCTAssertEqual(fates["cancelled"] ?? 0, r.cancelled, "\(feed) \(year)", file: file, line: line)
                XCTAssertEqual(fates["excluded"] ?? 0, r.excluded, "\(feed) \(year)", file: file, line: line)
                XCTAssertEqual(reasons, q.rejectedByReason, "\(feed) \(year)", file: file, line: line)
            }
            // table1 against the file's partner-group rows.
            let flows = try String(contentsOfFile: "\(w.output)/\(year)/migration-flows.csv", encoding: .utf8)
            var want: [String: String] = [:]
            for l in flows.split(separator: "\n").dropFirst() {
                let f = PublishedCSV.fields(l)
                if f[5] == "_T" && f[6] == "_T" { want["\(f[4]) \(f[3])"] = f[7] }
            }
            let table1 = c.dialect == .postgresql ? "statistics.table1" : "table1"
            var got: [String: String] = [:]
            for row in try c.rows("SELECT partner_group, arrivals, departures, balance FROM \(table1) WHERE year = \(year)") {
                got["\(row[0]!) ARR"] = row[1]; got["\(row[0]!) DEP"] = row[2]; got["\(row[0]!) NET"] = row[3]
            }
            XCTAssertEqual(got.count, 15, "\(year): table1 has every flow of the five groups", file: file, line: line)
            XCTAssertEqual(got, want, "\(year): table1", file: file, line: line)
        }
        let check = try Harness.run(["db", "check"] + w.args + database)
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr, file: file, line: line)
    }

    /// A number's value as text (SQLite keeps `12.0` as 12, PostgreSQL keeps the scale); other text as it is.
    private func number(_ s: String) -> String {
        let body = s.hasPrefix("-") ? s.dropFirst() : Substring(s)
        guard body.first?.isASCII == true, body.first!.isNumber, body.last!.isNumber,
              body.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." }), body.filter({ $0 == "." }).count <= 1,
              let d = Decimal(string: s) else { return s }
        return "\(d)"
    }

    /// The sample year has a quarantined file (exit 3); the demo years are clean.
    private static let inputs = [(samples, Int32(3)), (demo, Int32(0))]

    func testSQLiteHoldsWhatTheFilesPublish() throws {
        for (input, status) in Self.inputs {
            let w = try Workdir(copying: input)
            let r = try Harness.run(["run"] + w.args)
            XCTAssertEqual(r.status, status, r.stderr)
            let c = try SQLiteDatabase(path: sqlitePath(w))
            try assertAgreement(w, c, database: [])
        }
    }

    func testPostgresHoldsWhatTheFilesPublish() throws {
        for (input, status) in Self.inputs {
            let url = try DatabaseSupport.freshPostgres()
            let w = try Workdir(copying: input)
            let r = try Harness.run(["run"] + w.args + ["--database", url])
            XCTAssertEqual(r.status, status, r.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: sqlitePath(w)), "--database replaces the SQLite default")
            try assertAgreement(w, try DatabaseSupport.connect(url), database: ["--database", url])
        }
    }

    /// The same input gives the same rows in both databases.
    func testBothDatabasesHoldTheSameRows() throws {
        let url = try DatabaseSupport.freshPostgres()
        let w = try Workdir(copying: Self.demo)
        XCTAssertEqual(try Harness.run(["run"] + w.args).status, 0)
        XCTAssertEqual(try Harness.run(["db", "load"] + w.args + ["--database", url]).status, 0)
        let lite = try DatabaseSupport.dump(try SQLiteDatabase(path: sqlitePath(w)))
        let pg = try DatabaseSupport.dump(try DatabaseSupport.connect(url))
        XCTAssertGreaterThan(lite.count, 10_000)
        // Numbers print alike once canonical (SQLite keeps 12.0 as 12; PostgreSQL keeps the scale).
        func canonical(_ lines: [String]) -> [String] {
            lines.map { $0.split(separator: "|", omittingEmptySubsequences: false).map { number(String($0)) }.joined(separator: "|") }.sorted()
        }
        let a = canonical(lite), b = canonical(pg)
        XCTAssertEqual(a.count, b.count)
        XCTAssertEqual(Array(Set(a).symmetricDifference(b).sorted().prefix(10)), [])
    }

    // MARK: - Who may read what

    func testTheSQLiteFileIsTheOwnersOnlyWhateverTheUmask() throws {
        let w = try Workdir(copying: Self.demo)
        let previous = umask(0o022)
        defer { umask(previous) }
        XCTAssertEqual(try Harness.run(["run"] + w.args).status, 0)
        let mode = (try FileManager.default.attributesOfItem(atPath: sqlitePath(w))[.posixPermissions] as? Int) ?? -1
        XCTAssertEqual(mode & 0o777, 0o600)
    }

    func testAReaderIsRefusedTheRecordTablesByTheServer() throws {
        let url = try DatabaseSupport.freshPostgres()
        let w = try Workdir(copying: Self.demo)
        XCTAssertEqual(try Harness.run(["run", "--year", "2002"] + w.args + ["--database", url]).status, 0)
        let database = String(url.split(separator: "?")[0].split(separator: "/").last!)
        let admin = DatabaseSupport.postgresURL!
        let reader = try DatabaseSupport.connect(DatabaseSupport.url(admin, database: database, user: "migstat_reader"))
        XCTAssertEqual(try reader.rows("SELECT COUNT(*) FROM statistics.table1").first?.first, "5")
        XCTAssertThrowsError(try reader.rows("SELECT COUNT(*) FROM records.migration_slip")) { error in
            XCTAssertTrue("\(error)".contains("permission denied"), "\(error)")
        }
        let analyst = try DatabaseSupport.connect(DatabaseSupport.url(admin, database: database, user: "migstat_analyst"))
        XCTAssertGreaterThan(Int(try analyst.rows("SELECT COUNT(*) FROM records.migration_slip").first!.first!!)!, 0)
    }

    // MARK: - Consistency with the files

    /// Killed at instants spread over runs (the loads among them), the next
    /// plain run leaves exactly the rows of an uninterrupted run.
    func testKilledRunsLeaveTheRowsOfAnUninterruptedRun() throws {
        let reference = try Workdir(copying: Self.demo)
        let began = Date()
        XCTAssertEqual(try Harness.run(["run"] + reference.args).status, 0)
        let duration = Date().timeIntervalSince(began)
        let want = try DatabaseSupport.dump(try SQLiteDatabase(path: sqlitePath(reference)))
        for step in 1..<10 {
            let delay = duration * Double(step) / 10
            let w = try Workdir(copying: Self.demo)
            let p = try Harness.start(["run"] + w.args)
            Thread.sleep(forTimeInterval: delay)
            Harness.kill9(p)
            XCTAssertEqual(try Harness.run(["run"] + w.args).status, 0)
            XCTAssertEqual(try DatabaseSupport.dump(try SQLiteDatabase(path: sqlitePath(w))), want, "after a kill at \(delay) s")
        }
    }

    /// Published while the database was off: the next plain run loads those years only.
    func testYearsPublishedButNotLoadedAreLoadedByTheNextPlainRun() throws {
        let reference = try Workdir(copying: Self.demo)
        XCTAssertEqual(try Harness.run(["run"] + reference.args).status, 0)
        let w = try Workdir(copying: Self.demo)
        XCTAssertEqual(try Harness.run(["run"] + w.args + ["--database", "none"]).status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: sqlitePath(w)))
        let before = w.snapshot()
        let r = try Harness.run(["run"] + w.args)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("not in the database, loading"), r.stderr)
        // The report is written from the database once it holds the years; nothing else changes.
        XCTAssertEqual(w.snapshot().filter { !$0.key.hasPrefix("report/") }, before, "loading rewrites no published file")
        XCTAssertTrue(FileManager.default.fileExists(atPath: "\(w.output)/report/kk/index.html"))
        XCTAssertEqual(try DatabaseSupport.dump(try SQLiteDatabase(path: sqlitePath(w))),
                       try DatabaseSupport.dump(try SQLiteDatabase(path: sqlitePath(reference))))
    }

    /// `--force` on one year replaces that year's rows and no other's.
    private func assertForceTouchesOneYear(database: [String], connect: (Workdir) throws -> DatabaseConnection) throws {
        let w = try Workdir(copying: Self.demo)
        XCTAssertEqual(try Harness.run(["run"] + w.args + database).status, 0)
        let c = try connect(w)
        let states = "SELECT year, loaded_at FROM \(DatabaseSchema.yearState.qualified(c.dialect)) WHERE year <> 2002 ORDER BY year"
        let others = try DatabaseSupport.dump(c, years: [2001, 2003])
        let loadedBefore = try c.rows(states)
        // A corrected delivery for 2002: one slip file re-sent shorter.
        let file = "\(w.input)/migration-slips/2002/slips-2002-06.csv"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try (text.split(separator: "\n").dropLast(10).joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        Thread.sleep(forTimeInterval: 1.1)   // load times have whole seconds
        let r = try Harness.run(["run", "--year", "2002", "--force"] + w.args + database)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try DatabaseSupport.dump(c, years: [2001, 2003]), others)
        XCTAssertEqual(try c.rows(states), loadedBefore, "the other years were not reloaded")
        let slips = try c.rows("SELECT COUNT(*) FROM \(c.dialect == .postgresql ? "records." : "")migration_slip WHERE year = 2002 AND source_file LIKE '%slips-2002-06.csv'")
        let quality = try JSONDecoder().decode(QualityReport.self, from: Data(contentsOf: URL(fileURLWithPath: "\(w.output)/2002/quality.json")))
        XCTAssertEqual(Int(slips[0][0]!)!, quality.feeds["migration-slips"]!.files.first { $0.path.hasSuffix("slips-2002-06.csv") }!.records)
        let check = try Harness.run(["db", "check"] + w.args + database)
        XCTAssertEqual(check.status, 0, check.stdout)
    }

    func testForceReplacesOneYearInSQLite() throws {
        try assertForceTouchesOneYear(database: []) { try SQLiteDatabase(path: self.sqlitePath($0)) }
    }

    func testForceReplacesOneYearInPostgres() throws {
        let url = try DatabaseSupport.freshPostgres()
        try assertForceTouchesOneYear(database: ["--database", url]) { _ in try DatabaseSupport.connect(url) }
    }

    // MARK: - A database problem never stops the files being published

    /// The statistics files of a run with a broken database are those of a run with none.
    private func assertPublishedDespite(_ database: [String], status: Int32, saying words: [String],
                                        environment: [String: String] = [:], setUp: (Workdir) throws -> Void = { _ in },
                                        file: StaticString = #filePath, line: UInt = #line) throws -> Workdir {
        let reference = try Workdir(copying: Self.demo)
        XCTAssertEqual(try Harness.run(["run"] + reference.args + ["--database", "none"]).status, 0)
        let w = try Workdir(copying: Self.demo)
        try setUp(w)
        let r = try Harness.run(["run"] + w.args + database, environment: environment)
        XCTAssertEqual(r.status, status, r.stderr, file: file, line: line)
        for word in words { XCTAssertTrue(r.stderr.contains(word), "\(word) not in: \(r.stderr)", file: file, line: line) }
        XCTAssertEqual(DatabaseSupport.publishedFiles(w), DatabaseSupport.publishedFiles(reference), "the files are published all the same", file: file, line: line)
        return w
    }

    func testAnUnreachableServerIsExit4WithTheFilesPublished() throws {
        _ = try assertPublishedDespite(["--database", "postgresql:///migstat?host=/nonexistent-socket-dir"], status: 4,
                                       saying: ["database was not updated", "check that the server runs"])
    }

    func testAWrongPasswordIsExit4WithTheFilesPublished() throws {
        let url = try DatabaseSupport.freshPostgres()
        let admin = try DatabaseSupport.connect(DatabaseSupport.postgresURL!)
        // Password authentication for one role, ahead of the cluster's `trust` lines.
        let hba = try XCTUnwrap(admin.rows("SHOW hba_file").first?.first ?? nil)
        let rules = try String(contentsOfFile: hba, encoding: .utf8)
        if !rules.hasPrefix("local all migstat_pw") {
            try ("local all migstat_pw scram-sha-256\n" + rules).write(toFile: hba, atomically: false, encoding: .utf8)
        }
        try admin.execute("DO $$ BEGIN CREATE ROLE migstat_pw LOGIN PASSWORD 'right'; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
        _ = try admin.rows("SELECT pg_reload_conf()")
        let asUser = url.replacingOccurrences(of: "user=postgres", with: "user=migstat_pw")
        _ = try assertPublishedDespite(["--database", asUser], status: 4, saying: ["password", "~/.pgpass"],
                                       environment: ["PGPASSWORD": "wrong"])
    }

    func testANewerSchemaIsRefusedWithExit2AndLeftUntouched() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("migstat-newer-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let first = try Workdir(copying: Self.samples)
        XCTAssertEqual(try Harness.run(["run"] + first.args + ["--database", "sqlite:\(path)"]).status, 3)
        let c = try SQLiteDatabase(path: path)
        try c.execute("UPDATE schema_info SET version = 99")
        let before = try DatabaseSupport.dump(c)
        let runs = try c.rows("SELECT COUNT(*) FROM run")
        _ = try assertPublishedDespite(["--database", "sqlite:\(path)"], status: 2, saying: ["schema version 99", "newer"])
        XCTAssertEqual(try DatabaseSupport.dump(c), before)
        XCTAssertEqual(try c.rows("SELECT COUNT(*) FROM run"), runs, "not even a run row")
        let load = try Harness.run(["db", "load"] + first.args + ["--database", "sqlite:\(path)"])
        XCTAssertEqual(load.status, 2, load.stderr)
    }

    /// A database file that cannot be written (its own read-only filesystem,
    /// since root writes through file modes): exit 4, files published; once
    /// writable, the next plain run loads what it missed.
    func testAReadOnlyDatabaseIsExit4AndTheNextRunLoadsWhatItMissed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("migstat-ro-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        guard shell("mount -t tmpfs -o size=32m tmpfs '\(dir)'") == 0 else { throw XCTSkip("no tmpfs here to make read-only") }
        defer { shell("umount '\(dir)'") }
        let database = ["--database", "sqlite:\(dir)/migstat.sqlite"]
        XCTAssertEqual(try Harness.run(["db", "init"] + ["--output", dir] + database).status, 0)
        XCTAssertEqual(shell("mount -o remount,ro '\(dir)'"), 0)
        let w = try assertPublishedDespite(database, status: 4, saying: ["database was not updated", "writable"])
        XCTAssertEqual(shell("mount -o remount,rw '\(dir)'"), 0)
        let r = try Harness.run(["run"] + w.args + database)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("not in the database, loading"), r.stderr)
        XCTAssertEqual(try Harness.run(["db", "check"] + w.args + database).status, 0)
    }

    @discardableResult
    private func shell(_ command: String) -> Int32 { Harness.shell(command) }
}

extension Workdir {
    var publishedYears: [Int] {
        ((try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []).compactMap { $0.count == 4 ? Int($0) : nil }.sorted()
    }
}
