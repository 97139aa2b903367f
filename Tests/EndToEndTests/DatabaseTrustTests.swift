import Foundation
@testable import MigstatCore
import XCTest

/// The database surface of the release binary held against a mistaken
/// operator and hostile input: no secret is ever shown, personal data stays
/// the owner's, one odd byte never blocks a year, another program's database
/// is left alone.
final class DatabaseTrustTests: XCTestCase {
    static let demo = Harness.repository.appendingPathComponent("input")
    static let samples = Harness.fixtures.appendingPathComponent("input")

    /// The binary under `umask 022`, as a cron job usually runs it.
    private func runWithUmask022(_ args: [String]) throws -> Harness.Result {
        try Harness.sh("umask 022 && exec \"$0\" \"$@\"", [Harness.binary.path] + args)
    }

    private func mode(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int
    }

    // MARK: - No secret on the command line, none in any output

    func testASecretInTheDatabaseSettingIsRefusedAndNeverShown() throws {
        let secret = "Pl4ne-tree-\(UUID().uuidString.prefix(6))"
        let w = try Workdir(copying: Self.samples)
        let settings = [
            "postgresql://migstat@/stats?host=/nonexistent-socket&password=\(secret)",
            "postgres://migstat:\(secret)@localhost:5999/stats",
            "postgresql://migstat@localhost/stats?sslmode=disable&ssl%70assword=\(secret)",
        ]
        for setting in settings {
            for command in [["run"], ["db", "load"], ["db", "init"], ["report"]] {
                let r = try Harness.run(command + w.args + ["--database", setting, "--log-format", "json"])
                XCTAssertEqual(r.status, 2, "\(command) \(setting): \(r.stderr)")
                XCTAssertFalse(r.stdout.contains(secret) || r.stderr.contains(secret), "\(command): \(r.stdout)\(r.stderr)")
                XCTAssertTrue(r.stderr.contains("PGPASSWORD"), r.stderr)
            }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: "\(w.output)/2003"), "nothing written")
        // The same in migstat.yaml: refused, naming the file, the secret nowhere.
        let pipelines = w.root.appendingPathComponent("pipelines").path
        try FileManager.default.copyItem(atPath: Harness.pipelines, toPath: pipelines)
        let yaml = "\(pipelines)/migstat.yaml"
        try (String(contentsOfFile: yaml, encoding: .utf8) + "database: \"\(settings[0])\"\n").write(toFile: yaml, atomically: true, encoding: .utf8)
        let r = try Harness.run(["run", "--input", w.input, "--output", w.output, "--pipelines", pipelines])
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains("migstat.yaml"), r.stderr)
        XCTAssertFalse(r.stdout.contains(secret) || r.stderr.contains(secret), r.stderr)
    }

    // MARK: - Personal data is the owner's

    func testDatabaseAndStagingAreOwnerOnlyUnderAUmaskOf022() throws {
        let w = try Workdir(copying: Self.samples)
        try FileManager.default.createDirectory(atPath: w.output, withIntermediateDirectories: true)
        // A database an earlier migstat (or a copy) left readable by everyone.
        let db = "\(w.output)/migstat.sqlite"
        XCTAssertEqual(try runWithUmask022(["db", "init"] + w.args).status, 0)
        chmod(db, 0o644)
        let r = try runWithUmask022(["run"] + w.args)
        XCTAssertEqual(r.status, 3, r.stderr)   // the samples quarantine a file
        XCTAssertEqual(mode(db), 0o600)
        for suffix in ["-wal", "-shm", "-journal"] where FileManager.default.fileExists(atPath: db + suffix) {
            XCTAssertEqual(mode(db + suffix), 0o600, suffix)
        }
        let staging = "\(w.output)/.staging"
        XCTAssertEqual(mode(staging), 0o700)
        var records = 0
        for relative in FileManager.default.subpaths(atPath: staging) ?? [] {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: "\(staging)/\(relative)", isDirectory: &isFolder)
            XCTAssertEqual(mode("\(staging)/\(relative)"), isFolder.boolValue ? 0o700 : 0o600, relative)
            if relative.hasSuffix("/records.tsv") { records += 1 }
        }
        XCTAssertGreaterThan(records, 0, "the staged records were looked at")
    }

    func testADatabaseThatIsASymbolicLinkIsRefusedAndItsTargetUntouched() throws {
        let w = try Workdir(copying: Self.samples)
        try FileManager.default.createDirectory(atPath: w.output, withIntermediateDirectories: true)
        let target = w.root.appendingPathComponent("shared-place.sqlite").path
        XCTAssertTrue(FileManager.default.createFile(atPath: target, contents: nil))
        chmod(target, 0o644)
        try FileManager.default.createSymbolicLink(atPath: "\(w.output)/migstat.sqlite", withDestinationPath: target)
        let r = try runWithUmask022(["run"] + w.args)
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains("symbolic link") && r.stderr.contains("migstat.sqlite"), r.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: "\(w.output)/2003/manifest.json"), "the files are published all the same")
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: target)[.size] as? Int, 0)
        XCTAssertEqual(mode(target), 0o644)
        for suffix in ["-wal", "-shm", "-journal"] { XCTAssertFalse(FileManager.default.fileExists(atPath: target + suffix)) }
        let load = try Harness.run(["db", "load"] + w.args)
        XCTAssertEqual(load.status, 2, load.stderr)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: target)[.size] as? Int, 0)
    }

    // MARK: - A NUL byte blocks no year, in either database

    func testACSVFieldWithANULLoadsAlikeIntoSQLiteAndPostgreSQL() throws {
        let url = try DatabaseSupport.freshPostgres()
        var outcomes: [(status: Int32, fates: [String: Int], stderr: String, dump: [String])] = []
        for database in ["sqlite:migstat.sqlite", url] {
            let w = try Workdir(copying: Self.demo)
            // One NUL at the start of the partner name of the third slip in June's file.
            let path = "\(w.input)/migration-slips/2002/slips-2002-06.csv"
            var bytes = try XCTUnwrap(FileManager.default.contents(atPath: path))
            let lineStarts = bytes.indices.filter { $0 > 0 && bytes[$0 - 1] == 0x0A }
            let thirdEnd = try XCTUnwrap(bytes[lineStarts[2]...].firstIndex(of: 0x0A))
            let lastComma = try XCTUnwrap(bytes[lineStarts[2]..<thirdEnd].lastIndex(of: UInt8(ascii: ",")))
            bytes.insert(0x00, at: lastComma + 1)
            try bytes.write(to: URL(fileURLWithPath: path))
            let r = try Harness.run(["run"] + w.args + ["--database", database])
            XCTAssertFalse(r.stderr.contains("database was not updated"), r.stderr)
            let c = try DatabaseSupport.connect(database.hasPrefix("sqlite:") ? "\(w.output)/migstat.sqlite" : database)
            let quality = try String(contentsOfFile: "\(w.output)/2002/quality.json", encoding: .utf8)
            XCTAssertTrue(quality.contains("NUL"), "the damaged file is named with why")
            outcomes.append((r.status, try DatabaseSupport.fates(c, feed: "migration-slips", year: 2002).fates, r.stderr, try DatabaseSupport.dump(c)))
        }
        XCTAssertEqual(outcomes[0].status, outcomes[1].status, outcomes[1].stderr)
        XCTAssertEqual(outcomes[0].fates, outcomes[1].fates)
        XCTAssertGreaterThan(outcomes[0].fates["accepted"] ?? 0, 0, "the year's other files loaded")
        XCTAssertEqual(outcomes[0].dump.count, outcomes[1].dump.count)
    }

    // MARK: - Another program's database is left alone

    func testAPostgreSQLDatabaseWithForeignTablesIsRefusedBeforeAnythingIsWritten() throws {
        let url = try DatabaseSupport.freshPostgres()
        let c = try DatabaseSupport.connect(url)
        try c.execute("CREATE SCHEMA records; CREATE TABLE records.migration_slip (id TEXT); CREATE TABLE public.untouched (n INT)")
        let w = try Workdir(copying: Self.demo)
        let r = try Harness.run(["run"] + w.args + ["--database", url])
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains("records.migration_slip"), r.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: "\(w.output)/2002/manifest.json"), "the files are published all the same")
        XCTAssertEqual(try c.rows("SELECT count(*) FROM pg_namespace WHERE nspname = 'statistics'"), [["0"]], "no schema, no schema_info")
        XCTAssertEqual(try c.rows("SELECT count(*) FROM records.migration_slip"), [["0"]])
    }
}
