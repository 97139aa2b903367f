import Foundation
@testable import MigstatCore
import XCTest

/// A tired operator's mistakes fail loudly (exit 2) and unpublish nothing;
/// a definition mistake is found before anything is written.
final class OperatorMistakeTests: XCTestCase {
    static let demo = Harness.repository.appendingPathComponent("input")

    /// A published demo, its bytes, and a private copy of the definitions.
    private func published() throws -> (Workdir, [String: Data], String) {
        let w = try Workdir(copying: Self.demo)
        XCTAssertEqual(try Harness.run(["run"] + w.args).status, 0)
        let pipelines = w.root.appendingPathComponent("pipelines").path
        try FileManager.default.copyItem(atPath: Harness.pipelines, toPath: pipelines)
        return (w, w.snapshot(), pipelines)
    }

    private func args(_ w: Workdir, pipelines: String, input: String? = nil) -> [String] {
        ["--input", input ?? w.input, "--output", w.output, "--pipelines", pipelines]
    }

    private func edit(_ path: String, _ old: String, _ new: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(text.contains(old), "\(old) not in \(path)")
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
    }

    func testAMistypedInputFolderUnpublishesNothing() throws {
        let (w, before, pipelines) = try published()
        let wrong = w.root.appendingPathComponent("inptu").path
        for extra in [[], ["--year", "2003", "--force"]] {
            let r = try Harness.run(["run"] + extra + args(w, pipelines: pipelines, input: wrong))
            XCTAssertEqual(r.status, 2, r.stderr)
            XCTAssertTrue(r.stderr.contains("input folder"), r.stderr)
            XCTAssertEqual(w.snapshot(), before)
        }
    }

