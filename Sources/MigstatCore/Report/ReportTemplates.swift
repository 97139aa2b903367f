import Foundation
import Mustache

/// The analysts' Mustache templates (`pipelines/report/*.mustache`), each
/// made to escape `{{x}}` on UTF-8 bytes (`HTMLText`): swift-mustache's own
/// HTML escaper compares whole Characters, so a `<` that a combining or
/// prefix character attaches to would reach the page as a tag.
///
/// The library's escaper is chosen per template by a `CONTENT_TYPE` pragma
/// (a partial starts again from the library's), so every template is
/// registered with the pragma naming ours on a line of its own, which
/// Mustache drops from the output; and a template that names `HTML` itself
/// gets ours too. `{{{x}}}` stays raw: the report passes it only charts,
/// which escape their own text.
public enum ReportTemplates {
    static let contentType = "MIGSTAT_HTML"

    private static let registered: Void = {
        MustacheContentTypes.register(ScalarHTMLContentType(), named: contentType)
        MustacheContentTypes.register(ScalarHTMLContentType(), named: "HTML")
    }()

    /// A template's text as registered: the pragma line, then the analysts' text.
    static func escaping(_ text: String) -> String {
        "{{% CONTENT_TYPE: \(contentType)}}\n" + text
    }

    /// Every `*.mustache` of `directory` and of its `sections/` (registered as
    /// `sections/<id>`); `index`, `year`, `quarter` and `quality-page` must be among them, and the
    /// template of every section the plugins bring.
    public static func load(directory: String) throws -> MustacheLibrary { try load(directory: directory, plugins: FeedRegistry.all) }

    static func load(directory: String, plugins: [FeedPlugin]) throws -> MustacheLibrary {
        _ = registered
        var library = MustacheLibrary()
        for name in files(directory) where name.hasSuffix(".mustache") {
            guard let text = TextFile.read("\(directory)/\(name)") else { continue }
            do { try library.register(escaping(text), named: String(name.dropLast(".mustache".count))) } catch {
                throw MigstatError.configuration("\(directory)/\(name) is not a valid template: \(error)")
            }
        }
        for needed in ["index", "year", "quarter", "quality-page"] where library.getTemplate(named: needed) == nil {
            throw MigstatError.configuration("\(directory)/\(needed).mustache not found")
        }
        for plugin in plugins {
            for section in plugin.reportSections + plugin.nationalSections where library.getTemplate(named: section.partial) == nil {
                throw MigstatError.configuration("\(directory)/\(section.partial).mustache not found: the template of the report's "
                    + "`\(section.id)` table (feed \(plugin.name)) lives there")
            }
        }
        return library
    }

    /// The report folder's files, `sections/` within it, as paths relative to
    /// it, sorted: what the templates are read from and the report's stamp covers.
    public static func files(_ directory: String) -> [String] {
        let fm = FileManager.default
        let top = ((try? fm.contentsOfDirectory(atPath: directory)) ?? []).filter { $0 != "sections" }
        let sections = ((try? fm.contentsOfDirectory(atPath: "\(directory)/sections")) ?? []).map { "sections/\($0)" }
        return (top + sections).sorted()
    }
}
