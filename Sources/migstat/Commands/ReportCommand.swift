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
        them to A4 (`make report-pdf`).

        Words: pipelines/report/labels.yaml. Layout: pipelines/report/*.mustache.

        Example: migstat report
        """)

    @OptionGroup var common: CommonOptions

    func run() throws {
        let pipeline = try common.makePipeline()
        let lock = try RunLock(outputRoot: common.output)
        guard let db = try UnifiedDatabase.open(pipeline.database) else {
            throw MigstatError.configuration("the report reads the database: give --database (not none)")
        }
        try ReportBuilder.build(database: db, config: pipeline.config, workspace: pipeline.workspace, logger: pipeline.logger)
        withExtendedLifetime(lock) {}
    }
}
