import Foundation
import Yams

/// Every word of the report in each of its languages, from the analysts'
/// file `pipelines/report/labels.yaml`. A key missing in a language is a
/// definition error naming the key (exit 2), never an empty cell.
struct ReportLabels: Sendable {
    let languages: [String]
    private let labels: [String: [String: String]]

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

    static func load(directory: String) throws -> ReportLabels {
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
        for key in ReportLabels.required {
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

    /// Every label in one language, for the templates (`{{label.flow_ARR}}`).
    func all(_ language: String) -> [String: String] { labels.compactMapValues { $0[language] } }

    /// The keys the report's tables, charts and templates use.
    static let required: [String] = [
        "report_title", "report_subtitle", "year_title", "other_languages", "years", "back_to_index", "months",
        "whole_span", "indicator", "no_data", "print_hint",
        "table1_title", "chart_balance_caption", "chart_months_caption", "axis_persons", "axis_year", "axis_month",
        "outlook_title", "outlook_avg", "outlook_three_years", "outlook_years", "outlook_none",
        "police_title", "of_them_cis", "by_purpose", "chart_police_caption",
        "labour_title", "category", "chart_labour_caption", "top_employers", "employer",
        "repatriates_title", "chart_repatriates_caption", "legend_planned", "legend_resettled", "legend_quota",
        "legend_workers", "axis_families", "measure_PERSONS_rep",
        "quality_title", "feed", "files_read", "files_quarantined", "records_read", "records_accepted",
        "records_rejected", "reject_rate", "status", "status_ok", "status_failed",
    ] + ["ARR", "DEP", "NET"].map { "flow_\($0)" }
      + ["TOTAL", "FAR_ABROAD", "CIS", "KZ_REGIONS", "NOT_STATED", "STATELESS"].map { "group_\($0)" }
      + ["PERSONS", "ADMIN_LIABLE", "EXPELLED", "REGISTRATIONS", "QUOTA", "PERMITS", "WORKERS", "FULFILMENT",
         "PLAN_FAMILIES", "PLAN_PERSONS", "FAMILIES", "PAY_BENEFIT", "PAY_TRANSPORT", "PAY_HOUSING", "PAY_ADAPTATION"].map { "measure_\($0)" }
      + ["WORK", "STUDY", "PRIVATE", "BUSINESS", "TOURISM", "TRANSIT", "OTHER"].map { "purpose_\($0)" }
      + ["_T", "I", "II", "III", "IV"].map { "category_\($0)" }
      + ["_T", "QUOTA", "NON_QUOTA"].map { "basis_\($0)" }
      + FeedRegistry.known.map { "feed_\($0)" }
}

/// Numbers for people: a thin space between thousands (`10 911`), a sign on
/// balances (`+51 223`, `−1 030`), a dash for an empty value.
enum ReportNumber {
    static let thinSpace = "\u{2009}"
    static let minus = "\u{2212}"

    static func format(_ text: String, signed: Bool = false) -> String {
        guard !text.isEmpty else { return "–" }
        var t = text
        var negative = false
        if t.hasPrefix("-") { negative = true; t.removeFirst() }
        let parts = t.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var whole = String(parts[0])
        var grouped = ""
        while whole.count > 3 {
            grouped = thinSpace + whole.suffix(3) + grouped
            whole = String(whole.dropLast(3))
        }
        grouped = whole + grouped
        if parts.count > 1 { grouped += "." + parts[1] }
        if negative { return minus + grouped }
        return signed && t != "0" && !t.allSatisfy({ $0 == "0" || $0 == "." }) ? "+" + grouped : grouped
    }
}
