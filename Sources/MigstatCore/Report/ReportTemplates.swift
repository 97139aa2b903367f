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

    /// Every `*.mustache` of `directory`; `index` and `year` must be among them.
    public static func load(directory: String) throws -> MustacheLibrary {
        _ = registered
        var library = MustacheLibrary()
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".mustache") }
        for name in names.sorted() {
            guard let text = TextFile.read("\(directory)/\(name)") else { continue }
            do { try library.register(escaping(text), named: String(name.dropLast(".mustache".count))) } catch {
                throw MigstatError.configuration("\(directory)/\(name) is not a valid template: \(error)")
            }
        }
        for needed in ["index", "year"] where library.getTemplate(named: needed) == nil {
            throw MigstatError.configuration("\(directory)/\(needed).mustache not found")
        }
        return library
    }
}
