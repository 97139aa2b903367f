/// One region's year: the rows a load replaces, `db check` compares and a
/// feed's rollup or agreement query reads. Regions share one database, so
/// every statement that reads or writes a year's rows names both.
struct AreaYear: Sendable {
    /// `ref_area` of pipelines/migstat.yaml.
    let refArea: String
    let year: Int

    /// The condition for these rows, the year in `yearColumn` (`time_period` in statistics tables).
    func rows(_ yearColumn: String = "year") -> String { "ref_area = \(sqlLiteral(refArea)) AND \(yearColumn) = \(year)" }
}
