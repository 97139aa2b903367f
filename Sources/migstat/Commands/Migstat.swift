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
          (load)     each published year into the unified database (`migstat db`)
          (report)   output/report/<lang>/: the analysis in kk, ru and en
                     (`migstat report`)

        `migstat run` does all three. Feed layouts live in pipelines/<feed>.yaml.

        Exit status:
          0   every requested year processed, every quality status ok
          1   anything else; the message says what, previous outputs stand
          2   the command line or a pipeline definition is wrong; nothing written
              (or the database is refused: a newer schema, another program's tables,
              a symbolic link; files published, database untouched)
          3   outputs written, but some year's quality status is failed
          4   outputs written, but the database could not be reached or written;
              the next run loads the years it missed
          75  another run holds the output folder's lock; nothing done
        `migstat status` exits 5 while a year needs a run (see its --help).
        """,
        version: AggregateStage.version,
        subcommands: [RunCommand.self, ExtractCommand.self, NormaliseCommand.self, AggregateCommand.self, StatusCommand.self,
                      DatabaseCommand.self, ReportCommand.self, DebugCommand.self],
        defaultSubcommand: nil)

    static func main() {
        // A file-size limit (ulimit -f) is a write error with a message, not a silent kill.
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error where error is MigstatError || error is DatabaseError {
            FileHandle.standardError.write(Data("migstat: \(error)\n".utf8))
            Foundation.exit(ExitStatus(error).code)
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
