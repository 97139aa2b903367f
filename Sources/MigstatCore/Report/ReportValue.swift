import Foundation

/// A number the report reads from the database, checked before it is shown,
/// summed or drawn: plain decimal digits, an optional minus and fraction, at
/// most 15 whole digits (every such value is exact as a Double and as an Int,
/// and sums of a few thousand cannot overflow). migstat loads nothing else;
/// anything else (`1e19`, `NaN`, `-Inf`, `abc`, a 20-digit integer) was
/// edited by hand, and the report stops with exit 4 naming it rather than
/// trapping on a conversion or showing a wrong figure.
enum ReportValue {
    static let maxWholeDigits = 15

    /// The value as text (`""` for NULL or empty, shown as a dash).
    static func decimal(_ text: String?, _ place: @autoclosure () -> String) throws -> String {
        guard let text, !text.isEmpty else { return "" }
        guard isPlain(text, fraction: true) else { throw unshowable(text, place()) }
        return text
    }

    /// A count: NULL is 0 (an empty group), anything but plain digits is damage.
    static func integer(_ text: String?, _ place: @autoclosure () -> String) throws -> Int {
        guard let text, !text.isEmpty else { return 0 }
        // A count stored as REAL reads back as `12.0` from SQLite: its whole part, when the fraction is zero.
        var whole = Substring(text)
        if let dot = text.firstIndex(of: "."), text[text.index(after: dot)...].allSatisfy({ $0 == "0" }) { whole = text[..<dot] }
        guard isPlain(whole, fraction: false), let value = Int(whole) else { throw unshowable(text, place()) }
        return value
    }

    /// A value for a chart: nil where the table shows a dash.
    static func number(_ text: String) -> Double? { text.isEmpty ? nil : Double(text) }

    static func isPlain<S: StringProtocol>(_ text: S, fraction: Bool) -> Bool {
        var bytes = Substring(text).utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let whole = bytes.prefix { $0 >= 0x30 && $0 <= 0x39 }
        guard (1...maxWholeDigits).contains(whole.count) else { return false }
        let rest = bytes.dropFirst(whole.count)
        if rest.isEmpty { return true }
        guard fraction, rest.first == UInt8(ascii: "."), (2...maxWholeDigits + 1).contains(rest.count) else { return false }
        return rest.dropFirst().allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    static func unshowable(_ text: String, _ place: String) -> DatabaseError {
        let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
        return DatabaseError.unavailable(
            "the database holds a value the report cannot show: \(place) = \(String(reflecting: shown)); "
            + "run `migstat db check` to see what differs from the published files, then `migstat db load` to reload them")
    }
}
