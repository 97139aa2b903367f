import ArgumentParser
import Foundation
import MigstatCore

/// `migstat debug …`: looking inside what migstat keeps between stages.
struct DebugCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debug",
        abstract: "Look inside migstat's own files (for the IT staff).",
        subcommands: [Staging.self])

    struct Staging: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "staging",
            abstract: "Show a staging file's lines, fields named, and check its seal.",
            discussion: """
            FILE is one of output/.staging/<year>/<feed>/extracted.bin, records.tsv,
            rejects.tsv or normalised.tsv; the format is docs/staging-format.md.
            Fields are named after the feed's definition (extracted.bin, binary:
            a value kept in its column's dictionary shows as value#id) or its
            record table (records.tsv). The last lines count the lines by kind
            (or fate, or reason) and say whether the seal matches its companion
            JSON.

            Examples:
              migstat debug staging --limit 5 \\
                output/.staging/2003/migration-slips/records.tsv
              migstat debug staging \\
                output/.staging/2003/police-registrations/extracted.bin | less
            """)

        @Argument(help: ArgumentHelp("The staging file.", valueName: "file"))
        var file: String

        @Option(help: ArgumentHelp("Show only the first n lines (the summary still counts all).", valueName: "n"))
        var limit: Int?

        @Option(help: ArgumentHelp("Folder of feed definitions (*.yaml) and code lists.", valueName: "dir"))
        var pipelines = "pipelines"

        func run() throws {
            let dump = try StagingDump(path: file, config: PipelineConfig.load(directory: pipelines))
            try dump.write(limit: limit) { print($0) }
        }
    }
}
