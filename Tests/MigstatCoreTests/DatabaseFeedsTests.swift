import Foundation
@testable import MigstatCore
import XCTest

/// The database layer takes every feed-specific part from the plugins: it
/// names no feed, a database made before a feed was added gains that feed's
/// tables when next opened, and the load does not depend on the report.
final class DatabaseFeedsTests: XCTestCase {
    private var scratch: Scratch!
    override func setUp() { scratch = Scratch() }
    override func tearDown() { scratch = nil }

    /// Every name a plugin brings to the database, and the feed's own names.
    private func feedNames() -> [String] {
        FeedRegistry.all.flatMap { plugin in
            [plugin.name, plugin.statisticsFile, DatabaseSchema.statisticsName(plugin)] + plugin.recordTables.map(\.name)
                + plugin.database.views.map(\.name) + plugin.database.rollups.map(\.table.name)
        }
    }

    /// Swift source without its comments (line comments; the sources use no block comments).
    private func code(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var inString = false, previous: Character = " "
            for (offset, ch) in line.enumerated() {
                if ch == "\"" { inString.toggle() }
                if !inString, ch == "/", previous == "/" { return String(line.prefix(offset - 1)) }
                previous = ch
            }
            return String(line)
        }.joined(separator: "\n")
    }

    func testTheDatabaseLayerAndTheStagesNameNoFeedTableOrView() throws {
        let names = feedNames()
        XCTAssertTrue(names.contains("slips_by_month") && names.contains("table1"), "the plugins' parts are found: \(names)")
        var found: [String] = []
        for folder in ["Sources/MigstatCore/Database", "Sources/MigstatCore/Stages"] {
            let dir = repositoryRoot.appendingPathComponent(folder).path
            for file in try FileManager.default.contentsOfDirectory(atPath: dir).sorted() where file.hasSuffix(".swift") {
                let text = try code("\(dir)/\(file)")
                for name in names {
                    let pattern = "(?<![A-Za-z0-9_-])" + NSRegularExpression.escapedPattern(for: name) + "(?![A-Za-z0-9_])"
                    if text.range(of: pattern, options: .regularExpression) != nil { found.append("\(folder)/\(file): \(name)") }
                }
            }
        }
        XCTAssertEqual(found, [])
    }

    func testTheCommentStripperKeepsCodeAndDropsComments() throws {
        let path = "\(scratch.root.path)/x.swift"
        try "let a = \"table1 // not a comment\" // table1\n/// table1\nlet b = 1".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(try code(path), "let a = \"table1 // not a comment\" \n\nlet b = 1")
    }

    /// A pipelines folder with the four feeds of the samples (refugees and population are
    /// tested by their own tests), with or without the report.
    private func pipelines(report: Bool) throws -> String {
        let dir = "\(scratch.root.path)/pipelines"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var names = ["codelists", "migstat.yaml"] + fourFeeds.map { "\($0).yaml" }
        if report { names.append("report") }
        for name in names { try FileManager.default.copyItem(atPath: "\(pipelinesDir)/\(name)", toPath: "\(dir)/\(name)") }
        return dir
    }

    private let fourFeeds = ["migration-slips", "police-registrations", "labour-quotas", "repatriates"]

    private func copySamples() throws {
        for feed in fourFeeds {
            try FileManager.default.createDirectory(atPath: scratch.input, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: repositoryRoot.appendingPathComponent("Tests/Fixtures/samples/input/\(feed)").path,
                                             toPath: "\(scratch.input)/\(feed)")
        }
    }

    private func pipeline(_ dir: String, database: String) throws -> Pipeline {
        var p = Pipeline(config: try PipelineConfig.load(directory: dir), workspace: Workspace(input: scratch.input, output: scratch.output),
                         logger: quietLogger)
        p.database = .sqlite(path: database)
        p.jobs = 2
        return p
    }

    func testAPipelinesFolderWithoutReportStillLoadsTheDatabase() throws {
        try copySamples()
        let path = "\(scratch.root.path)/db.sqlite"
        let outcome = try pipeline(try pipelines(report: false), database: path).run(years: nil, force: false)
        XCTAssertNil(outcome.databaseProblem)
        XCTAssertEqual(outcome.loaded, [2003])
        XCTAssertEqual(outcome.years, [2003])
        let db = try UnifiedDatabase.openExisting(.sqlite(path: path))
        XCTAssertEqual(try db.connection.rows("SELECT year, status FROM year_state"), [["2003", "failed"]])
        XCTAssertEqual(try db.check(workspace: Workspace(input: scratch.input, output: scratch.output)), [])
        XCTAssertFalse(FileManager.default.fileExists(atPath: "\(scratch.output)/report"), "no report without pipelines/report")
    }

    /// A database made before a feed was registered: its tables, views and
    /// sums are added on the next open (the version unchanged), the view over
    /// every feed's rejects is made again to read them, and a run loads into them.
    func testADatabaseWithoutAFeedsTablesGainsThemOnOpenAndARunLoadsIntoThem() throws {
        let path = "\(scratch.root.path)/db.sqlite"
        let labour = try XCTUnwrap(FeedRegistry.plugin("labour-quotas"))
        let dropped = [DatabaseSchema.statisticsName(labour)] + labour.recordTables.map(\.name)
        do {
            let db = try XCTUnwrap(UnifiedDatabase.open(.sqlite(path: path)))
            // As an older build left it: no labour tables, no permits view, rejects read from the other feeds only.
            for view in labour.database.views { try db.connection.execute("DROP VIEW \(view.name)") }
            for table in dropped { try db.connection.execute("DROP TABLE \(table)") }
            let others = DatabaseSchema.recordTables.filter { $0.plugin.name != labour.name }.map {
                "SELECT year, '\($0.plugin.name)' AS feed, source_file, reason, COUNT(*) AS records FROM \($0.table.name) WHERE fate = 'rejected' GROUP BY year, source_file, reason"
            }
            try db.connection.execute("DROP VIEW rejects_by_reason")
            try db.connection.execute("CREATE VIEW rejects_by_reason AS\n" + others.joined(separator: "\nUNION ALL\n"))
            XCTAssertEqual(try db.missingRelations().sorted(), (dropped + labour.database.views.map(\.name)).sorted())
        }
        // db check, which only reads, names what is missing and what to run.
        let readOnly = try UnifiedDatabase.openExisting(.sqlite(path: path))
        let problems = try readOnly.check(workspace: Workspace(input: scratch.input, output: scratch.output))
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].contains("labour_permit") && problems[0].contains("migstat db init"), problems[0])

        try copySamples()
        let outcome = try pipeline(try pipelines(report: true), database: path).run(years: nil, force: false)
        XCTAssertNil(outcome.databaseProblem)
        XCTAssertEqual(outcome.loaded, [2003])
        let db = try UnifiedDatabase.openExisting(.sqlite(path: path))
        XCTAssertEqual(try db.missingRelations(), [])
        XCTAssertEqual(try db.storedVersion(), DatabaseSchema.version)
        let quality = try scratch.quality(2003)
        let permits = try db.connection.rows("SELECT COUNT(*) FROM labour_permit WHERE year = 2003").first?.first ?? nil
        let quotaRows = try db.connection.rows("SELECT COUNT(*) FROM labour_quota_row WHERE year = 2003").first?.first ?? nil
        XCTAssertEqual((Int(permits ?? "") ?? 0) + (Int(quotaRows ?? "") ?? 0), quality.feeds[labour.name]?.records.read)
        let rejects = try db.connection.rows("SELECT SUM(records) FROM rejects_by_reason WHERE feed = '\(labour.name)'").first?.first ?? nil
        XCTAssertEqual(rejects.flatMap { Int($0) }, quality.feeds[labour.name]?.records.rejected)
        XCTAssertGreaterThan(quality.feeds[labour.name]?.records.rejected ?? 0, 0)
        XCTAssertEqual(try db.check(workspace: Workspace(input: scratch.input, output: scratch.output)), [])
    }

    /// A table whose definition differs from this build's (here an older key,
    /// without ref_area) is found on the next open and brought to the
    /// definition in place (SchemaCatalog, SchemaUpgrade): its rows kept, the
    /// version unchanged, on SQLite and on PostgreSQL.
    private func assertADifferingTableIsUpgradedOnOpen(_ location: DatabaseLocation, olderKey: (UnifiedDatabase) throws -> Void) throws {
        let t = DatabaseSchema.qualityCheck
        do {
            let db = try XCTUnwrap(UnifiedDatabase.open(location))
            try db.connection.execute("INSERT INTO \(db.table(t)) (ref_area, year, name, passed) VALUES ('KZ-71', 2003, 'a check', \(db.dialect == .sqlite ? "1" : "true"))")
            try olderKey(db)
            XCTAssertEqual(try db.differingTables().map(\.table.name), [t.name])
        }
        let db = try XCTUnwrap(UnifiedDatabase.open(location))
        XCTAssertEqual(try db.differingTables().map(\.table.name), [])
        XCTAssertEqual(try db.heldTable(t)?.primaryKey, t.primaryKey)
        XCTAssertEqual(try db.connection.rows("SELECT ref_area, year, name FROM \(db.table(t))"), [["KZ-71", "2003", "a check"]])
        XCTAssertEqual(try db.connection.rows("SELECT version FROM \(db.table(DatabaseSchema.schemaInfo))"), [[String(DatabaseSchema.version)]])
        XCTAssertEqual(try db.missingRelations(), [])
    }

    func testASQLiteTableWithAnOlderKeyIsUpgradedOnOpen() throws {
        try assertADifferingTableIsUpgradedOnOpen(.sqlite(path: "\(scratch.root.path)/db.sqlite")) { db in
            try db.connection.execute("""
                CREATE TABLE older (ref_area TEXT NOT NULL, year INTEGER NOT NULL, name TEXT NOT NULL, passed INTEGER NOT NULL, PRIMARY KEY (year, name));
                INSERT INTO older SELECT ref_area, year, name, passed FROM quality_check;
                DROP TABLE quality_check; ALTER TABLE older RENAME TO quality_check
                """)
        }
    }

    func testAPostgresTableWithAnOlderKeyIsUpgradedOnOpen() throws {
        try assertADifferingTableIsUpgradedOnOpen(.postgresql(url: try PostgresScratch.fresh())) { db in
            try db.connection.execute("ALTER TABLE statistics.quality_check DROP CONSTRAINT quality_check_pkey, ADD PRIMARY KEY (year, name)")
        }
    }

    /// Opening an up-to-date database writes nothing (no transaction, no view made again).
    func testOpeningACompleteDatabaseWritesNothing() throws {
        let path = "\(scratch.root.path)/db.sqlite"
        _ = try UnifiedDatabase.open(.sqlite(path: path))
        let master = "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"
        let reader = try UnifiedDatabase.openExisting(.sqlite(path: path))   // held: closing it closes its connection
        let before = try reader.connection.rows(master)
        let db = try XCTUnwrap(UnifiedDatabase.open(.sqlite(path: path)))
        XCTAssertEqual(try db.connection.rows(master), before)
        XCTAssertEqual(try db.missingRelations(), [])
    }

    /// The run history: one row per ledger, finished with the status and years given.
    func testTheRunLedgerWritesOneRowStartedAndFinished() throws {
        let path = "\(scratch.root.path)/db.sqlite"
        let db = try XCTUnwrap(UnifiedDatabase.open(.sqlite(path: path)))
        let ledger = RunLedger(database: db, years: [2001, 2002, 2003])
        XCTAssertEqual(try db.connection.rows("SELECT years, finished_at IS NULL, exit_status FROM run"), [["2001,2002,2003", "1", nil]])
        ledger.finish(years: [2002], exitStatus: 3)
        ledger.finish(years: [2003], exitStatus: 0)   // once only
        XCTAssertEqual(try db.connection.rows("SELECT years, finished_at IS NULL, exit_status, migstat_version FROM run"),
                       [["2002", "0", "3", AggregateStage.version]])
        RunLedger(database: nil, years: [2003]).finish(years: [2003], exitStatus: 0)   // no database: nothing, no error
    }
}
