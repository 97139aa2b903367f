import Foundation
import MigstatCore

extension RunLedger {
    /// Runs the pipeline with the run's row in the database's history, ended
    /// with the status the command exits with: the outcome's, or a thrown error's.
    func record(_ body: () throws -> Pipeline.Outcome) throws -> Pipeline.Outcome {
        let outcome: Pipeline.Outcome
        do {
            outcome = try body()
        } catch {
            finish(years: years, exitStatus: ExitStatus(error).code)
            throw error
        }
        finish(years: outcome.years, exitStatus: ExitStatus(outcome).code)
        return outcome
    }
}

extension Pipeline.Outcome {
    /// Ends a command that ran the pipeline: says when the database was not updated, and exits with the outcome's status.
    func end() throws {
        if let databaseProblem {
            FileHandle.standardError.write(Data("migstat: the statistics files are published, but the database was not updated: \(databaseProblem)\n".utf8))
        }
        let status = ExitStatus(self)
        if status.code != 0 { throw status }
    }
}
