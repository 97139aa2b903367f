import Foundation
import XCTest

/// Cron's view: incremental nights, one-year reprocessing, one run at a time,
/// and crash safety under SIGKILL.
final class UnattendedOperationTests: XCTestCase {
    static let demo = Harness.repository.appendingPathComponent("input")

    func testUnchangedRerunSkipsEveryYearAndRewritesNothing() throws {
        let w = try Workdir(copying: Self.demo)
        XCTAssertEqual(try Harness.run(["run"] + w.args).status, 0)
        let bytes = w.snapshot(), times = w.modificationTimes()
        let r = try Harness.run(["run", "--log-format", "text"] + w.args)
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stderr.components(separatedBy: "up to date, skipped").count - 1, 3, r.stderr)
        XCTAssertEqual(w.snapshot(), bytes)
        XCTAssertEqual(w.modificationTimes(), times)
    }

    /// `status` for a monitor: exit 5 while a run is due, 0 when every year is
    /// up to date, 4 when the database cannot be read; `--format json` for a
    /// script, each year with its latest release and the quarters it covers.
    /// `run --dry-run` says what a run would do, and writes nothing.
    func testStatusExitsForMonitoringAndADryRunWritesNothing() throws {
        let w = try Workdir(copying: Self.demo)
        // Two months of 2003's slips not delivered yet: their quarter is provisional.
        for month in ["08", "09"] { try FileManager.default.removeItem(atPath: "\(w.input)/migration-slips/2003/slips-2003-\(month).csv") }
        let due = try Harness.run(["status"] + w.args)
        XCTAssertEqual(due.status, 5, due.stdout + due.stderr)
        XCTAssertTrue(due.stdout.contains("2002  needs a run"), due.stdout)
        let plan = try Harness.run(["run", "--dry-run"] + w.args)
        XCTAssertEqual(plan.status, 0, plan.stderr)
        XCTAssertTrue(plan.stdout.contains("2003  process  never published"), plan.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: w.output), "a dry run writes nothing, not even the lock")

        XCTAssertEqual(try Harness.run(["run"] + w.args).status, 0)
        let clean = try Harness.run(["status", "--format", "json"] + w.args)
        XCTAssertEqual(clean.status, 0, clean.stdout)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(clean.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(json["exit_status"] as? Int, 0)
        let years = try XCTUnwrap(json["years"] as? [[String: Any]])
        XCTAssertEqual(years.map { $0["year"] as? Int }, [2001, 2002, 2003])
        XCTAssertEqual(Set(years.map { $0["state"] as? String }), ["up to date"])
        let release = try XCTUnwrap(years[2]["release"] as? [String: Any])
        let manifest = try XCTUnwrap(JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: "\(w.output)/2003/manifest.json"))) as? [String: Any])
        let published = try XCTUnwrap((manifest["release"] as? [String: Any])?["published_at"] as? String)
        XCTAssertEqual(release["number"] as? Int, 1)
        XCTAssertEqual(release["published_at"] as? String, published)
        XCTAssertEqual((release["coverage"] as? [String: Int])?["migration-slips"], 10)
        let quarters = try XCTUnwrap(release["quarters"] as? [[String: Any]])
        XCTAssertEqual(quarters.map { $0["quarter"] as? Int }, [1, 2, 3, 4])
        XCTAssertEqual(quarters.map { $0["provisional"] as? Bool }, [false, false, true, false])
        XCTAssertEqual(quarters[2]["coverage_months"] as? Int, 1)
        let text = try Harness.run(["status", "--year", "2003"] + w.args)
        XCTAssertTrue(text.stdout.contains("release 1 of \(published): Q1 Q2 Q3 (provisional, 1 of 3 months) Q4"), text.stdout)

        // A month arrives: a run is due (5), the dry run says why and changes nothing.
        try FileManager.default.copyItem(atPath: "\(Self.demo.path)/migration-slips/2003/slips-2003-08.csv",
                                         toPath: "\(w.input)/migration-slips/2003/slips-2003-08.csv")
        let before = w.snapshot(), times = w.modificationTimes()
        let hashes = FileManager.default.contents(atPath: "\(w.output)/.staging/file-hashes.json")
        let database = FileManager.default.contents(atPath: "\(w.output)/migstat.sqlite")
        let changed = try Harness.run(["status"] + w.args)
        XCTAssertEqual(changed.status, 5, changed.stdout)
        XCTAssertTrue(changed.stdout.contains("input added: migration-slips/2003/slips-2003-08.csv"), changed.stdout)
        let dry = try Harness.run(["run", "--dry-run"] + w.args)
        XCTAssertEqual(dry.status, 0, dry.stderr)
        XCTAssertTrue(dry.stdout.contains("2001  skip     up to date"), dry.stdout)
        XCTAssertTrue(dry.stdout.contains("2003  process  input added: migration-slips/2003/slips-2003-08.csv"), dry.stdout)
        XCTAssertEqual(w.snapshot(), before)
        XCTAssertEqual(w.modificationTimes(), times)
        XCTAssertEqual(FileManager.default.contents(atPath: "\(w.output)/.staging/file-hashes.json"), hashes)
        XCTAssertEqual(FileManager.default.contents(atPath: "\(w.output)/migstat.sqlite"), database, "no run row either")
        // A database that cannot be read outranks a due run: 4.
        let down = try Harness.run(["status", "--database", "postgresql:///migstat?host=/nonexistent"] + w.args)
        XCTAssertEqual(down.status, 4, down.stdout)
        XCTAssertEqual(try Harness.run(["run"] + w.args).status, 0)
        let second = try Harness.run(["status", "--year", "2003"] + w.args)
        XCTAssertEqual(second.status, 0, second.stdout)
        XCTAssertTrue(second.stdout.contains("release 2 of "), second.stdout)
        XCTAssertTrue(second.stdout.contains("Q3 (provisional, 2 of 3 months)"), second.stdout)
    }

    /// A year failed on unchanged input is exit 3 for `status`, naming what to act on.
    func testStatusExitsThreeForAFailedYearARunWillNotMend() throws {
        let w = try Workdir(copying: Harness.fixtures.appendingPathComponent("input"))
        XCTAssertEqual(try Harness.run(["run", "--database", "none"] + w.args).status, 3)
        let r = try Harness.run(["status", "--format", "json", "--database", "none"] + w.args)
        XCTAssertEqual(r.status, 3, r.stdout)
        let years = try XCTUnwrap((JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])?["years"] as? [[String: Any]])
        XCTAssertEqual(years.first?["quality"] as? String, "failed")
        XCTAssertTrue((years.first?["quality_causes"] as? [String])?.contains { $0.contains("quarantined") } ?? false, r.stdout)
    }

    func testChangingOneInputRerunsOnlyItsYear() throws {
        let w = try Workdir(copying: Self.demo)
        try Harness.run(["run"] + w.args)
        let times = w.modificationTimes()
        // The last demo year: a slip added to an earlier year would also change the
        // next year's population check (its start is this year's end: CrossYearCheckTests).
        let file = "\(w.input)/migration-slips/2003/slips-2003-01.csv"
        var text = try String(contentsOfFile: file, encoding: .utf8)
        text += "S2003-9999999,A,15.01.2003,F,1980,қазақ,KAZ,REGION,KZ-11,\n"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let status = try Harness.run(["status"] + w.args)
        XCTAssertTrue(status.stdout.contains("input changed: migration-slips/2003/slips-2003-01.csv"), status.stdout)
        let r = try Harness.run(["run", "--log-format", "text"] + w.args)
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("changed, processing  reasons=input changed: migration-slips/2003/slips-2003-01.csv year=2003"), r.stderr)
        let after = w.modificationTimes()
        for (f, t) in times where f.hasPrefix("2001/") || f.hasPrefix("2002/") { XCTAssertEqual(after[f], t, f) }
        XCTAssertNotEqual(after["2003/migration-flows.csv"], times["2003/migration-flows.csv"])
        XCTAssertNotEqual(after["summary/migration-flows.csv"], times["summary/migration-flows.csv"])
    }

    /// A night trusts the hashes the last run remembered only for a file whose
    /// identity is unchanged: an edit in place that keeps the size and the
    /// modification time (a careless copy tool) is still an edit.
    func testAnEditKeepingSizeAndModificationTimeIsStillSeen() throws {
        let w = try Workdir(copying: Self.demo)
        XCTAssertEqual(try Harness.run(["run", "--database", "none"] + w.args).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: "\(w.output)/.staging/file-hashes.json"))
        let file = "\(w.input)/migration-slips/2003/slips-2003-05.csv"
        var before = stat()
        XCTAssertEqual(stat(file, &before), 0)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        let at = try XCTUnwrap(bytes.lastIndex(of: UInt8(ascii: "F")) ?? bytes.lastIndex(of: UInt8(ascii: "M")))
        bytes[at] = bytes[at] == UInt8(ascii: "F") ? UInt8(ascii: "M") : UInt8(ascii: "F")   // one sex swapped, same size
        let fd = open(file, O_WRONLY)
        _ = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress!, $0.count, 0) }
        close(fd)
        let times = [before.st_atim, before.st_mtim]   // to the nanosecond, as cp -p or rsync -t would
        XCTAssertEqual(utimensat(AT_FDCWD, file, times, 0), 0)
        var after = stat()
        XCTAssertEqual(stat(file, &after), 0)
        XCTAssertEqual([after.st_size, Int(after.st_mtim.tv_sec), after.st_mtim.tv_nsec],
                       [before.st_size, Int(before.st_mtim.tv_sec), before.st_mtim.tv_nsec], "same size, same mtime")
        let r = try Harness.run(["run", "--database", "none", "--log-format", "text"] + w.args)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("input changed: migration-slips/2003/slips-2003-05.csv"), r.stderr)
        XCTAssertEqual(r.stderr.components(separatedBy: "up to date, skipped").count - 1, 2, r.stderr)
    }

    func testReprocessingOneYearLeavesTheOthersUntouched() throws {
        let w = try Workdir(copying: Self.demo)
        try Harness.run(["run"] + w.args)
        let bytes = w.snapshot(), times = w.modificationTimes()
        let r = try Harness.run(["run", "--year", "2002", "--force"] + w.args)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(w.snapshot(), bytes, "same input, same bytes")
        let after = w.modificationTimes()
        for (f, t) in times where !f.hasPrefix("2002/") { XCTAssertEqual(after[f], t, "\(f) was rewritten") }
        let last = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(w.output)/.staging/2002/last-run.json"))) as? [String: Any]
        XCTAssertEqual(last?["status"] as? String, "ok")
    }

    func testASecondConcurrentRunExits75() throws {
        let w = try Workdir(copying: Self.demo)
        try FileManager.default.createDirectory(atPath: w.output, withIntermediateDirectories: true)
        // This test process is the other run: it holds the lock as migstat does.
        let fd = open("\(w.output)/.lock", O_RDWR | O_CREAT, 0o644)
        XCTAssertEqual(flock(fd, LOCK_EX | LOCK_NB), 0)
        let holder = "pid \(getpid()) started 2026-01-01T02:30:00Z\n"
        _ = holder.withCString { pwrite(fd, $0, strlen($0), 0) }
        let second = try Harness.run(["run"] + w.args)
        XCTAssertEqual(second.status, 75)
        XCTAssertTrue(second.stderr.contains("pid \(getpid()) started"), second.stderr)
        XCTAssertTrue(w.snapshot().isEmpty, "nothing done")
        close(fd)   // the kernel releases the lock, as when a holder dies
        XCTAssertEqual(try Harness.run(["run"] + w.args).status, 0)
    }

    func testALinkedLockFileIsNotFollowed() throws {
        let w = try Workdir(copying: Self.demo)
        try FileManager.default.createDirectory(atPath: w.output, withIntermediateDirectories: true)
        let victim = w.root.appendingPathComponent("victim.txt").path
        try "precious\n".write(toFile: victim, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: "\(w.output)/.lock", withDestinationPath: victim)
        let r = try Harness.run(["run"] + w.args)
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertEqual(try String(contentsOfFile: victim, encoding: .utf8), "precious\n")
    }

    /// Killed at instants spread over a whole run (SIGKILL, no hooks in the
    /// binary), a run leaves each output file whole, previous or new, and the
    /// next plain run ends with the bytes of an uninterrupted run.
    func testKilledRunsRecoverToTheUninterruptedBytes() throws {
        let reference = try Workdir(copying: Self.demo)
        let began = Date()
        try Harness.run(["run"] + reference.args)
        let duration = Date().timeIntervalSince(began)
        let want = Self.comparable(reference.snapshot())

        for step in 0..<6 {
            let delay = duration * Double(step) / 5
            // Fresh output: nothing published before.
            let fresh = try Workdir(copying: Self.demo)
            let p = try Harness.start(["run"] + fresh.args)
            Thread.sleep(forTimeInterval: delay)
            Harness.kill9(p)
            for (f, data) in Self.comparable(fresh.snapshot()) { XCTAssertEqual(data, want[f], "killed at \(delay) s: \(f) is not a complete file") }
            XCTAssertEqual(try Harness.run(["run"] + fresh.args).status, 0)
            XCTAssertEqual(Self.comparable(fresh.snapshot()), want, "after a kill at \(delay) s")

            // Previous outputs of older input: each file stays old or becomes new.
            let w = try Workdir(copying: Self.demo)
            let file = "\(w.input)/migration-slips/2001/slips-2001-02.csv"
            let original = try Data(contentsOf: URL(fileURLWithPath: file))
            try original.dropLast(200).write(to: URL(fileURLWithPath: file))
            try Harness.run(["run"] + w.args)
            let old = Self.comparable(w.snapshot())
            try original.write(to: URL(fileURLWithPath: file))
            let q = try Harness.start(["run"] + w.args)
            Thread.sleep(forTimeInterval: delay)
            Harness.kill9(q)
            for (f, data) in Self.comparable(w.snapshot()) {
                XCTAssertTrue(data == old[f] || data == want[f], "killed at \(delay) s: \(f) is neither the previous nor the new file")
            }
            XCTAssertEqual(try Harness.run(["run"] + w.args).status, 0)
            XCTAssertEqual(Self.comparable(w.snapshot()), want, "after a kill at \(delay) s over previous outputs")
        }
    }

    /// Published files without what differs between two runs by design: the
    /// release in manifest.json (its number and the time its figures were
    /// first published) with the revisions the quarterly pages show, and the
    /// report's quality pages, whose run history lists every run, killed ones
    /// too. A manifest that is not whole JSON stays as it is.
    static func comparable(_ files: [String: Data]) -> [String: Data] {
        Workdir.withoutRelease(Workdir.withoutRunHistory(files))
    }

    /// A stage never combines staging files from two runs of the one before it
    /// (as a kill between writing a feed's records and its inventory would leave).
    func testAStageRefusesStagingFromTwoDifferentRuns() throws {
        let w = try Workdir(copying: Harness.fixtures.appendingPathComponent("input"))
        XCTAssertEqual(try Harness.run(["extract", "--year", "2003"] + w.args).status, 0)
        let inventory = "\(w.output)/.staging/2003/migration-slips/files.json"
        let older = try Data(contentsOf: URL(fileURLWithPath: inventory))
        let slips = "\(w.input)/migration-slips/2003/slips-2003-01.csv"
        try (try String(contentsOfFile: slips, encoding: .utf8) + "S2003-9999999,A,15.01.2003,F,1980,қазақ,KAZ,REGION,KZ-11,\n")
            .write(toFile: slips, atomically: true, encoding: .utf8)
        XCTAssertEqual(try Harness.run(["extract", "--year", "2003"] + w.args).status, 0)
        try older.write(to: URL(fileURLWithPath: inventory))
        let refused = try Harness.run(["normalise", "--year", "2003"] + w.args)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("does not belong with its companion files"), refused.stderr)
        XCTAssertEqual(try Harness.run(["extract", "--year", "2003"] + w.args).status, 0)
        XCTAssertEqual(try Harness.run(["normalise", "--year", "2003"] + w.args).status, 0)
    }
}
