/// Another feed's statistics of the same year, as its table built them: what
/// a plugin that `reads` that feed finds in its `AggregateContext`. Present
/// only when that feed had a file read, so a table can tell "no data" from zero.
struct FeedStatistics {
    let feed: String
    /// Months the feed's read files cover.
    let coverage: Int
    let table: SDMXTable
    /// Its quarters with data, and the months of the year its files cover.
    var quarters: [(quarter: StatisticsPeriod, table: SDMXTable)] = []
    var months: Set<Int> = []

    /// The value of the row with these dimensions, named by column
    /// (`["FLOW": "ARR", ...]`); a dimension not named is `_T`. Nil when the row is absent.
    func value(_ dimensions: [String: String]) -> String? {
        table.value(table.dimensions.map { dimensions[$0.name] ?? "_T" })
    }

    /// The same in one period's table; nil when the period has no data or no such row.
    func value(_ dimensions: [String: String], in period: StatisticsPeriod) -> String? {
        guard period != .year else { return value(dimensions) }
        guard let t = quarters.first(where: { $0.quarter == period })?.table else { return nil }
        return t.value(t.dimensions.map { dimensions[$0.name] ?? "_T" })
    }

    /// Months of the period its files cover.
    func coverage(_ period: StatisticsPeriod) -> Int {
        period.coverage(year: coverage, months: months)
    }
}
