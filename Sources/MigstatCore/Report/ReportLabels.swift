import Foundation
import Yams

/// Every word of the report in each of its languages, from the analysts'
/// file `pipelines/report/labels.yaml`. A key missing in a language is a
/// definition error naming the key (exit 2), never an empty cell.
struct ReportLabels: Sendable {
    let languages: [String]
    private let labels: [String: [String: String]]

    init(languages: [String], labels: [String: [String: String]]) { (self.languages, self.labels) = (languages, labels) }

    /// The file read from its YAML tree by hand: Yams' Codable decoder took
    /// a tenth of a night with nothing to do for this one file.
    struct File {
        var languages: [String]?
        var labels: [String: [String: String]]

        init(yaml text: String) throws {
            struct Invalid: Error, CustomStringConvertible { let description: String }
            guard let root = try Yams.compose(yaml: text, Resolver.basic.appending(.merge)), let top = root.mapping else {
                throw Invalid(description: "not a mapping of `languages` and `labels`")
            }
            if let list = top["languages"] {
                guard let items = list.sequence else { throw Invalid(description: "`languages` is not a list") }
                languages = try items.map { item in
                    guard let text = item.string else { throw Invalid(description: "`languages` holds something not a word") }
                    return text
                }
            }
            guard let entries = top["labels"]?.mapping else { throw Invalid(description: "`labels` is missing or not a mapping") }
            labels = [:]
            for (key, texts) in entries {
                guard let name = key.string, let byLanguage = texts.mapping else {
                    throw Invalid(description: "label `\(key.string ?? "?")` is not a mapping of languages to texts")
                }
                var row: [String: String] = [:]
                for (language, text) in byLanguage {
                    guard let l = language.string, let t = text.string else {
                        throw Invalid(description: "label `\(name)` has a text that is not text")
                    }
                    row[l] = t
                }
                labels[name] = row
            }
        }
    }

    static func load(directory: String, plugins: [FeedPlugin] = FeedRegistry.all) throws -> ReportLabels {
        let path = "\(directory)/report/labels.yaml"
        guard let text = TextFile.read(path) else {
            throw MigstatError.configuration("\(path) not found: the report's labels (kk, ru, en) live there")
        }
        let file: File
        do { file = try File(yaml: text) } catch {
            throw MigstatError.configuration("\(path) is not valid: \(error)")
        }
        let languages = file.languages ?? ["kk", "ru", "en"]
        // A language names a folder of the report (`report/<lang>/`): `../x` would write and delete elsewhere.
        for language in languages where !isLanguageCode(language) {
            throw MigstatError.configuration("\(path): language \(String(reflecting: language)) is not a language code "
                + "(letters, then `-` and letters or digits, as kk, ru, en, kk-Cyrl): it names the folder report/<language>/")
        }
        if let twice = languages.first(where: { l in languages.filter { $0.lowercased() == l.lowercased() }.count > 1 }) {
            throw MigstatError.configuration("\(path): language `\(twice)` is listed twice")
        }
        for key in required(plugins) {
            guard let texts = file.labels[key] else {
                throw MigstatError.configuration("\(path): label `\(key)` is missing (the report needs it in \(languages.joined(separator: ", ")))")
            }
            for language in languages where (texts[language] ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                throw MigstatError.configuration("\(path): label `\(key)` has no text in `\(language)`")
            }
        }
        return ReportLabels(languages: languages, labels: file.labels)
    }

    /// BCP 47-like: a primary tag of 2 to 8 ASCII letters, then subtags of 1 to 8 ASCII letters or digits after `-`.
    static func isLanguageCode(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        func ascii(_ s: Substring, digits: Bool) -> Bool {
            s.utf8.allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || digits && $0 >= 0x30 && $0 <= 0x39 }
        }
        guard let first = parts.first, (2...8).contains(first.utf8.count), ascii(first, digits: false) else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.utf8.count) && ascii($0, digits: true) }
    }

    /// The label in a language; the key itself where a key outside `required` is asked for.
    func text(_ key: String, _ language: String) -> String { labels[key]?[language] ?? key }

    /// Whether the file has the key (in any language): a label the page may do without.
    func has(_ key: String) -> Bool { labels[key] != nil }

    /// Every label in one language, for the templates (`{{label.report_title}}`).
    func all(_ language: String) -> [String: String] { labels.compactMapValues { $0[language] } }

    /// The keys the page itself shows (titles, navigation, the data quality
    /// table and page, each reject reason, one `feed_<name>` per feed), then
    /// those each plugin's sections name, national page's too.
    static func required(_ plugins: [FeedPlugin]) -> [String] {
        page + RejectReason.allCases.map { reasonKey($0.rawValue) } + plugins.map { "feed_\($0.name)" }
            + plugins.flatMap { ($0.reportSections + $0.nationalSections).flatMap(\.labels) }
    }

    /// A reject reason's label: `reason_` and its words joined by `_` (`missing docHash` → `reason_missing_docHash`).
    static func reasonKey(_ reason: String) -> String {
        "reason_" + reason.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) }).joined(separator: "_")
    }

    static let page: [String] = [
        "report_title", "report_subtitle", "year_title", "other_languages", "language_name", "years", "back_to_index", "months",
        "whole_span", "indicator", "no_data", "print_hint", "axis_year", "decimal_separator",
        "quality_title", "feed", "files_read", "files_quarantined", "records_read", "records_accepted",
        "records_rejected", "reject_rate", "status", "status_ok", "status_failed",
        "quality_page_title", "quality_page_intro", "year", "rejects_by_reason", "reject_reason", "records",
        "rejects_file", "files_not_read", "file", "file_status", "file_message", "file_status_quarantined", "file_status_ignored",
        "year_clean", "run_history", "run_id", "run_started", "run_finished", "run_years", "run_exit_status", "run_outcome",
        "exit_0", "exit_1", "exit_2", "exit_3", "exit_4", "exit_75", "exit_other", "exit_unfinished", "no_runs",
        "national_title", "national_page",
        "quarters", "quarter_short", "quarter_title", "quarter_heading", "to_date_heading", "change_heading", "quarter_provisional",
        "quarter_not_additive", "revisions_title", "revisions_intro", "revisions_none", "revisions_nothing", "revision_table",
        "revision_period", "revision_dimensions", "revision_previous", "revision_new", "revision_files",
    ]
}
