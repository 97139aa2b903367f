import Foundation
import XCTest

/// `database_group:` in migstat.yaml: the SQLite database, its -wal and its
/// -shm are 0640 with that group after every open, whatever the umask, so
/// that a member who is not the owner reads it; a group migstat cannot give
/// stops the command before anything is written; a planted link is refused.
final class DatabaseGroupTests: XCTestCase {
    static let demo = Harness.repository.appendingPathComponent("input")
    static let samples = Harness.fixtures.appendingPathComponent("input")
    /// Throwaway users and groups this test made (as root), removed in tearDown.
    private var madeUsers: [String] = [], madeGroups: [String] = []

    override func tearDown() {
        for user in madeUsers { Harness.shell("userdel \(user)") }
        for group in madeGroups { Harness.shell("groupdel \(group)") }
        madeUsers = []
        madeGroups = []
    }

    // MARK: - Helpers

    private func sh(_ command: String) throws -> Harness.Result { try Harness.sh(command) }

    private func quoted(_ words: [String]) -> String {
        words.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
    }

    /// The binary under `umask`, with `binary` in place of the tested one when given.
    private func migstat(_ args: [String], umask: String = "022", binary: String = Harness.binary.path) throws -> Harness.Result {
        try sh("umask \(umask) && exec \(quoted([binary] + args))")
    }

    /// A copy of pipelines/ whose migstat.yaml names `group`.
    private func pipelines(in w: Workdir, group: String) throws -> String {
        let folder = w.root.appendingPathComponent("pipelines").path
        try FileManager.default.copyItem(atPath: Harness.pipelines, toPath: folder)
        let yaml = "\(folder)/migstat.yaml"
        try (String(contentsOfFile: yaml, encoding: .utf8) + "database_group: \(group)\n").write(toFile: yaml, atomically: true, encoding: .utf8)
        return folder
    }

    private func args(_ w: Workdir, _ pipelines: String) -> [String] {
        ["--input", w.input, "--output", w.output, "--pipelines", pipelines, "--log-format", "json"]
    }

    private func info(_ path: String) -> (mode: Int, gid: gid_t)? {
        var s = stat()
        guard lstat(path, &s) == 0 else { return nil }
        return (Int(s.st_mode & 0o7777), s.st_gid)
    }

    private func groupName(_ gid: gid_t) -> String? { getgrgid(gid).map { String(cString: $0.pointee.gr_name) } }

    private func gid(of group: String) -> gid_t? { getgrnam(group).map { $0.pointee.gr_gid } }

    private var isRoot: Bool { geteuid() == 0 }

    /// A new group (root only), removed in tearDown.
    private func throwawayGroup() throws -> (name: String, gid: gid_t) {
        let name = "mg\(UUID().uuidString.prefix(8).lowercased())"
        XCTAssertEqual(Harness.shell("groupadd \(name)"), 0, "groupadd")
        madeGroups.append(name)
        return (name, try XCTUnwrap(gid(of: name)))
    }

    /// A new user with no home, a member of `groups` (root only), removed in tearDown.
    private func throwawayUser(groups: [String]) -> String {
        let name = "mu\(UUID().uuidString.prefix(8).lowercased())"
        let member = groups.isEmpty ? "" : "-G \(groups.joined(separator: ","))"
        XCTAssertEqual(Harness.shell("useradd -M -N -s /usr/sbin/nologin \(member) \(name)"), 0, "useradd")
        madeUsers.append(name)
        return name
    }

    /// A group this user may give files to and that is not the one its files get
    /// anyway, so that the group on the files shows migstat set it: a new group as
    /// root, else a supplementary group, else (weaker) the primary one.
    private func givableGroup() throws -> (name: String, gid: gid_t) {
        if isRoot { return try throwawayGroup() }
        let count = getgroups(0, nil)
        var groups = [gid_t](repeating: 0, count: Int(max(count, 0)))
        _ = getgroups(count, &groups)
        let gid = groups.first { $0 != getegid() } ?? getegid()
        return (try XCTUnwrap(groupName(gid)), gid)
    }

    private func assertShared(_ db: String, with group: (name: String, gid: gid_t), _ message: String,
                              file: StaticString = #filePath, line: UInt = #line) {
        for path in [db, db + "-wal", db + "-shm"] {
            guard let got = info(path) else { XCTFail("\(path) missing (\(message))", file: file, line: line); continue }
            XCTAssertEqual(String(got.mode, radix: 8), "640", "\(path) (\(message))", file: file, line: line)
            XCTAssertEqual(got.gid, group.gid, "\(path): group \(groupName(got.gid) ?? "?") (\(message))", file: file, line: line)
        }
    }

