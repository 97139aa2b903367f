/// A table summed from a feed's records as each year loads, so that the
/// report need not scan the records: after the feed's records of a year are
/// in, the load inserts the rows of `select`, and `db check` runs the same
/// query and compares.
struct DatabaseRollup: Sendable {
    /// Its rows are a region's year (`ref_area` and `year`), replaced whole when the year loads.
    let table: DatabaseSchema.Table
    /// One region's year of rows, in the table's column order after `ref_area`.
    let select: @Sendable (TableNames, AreaYear) -> String

    /// `table` as the feed declares it; `ref_area` is put first in its columns and key here.
    init(table: DatabaseSchema.Table, select: @escaping @Sendable (TableNames, AreaYear) -> String) {
        self.table = DatabaseSchema.Table(schema: table.schema, name: table.name, columns: [DatabaseSchema.refArea] + table.columns,
                                          primaryKey: ["ref_area"] + table.primaryKey)
        self.select = select
    }
}
