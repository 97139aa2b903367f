import ArgumentParser
import MigstatCore

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Extract, normalise and aggregate: the whole pipeline, incrementally.",
        discussion: """
        With no --year, looks at every year found under the input folder. A year is
        processed only when its inputs (by sha256), the feed definitions, the code lists
        or migstat's version changed since its last successful run, or when that run
        failed or was interrupted; other years are skipped and left untouched.
        --force processes the given years whatever their manifests say.

        Examples:
          migstat run                          nightly: whatever changed
          migstat run --year 2003 --force      reprocess 2003 after an agency's correction
          migstat run --jobs 1                 one feed at a time (a busy server)
          migstat run --input /data/in --output /data/out --log-format json
        """)

    @OptionGroup var year: YearOptions
    @OptionGroup var jobs: JobsOption
    @OptionGroup var common: CommonOptions

    @Flag(help: "Process the given years even when they are up to date.")
    var force = false

    func validate() throws {
        if force && year.years.isEmpty { throw ValidationError("--force needs --year: say which years to reprocess") }
    }

    func run() throws {
        var pipeline = try common.makePipeline()
        jobs.apply(to: &pipeline)
        let lock = try RunLock(outputRoot: common.output)
        let years = year.years.isEmpty ? nil : year.years.sorted()
        if years == nil && pipeline.inputYears.isEmpty {
            pipeline.logger.warning("no input years found", metadata: ["input": .string(common.input)])
        }
        // The years first (a missing input folder is exit 2 before the database is touched), then the
        // database, opened once for the pipeline and for the run's row in its history.
        let looked = try years ?? pipeline.checkedInputYears()
        let database = pipeline.openDatabase()
        let ledger = RunLedger(database: database.database, years: looked)
        let outcome = try ledger.record { try pipeline.run(years: years, force: force, database: database) }
        pipeline.logger.notice("run finished", metadata: [
            "processed": .list(outcome.processed.map(\.year)),
            "skipped": .list(outcome.skipped),
            "failed": .list((outcome.processed + outcome.unchangedFailures).filter { $0.status != "ok" }.map(\.year))])
        withExtendedLifetime(lock) {}
        try outcome.end()
    }
}
