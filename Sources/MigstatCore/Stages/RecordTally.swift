/// How every record of a feed and year was accounted for:
/// read = accepted + rejected + duplicates + superseded + cancelled + excluded.
public struct RecordTally: Codable, Equatable, Sendable {
    public var read = 0
    public var accepted = 0
    public var rejected = 0
    public var duplicates = 0
    public var superseded = 0
    public var cancelled = 0
    public var excluded = 0
    public var rejectedByReason: [String: Int] = [:]
    public var warningsByKind: [String: Int] = [:]

    public init() {}

    public var balances: Bool { read == accepted + rejected + duplicates + superseded + cancelled + excluded }

    enum CodingKeys: String, CodingKey {
        case read, accepted, rejected, duplicates, superseded, cancelled, excluded
        case rejectedByReason = "rejected_by_reason", warningsByKind = "warnings_by_kind"
    }
}
