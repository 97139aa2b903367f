/// The published SDMX-CSV files read back (the database load, `db check`,
/// the checks that read other feeds' and years' statistics): by the RFC 4180
/// reader the feeds' CSV files are read with (`CSVReader`), so migstat has
/// one CSV parser.
enum PublishedCSV {
    static let dialect = CSVDialect(delimiter: UInt8(ascii: ","))

    /// A file's records as fields, the header first; nil when the text is not CSV.
    static func rows(_ text: some StringProtocol) -> [[String]]? {
        let reader = CSVReader(bytes: text.utf8, dialect: dialect)
        var rows: [[String]] = []
        do {
            while try reader.next() {
                rows.append((0..<reader.fieldCount).map { i in reader.withField(i) { String(decoding: $0, as: UTF8.self) } })
            }
        } catch {
            return nil
        }
        return rows
    }

    /// One line's fields (a published file's line: no line end inside);
    /// `[""]` for an empty line or one that is not CSV.
    static func fields(_ line: some StringProtocol) -> [String] {
        rows(line)?.first ?? [""]
    }
}
