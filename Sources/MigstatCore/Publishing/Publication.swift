/// What aggregate publishes for one feed and year: its statistics table, the
/// tables of the quarters with data, and the consistency checks run over them.
struct Publication {
    var table: SDMXTable
    var checks: [QualityCheck]
    /// The quarters' tables, in quarter order (`output/<year>/quarterly/`).
    var quarters: [(quarter: StatisticsPeriod, table: SDMXTable)] = []
    /// How the table's measures behave across periods: what the quarters are checked against the year by.
    var measures: PeriodMeasures?

    init(table: SDMXTable, checks: [QualityCheck]) {
        self.table = table
        self.checks = checks
    }

    /// A table built by the same rules for the year and each quarter with data
    /// (`AggregateContext.periods`): each of its checks passes when it holds
    /// for every period, so quality.json names each identity once.
    init(_ context: AggregateContext, dated: UInt8, measures: PeriodMeasures,
         build: (StatisticsPeriod) throws -> (table: SDMXTable, checks: [QualityCheck])) rethrows {
        let year = try build(.year)
        self.init(table: year.table, checks: year.checks)
        self.measures = measures
        for q in context.periods(dated: dated) {
            let built = try build(q)
            quarters.append((q, built.table))
            for (i, check) in built.checks.enumerated() where i < checks.count && check.name == checks[i].name {
                checks[i].passed = checks[i].passed && check.passed
            }
        }
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

    /// The months of the year the feed's read files cover (1–12).
    var months: Set<Int> = []

    /// `A` for a full year, `P` (provisional) when fewer than 12 months are covered.
    var obsStatus: String { coverage >= 12 ? "A" : "P" }

    /// Months of the period the feed's read files cover: the year's `coverage`, or 0–3 for a quarter.
    func coverage(_ period: StatisticsPeriod) -> Int {
        period.coverage(year: coverage, months: months)
    }

    /// `A` when the files cover every month of the period, else `P` (provisional).
    func obsStatus(_ period: StatisticsPeriod) -> String {
        coverage(period) >= period.months.count ? "A" : "P"
    }

    /// The quarters with data: those the read files cover a month of, and those
    /// a counted record is dated in (`dated`, bit n-1 for quarter n), so that the
    /// quarters of a year always add up to it.
    func periods(dated: UInt8) -> [StatisticsPeriod] {
        StatisticsPeriod.quarters.filter { coverage($0) > 0 || dated & 1 << ($0.index - 1) != 0 }
    }
}
