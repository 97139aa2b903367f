/// The sections' read of the unified database: a query's rows, table names
/// as the dialect spells them (PostgreSQL's `statistics.` and `records.`
/// schemas), and numbers only as `ReportValue` lets them through; and where
/// a section's other inputs live. A region's report reads its own rows only:
/// each table or view is named as the rows of its `ref_area` (a subquery
/// under the table's own name), so a section's SQL needs no region of its own.
struct ReportReader {
    let connection: DatabaseConnection
    /// The pipelines folder, where a section's `inputs` are (`\(pipelines)/<input>`).
    let pipelines: String
    /// The region whose report this is (`ref_area` of migstat.yaml).
    var refArea = UnifiedDatabase.defaultRefArea
    /// On the quarterly page: the statistics tables read as their quarters and years to date (ReportPeriods).
    var periods: [String: ReportPeriods.Table] = [:]

    /// A statistics-side table or view (a statistics table, `year_state`): this region's rows.
    func statistics(_ name: String) -> String {
        if let table = periods[name] { return table.relation(connection.dialect, refArea: refArea) }
        return regional(connection.dialect == .postgresql ? "statistics.\(name)" : name, name)
    }

    /// A record-side table or view: this region's rows.
    func records(_ name: String) -> String { regional(connection.dialect == .postgresql ? "records.\(name)" : name, name) }

    /// A statistics-side table or view of every region (the national page; statistics are public).
    func everyRegion(_ name: String) -> String { connection.dialect == .postgresql ? "statistics.\(name)" : name }

    private func regional(_ qualified: String, _ name: String) -> String {
        "(SELECT * FROM \(qualified) WHERE ref_area = \(sqlLiteral(refArea))) AS \(name)"
    }

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
