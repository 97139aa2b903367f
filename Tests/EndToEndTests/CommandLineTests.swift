import Foundation
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
}
