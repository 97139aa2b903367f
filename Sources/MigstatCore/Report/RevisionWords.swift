/// The revisions table's words in the page's language (issue 27): officials
/// read which figure changed, not the database's identifiers. Driven by the
/// table's own column names and labels.yaml keys, so a new feed's table needs
/// labels, not code:
/// - a statistics table by `table_<name>`, a quarterly twin by its year table's;
/// - a period as the page writes a year (`revision_year`) or a quarter (`quarter_short`);
/// - a dimension by `dimension_<column>`, its code by the first of
///   `code_<column>_<CODE>`, the sections' own `<column>_<CODE>`, the code
///   lists' country or region, `code_<CODE>` (`_T`, `_U`), else the code itself.
extension ReportSectionPage {
    func statisticsTableName(_ table: String) -> String {
        let yearTable = DatabaseSchema.quarterlyTables.first { $0.table.name == table }.map { DatabaseSchema.statistics($0.plugin).name }
        return labelIfAny("table_\(yearTable ?? table)") ?? table
    }

    /// `2003` or `2003-Q1` as the page writes it.
    func periodName(_ period: String) -> String {
        let parts = period.split(separator: "-")
        guard let year = parts.first.map(String.init) else { return period }
        if parts.count == 2, parts[1].hasPrefix("Q"), let n = Int(parts[1].dropFirst()), (1...4).contains(n) {
            return label("quarter_short", ["year": year, "n": String(n), "q": ReportPeriods.roman(n)])
        }
        return labels.has("revision_year") ? label("revision_year", ["year": year]) : year
    }

    /// One dimension of a figure: `dimension_<column>: <code's name>`.
    func dimensionText(_ column: String, _ code: String) -> String {
        let name = labelIfAny("dimension_\(column)") ?? column
        return label("revision_dimension", ["dimension": name, "code": codeName(code, of: column)])
    }

    func codeName(_ code: String, of column: String) -> String {
        labelIfAny("code_\(column)_\(code)") ?? labelIfAny("\(column)_\(code)").map(Self.inSentence)
            ?? codeLists.countryName(code, language: language) ?? codeLists.regionName(code, language: language)
            ?? labelIfAny("code_\(code)") ?? code
    }

    /// A row label as the second half of `dimension: code`: its first letter small, unless a word
    /// in capitals starts it (`ТМД`, `I — басшылар`).
    private static func inSentence(_ text: String) -> String {
        guard let first = text.first, let second = text.dropFirst().first, second.isLowercase else { return text }
        return first.lowercased() + text.dropFirst()
    }

    private func labelIfAny(_ key: String) -> String? { labels.has(key) ? label(key) : nil }
}
