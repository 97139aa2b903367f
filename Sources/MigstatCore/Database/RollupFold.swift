/// A rollup's rows folded from its record table's rows as they stream into
/// the database, so that the load need not scan them again with the rollup's
/// query. The fold must give exactly the query's rows; where it cannot be sure
/// of that (a value it does not read as the query would) it gives up and the
/// load runs the query instead.
struct RollupFold: Sendable {
    /// The record table whose rows it reads.
    let recordTable: String
    /// The record table's columns it reads (`fate`, `reason`, `source_line` or
    /// the table's own): `RollupRow`'s fields, in this order.
    let columns: [String]
    /// A fresh fold for one region's year.
    let start: @Sendable (AreaYear) -> any RollupAccumulator
}

protocol RollupAccumulator: AnyObject {
    /// One row loaded into the record table; false gives up (the load runs the rollup's query).
    func accumulate(_ row: RollupRow) -> Bool
    /// The folded rows, in the rollup table's columns after `ref_area`, each value as text.
    func rows() -> [[String]]
}

/// One record row's values as the load reads them from the staging line:
/// bytes still escaped as StagingWriter writes them (`\\`, `\t`, `\n`, `\r`),
/// so a field without a backslash is its value; a NUL byte, which SQLite drops
/// from stored text, is left in.
struct RollupRow {
    let line: UnsafeBufferPointer<UInt8>
    /// The line's field ranges, and the place among them of each of the fold's columns.
    let ranges: [Range<Int>]
    let places: [Int]

    subscript(_ k: Int) -> Slice<UnsafeBufferPointer<UInt8>> { line[ranges[places[k]]] }

    /// Whether field `k` is exactly `text` (ASCII with no backslash: its staged form is itself).
    func field(_ k: Int, is text: StaticString) -> Bool {
        let r = ranges[places[k]]
        guard r.count == text.utf8CodeUnitCount else { return false }
        return text.withUTF8Buffer { line[r].elementsEqual($0) }
    }
}
