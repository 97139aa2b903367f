/// Another feed's statistics of the same year, as its table built them: what
/// a plugin that `reads` that feed finds in its `AggregateContext`. Present
/// only when that feed had a file read, so a table can tell "no data" from zero.
struct FeedStatistics {
    let feed: String
    /// Months the feed's read files cover.
    let coverage: Int
    let table: SDMXTable

    /// The value of the row with these dimensions, named by column
    /// (`["FLOW": "ARR", ...]`); a dimension not named is `_T`. Nil when the row is absent.
    func value(_ dimensions: [String: String]) -> String? {
        table.value(table.dimensions.map { dimensions[$0.name] ?? "_T" })
    }
}