    /// An input folder that holds none of the feed folders (an empty one, or one
    /// feed's own folder) is a mistyped --input: exit 2 before anything is
    /// written, with no run row and the remembered input hashes kept.
    func testAnInputFolderWithoutFeedFoldersIsRefusedBeforeAnythingIsWritten() throws {
        let (w, before, pipelines) = try published()
        let hashes = FileManager.default.contents(atPath: "\(w.output)/.staging/file-hashes.json")
        XCTAssertNotNil(hashes)
        let runs = try runRows(w)
        let empty = w.root.appendingPathComponent("empty").path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        for input in [empty, "\(w.input)/police-registrations"] {
            for extra in [[], ["--year", "2002"], ["--dry-run"]] {
                let r = try Harness.run(["run"] + extra + args(w, pipelines: pipelines, input: input))
                XCTAssertEqual(r.status, 2, "\(input) \(extra): \(r.stderr)")
                XCTAssertTrue(r.stderr.contains("none of the feed folders"), r.stderr)
            }
            XCTAssertEqual(try Harness.run(["status"] + args(w, pipelines: pipelines, input: input)).status, 2)
        }
        XCTAssertEqual(w.snapshot(), before)
        XCTAssertEqual(FileManager.default.contents(atPath: "\(w.output)/.staging/file-hashes.json"), hashes)
        XCTAssertEqual(try runRows(w), runs, "a refused run leaves no row")
        // An output folder never published to is not even created (no lock file).
        let fresh = w.root.appendingPathComponent("fresh").path
        let r = try Harness.run(["run", "--input", empty, "--output", fresh, "--pipelines", pipelines])
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: fresh))
    }

    /// A refused run says why, and only that: no warning, no "processing" before it.
    func testAYearWithNoInputAtAllIsRefused() throws {
        let (w, before, pipelines) = try published()
        let r = try Harness.run(["run", "--year", "1999", "--force"] + args(w, pipelines: pipelines))
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertEqual(w.snapshot(), before)
        let plain = try Harness.run(["run", "--year", "1998", "--log-format", "text"] + args(w, pipelines: pipelines))
        XCTAssertEqual(plain.status, 2, plain.stderr)
        XCTAssertEqual(plain.stderr, "migstat: no input for 1998 under \(w.input) (no <feed>/1998/ folder with files); nothing written\n")
        let missing = try Harness.run(["run", "--log-format", "text"] + args(w, pipelines: pipelines, input: "/nonexistent/feeds"))
        XCTAssertEqual(missing.status, 2, missing.stderr)
        XCTAssertEqual(missing.stderr.split(separator: "\n").count, 1, missing.stderr)
        XCTAssertTrue(missing.stderr.hasPrefix("migstat: input folder /nonexistent/feeds not found"), missing.stderr)
        let status = try Harness.run(["status", "--year", "1998"] + args(w, pipelines: pipelines))
        XCTAssertEqual(status.status, 2, status.stdout)
        XCTAssertTrue(status.stdout.hasPrefix("1998  no input"), status.stdout)
        XCTAssertEqual(w.snapshot(), before)
    }

    private func runRows(_ w: Workdir) throws -> [[String?]] {
        try SQLiteDatabase(path: "\(w.output)/migstat.sqlite").rows("SELECT id, years, exit_status FROM run ORDER BY id")
    }

    func testAMissingFeedFolderIsRefusedNotDropped() throws {
        let (w, before, pipelines) = try published()
        try FileManager.default.removeItem(atPath: "\(w.input)/labour-quotas/2002")
        let r = try Harness.run(["run"] + args(w, pipelines: pipelines))
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains("refusing to publish 2002 without labour-quotas"), r.stderr)
        XCTAssertEqual(w.snapshot(), before, "nothing unpublished, no other year rewritten either")
        let forced = try Harness.run(["run", "--year", "2002", "--force"] + args(w, pipelines: pipelines))
        XCTAssertEqual(forced.status, 2, forced.stderr)
        XCTAssertEqual(w.snapshot(), before)
    }

    func testAPatternThatMatchesNoDeliveredFileIsRefused() throws {
        let (w, before, pipelines) = try published()
        try edit("\(pipelines)/police-registrations.yaml", "registrations-{year}-{month}", "registration-{year}-{month}")
        let r = try Harness.run(["run"] + args(w, pipelines: pipelines))
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains("matches the patterns"), r.stderr)
        XCTAssertEqual(w.snapshot(), before)
    }

    func testDefinitionMistakesExitTwoBeforeAnythingIsWritten() throws {
        let cases: [(file: String, old: String, new: String, says: String)] = [
            ("repatriates.yaml", "reject_threshold:", "reject_treshold:", "unknown key 'reject_treshold'"),
            ("migration-slips.yaml", "delimiter: \",\"", "delimiter: '\"'", "delimiter"),
            ("migration-slips.yaml", "slips-{year}-{month}", "slips-2002-{month}", "has no {year}"),
            // Found only when the rules are built: still before any stage writes.
            ("migration-slips.yaml", "  kinds:", "  kindz:", "no vocabulary 'kinds'"),
            ("repatriates.yaml", "    housing: [housing]", "    housing: [housing]\n    rent: [rent]", "payment_kinds names rent"),
        ]
        for c in cases {
            let w = try Workdir(copying: Self.demo)
            let pipelines = w.root.appendingPathComponent("pipelines").path
            try FileManager.default.copyItem(atPath: Harness.pipelines, toPath: pipelines)
            try edit("\(pipelines)/\(c.file)", c.old, c.new)
            let r = try Harness.run(["run"] + args(w, pipelines: pipelines))
            XCTAssertEqual(r.status, 2, "\(c.new): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains(c.says), "\(c.says) not in \(r.stderr)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: w.output), "\(c.new): something was written")
        }
    }

    func testConflictingAliasesInACodeListAreADefinitionError() throws {
        let w = try Workdir(copying: Self.demo)
        let pipelines = w.root.appendingPathComponent("pipelines").path
        try FileManager.default.copyItem(atPath: Harness.pipelines, toPath: pipelines)
        let aliases = "\(pipelines)/codelists/country-aliases.tsv"
        try (try String(contentsOfFile: aliases, encoding: .utf8) + "USA\tКНР\n").write(toFile: aliases, atomically: true, encoding: .utf8)
        let r = try Harness.run(["run"] + args(w, pipelines: pipelines))
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains("'КНР' means both"), r.stderr)
    }

    /// 5. The summary follows the published years even after a kill or a hand edit.
    func testTheSummaryIsMendedByTheNextRun() throws {
        let (w, before, pipelines) = try published()
        let summary = "\(w.output)/summary/migration-flows.csv"
        try "edited by hand\n".write(toFile: summary, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: "\(w.output)/summary/labour-quota.csv")
        let r = try Harness.run(["run"] + args(w, pipelines: pipelines))
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(w.snapshot(), before)
    }

    /// 12. What ships is what is tested: no test hooks in the release binary, and
    /// the manifest names the binary that built the year.
    func testTheReleaseBinaryCarriesNoTestHooksAndNamesItsBuild() throws {
        let binary = try Data(contentsOf: Harness.binary)
        XCTAssertNil(binary.range(of: Data("MIGSTAT_PAUSE_AT".utf8)))
        let (w, _, pipelines) = try published()
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(w.output)/2002/manifest.json"))) as! [String: Any]
        let sha = try Harness.run(["status", "--year", "2002"] + args(w, pipelines: pipelines))
        XCTAssertTrue(sha.stdout.contains("up to date"), sha.stdout)
        // The build id binutils' readelf reads from the binary's ELF notes.
        let readelf = Process()
        readelf.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        readelf.arguments = ["readelf", "-n", Harness.binary.path]
        let pipe = Pipe()
        readelf.standardOutput = pipe
        try readelf.run()
        let notes = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        readelf.waitUntilExit()
        let buildID = try XCTUnwrap(notes.split(separator: "\n").first { $0.contains("Build ID:") }?.split(separator: " ").last)
        XCTAssertEqual(manifest["build"] as? String, "build-id:\(buildID)")
        // Another build of migstat made the year: the next plain run redoes it.
        var edited = manifest
        edited["build"] = "build-id:" + String(repeating: "0", count: 40)
        try JSONSerialization.data(withJSONObject: edited).write(to: URL(fileURLWithPath: "\(w.output)/2002/manifest.json"))
        let r = try Harness.run(["run", "--log-format", "text"] + args(w, pipelines: pipelines))
        XCTAssertTrue(r.stderr.contains("migstat itself changed"), r.stderr)
        XCTAssertTrue(r.stderr.contains("processed=2002 "), r.stderr)
    }
}
