import ArgumentParser
import MigstatCore

/// `migstat extract|normalise|aggregate --year Y`: one stage alone, leaving
/// its results under output/.staging/ for the next.
protocol StageCommand: ParsableCommand {
    var common: CommonOptions { get }
    var year: YearOptions { get }
    var jobs: JobsOption { get }
    static var stage: Pipeline.Stage { get }
}

extension StageCommand {
    func run() throws {
        guard !year.years.isEmpty else { throw ValidationError("give the reporting year: --year YYYY") }
        var pipeline = try common.makePipeline()
        jobs.apply(to: &pipeline)
        let lock = try RunLock(outputRoot: common.output)
        let years = year.years.sorted()
        // Only aggregate loads the database, so only aggregate opens it and records the run in it.
        let database = Self.stage == .aggregate ? pipeline.openDatabase() : .none
        let ledger = RunLedger(database: database.database, years: years)
        let outcome = try ledger.record { try pipeline.run(years: years, stage: Self.stage, database: database) }
        withExtendedLifetime(lock) {}
        try outcome.end()
    }
}

struct ExtractCommand: StageCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read a year's agency files into records; quarantine damaged files.",
        discussion: """
        Reads input/<feed>/<year>/ for every feed with a definition, picks the highest
        .vN of each period, decodes (UTF-8 or windows-1251), splits CSV rows and XML
        records, and writes them to output/.staging/<year>/<feed>/extracted.bin.
        A file that cannot be read whole is quarantined; the run goes on.

        Example: migstat extract --year 2003
        """)
    static let stage = Pipeline.Stage.extract
    @OptionGroup var year: YearOptions
    @OptionGroup var jobs: JobsOption
    @OptionGroup var common: CommonOptions
}

struct NormaliseCommand: StageCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalise",
        abstract: "Each feed's rules: code lists, validation, duplicates, re-sends.",
        discussion: """
        Reads what extract left, maps names and codes to the code lists, rejects
        invalid records with their reasons, resolves duplicates, revisions and
        exclusions, and writes the counted records for aggregate.

        Example: migstat normalise --year 2003
        """)
    static let stage = Pipeline.Stage.normalise
    @OptionGroup var year: YearOptions
    @OptionGroup var jobs: JobsOption
    @OptionGroup var common: CommonOptions
}

struct AggregateCommand: StageCommand {
    static let configuration = CommandConfiguration(
        commandName: "aggregate",
        abstract: "Publish a year: statistics, quality.json, rejects.csv, manifest.json.",
        discussion: """
        Builds the SDMX-CSV statistics files from the normalised records, writes them
        to output/<year>/ (each replaced atomically) and rebuilds output/summary/.

        Example: migstat aggregate --year 2003
        """)
    static let stage = Pipeline.Stage.aggregate
    @OptionGroup var year: YearOptions
    @OptionGroup var jobs: JobsOption
    @OptionGroup var common: CommonOptions
}
