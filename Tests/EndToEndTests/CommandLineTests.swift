import Foundation
@testable import MigstatCore
import XCTest

final class CommandLineTests: XCTestCase {
    func testHelpTeachesAndExitsZero() throws {
        let r = try Harness.run(["--help"])
        XCTAssertEqual(r.status, 0)
        for word in ["extract", "normalise", "aggregate", "run", "status", "Exit status", "75"] {
            XCTAssertTrue(r.stdout.contains(word), word)
        }
        XCTAssertEqual(try Harness.run(["run", "--help"]).status, 0)
    }

    /// Help reads the same without a terminal (80 columns) as on a wide one:
    /// every text fits, so none is re-wrapped into ragged lines. And it says
    /// what each command does.
    func testHelpFitsEightyColumnsAndSaysWhatEachCommandDoes() throws {
        let commands = [[], ["run"], ["extract"], ["normalise"], ["aggregate"], ["status"], ["db"], ["db", "init"],
                        ["db", "load"], ["db", "check"], ["report"], ["debug"], ["debug", "staging"]]
        for command in commands {
            let narrow = try Harness.run(command + ["--help"], environment: ["COLUMNS": "80"])
            let wide = try Harness.run(command + ["--help"], environment: ["COLUMNS": "250"])
            XCTAssertEqual(narrow.status, 0, narrow.stderr)
            // The overview and discussion; the option lists below USAGE are wrapped in their column by design.
            let text = { (help: String) in help.components(separatedBy: "USAGE:")[0] }
            XCTAssertEqual(text(narrow.stdout), text(wide.stdout), "migstat \(command.joined(separator: " ")) --help")
        }
        let run = try Harness.run(["run", "--help"]).stdout
        XCTAssertTrue(run.hasPrefix("OVERVIEW: Extract, normalise, aggregate, load, report:"), run)
        let yearOption = try Harness.run(["status", "--help"]).stdout.split(separator: "\n").first { $0.hasPrefix("  --year <yyyy>") }
        XCTAssertTrue(yearOption?.contains("Year to show") ?? false, "\(yearOption ?? "no --year")")
    }

    /// On a terminal the level is coloured, unless NO_COLOR is set; an empty list reads `none`.
    func testTerminalLogsColourTheLevelUnlessNoColor() throws {
        let w = try Workdir(copying: Harness.fixtures.appendingPathComponent("input"))
        // The sample year has a quarantined file: warnings, then the run's notice (exit 3).
        let coloured = try Harness.onTerminal(["run", "--database", "none"] + w.args)
        XCTAssertEqual(coloured.status, 3, coloured.stdout)
        XCTAssertTrue(coloured.stdout.contains("\u{1B}[33mWARNING"), coloured.stdout)
        XCTAssertTrue(coloured.stdout.contains("\u{1B}[1mNOTICE"), coloured.stdout)
        XCTAssertTrue(coloured.stdout.contains("skipped=none"), coloured.stdout)
        let plain = try Harness.onTerminal(["run", "--database", "none", "--year", "2003", "--force"] + w.args,
                                           environment: ["NO_COLOR": "1"])
        XCTAssertEqual(plain.status, 3, plain.stdout)
        XCTAssertTrue(plain.stdout.contains("WARNING"), plain.stdout)
        XCTAssertFalse(plain.stdout.contains("\u{1B}[33m") || plain.stdout.contains("\u{1B}[1m"), plain.stdout)
    }

    /// Every SQL example of the README answers on the demo as its comment says
    /// ("… 138 rows"): an analyst's first queries find what they promise.
    func testTheReadmesAnalystExamplesAnswerOnTheDemoAsTheySay() throws {
        let readme = try String(contentsOf: Harness.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let block = try XCTUnwrap(readme.components(separatedBy: "sqlite3 output/migstat.sqlite\n").dropFirst().first?
            .components(separatedBy: "```").first)
        var examples: [(says: Int, sql: String)] = [], sql = "", says: Int?
        for line in block.split(separator: "\n") {
            if line.hasPrefix("-- ") {
                let count = line.split(separator: " ").suffix(2)
                XCTAssertEqual(count.last, "rows", "\(line): say how many rows it returns on the demo")
                says = count.first.flatMap { Int($0) }
                continue
            }
            sql += line + "\n"
            if line.hasSuffix(";") { examples.append((try XCTUnwrap(says, sql), sql)); sql = ""; says = nil }
        }
        XCTAssertGreaterThanOrEqual(examples.count, 3)
        let w = try Workdir(copying: Harness.repository.appendingPathComponent("input"))
        XCTAssertEqual(try Harness.run(["run"] + w.args).status, 0)
        let database = try SQLiteDatabase(path: "\(w.output)/migstat.sqlite")
        for example in examples {
            XCTAssertEqual(try database.rows(example.sql).count, example.says, example.sql)
        }
    }

    func testUsageErrorsExitTwoAndWriteNothing() throws {
        let w = try Workdir(copying: Harness.fixtures.appendingPathComponent("input"))
        XCTAssertEqual(try Harness.run(["run", "--no-such-option"] + w.args).status, 2)
        XCTAssertEqual(try Harness.run(["extract"] + w.args).status, 2, "a stage needs --year")
        XCTAssertEqual(try Harness.run(["run", "--force"] + w.args).status, 2, "--force needs --year")
        XCTAssertFalse(FileManager.default.fileExists(atPath: w.output))
    }

    func testBrokenPipelineDefinitionExitsTwoAndWritesNothing() throws {
        let w = try Workdir(copying: Harness.fixtures.appendingPathComponent("input"))
        let pipelines = w.root.appendingPathComponent("pipelines").path
        try FileManager.default.copyItem(atPath: Harness.pipelines, toPath: pipelines)
        try "feed: migration-slips\nformat: csv\nencoding: koi8\ndelimiter: \",\"\nfiles: []\n"
            .write(toFile: "\(pipelines)/migration-slips.yaml", atomically: true, encoding: .utf8)
        let r = try Harness.run(["run", "--input", w.input, "--output", w.output, "--pipelines", pipelines])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("migration-slips.yaml"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: w.output))
    }

