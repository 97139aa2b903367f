/// The folds of one feed's rollups while one region's year of its records
/// loads (YearLoad): fed each row of their record table as it is inserted.
final class RollupFolding {
    private struct Running {
        let rollup: DatabaseRollup
        let fold: RollupFold
        let accumulator: any RollupAccumulator
        var gaveUp = false
    }

    private var running: [Running]
    /// The folds over the record table loading now, and where their columns lie in its staging lines.
    private var current: [(index: Int, places: [Int])] = []
    var isFolding: Bool { !current.isEmpty }

    init(_ rollups: [DatabaseRollup], scope: AreaYear) {
        running = rollups.compactMap { r in r.fold.map { Running(rollup: r, fold: $0, accumulator: $0.start(scope)) } }
    }

    /// Starts the record table `table`'s rows: the folds that read it, their columns placed among a line's fields (RecordLine).
    func begin(_ table: RecordTable) throws {
        current = try running.indices.filter { running[$0].fold.recordTable == table.name }.map { index in
            let fold = running[index].fold
            return (index, try fold.columns.map { column in
                switch column {
                case "source_line": return RecordLine.Field.line.rawValue
                case "fate": return RecordLine.Field.fate.rawValue
                case "reason": return RecordLine.Field.reason.rawValue
                default:
                    guard let k = table.columns.firstIndex(where: { $0.name == column }) else {
                        throw DatabaseError.failed("the rollup \(running[index].rollup.table.name) folds \(column), which \(table.name) does not have")
                    }
                    return RecordLine.Field.values + k
                }
            })
        }
    }

    /// One staging line of the current table, split into `ranges` as RecordLine lays it out.
    @inline(__always)
    func accumulate(_ line: UnsafeBufferPointer<UInt8>, _ ranges: [Range<Int>]) {
        for (index, places) in current where !running[index].gaveUp {
            if !running[index].accumulator.accumulate(RollupRow(line: line, ranges: ranges, places: places)) { running[index].gaveUp = true }
        }
    }

    /// The folded rows of `rollup`; nil when it has no fold or its fold gave up (the load runs its query).
    func rows(of rollup: DatabaseRollup) -> [[String]]? {
        guard let r = running.first(where: { $0.rollup.table.name == rollup.table.name }), !r.gaveUp else { return nil }
        return r.accumulator.rows()
    }
}
