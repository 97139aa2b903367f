/// A table summed from a feed's records as each year loads, so that the
/// report need not scan the records: after the feed's records of a year are
/// in, the load inserts the rows of `select`, and `db check` runs the same
/// query and compares.
struct DatabaseRollup: Sendable {
    /// Its rows are the year's (a `year` column), replaced whole when the year loads.
    let table: DatabaseSchema.Table
    /// The year's rows, in the table's column order.
    let select: @Sendable (TableNames, _ year: Int) -> String
}
