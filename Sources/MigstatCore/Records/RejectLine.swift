/// A line of `rejects.tsv` (docs/staging-format.md): a rejected record as
/// `rejects.csv` will show it, `feed path line reason record`. Normalise
/// writes it, aggregate streams it into rejects.csv over bytes by `Field`,
/// and `migstat debug staging` names its fields: the layout is written down here only.
struct RejectLine: Equatable {
    var feed: String
    /// The input file, relative to the input folder.
    var path: String
    var line: Int
    var reason: RejectReason
    /// The raw CSV line, or for XML the record's id.
    var record: String

    /// The fields in order: a field's place is its case's.
    enum Field: Int, CaseIterable {
        case feed, path, line, reason, record
    }

    static let fieldNames = Field.allCases.map { "\($0)" }

    var staged: [String] {
        var fields = [String](repeating: "", count: Field.allCases.count)
        fields[Field.feed.rawValue] = feed
        fields[Field.path.rawValue] = path
        fields[Field.line.rawValue] = String(line)
        fields[Field.reason.rawValue] = reason.rawValue
        fields[Field.record.rawValue] = record
        return fields
    }

    /// A line's fields read back; nil when they are not a reject's (a damaged file).
    init?(staged f: [String]) {
        guard f.count == Field.allCases.count, let line = Int(f[Field.line.rawValue]),
              let reason = RejectReason(rawValue: f[Field.reason.rawValue]) else { return nil }
        self.init(feed: f[Field.feed.rawValue], path: f[Field.path.rawValue], line: line, reason: reason,
                  record: f[Field.record.rawValue])
    }

    init(feed: String, path: String, line: Int, reason: RejectReason, record: String) {
        (self.feed, self.path, self.line, self.reason, self.record) = (feed, path, line, reason, record)
    }
}
