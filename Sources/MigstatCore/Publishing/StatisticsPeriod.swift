/// The span one statistics table covers: the year, or one quarter of it
/// (STATISTICS.md "Quarterly statistics"). A feed's table is written once and
/// computed for any period; the period decides `TIME_PERIOD`, the dataflow id
/// and how many months make it complete.
enum StatisticsPeriod: Hashable, Sendable, CustomStringConvertible {
    case year
    case quarter(Int)

    static let quarters: [StatisticsPeriod] = (1...4).map { .quarter($0) }
    /// The year, then its quarters: the order of `index`.
    static let all: [StatisticsPeriod] = [.year] + quarters

    /// The quarter a month (1–12) of the year falls in.
    static func of(month: Int) -> StatisticsPeriod {
        precondition((1...12).contains(month), "a month of the year")
        return .quarter((month - 1) / 3 + 1)
    }

    /// The months of the year it spans.
    var months: ClosedRange<Int> {
        switch self {
        case .year: 1...12
        case .quarter(let q): (3 * q - 2)...(3 * q)
        }
    }

    /// Months of the period a feed's files cover: the year's own count (`coverage`),
    /// or those of the quarter's months among the months covered.
    func coverage(year coverage: Int, months covered: Set<Int>) -> Int {
        self == .year ? coverage : months.filter(covered.contains).count
    }

    /// Its place among `all`: the year 0, quarter n at n.
    var index: Int {
        switch self {
        case .year: 0
        case .quarter(let q): q
        }
    }

    /// `TIME_PERIOD`: `2003`, or `2003-Q1`.
    func timePeriod(year: Int) -> String {
        switch self {
        case .year: String(year)
        case .quarter(let q): "\(year)-Q\(q)"
        }
    }

    /// The dataflow id of a table of this period: the year's, `<ID>_Q` for a quarter.
    func dataflow(_ id: String) -> String { self == .year ? id : id + "_Q" }

    var description: String { self == .year ? "year" : "Q\(index)" }
}

/// One value per period of a year (the year and its four quarters), so that a
/// table sums every period in the one pass that reads its records: a record
/// adds to the year and to the quarter of its own date.
struct PeriodValues<Value> {
    private var values: [Value]
    /// The quarters (bit n-1 for quarter n) that a dated record added to.
    private(set) var dated: UInt8 = 0

    init(repeating value: Value) { values = Array(repeating: value, count: StatisticsPeriod.all.count) }

    subscript(period: StatisticsPeriod) -> Value {
        get { values[period.index] }
        _modify { yield &values[period.index] }
        set { values[period.index] = newValue }
    }

    /// Applies `change` to the year and to the quarter of `month` (1–12); with
    /// month 0 (a value of no date within the year, such as an opening stock), to the year only.
    mutating func add(month: Int, _ change: (inout Value) -> Void) {
        change(&values[0])
        guard month != 0 else { return }
        let q = StatisticsPeriod.of(month: month).index
        dated |= 1 << (q - 1)
        change(&values[q])
    }
}
