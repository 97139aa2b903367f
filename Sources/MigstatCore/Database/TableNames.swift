/// Tables and views as a dialect names them: `statistics.migration_flows` on
/// PostgreSQL (each in the schema DatabaseSchema puts it in), `migration_flows`
/// on SQLite. A feed's SQL names its tables through this, never a schema.
struct TableNames: Sendable {
    let dialect: SQLDialect

    /// A name no table or view has is a mistake in a plugin's SQL, looked up in both
    /// dialects so that the SQLite tests find it (DatabaseFeedsTests runs every query).
    func callAsFunction(_ name: String) -> String {
        guard let schema = DatabaseSchema.schema(of: name) else {
            preconditionFailure("SQL names \(name), which is no table or view of DatabaseSchema")
        }
        return dialect == .postgresql ? "\(schema).\(name)" : name
    }
}
