import Foundation
@testable import MigstatCore
import XCTest

/// A database written by the previous release (schema version 1, the
/// fixtures in Tests/Fixtures/schema-v1, README there) is upgraded in place
/// to this build's version by the next `db init` or run (DATABASE.md "Schema
/// versions"): every row kept, `ref_area` taken from migstat.yaml where a
/// table had none, every key leading with it; killed with SIGKILL during
/// the upgrade, version 1 stays as it was and the next run upgrades it.
final class SchemaUpgradeTests: XCTestCase {
    static let fixtures = Harness.repository.appendingPathComponent("Tests/Fixtures/schema-v1")

    // MARK: SQLite

    /// A copy of the version-1 file, in `w`'s scratch folder.
    private func sqliteV1(_ w: Workdir) throws -> String {
        let path = "\(w.root.path)/v1.sqlite"
        try FileManager.default.copyItem(atPath: Self.fixtures.appendingPathComponent("migstat-v1.sqlite").path, toPath: path)
        return path
    }

    func testAVersion1SQLiteFileUpgradesKeepingEveryRowWithTheRegionOfMigstatYaml() throws {
        let w = try Workdir(copying: RegionSupport.sample)
        let path = try sqliteV1(w)
        let v1 = try Snapshot(try SQLiteDatabase(path: path))
        v1.assertVersion1()
        // Another region than the default: the value comes from migstat.yaml, not from the code.
        let pipelines = try RegionSupport.pipelines(refArea: "KZ-75", in: w)
        let r = try Harness.run(["db", "init"] + RegionSupport.args(w, pipelines) + ["--database", "sqlite:\(path)"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains(#""from_version":"1","level":"notice","message":"database schema upgraded""#), r.stderr)
        try v1.assertUpgraded(try SQLiteDatabase(path: path), .sqlite(path: path), refArea: "KZ-75")
    }

    func testSIGKILLDuringAnSQLiteUpgradeLeavesVersion1AndTheNextRunUpgrades() throws {
        let w = try Workdir(copying: RegionSupport.sample)
        let path = try sqliteV1(w)
        try assertKilledUpgradeLeavesVersion1(database: "sqlite:\(path)", w: w) { try SQLiteDatabase(path: path) }
    }

    // MARK: PostgreSQL

    /// A fresh database holding the version-1 dump, restored with psql as the
    /// loader (the owner of what version 1 created); its administrator's URL.
    private func postgresV1() throws -> String {
        let url = try DatabaseSupport.freshPostgres()
        let admin = try PostgresDatabase(url: url)
        defer { admin.close() }
        // The roles version 1 made (a fresh test server has none yet).
        for role in [PostgresRoles.loader, PostgresRoles.analyst, PostgresRoles.reader] {
            try admin.execute("DO $$ BEGIN CREATE ROLE \(role) LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
        }
        try admin.execute("GRANT CREATE, CONNECT, TEMPORARY ON DATABASE \(RegionSupport.database(url)) TO \(PostgresRoles.loader)")
        let psql = Process()
        psql.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        psql.arguments = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url.replacingOccurrences(of: "user=postgres", with: "user=\(PostgresRoles.loader)"),
                          "-f", Self.fixtures.appendingPathComponent("migstat-v1.sql").path]
        let err = Pipe()
        psql.standardError = err
        psql.standardOutput = FileHandle.nullDevice
        try psql.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        psql.waitUntilExit()
        XCTAssertEqual(psql.terminationStatus, 0, "psql restores the version-1 dump: \(message)")
        return url
    }

    func testAVersion1PostgresDatabaseUpgradesKeepingEveryRowWithTheRegionOfMigstatYaml() throws {
        let url = try postgresV1()
        let v1 = try Snapshot(try DatabaseSupport.connect(url))
        v1.assertVersion1()
        let w = try Workdir(copying: RegionSupport.sample)
        let pipelines = try RegionSupport.pipelines(refArea: "KZ-75", in: w)
        let r = try Harness.run(["db", "init"] + RegionSupport.args(w, pipelines) + ["--database", url])
        XCTAssertEqual(r.status, 0, r.stderr)
        let c = try DatabaseSupport.connect(url)
        try v1.assertUpgraded(c, .postgresql(url: url), refArea: "KZ-75")
        // The upgraded tables keep their read rules and gain the regions' policies.
        let rules = """
            SELECT has_table_privilege('migstat_reader', 'statistics.migration_flows', 'SELECT'),
                   has_table_privilege('migstat_reader', 'records.migration_slip', 'SELECT'),
                   has_table_privilege('migstat_analyst', 'records.migration_slip', 'SELECT'),
                   (SELECT relrowsecurity FROM pg_class WHERE oid = 'records.migration_slip'::regclass)
            """
        XCTAssertEqual(try c.rows(rules), [["t", "f", "t", "t"]])
    }

    func testSIGKILLDuringAPostgresUpgradeLeavesVersion1AndTheNextRunUpgrades() throws {
        let url = try postgresV1()
        let w = try Workdir(copying: RegionSupport.sample)
        try assertKilledUpgradeLeavesVersion1(database: url, w: w) { try DatabaseSupport.connect(url) }
    }

    // MARK: Shared

    /// `db init` killed at two instants of the upgrade (in the middle, some
    /// views dropped and a table rebuilt or altered, and with every step done
    /// but before the commit): each
    /// time every table and row is version 1's. Then a plain run upgrades,
    /// loads the sample year, and `db check` agrees with its files.
    private func assertKilledUpgradeLeavesVersion1(database: String, w: Workdir, connect: () throws -> DatabaseConnection,
                                                   file: StaticString = #filePath, line: UInt = #line) throws {
        let v1 = try Snapshot(try connect())
        v1.assertVersion1(file: file, line: line)
        for instant in ["10", "commit"] {
            let (p, _, err) = Harness.process(["db", "init"] + w.args + ["--database", database],
                                              environment: ["MIGSTAT_TEST_UPGRADE_PAUSE_AT": instant])
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            var said = ""
            while !said.contains("upgrade paused") {
                let chunk = err.fileHandleForReading.availableData
                if chunk.isEmpty { break }   // ended without pausing
                said += String(decoding: chunk, as: UTF8.self)
            }
            XCTAssertTrue(said.contains("upgrade paused before step"), "paused at \(instant): \(said)", file: file, line: line)
            Harness.kill9(p)
            let after = try Snapshot(try waitForSessionsToEnd(connect()))
            XCTAssertEqual(after.tables, v1.tables, "killed at \(instant): version 1's tables and columns", file: file, line: line)
            XCTAssertEqual(after.rows, v1.rows, "killed at \(instant): version 1's rows", file: file, line: line)
        }
        let run = try Harness.run(["run"] + w.args + ["--database", database])
        XCTAssertEqual(run.status, 3, run.stderr, file: file, line: line)   // 3: the sample's damaged police file
        let c = try connect()
        XCTAssertEqual(try Snapshot.version(c), DatabaseSchema.version, file: file, line: line)
        try RegionSupport.assertStatistics(c, refArea: "KZ-71", output: w.output, file: file, line: line)
        let check = try Harness.run(["db", "check"] + w.args + ["--database", database])
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr, file: file, line: line)
    }

    /// PostgreSQL: the killed run's server session ends once it finds its
    /// client gone, and with it its transaction and locks.
    private func waitForSessionsToEnd(_ c: DatabaseConnection) throws -> DatabaseConnection {
        guard c.dialect == .postgresql else { return c }
        let others = "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
        let deadline = Date().addingTimeInterval(30)
        while try c.rows(others).first?.first != "0" && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        return c
    }
}

/// Every table of migstat's a database holds, its columns and its rows, read through its own catalog.
private struct Snapshot {
    /// Table → its columns in catalog order.
    let tables: [String: [String]]
    /// Table → its rows (those columns only), as sorted lines.
    let rows: [String: [String]]
    let version: Int?

    init(_ c: DatabaseConnection) throws {
        var tables: [String: [String]] = [:]
        if c.dialect == .sqlite {
            for name in try c.rows("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").compactMap({ $0[0] }) {
                tables[name] = try c.rows("SELECT name FROM pragma_table_info('\(name)') ORDER BY cid").compactMap { $0[0] }
            }
        } else {
            for row in try c.rows("""
                SELECT table_schema || '.' || table_name, column_name FROM information_schema.columns
                WHERE table_schema IN ('statistics', 'records')
                  AND (table_schema, table_name) IN (SELECT table_schema, table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE')
                ORDER BY table_schema, table_name, ordinal_position
                """) {
                tables[row[0]!, default: []].append(row[1]!)
            }
        }
        self.tables = tables
        rows = try Self.rows(c, of: tables)
        version = try Self.version(c)
    }

    /// The rows of `tables`, their columns only, as sorted lines; `asBefore`:
    /// as version 2 spelled them (a record's NULL reason as '', a check's
    /// detail back in its name), to compare an upgraded database with its rows before.
    static func rows(_ c: DatabaseConnection, of tables: [String: [String]], asBefore: Bool = false) throws -> [String: [String]] {
        var out: [String: [String]] = [:]
        for (name, columns) in tables {
            let table = name.split(separator: ".").last.map(String.init) ?? name
            let isRecords = DatabaseSchema.recordTables.contains { $0.table.name == table }
            let selected = columns.map { column -> String in
                guard asBefore else { return "CAST(\(column) AS TEXT)" }
                if isRecords && column == "reason" { return "COALESCE(reason, '')" }
                if table == "quality_check" && column == "name" { return "name || COALESCE(' (' || detail || ')', '')" }
                return "CAST(\(column) AS TEXT)"
            }.joined(separator: ", ")
            out[name] = try c.rows("SELECT \(selected) FROM \(name)").map { $0.map { $0 ?? "NULL" }.joined(separator: "|") }.sorted()
        }
        return out
    }

    static func version(_ c: DatabaseConnection) throws -> Int? {
        let name = c.dialect == .postgresql ? "statistics.schema_info" : "schema_info"
        return try c.rows("SELECT MAX(version) FROM \(name)").first?.first?.flatMap { Int($0) }
    }

    private func table(_ name: String) -> String? {
        tables.keys.first { $0 == name || $0.hasSuffix(".\(name)") }
    }

    /// What makes the fixture version 1: schema_info says so, the operations and
    /// record tables have no `ref_area`, and it holds rows of every kind.
    func assertVersion1(file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(version, 1, "the fixture is schema version 1", file: file, line: line)
        for name in ["input_file", "year_state", "migration_slip", "run"] {
            guard let t = table(name) else { XCTFail("version 1 has \(name)", file: file, line: line); continue }
            XCTAssertFalse(tables[t]!.contains("ref_area"), "\(t) of version 1 has no ref_area", file: file, line: line)
            XCTAssertFalse(rows[t]!.isEmpty, "\(t) of the fixture has rows", file: file, line: line)
        }
        XCTAssertGreaterThan(rows.values.map(\.count).reduce(0, +), 1000, file: file, line: line)
    }

    /// Version 2 now; every table of version 1 still there with every row (its
    /// version-1 columns read again), `ref_area` first in its key, and `refArea`
    /// in each table that had no ref_area before.
    func assertUpgraded(_ c: DatabaseConnection, _ location: DatabaseLocation, refArea: String, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(try Self.version(c), DatabaseSchema.version, file: file, line: line)
        let now = try Snapshot(c)
        let kept = try Self.rows(c, of: tables, asBefore: true)
        // Version 3's spellings: a record not rejected has a NULL reason; a check's counts are its detail.
        let reasons = try DatabaseSupport.misspelledReasons(c)
        XCTAssertEqual(reasons.wrong, [], file: file, line: line)
        XCTAssertGreaterThan(reasons.notRejected, 0, file: file, line: line)
        let checks = DatabaseSchema.qualityCheck.qualified(c.dialect)
        XCTAssertEqual(try c.rows("SELECT name FROM \(checks) WHERE name LIKE '%(%'").count, 0, "names without counts", file: file, line: line)
        XCTAssertEqual(try c.rows("SELECT DISTINCT name FROM \(checks) WHERE detail IS NOT NULL").compactMap { $0[0]?.hasSuffix(": rejects within threshold") }.filter { !$0 }, [],
                       "the threshold checks hold a detail", file: file, line: line)
        XCTAssertGreaterThan(try c.rows("SELECT name FROM \(checks) WHERE detail IS NOT NULL").count, 0, file: file, line: line)
        // schema_info aside: its one row is the version, checked above.
        for (name, before) in rows.sorted(by: { $0.key < $1.key }) where !name.hasSuffix("schema_info") {
            XCTAssertEqual(kept[name]?.count, before.count, "\(name): rows before and after", file: file, line: line)
            XCTAssertEqual(kept[name], before, "\(name): every row as it was", file: file, line: line)
            guard let columns = now.tables[name] else { continue }
            XCTAssertTrue(columns.contains("ref_area"), "\(name) has ref_area", file: file, line: line)
            if !tables[name]!.contains("ref_area") {
                let areas = try c.rows("SELECT DISTINCT ref_area FROM \(name)").compactMap { $0[0] }
                XCTAssertEqual(areas, before.isEmpty ? [] : [refArea], "\(name): ref_area of migstat.yaml", file: file, line: line)
            }
        }
        // Every table and view this build defines, keys included (SchemaCatalog compares each table's catalog with them).
        let db = try UnifiedDatabase.openExisting(location, refArea: refArea)
        XCTAssertEqual(try db.missingRelations(), [], file: file, line: line)
        XCTAssertEqual(try db.differingTables().map { "\($0.table.name): \($0.differences)" }, [], file: file, line: line)
    }
}