    // MARK: - The file, its -wal and its -shm

    func testTheDatabaseAndItsJournalsAre0640WithTheGroupAfterEveryOpenWhateverTheUmask() throws {
        let group = try givableGroup()
        let w = try Workdir(copying: Self.samples)
        let p = try pipelines(in: w, group: group.name)
        let db = "\(w.output)/migstat.sqlite"
        // umask 077: the output folder migstat makes is 0700, which no member can pass: said, folder named.
        let first = try migstat(["run"] + args(w, p), umask: "077")
        XCTAssertEqual(first.status, 3, first.stderr)   // the samples quarantine a file
        assertShared(db, with: group, "after a run under umask 077")
        XCTAssertTrue(first.stderr.contains("database_group cannot reach the database") && first.stderr.contains("\"folder\":\"\(w.output)\""),
                      first.stderr)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: db + "-wal")[.size] as? Int, 0, "the WAL is kept, empty, when migstat closes")

        // Narrowed, widened and given away between runs: the next open puts each back.
        chmod(db, 0o600)
        chmod(db + "-wal", 0o666)
        chown(db + "-shm", uid_t.max, getegid() == group.gid ? gid_t.max : getegid())
        chmod(db + "-shm", 0o604)
        let again = try migstat(["db", "init"] + args(w, p))
        XCTAssertEqual(again.status, 0, again.stderr)
        assertShared(db, with: group, "after db init under umask 022")
        chmod(w.output, 0o755)
        let reached = try migstat(["db", "init"] + args(w, p))
        XCTAssertFalse(reached.stderr.contains("cannot reach"), "a folder every user may pass: \(reached.stderr)")

        // Without database_group: the owner's only again, as ever.
        let plain = try migstat(["run"] + args(w, Harness.pipelines))
        XCTAssertEqual(plain.status, 3, plain.stderr)
        XCTAssertEqual(info(db).map { String($0.mode, radix: 8) }, "600")
        for suffix in ["-wal", "-shm"] {
            if let got = info(db + suffix) { XCTAssertEqual(String(got.mode, radix: 8), "600", suffix) }
        }
    }

    // MARK: - A group migstat cannot give: exit 2, nothing written

    func testAGroupThatDoesNotExistIsExit2BeforeAnythingIsWritten() throws {
        let w = try Workdir(copying: Self.samples)
        let missing = "no-such-group-\(UUID().uuidString.prefix(6).lowercased())"
        XCTAssertNil(gid(of: missing))
        let p = try pipelines(in: w, group: missing)
        for command in [["run"], ["db", "init"], ["db", "load"], ["status"]] {
            let r = try migstat(command + args(w, p))
            XCTAssertEqual(r.status, 2, "\(command): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains("database_group") && r.stderr.contains(missing) && r.stderr.contains("migstat.yaml")
                          && r.stderr.contains("not a group"), "\(command): \(r.stderr)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: w.output), "\(command): nothing written")
        }
    }

    func testAGroupThisUserIsNotAMemberOfIsExit2BeforeAnythingIsWritten() throws {
        try XCTSkipUnless(isRoot, "makes a throwaway user, which needs root")
        let other = try throwawayGroup(), user = throwawayUser(groups: [])
        let w = try Workdir(copying: Self.samples)
        let p = try pipelines(in: w, group: other.name)
        let binary = w.root.appendingPathComponent("migstat").path
        try FileManager.default.copyItem(atPath: Harness.binary.path, toPath: binary)
        chmod(w.root.path, 0o777)   // the user may write here: only the group stops it
        let r = try sh("umask 022 && exec runuser -u \(user) -- \(quoted([binary, "run"] + args(w, p)))")
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains("not a member") && r.stderr.contains(other.name) && r.stderr.contains(user), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: w.output), "nothing written")
    }

    // MARK: - A planted link is refused, its target untouched

    func testAPlantedWalOrShmLinkIsRefusedAndItsTargetNeitherChangedNorGivenToTheGroup() throws {
        let group = try givableGroup()
        for suffix in ["-wal", "-shm"] {
            let w = try Workdir(copying: Self.samples)
            let p = try pipelines(in: w, group: group.name)
            let db = "\(w.output)/migstat.sqlite"
            try FileManager.default.createDirectory(atPath: w.output, withIntermediateDirectories: true)
            let made = try migstat(["db", "init"] + args(w, p))
            XCTAssertEqual(made.status, 0, made.stderr)
            // Someone with a hand in the folder points the companion at a file of theirs.
            let target = w.root.appendingPathComponent("elsewhere\(suffix)").path
            let planted = Data("not a journal".utf8)
            XCTAssertTrue(FileManager.default.createFile(atPath: target, contents: planted))
            chmod(target, 0o600)
            let before = try XCTUnwrap(info(target))
            XCTAssertNotEqual(before.gid, group.gid, "the target's group differs from database_group, so a chgrp would show")
            try FileManager.default.removeItem(atPath: db + suffix)
            try FileManager.default.createSymbolicLink(atPath: db + suffix, withDestinationPath: target)
            for command in [["db", "init"], ["run"]] {
                let r = try migstat(command + args(w, p))
                XCTAssertEqual(r.status, 2, "\(suffix) \(command): \(r.stderr)")
                XCTAssertTrue(r.stderr.contains("symbolic link") && r.stderr.contains("migstat.sqlite\(suffix)"), r.stderr)
                let after = try XCTUnwrap(info(target))
                XCTAssertEqual(String(after.mode, radix: 8), "600", "\(suffix) \(command): target's mode")
                XCTAssertEqual(after.gid, before.gid, "\(suffix) \(command): target's group")
                XCTAssertEqual(FileManager.default.contents(atPath: target), planted, "\(suffix) \(command): target's bytes")
            }
        }
    }

    // MARK: - A member who is not the owner reads it

    func testAMemberOfTheGroupWhoIsNotTheOwnerReadsTheDatabaseAndANonMemberCannot() throws {
        try XCTSkipUnless(isRoot, "makes a throwaway user and group, which needs root")
        let group = try throwawayGroup()
        let analyst = throwawayUser(groups: [group.name]), stranger = throwawayUser(groups: [])
        let w = try Workdir(copying: Self.demo)
        chmod(w.root.path, 0o755)
        let p = try pipelines(in: w, group: group.name)
        // The analyst runs a copy of the binary: the build folder may be closed to them.
        let binary = w.root.appendingPathComponent("migstat").path
        try FileManager.default.copyItem(atPath: Harness.binary.path, toPath: binary)
        let run = try migstat(["run"] + args(w, p))
        XCTAssertEqual(run.status, 0, run.stderr)
        assertShared("\(w.output)/migstat.sqlite", with: group, "after the owner's run")

        func asUser(_ user: String, _ command: [String]) throws -> Harness.Result {
            try sh("exec runuser -u \(user) -- \(quoted(command))")
        }
        // migstat's own read-only open (status reads year_state), through the kept -wal and -shm.
        let status = try asUser(analyst, [binary, "status"] + args(w, p))
        XCTAssertEqual(status.status, 0, status.stdout + status.stderr)
        XCTAssertEqual(status.stdout.components(separatedBy: "up to date").count - 1, 3, status.stdout)
        XCTAssertFalse(status.stdout.contains("cannot be read"), status.stdout)
        // A non-member cannot give the database to the group, so migstat stops at the setting.
        let refused = try asUser(stranger, [binary, "status"] + args(w, p))
        XCTAssertEqual(refused.status, 2, refused.stdout + refused.stderr)
        XCTAssertTrue(refused.stderr.contains("not a member"), refused.stderr)

        // Any SQLite client: a statistics table and a record table, read-only.
        let sqlite3 = "/usr/bin/sqlite3"
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: sqlite3), "no sqlite3 command-line shell here")
        let uri = "file:\(w.output)/migstat.sqlite?mode=ro"
        let query = "SELECT count(*) FROM migration_flows; SELECT sum(arrivals) FROM table1 WHERE partner_group = 'TOTAL';"
        let owner = try sh(quoted([sqlite3, uri, query]))
        XCTAssertEqual(owner.status, 0, owner.stderr)
        let read = try asUser(analyst, [sqlite3, uri, query])
        XCTAssertEqual(read.status, 0, read.stderr)
        XCTAssertEqual(read.stdout, owner.stdout)
        XCTAssertGreaterThan(Int(read.stdout.split(separator: "\n").first ?? "") ?? 0, 0, read.stdout)
        let denied = try asUser(stranger, [sqlite3, uri, query])
        XCTAssertNotEqual(denied.status, 0, "a non-member reads nothing: \(denied.stdout)")
        XCTAssertEqual(denied.stdout, "")
        // The analyst's reads left the owner's files as they were.
        assertShared("\(w.output)/migstat.sqlite", with: group, "after the analyst's reads")
    }
}
