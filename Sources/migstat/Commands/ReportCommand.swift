import ArgumentParser
import MigstatCore

/// `migstat report`: the analysis report from the unified database.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the analysis report (HTML, kk/ru/en) from the database.",
        discussion: """
        Writes output/report/<lang>/index.html (every published year) and
        output/report/<lang>/<year>.html, one set per language of
        pipelines/report/labels.yaml. `migstat run` rebuilds them whenever a year
        changed; this command rebuilds them at once. The pages are self-contained
        (styles and SVG charts inline): open them from the folder, offline, or print
        them to A4 (`make report-pdf`). The database is only read: a missing one,
        or one with no published year, is an error and the previous report stays.
        Files of your own in output/report/ (an about.html) are kept: the report
        replaces only what a report wrote (listed in output/report/.written).

        Words: pipelines/report/labels.yaml. Layout: pipelines/report/*.mustache.

        Example: migstat report
        """)

    @OptionGroup var common: CommonOptions

    func run() throws {
        let pipeline = try common.makePipeline()
        let lock = try RunLock(outputRoot: common.output)
        // Read only: a deleted or mistyped database is an error (exit 2), never a new empty one.
        let db = try UnifiedDatabase.openExisting(pipeline.database, refArea: pipeline.config.refArea)
        try ReportBuilder.build(database: db, config: pipeline.config, workspace: pipeline.workspace, logger: pipeline.logger,
                                refuseEmpty: true)
        withExtendedLifetime(lock) {}
    }
}
