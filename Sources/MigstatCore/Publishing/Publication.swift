/// What aggregate publishes for one feed and year: its statistics table and
/// the consistency checks run over it.
public struct Publication {
    public var table: SDMXTable
    public var checks: [QualityCheck]

    public init(table: SDMXTable, checks: [QualityCheck]) {
        self.table = table
        self.checks = checks
    }
}

public struct QualityCheck: Codable, Equatable, Sendable {
    public var name: String
    public var passed: Bool
    public init(name: String, passed: Bool) { self.name = name; self.passed = passed }
}

/// What a feed's aggregation needs besides its normalised records.
public struct AggregateContext {
    public let year: Int
    public let definition: FeedDefinition
    public let codeLists: CodeLists
    /// Months the feed's read files cover.
    public let coverage: Int

    /// `A` for a full year, `P` (provisional) when fewer than 12 months are covered.
    public var obsStatus: String { coverage >= 12 ? "A" : "P" }
}
