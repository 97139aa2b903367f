import ArgumentParser
import Foundation
import MigstatCore

@main
struct Migstat: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migstat",
        abstract: "Yearly migration statistics from the city agencies' feeds.",
        discussion: """
        Four agencies deliver feeds under input/<feed>/<year>/; migstat turns them into
        SDMX-CSV statistics under output/<year>/ in three stages:

          extract    read files into records, quarantine damaged files
          normalise  code lists, validation, duplicates, re-sends, rejects
          aggregate  statistics, quality.json, rejects.csv, manifest.json

        `migstat run` does all three. Feed layouts live in pipelines/<feed>.yaml.

        Exit status:
          0   every requested year processed, every quality status ok
          1   anything else; the message says what, previous outputs stand
          2   the command line or a pipeline definition is wrong; nothing written
          3   outputs written, but some year's quality status is failed
          75  another run holds the output folder's lock; nothing done
        """,
        version: AggregateStage.version,
        subcommands: [RunCommand.self, ExtractCommand.self, NormaliseCommand.self, AggregateCommand.self, StatusCommand.self],
        defaultSubcommand: nil)

    static func main() {
        // A file-size limit (ulimit -f) is a write error with a message, not a silent kill.
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as MigstatError {
            FileHandle.standardError.write(Data("migstat: \(error)\n".utf8))
            switch error {
            case .configuration: Foundation.exit(2)
            case .locked: Foundation.exit(75)
            case .io: Foundation.exit(1)
            }
        } catch let status as ExitStatus {
            Foundation.exit(status.code)
        } catch {
            let code = exitCode(for: error)
            if code == .success { Self.exit(withError: error) }
            // Usage errors exit 2 (the contract), not ArgumentParser's 64.
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            FileHandle.standardError.write(Data("migstat: \(error)\n".utf8))
            Foundation.exit(1)
        }
    }
}

/// Exit 3 when outputs were written but some year's quality is failed.
struct ExitStatus: Error {
    let code: Int32

    static func check(_ results: [AggregateStage.YearResult]) throws {
        if results.contains(where: { $0.status != "ok" }) { throw ExitStatus(code: 3) }
    }
}