    func testLogsAreJSONLinesWithoutATerminal() throws {
        let w = try Workdir(copying: Harness.fixtures.appendingPathComponent("input"))
        let r = try Harness.run(["run"] + w.args)
        let lines = r.stderr.split(separator: "\n")
        XCTAssertFalse(lines.isEmpty)
        for line in lines {
            let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            XCTAssertNotNil(obj?["time"], String(line))
            XCTAssertNotNil(obj?["level"], String(line))
        }
        XCTAssertTrue(lines.contains { $0.contains("\"stage\":\"extract\"") && $0.contains("\"year\":2003") })
        XCTAssertTrue(try Harness.run(["run", "--quiet", "--log-format", "text"] + w.args).stderr
            .split(separator: "\n").allSatisfy { $0.hasPrefix("WARNING") || $0.hasPrefix("ERROR") })
    }

    /// `migstat debug staging` names the fields, counts the fates as quality.json
    /// does, and says when a file no longer belongs with its companion.
    func testDebugStagingShowsNamedFieldsAndChecksTheSeal() throws {
        let w = try Workdir(copying: Harness.fixtures.appendingPathComponent("input"))
        try Harness.run(["run", "--database", "none"] + w.args)
        let records = "\(w.output)/.staging/2003/migration-slips/records.tsv"
        let r = try Harness.run(["debug", "staging", records, "--limit", "3", "--pipelines", Harness.pipelines])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n")
        XCTAssertEqual(lines.filter { $0.contains("table=migration_slip") }.count, 3, r.stdout)
        XCTAssertTrue(lines[0].contains("slip_id=S2003-"), r.stdout)
        XCTAssertTrue(r.stdout.contains("387 lines (accepted: 355, duplicate: 8, excluded: 7, rejected: 17)"), r.stdout)
        XCTAssertTrue(r.stdout.contains("matches its companion JSON"), r.stdout)

        // A feed's counted lines named by its StagedRecord, rejects by RejectLine.
        let counted = try Harness.run(["debug", "staging", "\(w.output)/.staging/2003/labour-quotas/normalised.tsv", "--pipelines", Harness.pipelines])
        XCTAssertTrue(counted.stdout.contains("kind=Q  category=I  quota="), counted.stdout)
        XCTAssertTrue(counted.stdout.contains("kind=P  category="), counted.stdout)
        XCTAssertTrue(counted.stdout.contains("  workers="), counted.stdout)
        let rejects = try Harness.run(["debug", "staging", "\(w.output)/.staging/2003/migration-slips/rejects.tsv", "--limit", "1",
                                       "--pipelines", Harness.pipelines])
        XCTAssertTrue(rejects.stdout.hasPrefix("feed=migration-slips  path=migration-slips/2003/slips-2003-"), rejects.stdout)
        XCTAssertTrue(rejects.stdout.contains("  reason="), rejects.stdout)

        // The binary extract staging, shown with the definition's field names and its dictionary ids.
        let extracted = try Harness.run(["debug", "staging", "\(w.output)/.staging/2003/police-registrations/extracted.bin",
                                         "--limit", "3", "--pipelines", Harness.pipelines])
        XCTAssertEqual(extracted.status, 0, extracted.stderr)
        XCTAssertTrue(extracted.stdout.contains("doc_hash="), extracted.stdout)
        XCTAssertTrue(extracted.stdout.contains("document  file=0  line="), extracted.stdout)
        XCTAssertEqual(extracted.stdout.components(separatedBy: "revision=1#0").count, 3, extracted.stdout)  // one value, one id
        XCTAssertTrue(extracted.stdout.contains("matches its companion JSON"), extracted.stdout)

        try "{}".write(toFile: "\(w.output)/.staging/2003/migration-slips/counts.json", atomically: true, encoding: .utf8)
        let stale = try Harness.run(["debug", "staging", records, "--limit", "0", "--pipelines", Harness.pipelines])
        XCTAssertTrue(stale.stdout.contains("does NOT match its companion JSON"), stale.stdout)
        XCTAssertEqual(try Harness.run(["debug", "staging", "\(w.output)/2003/quality.json", "--pipelines", Harness.pipelines]).status, 2)
    }
}
