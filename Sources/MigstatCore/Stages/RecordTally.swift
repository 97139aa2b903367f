/// How every record of a feed and year was accounted for:
/// read = accepted + rejected + duplicates + superseded + cancelled + excluded.
struct RecordTally: Codable, Equatable, Sendable {
    var read = 0
    var accepted = 0
    var rejected = 0
    var duplicates = 0
    var superseded = 0
    var cancelled = 0
    var excluded = 0
    var rejectedByReason: [String: Int] = [:]
    var warningsByKind: [String: Int] = [:]

    init() {}

    var balances: Bool { read == accepted + rejected + duplicates + superseded + cancelled + excluded }

    enum CodingKeys: String, CodingKey {
        case read, accepted, rejected, duplicates, superseded, cancelled, excluded
        case rejectedByReason = "rejected_by_reason", warningsByKind = "warnings_by_kind"
    }
}
