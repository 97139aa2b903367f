/// slips_by_month folded as the slips load, row for row what its query gives:
/// per month (`CAST(substr(event_date, 6, 2) AS INTEGER)`) of the accepted
/// slips, the count of kind `A` and of kind `D`; a month with accepted slips of
/// neither kind is a row of zeros. A date whose month the query might read
/// otherwise (not two digits at the 6th and 7th character) gives up to the query.
final class SlipsByMonthFold: RollupAccumulator {
    /// The columns read, in RollupRow's order.
    static let columns = ["fate", "kind", "event_date"]
    private let year: Int
    /// Indexed by the month's two digits, 0...99: the query keeps any it finds.
    private var arrivals = [Int](repeating: 0, count: 100), departures = [Int](repeating: 0, count: 100)
    private var seen = [Bool](repeating: false, count: 100)

    init(year: Int) { self.year = year }

    func accumulate(_ row: RollupRow) -> Bool {
        guard row.field(0, is: "accepted") else { return true }
        let date = row[2]
        guard date.count >= 7 else { return false }
        // Characters are bytes only while they are ASCII; a backslash is an escape, a NUL SQLite drops.
        let first = date.startIndex
        for k in first..<(first + 5) where date[k] >= 0x80 || date[k] == 0x5C || date[k] == 0 { return false }
        let (tens, units) = (date[first + 5] &- 0x30, date[first + 6] &- 0x30)
        guard tens < 10, units < 10 else { return false }
        let month = Int(tens) * 10 + Int(units)
        seen[month] = true
        if row.field(1, is: "A") { arrivals[month] += 1 } else if row.field(1, is: "D") { departures[month] += 1 }
        return true
    }

    func rows() -> [[String]] {
        (0..<100).filter { seen[$0] }.map { [String(year), String($0), String(arrivals[$0]), String(departures[$0])] }
    }
}
