import ArgumentParser
import Foundation
import Logging
import MigstatCore

/// Options every command takes.
struct CommonOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Folder of agency feeds, laid out as <feed>/<year>/<files>.", valueName: "dir"))
    var input = "input"

    @Option(help: ArgumentHelp("Folder the statistics are published to (and staging kept in).", valueName: "dir"))
    var output = "output"

    @Option(help: ArgumentHelp("Folder of feed definitions (*.yaml) and code lists.", valueName: "dir"))
    var pipelines = "pipelines"

    @Option(help: ArgumentHelp("""
        The unified database: sqlite:FILE (relative to --output), postgresql://user@host:port/db \
        (password from ~/.pgpass or PGPASSWORD), or none. Default: database: in migstat.yaml, else sqlite:migstat.sqlite.
        """, valueName: "url"))
    var database: String?

    @Option(help: ArgumentHelp("Log lines as readable text or one JSON object per line. Default: text on a terminal, json otherwise.",
                               valueName: "text|json"))
    var logFormat: String?

    @Flag(name: .shortAndLong, help: "Only warnings and errors.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Debug detail as well.")
    var verbose = false

    func validate() throws {
        if let f = logFormat, LineLogHandler.Format(rawValue: f) == nil {
            throw ValidationError("--log-format must be text or json")
        }
        if quiet && verbose { throw ValidationError("--quiet and --verbose exclude each other") }
    }

    var onTerminal: Bool { isatty(2) == 1 }

    func makeLogger() -> Logger {
        let format = logFormat.flatMap(LineLogHandler.Format.init) ?? (onTerminal ? .text : .json)
        let level: Logger.Level = quiet ? .warning : verbose ? .debug : .info
        return Logger(label: "migstat") { LineLogHandler(format: format, logLevel: level, label: $0) }
    }

    func makePipeline() throws -> Pipeline {
        let config = try PipelineConfig.load(directory: pipelines)
        var p = Pipeline(config: config, workspace: Workspace(input: input, output: output), logger: makeLogger())
        DatabaseNotices.logger = p.logger   // the server's warnings as log entries, not libpq's stderr lines
        let source = database != nil ? "--database" : config.database != nil ? "database: in \(pipelines)/migstat.yaml" : "the default database"
        p.database = try DatabaseLocation.parse(database ?? config.database ?? DatabaseLocation.defaultSetting, outputRoot: output, source: source)
        p.showProgress = onTerminal && !quiet && logFormat != "json"
        return p
    }
}

/// `--year` for the stage commands: one or more years, required.
struct YearOptions: ParsableArguments {
    @Option(name: .customLong("year"), help: ArgumentHelp("Reporting year to process (repeatable).", valueName: "yyyy"))
    var years: [Int] = []

    func validate() throws {
        for y in years where !(1900...2100).contains(y) { throw ValidationError("--year \(y) is not a plausible reporting year") }
    }
}

/// `--jobs` for the commands that process years.
struct JobsOption: ParsableArguments {
    @Option(help: ArgumentHelp("""
        Files and feeds of a year processed side by side. Default: the machine's cores. \
        The outputs are the same bytes for any number; --jobs 1 does one thing at a time.
        """, valueName: "n"))
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
    }

    func apply(to pipeline: inout Pipeline) {
        if let jobs { pipeline.jobs = jobs }
    }
}
