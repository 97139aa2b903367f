/// The database's run history (`run`, DATABASE.md): one row per run that
/// reached the database, written by the command that ran, not by the
/// pipeline. `start` adds the row with the years the run looks at; `finish`
/// records the years it published or loaded and the exit status the command
/// ends with. Without a database, or when the row cannot be written, both
/// do nothing: the history never changes what a run does or how it exits.
public final class RunLedger {
    private let database: UnifiedDatabase?
    private var id: Int?
    /// The years the run was asked to look at.
    public let years: [Int]

    public init(database: UnifiedDatabase?, years: [Int]) {
        self.database = database
        self.years = years
        id = try? database?.startRun(years: years)
    }

    public func finish(years: [Int], exitStatus: Int32) {
        guard let database, let id else { return }
        try? database.finishRun(id, years: years, exitStatus: exitStatus)
        self.id = nil
    }
}

extension UnifiedDatabase {
    private var runTable: String { DatabaseSchema.runName(dialect) }

    /// Adds this region's row to `run`; returns its id.
    func startRun(years: [Int]) throws -> Int {
        let values = "\(sqlLiteral(refArea)), \(sqlLiteral(Self.now())), \(sqlLiteral(AggregateStage.version)), \(sqlLiteral(years.map(String.init).joined(separator: ",")))"
        let columns = "ref_area, started_at, migstat_version, years"
        if dialect == .postgresql {
            let id = try connection.rows("INSERT INTO \(runTable) (\(columns)) VALUES (\(values)) RETURNING id")
            return (id.first?.first ?? nil).flatMap { Int($0) } ?? 0
        }
        // The region's next number, taken in the INSERT itself: SQLite runs one writer at a time.
        let id = try connection.rows("""
            INSERT INTO \(runTable) (id, \(columns)) SELECT COALESCE(MAX(id), 0) + 1, \(values) FROM \(runTable) WHERE \(ownRows) RETURNING id
            """)
        return (id.first?.first ?? nil).flatMap { Int($0) } ?? 0
    }

    func finishRun(_ id: Int, years: [Int], exitStatus: Int32) throws {
        try connection.execute("""
            UPDATE \(runTable) SET finished_at = \(sqlLiteral(Self.now())), exit_status = \(exitStatus),
              years = \(sqlLiteral(years.map(String.init).joined(separator: ","))) WHERE \(ownRows) AND id = \(id)
            """)
    }
}
