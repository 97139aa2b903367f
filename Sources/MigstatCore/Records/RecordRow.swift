/// One row of a record table as the rules produce it: each value set by its
/// column (`row[sex] = …`, the column looked up once by name with
/// `RecordTable.column`) in any order, and written in the table's order. So
/// two values cannot trade places by position unnoticed, and a golden row per
/// table pins every column by name.
///
/// Each column is set exactly once per row; a column set twice, or one left
/// unset when the row is written, is a programming error and stops the run
/// (every test that settles a record would). The rules keep one row and refill
/// it for each record: setting a value is a store into memory the row owns,
/// with no array or String made per record. Held in a `let`: a `var`
/// property would be retained and released around each value set.
///
/// The million-record feeds (slips, police) stream instead (`stream`): each
/// value still named by its column, written at once in the table's order,
/// checked value by value, so that naming the columns costs them nothing.
final class RecordRow {
    /// A column's value: text, a number, or a value the rules staged once (`StagedValues`).
    enum Value {
        case text(String)
        case number(Int)
        case staged(Int32)
    }

    let table: RecordTable
    private let count: Int
    /// Each column's value, kept by kind: what a column holds (`Kind`), its
    /// number or staged value, and its text. Plain stores, so that setting a
    /// staged value or a number releases nothing.
    private let kinds: UnsafeMutablePointer<Kind>
    private let numbers: UnsafeMutablePointer<Int>
    private let texts: UnsafeMutablePointer<String>
    /// The columns set so far, a bit each; all of them when the row is complete.
    private var set: UInt64 = 0
    private let complete: UInt64

    private enum Kind: UInt8 { case text, number, staged }

    init(_ table: RecordTable) {
        let count = table.columns.count
        guard count <= 64 else { preconditionFailure("record table \(table.name) has more than 64 columns") }
        self.table = table
        self.count = count
        kinds = .allocate(capacity: max(count, 1))
        kinds.initialize(repeating: .number, count: count)
        numbers = .allocate(capacity: max(count, 1))
        numbers.initialize(repeating: 0, count: count)
        texts = .allocate(capacity: max(count, 1))
        texts.initialize(repeating: "", count: count)
        complete = count == 64 ? ~0 : (1 << UInt64(count)) - 1
    }

    deinit {
        texts.deinitialize(count: count)
        for p in [UnsafeMutableRawPointer(kinds), UnsafeMutableRawPointer(numbers), UnsafeMutableRawPointer(texts)] { p.deallocate() }
    }

    subscript(column: RecordTable.ColumnIndex) -> Value {
        get {
            let i = column.position
            switch kinds[i] {
            case .text: return .text(texts[i])
            case .number: return .number(numbers[i])
            case .staged: return .staged(Int32(truncatingIfNeeded: numbers[i]))
            }
        }
        @inline(__always) set {
            let i = column.position, bit: UInt64 = 1 << UInt64(i)
            if _slowPath(i >= count || set & bit != 0) { setTwice(column) }
            set |= bit
            switch newValue {
            case .text(let s): kinds[i] = .text; texts[i] = s
            case .number(let n): kinds[i] = .number; numbers[i] = n
            case .staged(let n): kinds[i] = .staged; numbers[i] = Int(n)
            }
        }
    }

    /// Writes the row's values in the table's column order, as the next
    /// fields of `sink`, and empties the row for the next record.
    func write(to sink: some StagingFieldSink, values staged: borrowing StagedValues) {
        if _slowPath(set != complete) { notSet() }
        for i in 0..<count {
            switch kinds[i] {
            case .staged: staged.write(Int32(truncatingIfNeeded: numbers[i]), to: sink)
            case .text: sink.field(texts[i])
            case .number: sink.field(numbers[i])
            }
        }
        set = 0
    }

    /// The same for rules that stage no values.
    func write(to sink: some StagingFieldSink) {
        if _slowPath(set != complete) { notSet() }
        for i in 0..<count {
            switch kinds[i] {
            case .staged: Self.noStagedValues()
            case .text: sink.field(texts[i])
            case .number: sink.field(numbers[i])
            }
        }
        set = 0
    }

    /// The values escaped and tab-joined (`StagingWriter.join`), for rules that
    /// hold a row until the year is read; the row is emptied.
    func joined() -> String {
        let fields = StagedFields()
        write(to: fields)
        return StagingWriter.join(fields.fields)
    }

    /// Forgets the values set (a record settled without its row being written).
    func clear() { set = 0; next = 0 }

    // Streaming: the million-record feeds write each value straight to the
    // sink as they name its column, in the table's order (checked at each
    // value), so that a record costs what writing its fields by hand did.

    /// The column the next streamed value must be.
    private var next = 0

    /// The next value, a staged one, for `column`.
    @inline(__always)
    func stream(_ column: RecordTable.ColumnIndex, _ n: Int32, values: borrowing StagedValues, to sink: some StagingFieldSink) {
        if _slowPath(column.position != next) { outOfOrder(column) }
        next += 1
        values.write(n, to: sink)
    }

    /// The next value, a text, for `column`.
    @inline(__always)
    func stream(_ column: RecordTable.ColumnIndex, _ text: String, to sink: some StagingFieldSink) {
        if _slowPath(column.position != next) { outOfOrder(column) }
        next += 1
        sink.field(text)
    }

    /// Ends a streamed row: every column must have had its value.
    @inline(__always)
    func endStream() {
        if _slowPath(next != count) { streamedTooFew() }
        next = 0
    }

    // The programming errors, out of the way of the checks for them (no
    // message is built, nothing captured, on the path every record takes).

    @inline(never)
    private func setTwice(_ column: RecordTable.ColumnIndex) -> Never {
        let name = column.position < count ? table.columns[column.position].name : "#\(column.position)"
        preconditionFailure("\(table.name): column \(name) set twice in one row, or not this table's")
    }

    @inline(never)
    private func notSet() -> Never {
        let unset = table.columns.indices.filter { set & (1 << UInt64($0)) == 0 }.map { table.columns[$0].name }
        preconditionFailure("\(table.name): columns not set: \(unset.joined(separator: ", "))")
    }

    @inline(never)
    private func outOfOrder(_ column: RecordTable.ColumnIndex) -> Never {
        let name = column.position < count ? table.columns[column.position].name : "#\(column.position)"
        let expected = next < count ? table.columns[next].name : "none (the row is complete)"
        preconditionFailure("\(table.name): column \(name) streamed where \(expected) comes")
    }

    @inline(never)
    private func streamedTooFew() -> Never {
        preconditionFailure("\(table.name): row ended at column \(next) of \(count) (\(table.columns[next].name) has no value)")
    }

    @inline(never)
    private static func noStagedValues() -> Never {
        preconditionFailure("a row with a staged value, written without its StagedValues")
    }
}
