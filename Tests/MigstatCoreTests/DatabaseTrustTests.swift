import Foundation
@testable import MigstatCore
import XCTest

/// The database surface held against a mistaken operator and hostile text:
/// reading never creates, secrets never show, files stay the owner's.
final class DatabaseTrustTests: XCTestCase {
    private var scratch: Scratch!
    override func setUp() { scratch = Scratch() }
    override func tearDown() { scratch = nil }

    // MARK: - Opening for reading never creates

    func testOpenExistingRefusesAMissingFileAndCreatesNothing() throws {
        let path = "\(scratch.root.path)/typo.sqlite"
        XCTAssertThrowsError(try UnifiedDatabase.openExisting(.sqlite(path: path))) { error in
            guard case MigstatError.configuration(let m) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(m.contains("no database at sqlite:\(path)"), m)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }

    func testOpenExistingRefusesAFileWithoutTheSchemaAndLeavesItAlone() throws {
        let path = "\(scratch.root.path)/empty.sqlite"
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: nil))
        XCTAssertThrowsError(try UnifiedDatabase.openExisting(.sqlite(path: path))) { error in
            guard case MigstatError.configuration = error else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int, 0)
    }

    func testOpenExistingReadsADatabaseOpenMadeWithoutWriting() throws {
        let path = "\(scratch.root.path)/db.sqlite"
        _ = try UnifiedDatabase.open(.sqlite(path: path))
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let db = try UnifiedDatabase.openExisting(.sqlite(path: path))
        XCTAssertEqual(try db.storedVersion(), DatabaseSchema.version)
        XCTAssertThrowsError(try db.connection.execute("CREATE TABLE x (a INTEGER)"))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
    }

    func testOpenExistingRefusesNone() {
        XCTAssertThrowsError(try UnifiedDatabase.openExisting(.none)) { error in
            guard case MigstatError.configuration = error else { return XCTFail("\(error)") }
        }
    }

    // MARK: - No secret on the command line, none in a message

    private func refusal(_ text: String, source: String = "--database") -> String? {
        do {
            _ = try DatabaseLocation.parse(text, outputRoot: "/out", source: source)
            return nil
        } catch let MigstatError.configuration(m) {
            return m
        } catch {
            XCTFail("\(error)")
            return nil
        }
    }

    func testASecretAnywhereInTheURLIsRefusedWithoutEchoingIt() {
        let secret = "Zq7-kettle"
        let urls = [
            "postgres://loader:\(secret)@db.internal:5433/stats",
            "postgresql:///stats?host=/run/pg&password=\(secret)",
            "postgresql://loader@db.internal/stats?sslmode=require&sslpassword=\(secret)&application_name=x",
            "postgresql://loader@db.internal/stats?pass%77ord=\(secret)",
            "postgresql://loader@db.internal/stats?PASSWORD=\(secret)",
            "postgresql://loader:\(secret)?x@db.internal/stats",
            "host=db.internal password=\(secret) dbname=stats",
        ]
        for url in urls {
            guard let m = refusal(url) else { XCTFail("accepted \(url)"); continue }
            XCTAssertFalse(m.contains(secret), m)
            XCTAssertTrue(m.contains("PGPASSWORD") && m.contains(".pgpass") || m.contains("not understood"), m)
        }
        // A password key with no value names a password all the same.
        XCTAssertNotNil(refusal("postgresql://u@h/db?password"))
        XCTAssertTrue(refusal("postgresql://u@h/db?password=x", source: "database: in p/migstat.yaml")?.hasPrefix("database: in p/migstat.yaml") == true)
    }

    func testAURLWithoutASecretIsAcceptedAsItIs() throws {
        for url in ["postgresql:///stats?host=/run/pg&user=loader", "postgres://loader@db.internal:5433/stats?sslmode=verify-full&passfile=/etc/pg/pass",
                    "postgresql://loader@db.internal/stats?options=-c%20search_path%3Dx"] {
            XCTAssertEqual(try DatabaseLocation.parse(url, outputRoot: "/out"), .postgresql(url: url))
            XCTAssertEqual(DatabaseLocation.postgresql(url: url).description, url)
        }
    }

    func testDescriptionNeverShowsASecret() {
        let location = DatabaseLocation.postgresql(url: "postgresql://u:hunter2@h/db?sslpassword=s3cr3t&password=p4ss&host=/tmp")
        XCTAssertEqual(location.description, "postgresql://u:***@h/db?sslpassword=***&password=***&host=/tmp")
        XCTAssertEqual(PostgresURL.redacted("user=u password='a b\\' c' host=h"), "user=u password=*** host=h")
    }

    // MARK: - SQLite paths

    func testATildeIsTheHomeFolder() throws {
        let home = ProcessInfo.processInfo.environment["HOME"] ?? ""
        try XCTSkipIf(!home.hasPrefix("/"), "no HOME")
        let base = home.hasSuffix("/") ? String(home.dropLast()) : home
        XCTAssertEqual(try DatabaseLocation.parse("sqlite:~/stats/m.sqlite", outputRoot: "/out"), .sqlite(path: "\(base)/stats/m.sqlite"))
        XCTAssertEqual(try DatabaseLocation.parse("sqlite:~other/m.sqlite", outputRoot: "/out"), .sqlite(path: "/out/~other/m.sqlite"))
        XCTAssertEqual(try DatabaseLocation.parse("sqlite:rel/m.sqlite", outputRoot: "/out"), .sqlite(path: "/out/rel/m.sqlite"))
    }

    // MARK: - The database file is the owner's, and migstat's

    private func mode(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int
    }

    func testAnExistingDatabaseFileAndItsJournalsBecomeOwnerOnly() throws {
        let path = "\(scratch.root.path)/db.sqlite"
        _ = try UnifiedDatabase.open(.sqlite(path: path))
        for p in [path, path + "-journal"] {
            FileManager.default.createFile(atPath: p, contents: FileManager.default.contents(atPath: p) ?? Data())
            chmod(p, 0o664)
        }
        let db = try UnifiedDatabase.open(.sqlite(path: path))
        XCTAssertEqual(mode(path), 0o600)
        XCTAssertEqual(mode(path + "-wal"), 0o600)
        XCTAssertEqual(mode(path + "-shm"), 0o600)
        withExtendedLifetime(db) {}
    }

    func testADatabaseThatIsALinkIsRefusedAndItsTargetUntouched() throws {
        let target = "\(scratch.root.path)/elsewhere.sqlite", link = "\(scratch.root.path)/db.sqlite"
        XCTAssertTrue(FileManager.default.createFile(atPath: target, contents: nil))
        chmod(target, 0o644)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        XCTAssertThrowsError(try UnifiedDatabase.open(.sqlite(path: link))) { error in
            guard let e = error as? DatabaseError, case .refused(let m) = e else { return XCTFail("\(error)") }
            XCTAssertTrue(m.contains("symbolic link") && m.contains(link), m)
            XCTAssertEqual(e.exitStatus, 2)
        }
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: target)[.size] as? Int, 0)
        XCTAssertEqual(mode(target), 0o644)
    }

    func testAMissingFolderIsNamedAsMissing() {
        let path = "\(scratch.root.path)/no/such/folder/db.sqlite"
        XCTAssertThrowsError(try UnifiedDatabase.open(.sqlite(path: path))) { error in
            let m = "\(error)"
            XCTAssertTrue(m.contains("the folder \(scratch.root.path)/no/such/folder does not exist"), m)
            XCTAssertFalse(m.contains("permission"), m)
        }
    }

    func testADamagedDatabaseIsNamedWithWhatToDo() throws {
        let path = "\(scratch.root.path)/db.sqlite"
        _ = try UnifiedDatabase.open(.sqlite(path: path))
        // The header kept, every page after it overwritten: SQLite sees a malformed image.
        let fd = open(path, O_WRONLY)
        let junk = [UInt8](repeating: 0xA5, count: 4096)
        _ = junk.withUnsafeBytes { pwrite(fd, $0.baseAddress!, $0.count, 100) }
        close(fd)
        XCTAssertThrowsError(try UnifiedDatabase.open(.sqlite(path: path))) { error in
            guard let e = error as? DatabaseError else { return XCTFail("\(error)") }
            XCTAssertEqual(e.exitStatus, 4)
            XCTAssertTrue(e.description.contains(path) && e.description.contains("migstat db load") && e.description.contains("backup"), e.description)
        }
    }

    func testAForeignDatabaseIsRefusedBeforeAnythingIsWritten() throws {
        let path = "\(scratch.root.path)/theirs.sqlite"
        let c = try SQLiteDatabase(path: path)
        try c.execute("PRAGMA journal_mode=DELETE; CREATE TABLE migration_slip (id TEXT); CREATE TABLE ledger (n INTEGER); INSERT INTO ledger VALUES (7)")
        c.close()
        XCTAssertThrowsError(try UnifiedDatabase.open(.sqlite(path: path))) { error in
            guard let e = error as? DatabaseError, case .refused(let m) = e else { return XCTFail("\(error)") }
            XCTAssertTrue(m.contains("ledger, migration_slip"), m)
        }
        let reopened = try SQLiteDatabase(path: path)
        XCTAssertEqual(try reopened.rows("SELECT name FROM sqlite_master ORDER BY name").map { $0[0] }, ["ledger", "migration_slip"])
        reopened.close()
    }

    // MARK: - What the rules accept, the database holds

    private let slipHeader = "slip_id,kind,event_date,sex,birth_year,ethnicity,citizenship,partner_kind,partner_code,partner_name\n"

    func testABirthYearWithASignOrLeadingZeroIsStoredAsItsNumber() throws {
        scratch.write("migration-slips", 2004, "slips-2004-03.csv", slipHeader + """
            M1,A,02.03.2004,F,+1992,қазақ,KAZ,REGION,KZ-11,
            M2,D,03.03.2004,M, 01958 ,орыс,KAZ,COUNTRY,643,
            M3,A,04.03.2004,F,198x,қазақ,KAZ,,,
            M4,A,05.03.2004,M,1977,қазақ,KAZ,,,

            """)
        try scratch.run(year: 2004)
        let db = try XCTUnwrap(try UnifiedDatabase.open(.sqlite(path: "\(scratch.output)/m.sqlite")))
        _ = try db.load(year: 2004, workspace: Workspace(input: scratch.input, output: scratch.output))
        let rows = try db.connection.rows("SELECT slip_id, birth_year FROM migration_slip WHERE fate = 'accepted' ORDER BY slip_id")
        XCTAssertEqual(rows, [["M1", "1992"], ["M2", "1958"], ["M3", nil], ["M4", "1977"]])
    }

    func testAStagedIntegerIsReadAsIntReadsIt() {
        for text in ["+1992", "-7", "0", "01958", "9223372036854775807", "-9223372036854775808", "x", "", "+", "9223372036854775808", "12a"] {
            let bytes = Array(text.utf8)
            let got = bytes.withUnsafeBufferPointer { StagedField.integer($0, 0..<$0.count) }
            XCTAssertEqual(got, Int64(text), text)
        }
    }

    // MARK: - A NUL byte

    func testACSVFileWithANULByteIsQuarantinedNamingTheLine() throws {
        var bytes = Array((slipHeader + "N1,A,02.03.2004,F,1990,қазақ,KAZ,,,\nN2,A,03.03.2004,F,1990,қаз").utf8)
        bytes += [0x00] + Array("ақ,KAZ,,,\n".utf8)
        scratch.write("migration-slips", 2004, "slips-2004-03.csv", Data(bytes))
        scratch.write("migration-slips", 2004, "slips-2004-04.csv", slipHeader + "N3,A,02.04.2004,F,1990,қазақ,KAZ,,,\n")
        try scratch.run(year: 2004)
        let files = try XCTUnwrap(try scratch.quality(2004).feeds["migration-slips"]).files
        let damaged = try XCTUnwrap(files.first { $0.path.hasSuffix("slips-2004-03.csv") })
        XCTAssertEqual(damaged.status, "quarantined")
        XCTAssertTrue(damaged.error?.contains("line 3") == true && damaged.error?.contains("NUL") == true, damaged.error ?? "")
        XCTAssertEqual(files.first { $0.path.hasSuffix("slips-2004-04.csv") }?.status, "read")
    }

    func testANULThatReachesTheDatabaseIsStoredAsAReplacementCharacter() throws {
        let c = try SQLiteDatabase(path: "\(scratch.root.path)/n.sqlite")
        try c.execute("CREATE TABLE t (a TEXT, b TEXT)")
        let columns = [SQLColumn("a", .text), SQLColumn("b", .text)]
        try c.bulkInsert(into: "t", columns: columns) { sink in
            try sink.row(["x\u{0}y", "plain"])
            let line = Array("p\u{0}q\tr\\ts".utf8)
            try line.withUnsafeBufferPointer { b in
                try sink.row(leading: LeadingValues([]), staged: b, fields: [0..<3, 4..<b.count][...])
            }
        }
        XCTAssertEqual(try c.rows("SELECT a, b, length(a) FROM t"), [["x\u{FFFD}y", "plain", "3"], ["p\u{FFFD}q", "r\ts", "3"]])
    }

    // MARK: - ref_area is a code

    func testARefAreaThatIsNotACodeIsRefusedNamingTheFile() throws {
        let pipelines = scratch.root.appendingPathComponent("pipelines").path
        try FileManager.default.copyItem(atPath: pipelinesDir, toPath: pipelines)
        for (area, ok) in [("\"KZ-75\\nX\"", false), ("\"KZ 75\"", false), ("\"KZ,75\"", false), ("\"\"", false), ("-KZ", false),
                           ("KZ-75", true), ("KZ_ALM.2", true)] {
            try "ref_area: \(area)\ncodelists: codelists\n".write(toFile: "\(pipelines)/migstat.yaml", atomically: true, encoding: .utf8)
            do {
                _ = try PipelineConfig.load(directory: pipelines)
                XCTAssertTrue(ok, "accepted \(area)")
            } catch MigstatError.configuration(let m) {
                XCTAssertFalse(ok, m)
                XCTAssertTrue(m.contains("\(pipelines)/migstat.yaml") && m.contains("ref_area"), m)
                XCTAssertFalse(m.contains("\n"), m)
            }
        }
    }

    // MARK: - PostgreSQL (the server of scripts/with-postgres.sh; skipped without it)

    private func postgres() throws -> String {
        guard let url = ProcessInfo.processInfo.environment["MIGSTAT_TEST_PG"] else {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                XCTFail("CI=true and no PostgreSQL server: run the tests through scripts/with-postgres.sh (make test)")
            }
            throw XCTSkip("no PostgreSQL server (run through scripts/with-postgres.sh)")
        }
        return url
    }

    func testTheServersWarningsAreStructuredLogEntries() throws {
        let url = try postgres()
        let recorder = LogRecorder()
        DatabaseNotices.logger = recorder.logger
        defer { DatabaseNotices.logger = nil }
        let c = try PostgresDatabase(url: url)
        try c.execute("DO $$ BEGIN RAISE WARNING 'quota table % is odd', 17 USING HINT = 'look at it', ERRCODE = '01M42'; END $$")
        try c.execute("SET client_min_messages = notice; DO $$ BEGIN RAISE NOTICE 'only so you know'; END $$")
        c.close()
        let entries = recorder.entries("database server message")
        XCTAssertEqual(entries.map(\.level), [.warning, .info])
        XCTAssertEqual(entries.first?.metadata["server_message"], "quota table 17 is odd")
        XCTAssertEqual(entries.first?.metadata["hint"], "look at it")
        XCTAssertEqual(entries.first?.metadata["sqlstate"], "01M42")
        XCTAssertEqual(entries.first?.metadata["severity"], "WARNING")
        XCTAssertEqual(entries.last?.metadata["server_message"], "only so you know")
    }

    /// The server ending the session (a shutdown, an administrator, a crash)
    /// mid-statement and mid-COPY is the database's problem (exit 4), said as such.
    func testABackendTerminatedDuringALoadIsExit4() throws {
        let url = try postgres()
        let admin = try PostgresDatabase(url: url)
        for midCopy in [false, true] {
            let c = try PostgresDatabase(url: url)
            let pid = try XCTUnwrap(try c.rows("SELECT pg_backend_pid()").first?.first ?? nil)
            try c.execute("CREATE TEMPORARY TABLE t (a TEXT)")
            XCTAssertThrowsError(try {
                if midCopy {
                    try c.bulkInsert(into: "t", columns: [SQLColumn("a", .text)]) { sink in
                        _ = try admin.rows("SELECT pg_terminate_backend(\(pid), 10000)")
                        // More than the 1 MiB a Copier buffers: it has to send.
                        for i in 0..<40_000 { try sink.row(["row \(i) " + String(repeating: "x", count: 40)]) }
                    }
                } else {
                    _ = try admin.rows("SELECT pg_terminate_backend(\(pid), 10000)")
                    try c.execute("INSERT INTO t VALUES ('a')")
                }
            }()) { error in
                guard let e = error as? DatabaseError else { return XCTFail("\(error)") }
                XCTAssertEqual(e.exitStatus, 4, "\(midCopy): \(e)")
                XCTAssertTrue(e.description.contains("lost the connection"), "\(midCopy): \(e)")
            }
            c.close()
        }
        admin.close()
    }
}

