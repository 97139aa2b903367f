/// A database that could not be reached or written (exit 4: the statistics
/// files are published, the database keeps its previous complete years), one
/// migstat refuses to touch (exit 2), or a statement that failed (exit 4 too:
/// the year could not be written, and `run` and `db load` say so alike).
public enum DatabaseError: Error, CustomStringConvertible {
    case unavailable(String)
    case failed(String)
    /// The database's schema is newer than this migstat's (exit 2).
    case newerSchema(String)
    /// A database migstat will not write: a symbolic link, tables it did not
    /// create (exit 2: files published, database untouched).
    case refused(String)

    public var description: String {
        switch self { case .unavailable(let m), .failed(let m), .newerSchema(let m), .refused(let m): return m }
    }

    /// 2 for a database refused as it is (DATABASE.md), 4 when it cannot be reached or written.
    public var exitStatus: Int32 {
        switch self { case .newerSchema, .refused: return 2; case .unavailable, .failed: return 4 }
    }
}
