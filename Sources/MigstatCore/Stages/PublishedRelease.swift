import Foundation

/// A published year's latest release as `migstat status` shows it: what
/// manifest.json's `release` says (number, time, months per feed) and the
/// quarters the quarterly files (`output/<year>/quarterly/`) hold figures for.
public struct PublishedRelease: Encodable, Sendable, Equatable {
    /// A quarter with data: provisional (`P`) while any of its rows covers
    /// fewer than its three months, `coverageMonths` the fewest any row covers.
    public struct Quarter: Encodable, Sendable, Equatable {
        public let quarter: Int
        public let provisional: Bool
        public let coverageMonths: Int
    }

    public let number: Int
    public let publishedAt: String
    /// Feed → months its read files covered (quality.json's `coverage_months`).
    public let coverage: [String: Int]
    public let quarters: [Quarter]

    /// nil when the year has no readable manifest, or one written before releases.
    public static func read(_ year: Int, _ workspace: Workspace) -> PublishedRelease? {
        let dir = workspace.published(year)
        guard let release = Release.previousManifest(year: year, in: dir)?.release else { return nil }
        return PublishedRelease(number: release.number, publishedAt: release.publishedAt, coverage: release.coverage,
                                quarters: quarters(year: year, dir: "\(dir)/\(AggregateStage.quarterly)"))
    }

    /// The quarters any quarterly file has rows for, by `TIME_PERIOD` (`2003-Q2`).
    static func quarters(year: Int, dir: String) -> [Quarter] {
        var fewest: [Int: Int] = [:], provisional = Set<Int>()
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".csv") }
        for file in files.sorted() {
            guard let text = TextFile.read("\(dir)/\(file)"), let rows = PublishedCSV.rows(text),
                  let header = rows.first, let period = header.firstIndex(of: "TIME_PERIOD") else { continue }
            let status = header.firstIndex(of: "OBS_STATUS"), coverage = header.firstIndex(of: "COVERAGE")
            for row in rows.dropFirst() where row.count == header.count {
                guard row[period].hasPrefix("\(year)-Q"), let q = Int(row[period].dropFirst("\(year)-Q".count)),
                      (1...4).contains(q) else { continue }
                let months = coverage.flatMap { Int(row[$0]) } ?? 3
                fewest[q] = min(fewest[q] ?? 3, months)
                if status.map({ row[$0] == "P" }) ?? false || months < 3 { provisional.insert(q) }
            }
        }
        return fewest.keys.sorted().map { Quarter(quarter: $0, provisional: provisional.contains($0), coverageMonths: fewest[$0]!) }
    }
}
