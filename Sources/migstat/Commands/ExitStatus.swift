import MigstatCore

/// The exit status a command ends with, computed only: the command prints
/// and records it (RunLedger).
struct ExitStatus: Error {
    let code: Int32

    init(code: Int32) { self.code = code }

    /// A run that published what it could: 2 when the database is refused as
    /// it is (a newer schema, another program's tables, a link), 4 when it
    /// could not be brought up to date, 3 when some year's quality is failed, else 0.
    init(_ outcome: Pipeline.Outcome) {
        let failed = (outcome.processed + outcome.unchangedFailures).contains { $0.status != "ok" }
        code = outcome.databaseNewer ? 2 : outcome.databaseProblem != nil ? 4 : failed ? 3 : 0
    }

    /// An error that ends a command, as `Migstat.main` exits on it (usage errors aside).
    init(_ error: Error) {
        switch error {
        case let e as MigstatError:
            switch e { case .configuration: code = 2; case .locked: code = 75; case .io: code = 1 }
        case let e as DatabaseError: code = e.exitStatus
        case let e as ExitStatus: code = e.code
        default: code = 1
        }
    }
}
