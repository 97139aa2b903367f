import Foundation
@testable import MigstatCore
import XCTest

/// Runs that meet in one database (DATABASE.md "Many regions in one
/// database"): first runs together on a fresh database create the schema
/// once and all publish and load; a lock nobody releases ends a run with
/// exit 4 naming what waited, never a hang.
final class RegionConcurrencyTests: XCTestCase {
    /// Four runs of the sample year from four outputs, started together on one fresh database.
    private func fourFirstRuns(database: String) throws -> [Workdir] {
        let outputs = try (0..<4).map { _ in try Workdir(copying: RegionSupport.sample) }
        let runs = try outputs.map { w -> (Process, Pipe) in
            let (p, out, err) = Harness.process(["run"] + w.args + ["--database", database])
            p.standardOutput = FileHandle.nullDevice
            _ = out
            try p.run()
            return (p, err)
        }
        for (k, (p, err)) in runs.enumerated() {
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            // 3: the sample's damaged police file is quarantined; never 4 (the database failed) or 2.
            XCTAssertEqual(p.terminationStatus, 3, "run \(k): \(stderr.suffix(2000))")
        }
        return outputs
    }

    /// The year's load runs beside its pipeline only when it can start at once:
    /// with this region-year's load lock held elsewhere (another output's run)
    /// the run does not wait through its pipeline, it publishes and then loads,
    /// waiting only then; released, the load completes and agrees.
    func testALoadLockHeldAtTheYearsStartLoadsAfterPublication() throws {
        let url = try DatabaseSupport.freshPostgres()
        let w = try Workdir(copying: RegionSupport.sample)
        let year = 2003   // the sample's one year
        let holder = try DatabaseSupport.connect(url)
        let key = "hashtext('\(SchemaLock.loadKey)'), hashtext('KZ-71 \(year)')"
        try holder.execute("SELECT pg_advisory_lock(\(key))")
        // Released once the year is published (its manifest written), from another thread.
        let released = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            let deadline = Date().addingTimeInterval(120)
            while !FileManager.default.fileExists(atPath: "\(w.output)/\(year)/manifest.json"), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            try? holder.execute("SELECT pg_advisory_unlock(\(key))")
            released.signal()
        }
        let r = try Harness.run(["run", "--jobs", "2", "--log-format", "json"] + w.args + ["--database", url])
        released.wait()
        XCTAssertEqual(r.status, 3, r.stderr)   // the sample's damaged police file
        let loaded = r.stderr.split(separator: "\n").filter { $0.contains("\"message\":\"loaded\"") }
        XCTAssertEqual(loaded.count, 1, r.stderr)
        XCTAssertTrue(loaded.first?.contains("\"load\":\"after publication\"") == true, r.stderr)
        XCTAssertEqual(try Harness.run(["db", "check"] + w.args + ["--database", url]).status, 0)
        // Nothing held: beside the pipeline.
        let again = try Harness.run(["run", "--year", "\(year)", "--jobs", "2", "--force", "--log-format", "json"] + w.args + ["--database", url])
        XCTAssertEqual(again.status, 3, again.stderr)
        XCTAssertTrue(again.stderr.contains("\"load\":\"beside the pipeline\""), again.stderr)
    }

    func testFourFirstRunsOnOneFreshSQLiteFileAllLoad() throws {
        let folder = try Workdir(copying: RegionSupport.sample)
        let path = "\(folder.root.path)/shared.sqlite"
        let outputs = try fourFirstRuns(database: "sqlite:\(path)")
        let c = try SQLiteDatabase(path: path)
        XCTAssertEqual(try c.rows("SELECT version FROM schema_info").count, 1, "one schema_info row: the schema was made once")
        // The same region four times: one copy of its rows, equal to each output's files.
        for w in outputs { try RegionSupport.assertStatistics(c, refArea: "KZ-71", output: w.output) }
        // One region: no national page.
        XCTAssertFalse(FileManager.default.fileExists(atPath: "\(outputs[0].output)/report/en/national.html"))
    }

    func testFourFirstRunsOnOneFreshPostgresDatabaseAllLoad() throws {
        let url = try DatabaseSupport.freshPostgres()
        let outputs = try fourFirstRuns(database: url)
        let c = try DatabaseSupport.connect(url)
        XCTAssertEqual(try c.rows("SELECT version FROM statistics.schema_info").count, 1, "one schema_info row: the schema was made once")
        for w in outputs { try RegionSupport.assertStatistics(c, refArea: "KZ-71", output: w.output) }
        // The last load wins: the database holds one run's publication, whose manifest (its
        // published_at in whole seconds) may differ from the others' when they published in other seconds.
        let held = try c.rows("SELECT manifest_sha256 FROM statistics.year_state WHERE ref_area = 'KZ-71' AND year = 2003")
        XCTAssertEqual(held.count, 1)
        let holder = try XCTUnwrap(outputs.first { w in
            (try? Data(contentsOf: URL(fileURLWithPath: "\(w.output)/2003/manifest.json"))).map { Hashing.sha256($0) } == held.first?[0]
        }, "the publication the database holds is one of the four runs'")
        let check = try Harness.run(["db", "check"] + holder.args + ["--database", url])
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
    }

    /// Another session holds a table locked against writes: the load waits
    /// lock_timeout (1 s here, from the URL), then the run ends with exit 4
    /// naming the table, the output lock released; the year keeps its
    /// previous load, and once the lock is gone the next run loads it.
    func testAStuckLockEndsTheRunWithExit4NamingTheTable() throws {
        let url = try DatabaseSupport.freshPostgres()
        let w = try Workdir(copying: RegionSupport.sample)
        XCTAssertEqual(try Harness.run(["run"] + w.args + ["--database", url]).status, 3)
        let before = try RegionSupport.dump(try DatabaseSupport.connect(url))

        let holder = try PostgresDatabase(url: url)
        try holder.execute("BEGIN; LOCK TABLE statistics.migration_flows IN SHARE MODE")
        let started = Date()
        let stuck = try Harness.run(["run", "--year", "2003", "--force"] + w.args + ["--database", url + "&options=-c%20lock_timeout%3D1s"])
        let waited = Date().timeIntervalSince(started)
        XCTAssertEqual(stuck.status, 4, stuck.stderr)
        XCTAssertTrue(stuck.stderr.contains("statistics.migration_flows"), stuck.stderr)
        XCTAssertTrue(stuck.stderr.contains("waited 1s"), stuck.stderr)
        XCTAssertLessThan(waited, 30, "the run gave up instead of hanging")
        XCTAssertEqual(try RegionSupport.dump(try DatabaseSupport.connect(url)), before, "the year keeps its previous load")

        try holder.execute("ROLLBACK")
        holder.close()
        let next = try Harness.run(["run"] + w.args + ["--database", url])
        XCTAssertEqual(next.status, 3, "the output lock was released and the year loads: \(next.stderr)")
        try RegionSupport.assertStatistics(try DatabaseSupport.connect(url), refArea: "KZ-71", output: w.output)
        let check = try Harness.run(["db", "check"] + w.args + ["--database", url])
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
    }

    /// Without a timeout in the URL the connection waits 60 s at most; one the server sets for the role is kept.
    func testTheLockTimeoutIsSixtySecondsUnlessOneIsSet() throws {
        let url = try DatabaseSupport.freshPostgres()
        XCTAssertEqual(try PostgresDatabase(url: url).rows("SHOW lock_timeout").first?.first, "1min")
        XCTAssertEqual(try PostgresDatabase(url: url + "&options=-c%20lock_timeout%3D5s").rows("SHOW lock_timeout").first?.first, "5s")
    }
}
