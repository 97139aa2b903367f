/// A table summed from a feed's records as each year loads, so that the
/// report need not scan the records: after the feed's records of a year are
/// in, the load inserts the rows of `select`, and `db check` runs the same
/// query and compares. A rollup with a `fold` is summed as its record
/// table's rows are inserted instead (RollupFold), with no second scan.
struct DatabaseRollup: Sendable {
    /// Its rows are a region's year (`ref_area` and `year`), replaced whole when the year loads.
    let table: DatabaseSchema.Table
    /// One region's year of rows, in the table's column order after `ref_area`.
    let select: @Sendable (TableNames, AreaYear) -> String
    /// The same rows folded while the records load; `select` stays what `db check` compares with.
    let fold: RollupFold?

    /// `table` as the feed declares it; `ref_area` is put first in its columns and key here.
    init(table: DatabaseSchema.Table, select: @escaping @Sendable (TableNames, AreaYear) -> String,
         fold: RollupFold? = nil) {
        self.table = DatabaseSchema.Table(schema: table.schema, name: table.name, columns: [DatabaseSchema.refArea] + table.columns,
                                          primaryKey: ["ref_area"] + table.primaryKey)
        self.select = select
        self.fold = fold
    }
}
