import Foundation

extension SQLiteDatabase {
    /// The URI a read-only connection opens. A WAL database is read through its
    /// `-shm` index, which SQLite creates beside the file: on a read-only
    /// output folder (a read-only mount, an archive) it cannot, and SQLite
    /// refuses to read at all. There, with no `-wal` file left (the last writer
    /// checkpointed and closed), or an empty one and no `-shm` (an archive's
    /// copy of a closed database: a writer always has its `-shm`), the file is
    /// whole and unchanging: `immutable=1` reads it without the index. Elsewhere the plain read-only open; so for a
    /// member of `database_group:`, who may not write in the folder: the owner's
    /// migstat keeps `-wal` and `-shm` (0640), and SQLite reads a `-shm` it
    /// cannot write through its own copy of the index, a writer running or not.
    static func readOnlyURI(_ path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let unwritable = access(folder.isEmpty ? "." : folder, W_OK) != 0
        let walSize = (try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size] as? Int
        let walLeft = walSize.map { $0 > 0 || FileManager.default.fileExists(atPath: path + "-shm") } ?? false
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-~".utf8)
        let escaped = path.utf8.map { safe.contains($0) ? String(UnicodeScalar($0)) : String(format: "%%%02X", $0) }.joined()
        return "file:\(escaped)?mode=ro" + (unwritable && !walLeft ? "&immutable=1" : "")
    }
}
