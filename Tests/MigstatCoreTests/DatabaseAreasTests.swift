import Foundation
@testable import MigstatCore
import XCTest

/// Two regions (`ref_area`) in one database (DATABASE.md "Many regions in one
/// database"): a region's load, its reload and its `db check` read and write
/// only its own rows, in every table, on SQLite and on PostgreSQL.
final class DatabaseAreasTests: XCTestCase {
    static let sample = repositoryRoot.appendingPathComponent("Tests/Fixtures/samples/input").path

    /// The sample year published for `refArea` into its own output folder.
    private func publish(_ scratch: Scratch, refArea: String) throws -> Workspace {
        var config = try PipelineConfig.load(directory: pipelinesDir)
        config.refArea = refArea
        let workspace = Workspace(input: Self.sample, output: "\(scratch.root.path)/\(refArea)")
        try Pipeline(config: config, workspace: workspace, logger: quietLogger).run(year: 2003)
        return workspace
    }

    /// Every row of every table (`run` and `schema_info` aside) of one region, as sorted text lines.
    private func rows(_ db: UnifiedDatabase, of refArea: String) throws -> [String] {
        var lines: [String] = []
        for t in DatabaseSchema.tables where t.columns.first?.name == "ref_area" {
            let columns = t.columns.filter { $0.name != "loaded_at" }
                .map { $0.kind == .boolean ? "CASE WHEN \($0.name) THEN 1 ELSE 0 END" : $0.name }
            for row in try db.connection.rows("SELECT \(columns.joined(separator: ", ")) FROM \(db.table(t)) WHERE ref_area = \(sqlLiteral(refArea))") {
                lines.append(t.name + "|" + row.map { $0 ?? "NULL" }.joined(separator: "|"))
            }
        }
        return lines.sorted()
    }

    private func regionsSideBySide(_ location: DatabaseLocation) throws {
        let scratch = Scratch()
        let a = try publish(scratch, refArea: "KZ-71"), b = try publish(scratch, refArea: "KZ-75")
        let dbA = try XCTUnwrap(UnifiedDatabase.open(location, refArea: "KZ-71"))
        try dbA.load(year: 2003, workspace: a)
        RunLedger(database: dbA, years: [2003]).finish(years: [2003], exitStatus: 3)
        let before = try rows(dbA, of: "KZ-71")
        XCTAssertTrue(DatabaseSchema.tables.filter { $0.name != "schema_info" }.allSatisfy { t in before.contains { $0.hasPrefix(t.name + "|") } },
                      "the sample fills every table: \(Set(before.map { $0.prefix { $0 != "|" } }))")

        let dbB = try XCTUnwrap(UnifiedDatabase.open(location, refArea: "KZ-75"))
        try dbB.load(year: 2003, workspace: b)
        RunLedger(database: dbB, years: [2003]).finish(years: [2003], exitStatus: 3)
        XCTAssertEqual(try rows(dbA, of: "KZ-71"), before, "region B's load left region A's rows as they were")
        let loadedB = try rows(dbB, of: "KZ-75")
        // B's own moves within the city differ from A's (a few quarterly cells fewer or more), so
        // not a row for each of A's: every table filled as A's is, and its check below agrees with its files.
        func tables(_ lines: [String]) -> Set<Substring> { Set(lines.map { $0.prefix { $0 != "|" } }) }
        XCTAssertEqual(tables(loadedB), tables(before), "region B fills every table region A fills")
        // Reloaded (what --force and `db load` do), B replaces its own rows only.
        try dbB.load(year: 2003, workspace: b)
        XCTAssertEqual(try rows(dbA, of: "KZ-71"), before)
        XCTAssertEqual(try rows(dbB, of: "KZ-75"), loadedB)

        // Each region's check compares its own rows with its own files: both agree.
        XCTAssertEqual(try dbA.check(workspace: a), [])
        XCTAssertEqual(try dbB.check(workspace: b), [])
        // An edit in B's rows is B's difference, not A's.
        try dbB.connection.execute("UPDATE \(dbB.table(DatabaseSchema.qualityCheck)) SET passed = NOT passed WHERE ref_area = 'KZ-75'")
        XCTAssertEqual(try dbA.check(workspace: a), [])
        XCTAssertFalse(try dbB.check(workspace: b).isEmpty)

        // Region A's files loaded as region B are refused: nothing of either changes.
        XCTAssertThrowsError(try dbB.load(year: 2003, workspace: a)) { error in
            XCTAssertTrue("\(error)".contains("published for REF_AREA KZ-71"), "\(error)")
        }
        XCTAssertEqual(try rows(dbA, of: "KZ-71"), before)
        XCTAssertEqual(try dbB.connection.rows("SELECT ref_area, COUNT(*) FROM \(DatabaseSchema.runName(dbB.dialect)) GROUP BY ref_area ORDER BY 1"),
                       [["KZ-71", "1"], ["KZ-75", "1"]])
    }

    func testSQLiteRegionsSideBySide() throws {
        let scratch = Scratch()
        try regionsSideBySide(.sqlite(path: "\(scratch.root.path)/shared.sqlite"))
    }

    func testPostgresRegionsSideBySide() throws {
        try regionsSideBySide(.postgresql(url: try PostgresScratch.fresh()))
    }
}

/// A fresh database on the server of scripts/with-postgres.sh (skipped without one, failed under CI).
enum PostgresScratch {
    static func fresh() throws -> String {
        guard let admin = ProcessInfo.processInfo.environment["MIGSTAT_TEST_PG"] else {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                XCTFail("CI=true and no PostgreSQL server: run the tests through scripts/with-postgres.sh (make test)")
            }
            throw XCTSkip("no PostgreSQL server (run through scripts/with-postgres.sh)")
        }
        let name = "migstat_\(UUID().uuidString.prefix(8).lowercased())"
        let c = try PostgresDatabase(url: admin)
        try c.execute("CREATE DATABASE \(name)")
        c.close()
        return admin.replacingOccurrences(of: "postgresql:///postgres?", with: "postgresql:///\(name)?")
    }
}
