/// Text for the published CSV files: RFC 4180 quoting where a value needs it,
/// and agency text made inert for spreadsheets.
enum CSVText {
    /// RFC 4180 quoting, only where a value needs it.
    static func quote(_ value: String) -> String {
        // By byte: a Character walk is slow, and sees CR LF as one Character that is neither.
        guard needsQuotes(value.utf8) else { return value }
        var quoted: [UInt8] = []
        appendQuoted(ArraySlice(value.utf8), to: &quoted)
        return String(decoding: quoted, as: UTF8.self)
    }

    /// The same over bytes, appended to `out`.
    static func appendQuoted(_ value: ArraySlice<UInt8>, to out: inout [UInt8]) {
        guard needsQuotes(value) else { return out.append(contentsOf: value) }
        out.append(0x22)
        for b in value {
            if b == 0x22 { out.append(0x22) }   // a quote inside is doubled
            out.append(b)
        }
        out.append(0x22)
    }

    private static func needsQuotes(_ bytes: some Sequence<UInt8>) -> Bool {
        bytes.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    }

    /// What starts a formula in a spreadsheet: `=`, `+`, `-`, `@`, tab, carriage
    /// return, each one ASCII byte (so the first byte decides, as the first character would).
    private static let formulaStarts: [UInt8] = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D]

    /// Agency text for a spreadsheet: a value that would start a formula gets a leading `'` (STATISTICS.md).
    static func inert(_ value: String) -> String {
        guard let first = value.utf8.first, formulaStarts.contains(first) else { return value }
        return "'" + value
    }

    /// The same over UTF-8 bytes.
    static func inert(_ value: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard let first = value.first, formulaStarts.contains(first) else { return value }
        return [0x27] + value
    }
}
