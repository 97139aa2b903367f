import Foundation

/// `database_group:` of migstat.yaml: the group whose members may read the
/// SQLite database (its file and its `-wal` and `-shm` are mode 0640 with this
/// group). Resolved when the settings are read, so that a group this machine
/// lacks, or one this user may not give a file to, stops the command (exit 2)
/// before anything is written.
public struct DatabaseGroup: Equatable, Sendable {
    public let name: String
    public let gid: gid_t

    /// The mode of the database and its companions when they are shared with the group.
    static let mode: mode_t = 0o640

    /// `source` names where `name` came from, for the messages.
    static func resolve(_ name: String, source: String) throws -> DatabaseGroup {
        guard let gid = groupID(name) else {
            throw MigstatError.configuration(
                "\(source): database_group `\(MessageText.quote(name))` is not a group on this machine: create it "
                + "(groupadd \(name)) and add the analysts to it, or remove database_group to keep the database owner-only")
        }
        // Only root gives a file to a group it is not in (chown(2)).
        guard geteuid() == 0 || memberGroups().contains(gid) else {
            throw MigstatError.configuration(
                "\(source): database_group `\(MessageText.quote(name))`: this user (\(userName())) is not a member of it, "
                + "so cannot give the database to it: add the user to the group (usermod -aG \(name) \(userName()), then "
                + "log in again) or run migstat as a member")
        }
        return DatabaseGroup(name: name, gid: gid)
    }

    private static func groupID(_ name: String) -> gid_t? {
        var entry = group(), result: UnsafeMutablePointer<group>?
        var buffer = [CChar](repeating: 0, count: 16_384)
        guard getgrnam_r(name, &entry, &buffer, buffer.count, &result) == 0, result != nil else { return nil }
        return entry.gr_gid
    }

    /// The effective group and the supplementary ones: those this process may give its files to.
    private static func memberGroups() -> Set<gid_t> {
        let count = getgroups(0, nil)
        var groups = [gid_t](repeating: 0, count: Int(max(count, 0)))
        let got = getgroups(count, &groups)
        return Set(groups.prefix(Int(max(got, 0)))).union([getegid()])
    }

    private static func userName() -> String {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return "uid \(geteuid())" }
        return String(cString: name)
    }
}

extension DatabaseGroup {
    /// The first folder on the way to `path` whose mode bits do not let this
    /// group through (search, `x`), or nil. migstat changes no folder's mode:
    /// they are the operator's, hold more than the database, and widening one
    /// is a decision of whoever shares the machine; it names the folder instead.
    func blockingFolder(on path: String) -> String? {
        var folder = ((path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path) as NSString)
            .deletingLastPathComponent
        while !folder.isEmpty {
            var info = stat()
            if stat(folder, &info) == 0 {
                let passes = info.st_mode & S_IXOTH != 0 || (info.st_gid == gid && info.st_mode & S_IXGRP != 0)
                if !passes { return folder }
            }
            if folder == "/" { return nil }
            folder = (folder as NSString).deletingLastPathComponent
        }
        return nil
    }

    /// Says (through the run's logger) when the group cannot reach the database.
    func warnIfUnreachable(_ path: String) {
        guard let folder = blockingFolder(on: path) else { return }
        DatabaseNotices.logger?.warning("database_group cannot reach the database", metadata: [
            "database": "\(path)", "group": "\(name)", "folder": "\(folder)",
            "hint": "members of \(name) can read the file but not pass \(folder): chgrp \(name) \(folder) && chmod g+x \(folder) (or chmod o+x \(folder))",
        ])
    }
}
