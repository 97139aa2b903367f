import Foundation
import Logging
import Mustache

/// Writes the analysis report (REPORT.md): `output/report/<lang>/index.html`
/// over every published year and `<year>.html` per year, from the unified
/// database, through the analysts' Mustache templates in `pipelines/report/`
/// (HTML-escaped by default: agency text never becomes markup). Each page is
/// self-contained: styles inline, charts inline SVG, nothing fetched.
public enum ReportBuilder {
    @discardableResult
    public static func build(database: UnifiedDatabase, config: PipelineConfig, workspace: Workspace, logger: Logger) throws -> [String] {
        let labels = try config.reportLabels ?? ReportLabels.load(directory: config.directory)
        let templates = try loadTemplates(directory: "\(config.directory)/report")
        let data = try ReportData.read(database)
        var written: [String] = []
        let root = "\(workspace.outputRoot)/report"
        for language in labels.languages {
            let page = ReportPage(data: data, labels: labels, language: language, codeLists: config.codeLists)
            try FileManager.default.createDirectory(atPath: "\(root)/\(language)", withIntermediateDirectories: true)
            var pages = [("index.html", templates.render(page.index(), withTemplate: "index"))]
            for year in data.years {
                pages.append(("\(year).html", templates.render(page.year(year), withTemplate: "year")))
            }
            for (name, html) in pages {
                guard let html else { throw MigstatError.configuration("\(config.directory)/report: a template is missing (index.mustache, year.mustache)") }
                let path = "\(root)/\(language)/\(name)"
                try AtomicFile.write(Data(html.utf8), to: URL(fileURLWithPath: path), unlessUnchanged: true)
                written.append(path)
            }
            // Pages of years no longer published go.
            for name in (try? FileManager.default.contentsOfDirectory(atPath: "\(root)/\(language)")) ?? []
            where name.hasSuffix(".html") && !pages.contains(where: { $0.0 == name }) {
                try? FileManager.default.removeItem(atPath: "\(root)/\(language)/\(name)")
            }
        }
        try AtomicFile.write(Data(try stamp(config, database).utf8), to: URL(fileURLWithPath: "\(root)/.stamp"), unlessUnchanged: true)
        logger.info("report written", metadata: ["pages": .number(written.count), "languages": .list(labels.languages)])
        return written
    }

    /// The sha256 of what the report was written from: the labels and
    /// templates, and the publications the database holds (year and manifest).
    static func stamp(_ config: PipelineConfig, _ database: UnifiedDatabase) throws -> String {
        let dir = "\(config.directory)/report"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
        let layout = names.map { "\($0)\n" + (TextFile.read("\(dir)/\($0)") ?? "") }.joined()
        let held = try database.connection.rows("SELECT year, manifest_sha256 FROM \(database.table(DatabaseSchema.yearState)) ORDER BY year")
            .map { "\($0[0] ?? "") \($0[1] ?? "")" }.joined(separator: "\n")
        return Hashing.sha256(Data((layout + "\n" + held).utf8))
    }

    /// Whether the report is missing, or was written from other labels,
    /// templates or years than the database now holds (a run killed between
    /// a year's load and the report is mended by the next).
    static func isStale(config: PipelineConfig, workspace: Workspace, database: UnifiedDatabase) -> Bool {
        TextFile.read("\(workspace.outputRoot)/report/.stamp") != (try? stamp(config, database))
    }

    static func loadTemplates(directory: String) throws -> MustacheLibrary {
        var library = MustacheLibrary()
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".mustache") }
        for name in names.sorted() {
            guard let text = TextFile.read("\(directory)/\(name)") else { continue }
            do { try library.register(text, named: String(name.dropLast(".mustache".count))) } catch {
                throw MigstatError.configuration("\(directory)/\(name) is not a valid template: \(error)")
            }
        }
        for needed in ["index", "year"] where library.getTemplate(named: needed) == nil {
            throw MigstatError.configuration("\(directory)/\(needed).mustache not found")
        }
        return library
    }
}
