import Logging

/// The database of one run, opened once by the command and handed to the
/// pipeline (which loads into it) and the RunLedger (which records the run
/// in it): open, or why not. A run without it still publishes the statistics
/// files, and exits 4 (2 when the database is refused as it is).
public struct RunDatabase {
    public let database: UnifiedDatabase?
    /// Why the database could not be opened; nil when it was, or none is configured.
    public let problem: String?
    /// Refused as it is (a newer schema, another program's tables, a link): exit 2.
    public let refused: Bool

    /// No database: `database: none`, or a stage that loads nothing.
    public static let none = RunDatabase(database: nil, problem: nil, refused: false)

    /// Opens (creating or completing the schema) the database at `location` for the region `refArea`;
    /// a failure is logged and kept, not thrown.
    public static func open(_ location: DatabaseLocation, refArea: String, group: DatabaseGroup? = nil, logger: Logger) -> RunDatabase {
        do {
            return RunDatabase(database: try UnifiedDatabase.open(location, refArea: refArea, group: group), problem: nil, refused: false)
        } catch {
            logger.error("database not updated", metadata: ["database": .text(location), "error": .text(error)])
            let refused = (error as? DatabaseError)?.exitStatus == 2
            return RunDatabase(database: nil, problem: (error as? DatabaseError)?.description ?? "\(error)", refused: refused)
        }
    }
}
