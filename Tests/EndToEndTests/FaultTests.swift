import Foundation
import XCTest
@testable import MigstatCore

/// Faults in the middle of a run: a clear message, exit 1, the previous
/// outputs stand, and once the fault is cleared the next run gives exactly
/// the bytes of a run that never met it.
final class FaultTests: XCTestCase {
    static let demo = Harness.repository.appendingPathComponent("input")

    /// A small tmpfs over the output folder (root only); nil where the machine does not allow it.
    private func mountSmallDisk(at path: String, megabytes: Int) -> Bool {
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return shell("mount -t tmpfs -o size=\(megabytes)m tmpfs '\(path)'") == 0
    }

    @discardableResult
    private func shell(_ command: String) -> Int32 { Harness.shell(command) }

    /// Output published from an older slips file, and the reference bytes of the new input.
    private func previousAndReference(_ w: Workdir) throws -> (old: [String: Data], want: [String: Data]) {
        let reference = try Workdir(copying: Self.demo)
        XCTAssertEqual(try Harness.run(["run"] + reference.args).status, 0)
        // The last demo year: an earlier year's slips would also change the next
        // year's population check (its start is this year's end), a failure by design.
        let file = "\(w.input)/migration-slips/2003/slips-2003-02.csv"
        let original = try Data(contentsOf: URL(fileURLWithPath: file))
        // An older delivery: the same month with its last rows missing.
        let lines = String(decoding: original, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        try (lines.dropLast(4).joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        XCTAssertEqual(try Harness.run(["run"] + w.args).status, 0)
        try original.write(to: URL(fileURLWithPath: file))
        return (w.snapshot(), reference.snapshot())
    }

    func testDiskFullMidRun() throws {
        let w = try Workdir(copying: Self.demo)
        let mounted = mountSmallDisk(at: w.output, megabytes: 24)   // room for a whole run of six feeds, with its database
        defer { if mounted { shell("umount '\(w.output)'") } }
        let (old, want) = try previousAndReference(w)
        let r: Harness.Result
        if mounted {
            // Leave a few kilobytes free: the run's staging cannot fit.
            shell("dd if=/dev/zero of='\(w.output)/filler' bs=1k count=100000")
            shell("rm -f '\(w.output)/filler'; dd if=/dev/zero of='\(w.output)/filler' bs=1k count=$(( $(df -k --output=avail '\(w.output)' | tail -1) - 24 ))")
            r = try Harness.run(["run", "--log-format", "text"] + w.args)
            XCTAssertTrue(r.stderr.contains("No space left on device"), r.stderr)
        } else {
            // Without a tmpfs: a file-size limit makes writes fail the same way.
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/sh")
            p.arguments = ["-c", "ulimit -f 64; exec \"$0\" \"$@\"", Harness.binary.path, "run"] + w.args
            let err = Pipe()
            p.standardError = err
            try p.run()
            let e = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            r = Harness.Result(status: p.terminationStatus, stdout: "", stderr: e)
            XCTAssertTrue(r.stderr.contains("File too large"), r.stderr)
        }
        XCTAssertEqual(r.status, 1, r.stderr)
        var now = w.snapshot()
        now["filler"] = nil
        XCTAssertEqual(now, old, "the previous outputs stand")
        if mounted { shell("rm -f '\(w.output)/filler'") }
        XCTAssertEqual(try Harness.run(["run"] + w.args).status, 0)
        assertRecovered(w, want, "after the fault, the bytes of an uninterrupted run")
    }

    func testReadOnlyOutputFolder() throws {
        let w = try Workdir(copying: Self.demo)
        guard mountSmallDisk(at: w.output, megabytes: 64) else { throw XCTSkip("no tmpfs here to make read-only") }
        defer { shell("umount '\(w.output)'") }
        let (old, want) = try previousAndReference(w)
        XCTAssertEqual(shell("mount -o remount,ro '\(w.output)'"), 0)
        let r = try Harness.run(["run", "--log-format", "text"] + w.args)
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("Read-only file system"), r.stderr)
        XCTAssertEqual(w.snapshot(), old)
        XCTAssertEqual(shell("mount -o remount,rw '\(w.output)'"), 0)
        XCTAssertEqual(try Harness.run(["run"] + w.args).status, 0)
        assertRecovered(w, want, "after the fault, the bytes of an uninterrupted run")
    }

    /// The year's load runs beside its pipeline (its records stream into an open
    /// transaction as each feed is normalised): a year that fails to publish
    /// after that leaves the database exactly as it was, and the next run loads it.
    func testAYearThatFailsToPublishLeavesItsPreviousLoadInTheDatabase() throws {
        let w = try Workdir(copying: Self.demo)
        let (_, want) = try previousAndReference(w)
        let database = "\(w.output)/migstat.sqlite"
        let before = try DatabaseSupport.dump(DatabaseSupport.connect(database))
        // A folder where a statistics file is published: aggregate fails after every feed was normalised.
        let blocked = "\(w.output)/2003/migration-flows.csv"
        try FileManager.default.removeItem(atPath: blocked)
        try FileManager.default.createDirectory(atPath: "\(blocked)/in-the-way", withIntermediateDirectories: true)
        // Two jobs, whatever the machine's cores: the load runs beside the pipeline only then.
        let r = try Harness.run(["run", "--jobs", "2", "--log-format", "text"] + w.args)
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("migration-flows.csv"), r.stderr)
        XCTAssertEqual(try DatabaseSupport.dump(DatabaseSupport.connect(database)), before, "the previous load stands, every row")
        try FileManager.default.removeItem(atPath: blocked)
        XCTAssertEqual(try Harness.run(["run"] + w.args).status, 0)
        XCTAssertNotEqual(try DatabaseSupport.dump(DatabaseSupport.connect(database)), before, "the corrected slips loaded")
        XCTAssertEqual(try Harness.run(["db", "check"] + w.args).status, 0)
        assertRecovered(w, want, "after the fault, the bytes of an uninterrupted run")
    }

    /// The recovered output has the bytes of the uninterrupted one, but for what
    /// differs by design: the quality page's run history lists the failed run too,
    /// and 2003 is its second release (the older delivery was the first), naming
    /// the re-delivered file.
    private func assertRecovered(_ w: Workdir, _ want: [String: Data], _ message: String, line: UInt = #line) {
        let got = w.snapshot()
        XCTAssertEqual(Workdir.withoutRelease(Workdir.withoutRunHistory(got)), Workdir.withoutRelease(Workdir.withoutRunHistory(want)), message, line: line)
        let manifest = got["2003/manifest.json"].flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
        let release = manifest?["release"] as? [String: Any]
        XCTAssertEqual(release?["number"] as? Int, 2, "2003's second release: \(String(describing: release))", line: line)
        XCTAssertTrue("\(release?["files"] ?? "")".contains("slips-2003-02.csv"), "the release names the re-delivered file: \(String(describing: release))", line: line)
    }
}
