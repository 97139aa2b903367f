/// COPY refuses a table whose row-level security holds the working role
/// (a region's own role, `RegionSecurity`): its rows go through a scratch
/// table of the session, copied as usual, then into the table with one
/// INSERT … SELECT that the policies check. The loader owns the tables and
/// copies straight in.
extension PostgresDatabase {
    /// Whether row-level security applies to this role on `table`.
    func rowSecurityActive(on table: String) throws -> Bool {
        try rows("SELECT row_security_active(\(sqlLiteral(table)))").first?.first ?? nil == "t"
    }

    func copyThroughScratch(into table: String, columns: [SQLColumn], _ fill: (BulkRowSink) throws -> Void) throws {
        let scratch = "pg_temp.migstat_region_rows"
        let names = columns.map(\.name).joined(separator: ", ")
        try execute("DROP TABLE IF EXISTS \(scratch); CREATE TEMP TABLE migstat_region_rows (LIKE \(table))")
        try copy(into: scratch, columns: columns, fill)
        try execute("INSERT INTO \(table) (\(names)) SELECT \(names) FROM \(scratch); DROP TABLE \(scratch)")
    }
}