/// Setting a file's mode must not cost SQLite its locks: closing any
/// descriptor of a file drops every POSIX lock the process holds on it, and
/// a connection open meanwhile (another in the same run, or this one after
/// its open) holds a read lock on the -shm while it lives. Four first runs
/// on one file ended "locking protocol" when migstat's chmod dropped it.
final class SQLiteLockKeepingTests: XCTestCase {
    /// This process's POSIX locks on the file at `path`, from /proc/locks (by inode).
    private func locks(on path: String) -> Int {
        var info = stat()
        guard stat(path, &info) == 0, let table = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else { return -1 }
        let pid = String(getpid()), inode = String(info.st_ino)
        return table.split(separator: "\n").filter { line in
            let f = line.split(separator: " ", omittingEmptySubsequences: true)
            return f.count > 5 && f[1] == "POSIX" && f[4] == pid && f[5].hasSuffix(":\(inode)")
        }.count
    }

    func testMakingTheCompanionsOwnerOnlyKeepsTheConnectionsLocks() throws {
        let s = Scratch()
        let path = "\(s.root.path)/locks.sqlite"
        let c = try SQLiteDatabase(path: path)
        try c.execute("CREATE TABLE t(x); INSERT INTO t VALUES (1)")
        XCTAssertEqual(try c.rows("SELECT x FROM t").count, 1)
        let held = locks(on: path + "-shm")
        XCTAssertGreaterThan(held, 0, "a WAL connection holds a lock on its -shm")
        for suffix in ["", "-wal", "-shm"] {
            chmod(path + suffix, 0o644)   // widened by someone: the next restrict really sets it
            XCTAssertTrue(SQLiteDatabase.restrict(path + suffix, group: nil))
            var info = stat()
            XCTAssertEqual(stat(path + suffix, &info), 0)
            XCTAssertEqual(info.st_mode & 0o777, 0o600, suffix)
        }
        XCTAssertEqual(locks(on: path + "-shm"), held, "the connection's -shm locks survive the chmod")
        c.close()
    }
}
