import Foundation
@testable import MigstatCore
import XCTest

/// A rollup with a fold is summed as its records load (no query over them
/// afterwards), and its rows are the rollup query's over the same loaded rows,
/// on SQLite and PostgreSQL; a fold that cannot be sure of a value gives up to the query.
final class RollupFoldTests: XCTestCase {
    private var scratch: Scratch!
    override func setUp() { scratch = Scratch() }
    override func tearDown() { scratch = nil }

    private func assertFoldedRowsAreTheQuerys(_ location: DatabaseLocation) throws {
        try FileManager.default.createDirectory(atPath: scratch.input, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: repositoryRoot.appendingPathComponent("Tests/Fixtures/samples/input/migration-slips").path,
                                         toPath: "\(scratch.input)/migration-slips")
        let workspace = Workspace(input: scratch.input, output: scratch.output)
        var pipeline = Pipeline(config: try PipelineConfig.load(directory: pipelinesDir), workspace: workspace, logger: quietLogger)
        pipeline.database = location
        let outcome = try pipeline.run(years: nil, force: false)
        XCTAssertNil(outcome.databaseProblem)
        XCTAssertEqual(outcome.loaded, [2003])

        let db = try XCTUnwrap(UnifiedDatabase.open(location))
        let summary = try db.load(year: 2003, workspace: workspace)
        let rollups = FeedRegistry.all.flatMap(\.database.rollups).filter { $0.fold != nil }
        XCTAssertFalse(rollups.isEmpty, "a feed declares a fold")
        XCTAssertEqual(summary.foldedRollups.sorted(), rollups.map(\.table.name).sorted(), "every fold summed its rollup, none gave up")
        for rollup in rollups {
            let t = rollup.table
            let stored = try db.connection.rows("SELECT \(t.columns.dropFirst().map(\.name).joined(separator: ", ")) FROM \(db.table(t)) "
                                                + "WHERE \(db.scope(2003).rows())")
            let queried = try db.connection.rows(rollup.select(db.names, db.scope(2003)))
            let sorted = { (rows: [[String?]]) in rows.sorted { $0.map { $0 ?? "" }.lexicographicallyPrecedes($1.map { $0 ?? "" }) } }
            XCTAssertGreaterThan(stored.count, 1, "\(t.name) has rows to compare")
            XCTAssertEqual(sorted(stored), sorted(queried), t.name)
        }
        XCTAssertEqual(try db.check(workspace: workspace), [])
    }

    func testTheFoldedRollupsAreTheQuerysRowsOnSQLite() throws {
        try assertFoldedRowsAreTheQuerys(.sqlite(path: "\(scratch.root.path)/db.sqlite"))
    }

    func testTheFoldedRollupsAreTheQuerysRowsOnPostgres() throws {
        try assertFoldedRowsAreTheQuerys(.postgresql(url: try PostgresScratch.fresh()))
    }

    /// The fold over staged lines as RecordLine lays them out (file line fate reason table, then the slip's columns).
    private func fold(_ lines: [String]) -> [[String]]? {
        let slip = MigrationSlips.plugin.recordTables[0]
        let folding = RollupFolding(MigrationSlips.plugin.database.rollups, scope: AreaYear(refArea: "KZ-71", year: 2003))
        try! folding.begin(slip)
        for text in lines {
            let bytes = Array(text.utf8)
            var ranges: [Range<Int>] = [], start = 0
            for (k, b) in bytes.enumerated() where b == 0x09 { ranges.append(start..<k); start = k + 1 }
            ranges.append(start..<bytes.count)
            bytes.withUnsafeBufferPointer { folding.accumulate($0, ranges) }
        }
        return folding.rows(of: MigrationSlipsDatabase.slipsByMonth)
    }

    private func slip(_ fate: String, _ kind: String, _ date: String) -> String {
        ["0", "1", fate, "", "migration_slip", "S1", kind, date, "M", "1980", "KAZ", "KAZ", "KZ_REGIONS", "KZ-75"].joined(separator: "\t")
    }

    func testTheSlipsFoldCountsAcceptedSlipsByMonthAndGivesUpOnADateItCannotRead() {
        XCTAssertEqual(fold([slip("accepted", "A", "2003-02-10"), slip("accepted", "D", "2003-02-11"), slip("accepted", "A", "2003-02-12"),
                             slip("rejected", "A", "2003-03-01"), slip("accepted", "X", "2003-11-30")]),
                       [["2003", "2", "2", "1"], ["2003", "11", "0", "0"]])
        XCTAssertEqual(fold([slip("accepted", "A", "2003-7-01")])?.count, nil, "a one-digit month: the query's own reading")
        XCTAssertEqual(fold([slip("accepted", "A", "2003-")])?.count, nil)
        XCTAssertEqual(fold([slip("accepted", "A", "2ö03-07-01")])?.count, nil, "a character of two bytes shifts substr's places")
        XCTAssertEqual(fold([slip("rejected", "A", "bad")]), [], "only accepted slips are read")
    }
}
