/// What aggregate publishes for one feed and year: its statistics table and
/// the consistency checks run over it.
struct Publication {
    var table: SDMXTable
    var checks: [QualityCheck]

    init(table: SDMXTable, checks: [QualityCheck]) {
        self.table = table
        self.checks = checks
    }
}

struct QualityCheck: Codable, Equatable, Sendable {
    var name: String
    var passed: Bool
    init(name: String, passed: Bool) { self.name = name; self.passed = passed }
}

/// What a feed's aggregation needs besides its normalised records.
struct AggregateContext {
    let year: Int
    let definition: FeedDefinition
    let codeLists: CodeLists
    /// Months the feed's read files cover.
    let coverage: Int
    /// Records normalise accepted: a table that keeps state per record sizes it once.
    var accepted = 0
    /// The statistics of the feeds its plugin `reads`, by feed: those with a file read this year.
    var reading: [String: FeedStatistics] = [:]

    /// `A` for a full year, `P` (provisional) when fewer than 12 months are covered.
    var obsStatus: String { coverage >= 12 ? "A" : "P" }
}
