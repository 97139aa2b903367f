/// `quality.json`: what was read, counted, rejected and why, for one year.
public struct QualityReport: Codable, Equatable, Sendable {
    public var year: Int
    public var status: String
    public var feeds: [String: FeedQuality]
    public var checks: [QualityCheck]

    public struct FeedQuality: Codable, Equatable, Sendable {
        public var coverageMonths: Int
        public var files: [FileEntry]
        public var records: Records
        public var rejectedByReason: [String: Int]
        public var warningsByKind: [String: Int]

        enum CodingKeys: String, CodingKey {
            case coverageMonths = "coverage_months", files, records
            case rejectedByReason = "rejected_by_reason", warningsByKind = "warnings_by_kind"
        }
    }

    public struct FileEntry: Codable, Equatable, Sendable {
        public var path: String
        public var sha256: String
        public var status: String
        public var records: Int?
        public var error: String?
    }

    public struct Records: Codable, Equatable, Sendable {
        public var read, accepted, rejected, duplicates, superseded, cancelled, excluded: Int

        public init(read: Int, accepted: Int, rejected: Int, duplicates: Int, superseded: Int, cancelled: Int, excluded: Int) {
            self.read = read; self.accepted = accepted; self.rejected = rejected; self.duplicates = duplicates
            self.superseded = superseded; self.cancelled = cancelled; self.excluded = excluded
        }
    }

    static func feed(files: [InputFile], tally: RecordTally) -> FeedQuality {
        FeedQuality(
            coverageMonths: FileInventory.coverage(files),
            files: files.map { FileEntry(path: $0.path, sha256: $0.sha256, status: $0.status.rawValue,
                                         records: $0.status == .read ? ($0.records ?? 0) : nil, error: $0.error) },
            records: Records(read: tally.read, accepted: tally.accepted, rejected: tally.rejected,
                             duplicates: tally.duplicates, superseded: tally.superseded,
                             cancelled: tally.cancelled, excluded: tally.excluded),
            rejectedByReason: tally.rejectedByReason, warningsByKind: tally.warningsByKind)
    }
}

/// `manifest.json`: the tool version, the definitions and code lists, every
/// input and output of the year with sha256. A later run compares against it
/// to decide that a year is already up to date.
public struct Manifest: Codable, Equatable, Sendable {
    public var tool: String
    public var version: String
    /// sha256 of the migstat binary that built the year: a change of migstat's
    /// own code reprocesses every year, with no version string to remember.
    public var build: String?
    public var year: Int
    public var status: String
    public var configuration: [Entry]
    public var inputs: [Entry]
    public var outputs: [Entry]

    public struct Entry: Codable, Equatable, Sendable {
        public var path: String
        public var size: Int?
        public var sha256: String
    }
}
