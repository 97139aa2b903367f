/// `quality.json`: what was read, counted, rejected and why, for one year.
public struct QualityReport: Codable, Equatable, Sendable {
    var year: Int
    public var status: String
    var feeds: [String: FeedQuality]
    var checks: [QualityCheck]

    struct FeedQuality: Codable, Equatable, Sendable {
        var coverageMonths: Int
        var files: [FileEntry]
        var records: Records
        var rejectedByReason: [String: Int]
        var warningsByKind: [String: Int]

        enum CodingKeys: String, CodingKey {
            case coverageMonths = "coverage_months", files, records
            case rejectedByReason = "rejected_by_reason", warningsByKind = "warnings_by_kind"
        }
    }

    struct FileEntry: Codable, Equatable, Sendable {
        var path: String
        var sha256: String
        var status: String
        var records: Int?
        var error: String?
    }

    struct Records: Codable, Equatable, Sendable {
        var read, accepted, rejected, duplicates, superseded, cancelled, excluded: Int

        init(read: Int, accepted: Int, rejected: Int, duplicates: Int, superseded: Int, cancelled: Int, excluded: Int) {
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
struct Manifest: Codable, Equatable, Sendable {
    var tool: String
    var version: String
    /// Which migstat built the year (`BuildIdentity`: the linker's build id, or
    /// the binary's sha256 when it has none): a change of migstat's own code
    /// reprocesses every year, with no version string to remember.
    var build: String?
    var year: Int
    var status: String
    var configuration: [Entry]
    var inputs: [Entry]
    var outputs: [Entry]
    /// Other years' statistics files this year's checks read (`CrossYearChecks`);
    /// nil, and absent from the file, when it read none.
    var readFrom: [Entry]? = nil
    /// Which release of the year's statistics this publication is (`Release`);
    /// nil only in a manifest written before releases.
    var release: Release? = nil

    enum CodingKeys: String, CodingKey {
        case tool, version, build, year, status, configuration, inputs, outputs, readFrom = "read_from", release
    }

    struct Entry: Codable, Equatable, Sendable {
        var path: String
        var size: Int?
        var sha256: String
    }
}
