/// What became of a record read: each record normalise reads is settled
/// under exactly one (`records.tsv`), and the fates added up are quality.json's counts.
enum Fate: String, CaseIterable, Sendable {
    case accepted, rejected, duplicate, superseded, cancelled, excluded

    /// The fate's place in `allCases` (a switch: `allCases` is an array made on each call).
    var index: Int {
        switch self {
        case .accepted: 0
        case .rejected: 1
        case .duplicate: 2
        case .superseded: 3
        case .cancelled: 4
        case .excluded: 5
        }
    }
}
