import Foundation

/// Numbers for people: a thin space between thousands (`10 911`), a sign on
/// balances (`+51 223`, `−1 030`), a dash for an empty value, and the page's
/// decimal separator (labels.yaml's `decimal_separator`: a comma in kk and ru,
/// `1 312,5`; a point in en). `data-value` keeps the plain number.
enum ReportNumber {
    static let thinSpace = "\u{2009}"
    static let minus = "\u{2212}"

    static func format(_ text: String, signed: Bool = false, decimal: String = ".") -> String {
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
        if parts.count > 1 { grouped += decimal + parts[1] }
        if negative { return minus + grouped }
        return signed && t != "0" && !t.allSatisfy({ $0 == "0" || $0 == "." }) ? "+" + grouped : grouped
    }

    /// A decimal with exactly `places` decimals, rounded half away from zero
    /// (no NumberFormatter: ICU's setup per cell cost most of a report's time).
    static func fixed(_ d: Decimal, _ places: Int) -> String {
        var value = d, rounded = Decimal()
        NSDecimalRound(&rounded, &value, places, .plain)
        var text = "\(rounded)"
        if places > 0 {
            let decimals = text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? -1
            if decimals < 0 { text += "." }
            text += String(repeating: "0", count: places - max(decimals, 0))
        }
        return text
    }
}
