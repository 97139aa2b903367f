import ArgumentParser
import MigstatCore

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Extract, normalise, aggregate, load, report: every year that changed.",
        discussion: """
        With no --year, looks at every year found under the input folder. A year
        is processed only when its inputs (by sha256), the feed definitions, the
        code lists or migstat's version changed since its last successful run, or
        when that run failed or was interrupted; other years are skipped and left
        untouched. --force processes the given years whatever their manifests say.
        Each year processed is loaded into the database (a year published but not
        yet loaded is loaded too), and the report is rewritten when the database
        changed. --dry-run says what a run would do and why, and writes nothing.

        Examples:
          migstat run                          nightly: whatever changed
          migstat run --year 2003 --force      reprocess 2003 after a correction
          migstat run --dry-run                what would a run do, and why?
          migstat run --jobs 1                 one feed at a time (a busy server)
          migstat run --input /data/in --output /data/out --log-format json
        """)

    @OptionGroup var year: YearOptions
    @OptionGroup var jobs: JobsOption
    @OptionGroup var common: CommonOptions

    @Flag(help: "Process the given years even when they are up to date.")
    var force = false

    @Flag(help: "Say which years a run would process, load or skip, and why; write nothing.")
    var dryRun = false

    func validate() throws {
        if force && year.years.isEmpty { throw ValidationError("--force needs --year: say which years to reprocess") }
    }

    func run() throws {
        var pipeline = try common.makePipeline()
        jobs.apply(to: &pipeline)
        if dryRun { return try DryRun.show(pipeline, output: common.output, years: year.years.isEmpty ? nil : year.years.sorted(), force: force) }
        let years = year.years.isEmpty ? nil : year.years.sorted()
        // The years first: a missing, empty or wrong input folder, or a year without input, is exit 2
        // before anything is written (not even the lock file) and before the database is touched; the
        // run checks them again under the lock. Then the database, opened once for the pipeline and
        // for the run's row in its history.
        let looked = try pipeline.checkedYears(years)
        let lock = try RunLock(outputRoot: common.output)
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
