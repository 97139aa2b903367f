import Foundation

/// UTC times as ISO 8601 writes them (`2026-11-29T05:13:51Z`, or with
/// milliseconds `…51.719Z`), without a formatter: creating an
/// `ISO8601DateFormatter` loads ICU's calendars, a few milliseconds of a
/// night that has nothing else to do.
public enum Timestamp {
    public static func iso8601(_ date: Date = Date(), milliseconds: Bool = false) -> String {
        // Whole milliseconds, rounded (0.007 s is 6.999… in binary), or whole seconds.
        let since1970 = date.timeIntervalSince1970
        let millis = milliseconds ? Int64((since1970 * 1000).rounded()) : Int64(since1970.rounded(.down)) * 1000
        var seconds = time_t(millis / 1000)
        var t = tm()
        gmtime_r(&seconds, &t)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        var text = "\(t.tm_year + 1900)-\(two(t.tm_mon + 1))-\(two(t.tm_mday))T\(two(t.tm_hour)):\(two(t.tm_min)):\(two(t.tm_sec))"
        if milliseconds {
            let ms = millis % 1000
            text += ms < 10 ? ".00\(ms)" : ms < 100 ? ".0\(ms)" : ".\(ms)"
        }
        return text + "Z"
    }
}
