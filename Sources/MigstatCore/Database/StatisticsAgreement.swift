/// Rows of a feed's own statistics file that one of its views must hold,
/// exactly (`db check`): `query` gives the view's rows of a region's year as
/// `columns` (the file's column names), and the file's rows whose columns
/// take the values `matching` lists, cut to `columns`, must be the same rows.
/// Numbers compare as exact decimals where the statistics table has numbers.
struct StatisticsAgreement: Sendable {
    /// The view, as `db check` names it.
    let view: String
    let query: @Sendable (TableNames, AreaYear) -> String
    let matching: [String: [String]]
    let columns: [String]
}
