import Foundation
@testable import MigstatCore
import XCTest

/// The database's run history (`run`): one row per command that reached the
/// database, written by the command with the status it exits with.
final class RunLedgerTests: XCTestCase {
    private func runs(_ w: Workdir) throws -> [[String?]] {
        try SQLiteDatabase(path: "\(w.output)/migstat.sqlite")
            .rows("SELECT years, exit_status, finished_at IS NOT NULL FROM run ORDER BY id")
    }

    func testEachCommandThatReachesTheDatabaseLeavesOneRowWithItsExitStatus() throws {
        let w = try Workdir(copying: Harness.fixtures.appendingPathComponent("input"))
        // The sample year has a quarantined file: published, exit 3.
        XCTAssertEqual(try Harness.run(["run"] + w.args).status, 3)
        // Nothing changed: the failed year is reported again (exit 3), nothing processed or loaded.
        XCTAssertEqual(try Harness.run(["run"] + w.args).status, 3)
        // The stages before aggregate load nothing and leave no row.
        XCTAssertEqual(try Harness.run(["extract", "--year", "2003"] + w.args).status, 0)
        XCTAssertEqual(try Harness.run(["normalise", "--year", "2003"] + w.args).status, 0)
        XCTAssertEqual(try Harness.run(["aggregate", "--year", "2003"] + w.args).status, 3)
        XCTAssertEqual(try Harness.run(["db", "load"] + w.args).status, 0)
        // A year with no input is refused (exit 2) before anything is written: no row.
        XCTAssertEqual(try Harness.run(["run", "--year", "2001"] + w.args).status, 2)
        XCTAssertEqual(try runs(w), [
            ["2003", "3", "1"], ["", "3", "1"], ["2003", "3", "1"], ["2003", "0", "1"],
        ])
    }

    /// `--database none`: no database, no history, the same exit status.
    func testARunWithoutADatabaseHasNoHistory() throws {
        let w = try Workdir(copying: Harness.fixtures.appendingPathComponent("input"))
        XCTAssertEqual(try Harness.run(["run", "--database", "none"] + w.args).status, 3)
        XCTAssertFalse(FileManager.default.fileExists(atPath: "\(w.output)/migstat.sqlite"))
    }
}
