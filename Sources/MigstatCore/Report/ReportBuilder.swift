import Foundation
import Logging
import Mustache

/// Writes the analysis report (REPORT.md): `output/report/<lang>/index.html`
/// over every published year, `<year>.html` per year, `<year>-Q<n>.html` per
/// quarter with data (the akimat's quarterly information) and `quality.html` (data
/// quality: rejects by reason, files not read, the run history), from the unified
/// database, through the analysts' Mustache templates in `pipelines/report/`
/// (`{{x}}` escaped on bytes, `ReportTemplates`: agency text never becomes markup). Each page is
/// self-contained: styles inline, charts inline SVG, nothing fetched.
public enum ReportBuilder {
    /// Writes the report; with `refuseEmpty`, a database that holds no
    /// published year is a mistake of the command line (exit 2, a wrong or
    /// new database) and the previous report stays as it was.
    @discardableResult
    public static func build(database: UnifiedDatabase, config: PipelineConfig, workspace: Workspace, logger: Logger,
                             refuseEmpty: Bool = false) throws -> [String] {
        // A database made before a feed joined lacks its tables until it is next opened for writing:
        // say so, not the first failing query's SQL.
        let missing = try database.missingRelations()
        guard missing.isEmpty else {
            throw MigstatError.configuration("\(database.location) lacks \(missing.joined(separator: ", ")) (made by an older migstat): "
                + "run `migstat db init` to add them, then the report again; the report in \(workspace.outputRoot)/report is left as it was")
        }
        let labels = try config.reportLabels ?? ReportLabels.load(directory: config.directory)
        let templates = try loadTemplates(directory: "\(config.directory)/report")
        let data = try ReportData.read(database, pipelines: config.directory)
        if refuseEmpty && data.years.isEmpty {
            throw MigstatError.configuration("\(database.location) holds no published year, so there is nothing to report "
                + "and the report in \(workspace.outputRoot)/report is left as it was: check --database, or run `migstat run` first")
        }
        var files: [(path: String, bytes: Data)] = []
        // The data-quality page links each year's rejects.csv where the report sits in its output folder beside them.
        let rejectFiles = Set(data.years.filter { FileManager.default.fileExists(atPath: "\(workspace.outputRoot)/\($0)/rejects.csv") })
        let showsNational = try NationalReport.regions(database).count > 1
        for language in labels.languages {
            var page = ReportPage(data: data, labels: labels, language: language, codeLists: config.codeLists)
            page.rejectFiles = rejectFiles
            page.showsNational = showsNational
            var pages = [("index.html", templates.render(page.index(), withTemplate: "index"))]
            for year in data.years {
                pages.append(("\(year).html", templates.render(page.year(year), withTemplate: "year")))
            }
            for (year, quarter) in data.quarterly.quarters {
                pages.append((ReportPage.quarterFile(year, quarter), templates.render(page.quarter(year, quarter), withTemplate: "quarter")))
            }
            pages.append(("quality.html", templates.render(page.qualityPage(), withTemplate: "quality-page")))
            for (name, html) in pages {
                guard let html else {
                    throw MigstatError.configuration("\(config.directory)/report: a template is missing (index.mustache, year.mustache, quarter.mustache, quality-page.mustache)")
                }
                files.append(("\(language)/\(name)", Data(html.utf8)))
            }
        }
        // national.html: when the database holds several regions (NationalReport).
        for national in try NationalReport.pages(database, pipelines: config.directory, labels: labels, templates: templates,
                                                  years: data.years, codeLists: config.codeLists) {
            files.append((national.path, Data(national.html.utf8)))
        }
        files.append((".stamp", Data(try stamp(config, database).utf8)))
        let root = "\(workspace.outputRoot)/report"
        try ReportFolder(path: root).replace(with: files)
        let written = files.dropLast().map { "\(root)/\($0.path)" }
        logger.info("report written", metadata: ["pages": .number(written.count), "languages": .list(labels.languages)])
        return written
    }

    /// The sha256 of what the report was written from: the labels and
    /// templates, the sections' other inputs, and the publications the
    /// database holds (year and manifest).
    static func stamp(_ config: PipelineConfig, _ database: UnifiedDatabase) throws -> String {
        let layout = layout(config.directory, plugins: FeedRegistry.all)
        let held = try database.connection.rows("SELECT year, manifest_sha256 FROM \(database.table(DatabaseSchema.yearState)) WHERE \(database.ownRows) ORDER BY year")
            .map { "\($0[0] ?? "") \($0[1] ?? "")" }.joined(separator: "\n")
        return Hashing.sha256(Data((layout + "\n" + held).utf8))
    }

    /// The pipelines folder's files the report is written from, each named
    /// with its text: every file of `report/` (`sections/` too) and the sections' inputs.
    static func layout(_ directory: String, plugins: [FeedPlugin]) -> String {
        let files = ReportTemplates.files("\(directory)/report").map { "report/\($0)" } + plugins.flatMap { $0.reportSections.flatMap(\.inputs) }
        return files.map { "\($0)\n" + (TextFile.read("\(directory)/\($0)") ?? "") }.joined()
    }

    /// Whether the report is missing, or was written from other labels,
    /// templates or years than the database now holds (a run killed between
    /// a year's load and the report is mended by the next).
    static func isStale(config: PipelineConfig, workspace: Workspace, database: UnifiedDatabase) -> Bool {
        TextFile.read("\(workspace.outputRoot)/report/.stamp") != (try? stamp(config, database))
    }

    static func loadTemplates(directory: String) throws -> MustacheLibrary {
        try ReportTemplates.load(directory: directory)
    }
}
