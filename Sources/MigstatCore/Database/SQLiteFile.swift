import Foundation

/// The database file holds personal data (DATABASE.md: mode 0600, whatever
/// the umask): it is the owner's only before SQLite writes a byte to it,
/// whether migstat creates it or finds it, and never a link's target. With
/// `database_group:` it is mode 0640 with that group instead, and so are its
/// `-wal` and `-shm`, which then outlive every connection (PERSIST_WAL), so
/// that a member of the group can read it without writing in its folder.
extension SQLiteDatabase {
    /// SQLite's companions of a database file: the WAL, its shared-memory
    /// index and the rollback journal hold (or index) the same data.
    static let companionSuffixes = ["-wal", "-shm", "-journal"]

    static func prepareFile(_ path: String, group: DatabaseGroup? = nil) throws {
        group?.warnIfUnreachable(path)
        for suffix in companionSuffixes { try refuseLink(path + suffix, companionOf: path) }
        var info = stat()
        if lstat(path, &info) == 0 {
            try refuseLink(path, companionOf: nil)
            guard restrict(path, group: group) else { throw cannotRestrict(path, group: group) }
            if let group { try createCompanions(path, group: group) }
            return
        }
        let folder = (path as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.isEmpty ? "." : folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw DatabaseError.unavailable("cannot create \(path): the folder \(folder) does not exist; create it or choose another path with --database")
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if fd < 0 && errno != EEXIST {
            throw DatabaseError.unavailable("cannot create \(path): \(errnoText()); check that this user may write to \(folder)")
        }
        guard fd >= 0 else { return try prepareFile(path, group: group) }   // another process made it meanwhile: check what it is
        defer { Foundation.close(fd) }
        var made = stat()
        guard fstat(fd, &made) == 0, restrict(fd, made, group: group) else { throw cannotRestrict(path, group: group) }
        // No -wal or -shm made here: SQLite deletes a -wal beside an empty file, and the one it makes
        // when the mode is set holds no record before secureCompanions gives it the group.
    }

    /// After SQLite opened the file: its companions as the file, never following a link.
    static func secureCompanions(_ path: String, group: DatabaseGroup?) throws {
        for suffix in companionSuffixes where !restrict(path + suffix, group: group) {
            // Owner-only stays best effort, as it always was; a group's reader depends on these files.
            if group != nil { throw cannotRestrict(path + suffix, group: group) }
        }
    }

    /// A link, or something other than a file, where the database or one of
    /// its companions goes is refused (exit 2), and nothing written through it.
    private static func refuseLink(_ path: String, companionOf database: String?) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        let remedy = database.map { "remove it: SQLite keeps the journals of \($0) beside it itself" }
        if info.st_mode & S_IFMT == S_IFLNK {
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
            throw DatabaseError.refused(
                "\(path) is a symbolic link (to \(target)): migstat writes personal records only to a file it can keep "
                + "owner-only (or its database_group's), never through a link; "
                + (remedy ?? "point --database (or database: in migstat.yaml) at the file itself"))
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw DatabaseError.refused("\(path) is not a regular file: " + (remedy ?? "point --database at a database file"))
        }
    }

    /// The `-wal` and `-shm` made before SQLite opens a database that already
    /// holds data, 0640 with the group from their first byte: SQLite would make
    /// them with the file's mode but this user's own group.
    private static func createCompanions(_ path: String, group: DatabaseGroup) throws {
        for companion in [path + "-wal", path + "-shm"] {
            let fd = open(companion, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd < 0 {
                if errno == EEXIST, restrict(companion, group: group) { continue }
                throw cannotRestrict(companion, group: group)
            }
            defer { Foundation.close(fd) }
            var made = stat()
            guard fstat(fd, &made) == 0, restrict(fd, made, group: group) else { throw cannotRestrict(companion, group: group) }
        }
    }

    /// Mode 0600 (0640 with `group`) for a file that exists, through an fd
    /// opened without following a link; true when done or when there is no
    /// such file (a link is skipped: refuseLink names it before SQLite opens).
    @discardableResult
    static func restrict(_ path: String, group: DatabaseGroup?) -> Bool {
        // O_PATH, and the mode and group set through /proc/self/fd: closing a
        // descriptor opened for reading would drop every POSIX lock this
        // process holds on the file (SQLite's locks on the database and its
        // -shm, taken by a connection open meanwhile: other processes then
        // see no reader and reset the WAL index, "locking protocol"); closing
        // an O_PATH descriptor drops none.
        let fd = open(path, oPath | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return errno == ENOENT }
        defer { Foundation.close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return false }
        guard info.st_mode & S_IFMT == S_IFREG else { return true }   // a link is refused before, never followed here
        let file = "/proc/self/fd/\(fd)"
        return restrict(info, group: group, chmod: { chmod(file, $0) == 0 }, chown: { chown(file, uid_t.max, $0) == 0 })
    }

    /// Linux's O_PATH, which Glibc's Swift module does not export.
    private static let oPath: Int32 = 0o10_000_000

    /// A file migstat itself has just created (no lock of this process on it yet).
    private static func restrict(_ fd: Int32, _ info: stat, group: DatabaseGroup?) -> Bool {
        restrict(info, group: group, chmod: { fchmod(fd, $0) == 0 }, chown: { fchown(fd, uid_t.max, $0) == 0 })
    }

    private static func restrict(_ info: stat, group: DatabaseGroup?, chmod: (mode_t) -> Bool, chown: (gid_t) -> Bool) -> Bool {
        guard let group else {
            if info.st_mode & 0o077 == 0 { return true }
            return chmod(info.st_mode & 0o700 | 0o600)
        }
        if info.st_gid == group.gid && info.st_mode & 0o7777 == DatabaseGroup.mode { return true }
        // Narrowed, given to the group, then opened to it: never readable by the group it had before.
        if info.st_mode & 0o077 != 0, !chmod(0o600) { return false }
        if info.st_gid != group.gid, !chown(group.gid) { return false }
        return chmod(DatabaseGroup.mode)
    }

    private static func cannotRestrict(_ path: String, group: DatabaseGroup?) -> DatabaseError {
        guard let group else {
            return .unavailable("cannot make \(path) readable by its owner only (\(errnoText())): it holds personal records; "
                                + "run migstat as the file's owner, or chmod 600 it")
        }
        return .unavailable("cannot make \(path) mode 0640 with group \(group.name) (database_group: \(errnoText())): "
                            + "run migstat as the file's owner, or chgrp \(group.name) and chmod 640 it")
    }
}
