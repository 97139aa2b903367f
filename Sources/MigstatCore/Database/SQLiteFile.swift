import Foundation

/// The database file holds personal data (DATABASE.md: mode 0600, whatever
/// the umask): it is the owner's only before SQLite writes a byte to it,
/// whether migstat creates it or finds it, and never a link's target.
extension SQLiteDatabase {
    static func prepareFile(_ path: String) throws {
        var info = stat()
        if lstat(path, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFLNK {
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
                throw DatabaseError.refused(
                    "\(path) is a symbolic link (to \(target)): migstat writes personal records only to a file it can keep "
                    + "owner-only, never through a link; point --database (or database: in migstat.yaml) at the file itself")
            }
            guard info.st_mode & S_IFMT == S_IFREG else {
                throw DatabaseError.refused("\(path) is not a regular file: point --database at a database file")
            }
            guard makePrivate(path) else {
                throw DatabaseError.unavailable(
                    "cannot make \(path) readable by its owner only (\(errnoText())): it holds personal records; "
                    + "run migstat as the file's owner, or chmod 600 it")
            }
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
        if fd >= 0 { fchmod(fd, 0o600); Foundation.close(fd) }
        else { try prepareFile(path) }   // another process made it meanwhile: check what it is
    }

    /// Mode 0600 for a file that exists, never following a link; true when
    /// done or when there is no such file.
    @discardableResult
    static func makePrivate(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return errno == ENOENT || errno == ELOOP }
        defer { Foundation.close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return false }
        if info.st_mode & 0o077 == 0 { return true }
        return fchmod(fd, info.st_mode & 0o700 | 0o600) == 0
    }
}
