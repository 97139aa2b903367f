import Foundation

/// `manifest.json`'s `release` (STATISTICS.md "Releases and revisions"): which
/// publication of the year's statistics the files hold, numbered 1, 2, … per
/// year and region, when it was first published and how many months each
/// feed's read files covered then.
///
/// The previous release is the one the year's previous `manifest.json` names
/// (the manifest being replaced): a publication whose statistics files, yearly
/// and quarterly, have the same sha256 as that manifest lists is the same
/// release, number and time unchanged, so a rerun or a `--force` that changes
/// no figure writes the same bytes; any other is the next number. A year with
/// no previous manifest (or one written before releases) starts at 1.
struct Release: Codable, Equatable, Sendable {
    var number: Int
    /// UTC, ISO 8601, of the publication that first held these statistics.
    var publishedAt: String
    /// Feed → months its read files cover, as quality.json's `coverage_months`.
    var coverage: [String: Int]
    /// The files behind the release's changes: input files read now that the
    /// previous publication did not read with the same sha256 (a re-sent `.vN`,
    /// a month arrived), sorted; none in a year's first release.
    var files: [String] = []

    enum CodingKeys: String, CodingKey {
        case number, publishedAt = "published_at", coverage, files
    }

    init(number: Int, publishedAt: String, coverage: [String: Int], files: [String] = []) {
        (self.number, self.publishedAt, self.coverage, self.files) = (number, publishedAt, coverage, files)
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        number = try c.decode(Int.self, forKey: .number)
        publishedAt = try c.decode(String.self, forKey: .publishedAt)
        coverage = try c.decode([String: Int].self, forKey: .coverage)
        files = try c.decodeIfPresent([String].self, forKey: .files) ?? []
    }

    /// The release a publication with `outputs` is, given the manifest it replaces.
    static func of(year: Int, outputs: [Manifest.Entry], report: QualityReport, previous: Manifest?,
                   now: Date = Date()) -> Release {
        if let previous, let held = previous.release,
           statisticsFiles(previous.outputs, year: year) == statisticsFiles(outputs, year: year) {
            return held
        }
        let number = (previous?.release?.number ?? 0) + 1
        return Release(number: number, publishedAt: Timestamp.iso8601(now), coverage: report.feeds.mapValues(\.coverageMonths),
                       files: number == 1 ? [] : newlyRead(report, since: previous))
    }

    /// Input files read in `report` that `previous` did not list with the same sha256.
    static func newlyRead(_ report: QualityReport, since previous: Manifest?) -> [String] {
        let before = Set((previous?.inputs ?? []).map { "\($0.path)\t\($0.sha256)" })
        return report.feeds.values.flatMap(\.files).filter { $0.status == "read" && !before.contains("\($0.path)\t\($0.sha256)") }
            .map(\.path).sorted()
    }

    /// The statistics files among a year's outputs (every feed's yearly file and
    /// its quarterly twin), by name → sha256: what makes one release differ from another.
    static func statisticsFiles(_ outputs: [Manifest.Entry], year: Int) -> [String: String] {
        let names = Set(FeedRegistry.all.flatMap { [$0.statisticsFile, "\(AggregateStage.quarterly)/\($0.statisticsFile)"] })
        var files: [String: String] = [:]
        for entry in outputs where entry.path.hasPrefix("\(year)/") {
            let name = String(entry.path.dropFirst("\(year)/".count))
            if names.contains(name) { files[name] = entry.sha256 }
        }
        return files
    }

    /// The year's manifest as published now, nil when there is none or it cannot be read.
    static func previousManifest(year: Int, in dir: String) -> Manifest? {
        guard let data = FileManager.default.contents(atPath: "\(dir)/manifest.json"),
              let manifest = try? JSONDecoder().decode(Manifest.self, from: data), manifest.year == year else { return nil }
        return manifest
    }
}
