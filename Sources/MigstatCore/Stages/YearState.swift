import Foundation

/// When a year last ran and how it ended, kept beside its staging
/// (`output/.staging/<year>/last-run.json`): a run that started and never
/// finished (killed, crashed) is retried by the next plain run.
public struct LastRun: Codable, Equatable, Sendable {
    public var started: String
    public var finished: String?
    var status: String?

    static func path(_ workspace: Workspace, _ year: Int) -> String { "\(workspace.staging(year))/last-run.json" }

    public static func read(_ workspace: Workspace, _ year: Int) -> LastRun? {
        FileManager.default.contents(atPath: path(workspace, year)).flatMap { try? JSONDecoder().decode(LastRun.self, from: $0) }
    }

    static func now() -> String { Timestamp.iso8601() }

    static func started(_ workspace: Workspace, _ year: Int) throws {
        try JSONFile.write(LastRun(started: now()), to: path(workspace, year))
    }

    static func finished(_ workspace: Workspace, _ year: Int, status: String) throws {
        var run = read(workspace, year) ?? LastRun(started: now())
        run.finished = now()
        run.status = status
        try JSONFile.write(run, to: path(workspace, year))
    }
}

/// Why a year needs processing, found by comparing what it would read now
/// (inputs by sha256, definitions, code lists, migstat's version) with the
/// manifest of its last publication. No reasons: the year is up to date.
public enum ChangeDetector {
    public static func reasons(year: Int, config: PipelineConfig, workspace: Workspace) throws -> [String] {
        try reasons(year: year, config: config, workspace: workspace,
                    configuration: AggregateStage.configurationEntries(config))
    }

    /// The same, given the definitions and code lists as they are now
    /// (`AggregateStage.configurationEntries`): the same for every year, so a
    /// night checking many years finds them once.
    static func reasons(year: Int, config: PipelineConfig, workspace: Workspace,
                        configuration: [Manifest.Entry]) throws -> [String] {
        let dir = workspace.published(year)
        guard let data = FileManager.default.contents(atPath: "\(dir)/manifest.json"),
              let manifest = try? JSONDecoder().decode(Manifest.self, from: data) else {
            return ["never published"]
        }
        var reasons: [String] = []
        if let last = LastRun.read(workspace, year), last.finished == nil {
            reasons.append("last run did not finish (started \(last.started))")
        }
        if manifest.build != BuildIdentity.current {
            reasons.append("migstat itself changed (build \(manifest.build.map { String($0.prefix(12)) } ?? "unknown") → \(BuildIdentity.current.prefix(12)))")
        }
        reasons += diff(old: manifest.configuration, new: configuration, what: "configuration")
        var inputs: [Manifest.Entry] = []
        for (_, def) in config.definitions.sorted(by: { $0.key < $1.key }) {
            inputs += try FileInventory.scan(feed: def, year: year, inputRoot: workspace.inputRoot)
                .map { Manifest.Entry(path: $0.path, size: $0.size, sha256: $0.sha256) }
        }
        reasons += diff(old: manifest.inputs, new: inputs, what: "input")
        reasons += diff(old: manifest.readFrom ?? [], new: previousYearSources(year: year, manifest: manifest, config: config, workspace: workspace),
                        what: "previous year's statistics")
        for out in manifest.outputs {
            let path = "\(workspace.outputRoot)/\(out.path)"
            guard let bytes = FileManager.default.contents(atPath: path), Hashing.sha256(bytes) == out.sha256 else {
                reasons.append("output missing or modified: \(out.path)")
                continue
            }
        }
        // A year whose quality failed on unchanged data is not rebuilt: the same
        // bytes would come out. The nightly run reports it instead (Pipeline).
        return reasons
    }

    /// What the year's checks against the previous year would read now: those
    /// of the feeds configured whose statistics file the year publishes.
    private static func previousYearSources(year: Int, manifest: Manifest, config: PipelineConfig,
                                            workspace: Workspace) -> [Manifest.Entry] {
        let plugins = FeedRegistry.all.filter { config.definitions[$0.name] != nil }
        let publishing = Set(manifest.outputs.map { String($0.path.dropFirst("\(year)/".count)) })
        return CrossYearChecks.sources(year: year, plugins: plugins, publishing: publishing, workspace: workspace)
    }

    /// Why the year after `year` is due now that `year` was republished: its
    /// checks read `year`'s statistics (or now would). Empty: still up to date.
    static func reasonsAfterRepublishing(_ year: Int, config: PipelineConfig, workspace: Workspace,
                                         configuration: [Manifest.Entry]) throws -> [String] {
        guard FileManager.default.fileExists(atPath: "\(workspace.published(year + 1))/manifest.json") else { return [] }
        return try reasons(year: year + 1, config: config, workspace: workspace, configuration: configuration)
    }

    private static func diff(old: [Manifest.Entry], new: [Manifest.Entry], what: String) -> [String] {
        let before = Dictionary(old.map { ($0.path, $0.sha256) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(new.map { ($0.path, $0.sha256) }, uniquingKeysWith: { a, _ in a })
        var out: [String] = []
        for path in after.keys.sorted() {
            if before[path] == nil { out.append("\(what) added: \(path)") }
            else if before[path] != after[path] { out.append("\(what) changed: \(path)") }
        }
        for path in before.keys.sorted() where after[path] == nil { out.append("\(what) removed: \(path)") }
        return out
    }
}
