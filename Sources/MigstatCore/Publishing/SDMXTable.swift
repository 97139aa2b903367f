/// One statistics file in SDMX-CSV 1.0: `DATAFLOW,REF_AREA,TIME_PERIOD`, the
/// feed's dimensions, `OBS_VALUE`, its attributes. Rows are sorted by the
/// dimensions in header order: `_T` first, then enumerated codes in their
/// listed order, or code-list codes in ascending byte order.
struct SDMXTable {
    enum Order {
        case enumerated([String])
        case byteOrder
    }

    struct Row {
        var dimensions: [String]
        var value: String
        var attributes: [String]
    }

    let id: String
    let dimensions: [(name: String, order: Order)]
    let attributes: [String]
    private(set) var rows: [Row] = []

    init(id: String, dimensions: [(name: String, order: Order)], attributes: [String]) {
        self.id = id
        self.dimensions = dimensions
        self.attributes = attributes
    }

    mutating func add(_ dimensions: [String], _ value: String, _ attributes: [String]) {
        precondition(dimensions.count == self.dimensions.count && attributes.count == self.attributes.count)
        rows.append(Row(dimensions: dimensions, value: value, attributes: attributes))
    }

    var header: [String] {
        ["DATAFLOW", "REF_AREA", "TIME_PERIOD"] + dimensions.map(\.name) + ["OBS_VALUE"] + attributes
    }

    /// The value of the row with these dimensions, if present.
    func value(_ dimensions: [String]) -> String? {
        rows.first { $0.dimensions == dimensions }?.value
    }

    /// `_T` (rank 0), then listed codes (rank 1, by position), then other codes (rank 2, by bytes).
    private struct Key: Comparable {
        var rank: Int
        var position: Int
        var bytes: [UInt8]

        static func < (a: Key, b: Key) -> Bool {
            if a.rank != b.rank { return a.rank < b.rank }
            if a.position != b.position { return a.position < b.position }
            return a.bytes.lexicographicallyPrecedes(b.bytes)
        }
    }

    private func key(_ i: Int, _ code: String) -> Key {
        if code == "_T" { return Key(rank: 0, position: 0, bytes: []) }
        if case .enumerated(let codes) = dimensions[i].order, let at = codes.firstIndex(of: code) {
            return Key(rank: 1, position: at, bytes: [])
        }
        return Key(rank: 2, position: 0, bytes: Array(code.utf8))
    }

    /// The rows as CSV lines (no header), sorted: the period names the
    /// dataflow (`<ID>_Q` for a quarter) and `TIME_PERIOD`.
    func lines(agency: String, refArea: String, year: Int, period: StatisticsPeriod = .year) -> [String] {
        let keyed = rows.map { row in (row.dimensions.enumerated().map { key($0.offset, $0.element) }, row) }
        let sorted = keyed.sorted { a, b in a.0.lexicographicallyPrecedes(b.0) }
        let prefix = [CSVText.quote("\(agency):\(period.dataflow(id))(1.0)"), CSVText.quote(refArea), period.timePeriod(year: year)]
        return sorted.map { _, row in
            (prefix + (row.dimensions + [row.value] + row.attributes).map(CSVText.quote)).joined(separator: ",")
        }
    }

    /// The whole file: UTF-8, LF line ends, header first.
    func render(agency: String, refArea: String, year: Int) -> String {
        ([header.joined(separator: ",")] + lines(agency: agency, refArea: refArea, year: year))
            .map { $0 + "\n" }.joined()
    }

    /// The quarterly file of the same columns: the quarters' rows by quarter,
    /// then as in the yearly file.
    static func renderQuarters(_ quarters: [(quarter: StatisticsPeriod, table: SDMXTable)], agency: String, refArea: String,
                               year: Int) -> String? {
        guard let first = quarters.first?.table else { return nil }
        let lines = quarters.flatMap { $0.table.lines(agency: agency, refArea: refArea, year: year, period: $0.quarter) }
        return ([first.header.joined(separator: ",")] + lines).map { $0 + "\n" }.joined()
    }
}
