import Foundation
@testable import MigstatCore
import XCTest

/// A database made before a feed was registered gains the feed's tables and
/// views when a run next opens it, in PostgreSQL as in SQLite
/// (DatabaseFeedsTests), with the roles' grants, and the run loads into them.
final class SchemaCompletionTests: XCTestCase {
    func testAPostgresDatabaseWithoutAFeedsTablesGainsThemWithTheirGrants() throws {
        let url = try DatabaseSupport.freshPostgres()
        let w = try Workdir(copying: Harness.fixtures.appendingPathComponent("input"))
        XCTAssertEqual(try Harness.run(["run"] + w.args + ["--database", url]).status, 3)
        let c = try DatabaseSupport.connect(url)
        // As an older build left it: no labour tables, so no views over them either.
        try c.execute("DROP TABLE records.labour_permit, records.labour_quota_row, statistics.labour_quota CASCADE")
        let check = try Harness.run(["db", "check"] + w.args + ["--database", url])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.stdout.contains("records.labour_permit") && check.stdout.contains("migstat db init"), check.stdout)

        let r = try Harness.run(["run", "--year", "2003", "--force"] + w.args + ["--database", url])
        XCTAssertEqual(r.status, 3, r.stderr)
        XCTAssertEqual(try c.rows("SELECT MAX(version) FROM statistics.schema_info"), [[String(DatabaseSchema.version)]])
        let quality = try JSONDecoder().decode(QualityReport.self, from: Data(contentsOf: URL(fileURLWithPath: "\(w.output)/2003/quality.json")))
        let labour = try XCTUnwrap(quality.feeds["labour-quotas"])
        XCTAssertEqual(try c.rows("SELECT SUM(records) FROM records.rejects_by_reason WHERE feed = 'labour-quotas'"), [[String(labour.records.rejected)]])
        let employers = try c.rows("SELECT COUNT(*) FROM records.permits_by_employer WHERE year = 2003").first?.first ?? nil
        XCTAssertGreaterThan(Int(employers ?? "") ?? 0, 0)
        let privileges = """
            SELECT has_table_privilege('migstat_reader', 'statistics.labour_quota', 'SELECT'),
                   has_table_privilege('migstat_reader', 'records.labour_permit', 'SELECT'),
                   has_table_privilege('migstat_analyst', 'records.labour_permit', 'SELECT'),
                   has_table_privilege('migstat_analyst', 'records.rejects_by_reason', 'SELECT')
            """
        XCTAssertEqual(try c.rows(privileges), [["t", "f", "t", "t"]])
        let again = try Harness.run(["db", "check"] + w.args + ["--database", url])
        XCTAssertEqual(again.status, 0, again.stdout)
    }
}
