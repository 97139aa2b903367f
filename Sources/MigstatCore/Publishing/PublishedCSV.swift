/// The published SDMX-CSV files' lines: RFC 4180 fields (no line ends inside).
enum PublishedCSV {
    static func fields<S: StringProtocol>(_ line: S) -> [String] {
        var out: [String] = [], current = "", quoted = false, wasQuote = false
        for ch in line {
            if quoted {
                if ch == "\"" { quoted = false; wasQuote = true } else { current.append(ch) }
            } else if ch == "\"" {
                if wasQuote { current.append("\"") }
                quoted = true
            } else if ch == "," {
                out.append(current); current = ""
            } else {
                current.append(ch)
            }
            if ch != "\"" { wasQuote = false }
        }
        out.append(current)
        return out
    }
}
