/// The sections' read of the unified database: a query's rows, table names
/// as the dialect spells them (PostgreSQL's `statistics.` and `records.`
/// schemas), and numbers only as `ReportValue` lets them through; and where
/// a section's other inputs live.
struct ReportReader {
    let connection: DatabaseConnection
    /// The pipelines folder, where a section's `inputs` are (`\(pipelines)/<input>`).
    let pipelines: String

    /// A statistics-side table or view (a statistics table, `year_state`) as this database names it.
    func statistics(_ name: String) -> String { connection.dialect == .postgresql ? "statistics.\(name)" : name }

    /// A record-side table or view as this database names it.
    func records(_ name: String) -> String { connection.dialect == .postgresql ? "records.\(name)" : name }

    func rows(_ sql: String) throws -> [ReportRow] { try connection.rows(sql).map(ReportRow.init) }
}

/// One row of a query, every value as the database returned it as text.
struct ReportRow {
    let values: [String?]

    /// The value as text, `""` for NULL: a coordinate or a name.
    subscript(_ column: Int) -> String { values[column] ?? "" }

    /// A year or month coordinate; 0 when it is not a number (it matches no column then).
    func year(_ column: Int) -> Int { Int(self[column]) ?? 0 }

    /// A published value, checked (`""` for NULL: a dash); `place` names it in the error.
    func decimal(_ column: Int, _ place: @autoclosure () -> String) throws -> String {
        try ReportValue.decimal(values[column], place())
    }

    /// A count, checked (NULL is 0); `place` names it in the error.
    func integer(_ column: Int, _ place: @autoclosure () -> String) throws -> Int {
        try ReportValue.integer(values[column], place())
    }
}
