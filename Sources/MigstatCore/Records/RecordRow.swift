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
/// with no array or String made per record.
final class RecordRow {
    /// A column's value: text, a number, or a value the rules staged once (`StagedValues`).
    enum Value {
        case text(String)
        case number(Int)
        case staged(Int32)
    }

    let table: RecordTable
    private let values: UnsafeMutablePointer<Value>
    private let count: Int
    /// The columns set so far, a bit each; all of them when the row is complete.
    private var set: UInt64 = 0
    private let complete: UInt64

    init(_ table: RecordTable) {
        let count = table.columns.count
        guard count <= 64 else { preconditionFailure("record table \(table.name) has more than 64 columns") }
        self.table = table
        self.count = count
        values = .allocate(capacity: max(count, 1))
        values.initialize(repeating: .number(0), count: count)
        complete = count == 64 ? ~0 : (1 << UInt64(count)) - 1
    }

    deinit {
        values.deinitialize(count: count)
        values.deallocate()
    }

    subscript(column: RecordTable.ColumnIndex) -> Value {
        get { values[column.position] }
        set {
            let bit: UInt64 = 1 << UInt64(column.position)
            precondition(column.position < count && set & bit == 0,
                         "\(table.name): column \(column.position < count ? table.columns[column.position].name : "#\(column.position)") set twice in one row, or not this table's")
            set |= bit
            values[column.position] = newValue
        }
    }

    /// Writes the row's values in the table's column order, as the next
    /// fields of `sink`, and empties the row for the next record.
    func write(to sink: some StagingFieldSink, values staged: borrowing StagedValues) {
        write(to: sink) { staged.write($0, to: sink) }
    }

    /// The same for rules that stage no values.
    func write(to sink: some StagingFieldSink) {
        let name = table.name
        write(to: sink) { _ in preconditionFailure("\(name): a staged value, written without its StagedValues") }
    }

    /// The values escaped and tab-joined (`StagingWriter.join`), for rules that
    /// hold a row until the year is read; the row is emptied.
    func joined() -> String {
        let fields = StagedFields()
        write(to: fields)
        return StagingWriter.join(fields.fields)
    }

    /// Forgets the values set (a record settled without its row being written).
    func clear() { set = 0 }

    @inline(__always)
    private func write(to sink: some StagingFieldSink, staged: (Int32) -> Void) {
        precondition(set == complete, "\(table.name): columns not set: \(unset.joined(separator: ", "))")
        for i in 0..<count {
            switch values[i] {
            case .text(let s): sink.field(s)
            case .number(let n): sink.field(n)
            case .staged(let n): staged(n)
            }
        }
        set = 0
    }

    /// The names of the columns not set yet.
    private var unset: [String] {
        table.columns.indices.filter { set & (1 << UInt64($0)) == 0 }.map { table.columns[$0].name }
    }
}
