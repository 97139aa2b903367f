import Foundation

/// Runs the plugins' checks against the previous year (`PreviousYearCheck`)
/// and names what they read. Aggregate runs them as it puts a year together;
/// `ChangeDetector` asks what they would read now and compares it with the
/// manifest's `read_from`, so a year is due again when the previous year's
/// statistics changed, or when the previous year became (or stopped being)
/// published with 12 months.
enum CrossYearChecks {
    struct Outcome {
        var checks: [QualityCheck] = []
        /// The previous year's files the checks read, with their sha256 (`manifest.json` `read_from`).
        var readFrom: [Manifest.Entry] = []
    }

    /// The checks of the plugins whose statistics `year` publishes (`current`:
    /// file name → the bytes published), in plugin order.
    static func run(year: Int, plugins: [FeedPlugin], current: [String: Data], workspace: Workspace) -> Outcome {
        var outcome = Outcome()
        let applying = applicable(plugins, publishing: Set(current.keys))
        guard !applying.isEmpty else { return outcome }
        let previous = PreviousYear(year: year - 1, workspace: workspace)
        let now = current.compactMapValues { String(data: $0, encoding: .utf8).map(PublishedStatistics.init(csv:)) }
        for check in applying {
            guard let read = previous.statistics(check) else { continue }   // skipped, not listed
            outcome.checks.append(QualityCheck(name: check.name, passed: check.passes(now, read.mapValues(\.statistics))))
            outcome.readFrom += read.values.map(\.entry)
        }
        outcome.readFrom = unique(outcome.readFrom)
        return outcome
    }

    /// What the checks of `year` would read now, given the statistics files it
    /// publishes (file names): `ChangeDetector` compares it with `read_from`.
    static func sources(year: Int, plugins: [FeedPlugin], publishing: Set<String>, workspace: Workspace) -> [Manifest.Entry] {
        let applying = applicable(plugins, publishing: publishing)
        guard !applying.isEmpty else { return [] }
        let previous = PreviousYear(year: year - 1, workspace: workspace)
        return unique(applying.flatMap { previous.statistics($0)?.values.map(\.entry) ?? [] })
    }

    private static func applicable(_ plugins: [FeedPlugin], publishing: Set<String>) -> [PreviousYearCheck] {
        plugins.filter { publishing.contains($0.statisticsFile) }.flatMap(\.previousYearChecks)
    }

    private static func unique(_ entries: [Manifest.Entry]) -> [Manifest.Entry] {
        Dictionary(entries.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a }).values.sorted { $0.path < $1.path }
    }
}

/// The previous year as its checks may read it: published (a manifest of that
/// year), with quality.json and each statistics file as the manifest lists
/// them (the same sha256: a file edited by hand is not the publication).
private struct PreviousYear {
    let year: Int
    private let dir: String
    private let outputs: [String: String]   // file name → sha256 in the manifest
    private let coverage: [String: Int]     // feed → months its read files cover

    init(year: Int, workspace: Workspace) {
        self.year = year
        dir = workspace.published(year)
        guard let data = FileManager.default.contents(atPath: "\(dir)/manifest.json"),
              let manifest = try? JSONDecoder().decode(Manifest.self, from: data), manifest.year == year else {
            (outputs, coverage) = ([:], [:])
            return
        }
        outputs = Dictionary(manifest.outputs.map { (String($0.path.dropFirst("\(year)/".count)), $0.sha256) },
                             uniquingKeysWith: { a, _ in a })
        let quality = Self.listed("quality.json", in: dir, outputs: outputs)
            .flatMap { try? JSONDecoder().decode(QualityReport.self, from: $0) }
        coverage = quality?.feeds.mapValues(\.coverageMonths) ?? [:]
    }

    /// The files `check` reads, when the year is published with 12 months of
    /// its feeds and lists each of them; nil: the check does not apply.
    func statistics(_ check: PreviousYearCheck) -> [String: (statistics: PublishedStatistics, entry: Manifest.Entry)]? {
        guard check.feeds.allSatisfy({ coverage[$0] == 12 }) else { return nil }
        var read: [String: (PublishedStatistics, Manifest.Entry)] = [:]
        for name in check.reads {
            guard let data = Self.listed(name, in: dir, outputs: outputs), let text = String(data: data, encoding: .utf8) else { return nil }
            read[name] = (PublishedStatistics(csv: text), Manifest.Entry(path: "\(year)/\(name)", size: nil, sha256: outputs[name]!))
        }
        return read
    }

    /// A published file's bytes, when the manifest lists it with their sha256.
    private static func listed(_ name: String, in dir: String, outputs: [String: String]) -> Data? {
        guard let sha = outputs[name], let data = FileManager.default.contents(atPath: "\(dir)/\(name)"),
              Hashing.sha256(data) == sha else { return nil }
        return data
    }
}
