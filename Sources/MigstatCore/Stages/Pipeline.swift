import Foundation
import Logging

/// Runs stages over years: the one entry point the command line, the tests
/// and the benchmark share.
public struct Pipeline {
    public enum Stage: String, CaseIterable, Sendable { case extract, normalise, aggregate }

    public let config: PipelineConfig
    public let workspace: Workspace
    public let logger: Logger
    public var showProgress = false
    /// Feeds processed side by side (`--jobs`); the outputs are the same bytes for any number.
    public var jobs = WorkPool.cores
    /// The unified database each published year is loaded into.
    public var database: DatabaseLocation = .none
    /// That database as the caller opened it for this run (`run(…, database:)`).
    private var opened = RunDatabase.none

    public init(config: PipelineConfig, workspace: Workspace, logger: Logger) {
        self.config = config
        self.workspace = workspace
        self.logger = logger
    }

    var feeds: [String] { config.definitions.keys.sorted() }

    /// Every year with input under a defined feed.
    public var inputYears: [Int] { workspace.inputYears(feeds: feeds) }

    /// What a run did, as plain data: the command makes its exit status and its `run` row from it.
    public struct Outcome {
        public var processed: [AggregateStage.YearResult] = []
        public var skipped: [Int] = []
        /// Skipped years whose published quality is `failed`: reported every night
        /// (and exit 3, so cron's mail keeps reminding), not rebuilt.
        public var unchangedFailures: [AggregateStage.YearResult] = []
        /// Years whose publication was (re)loaded into the database.
        public var loaded: [Int] = []
        /// Why the database was not brought up to date, when it was not: the
        /// statistics files are published all the same (exit 4, or 2 for a newer schema).
        public var databaseProblem: String?
        public var databaseNewer = false

        /// The years the run published or loaded (its `run` row's years).
        public var years: [Int] { Set(processed.map(\.year) + loaded).sorted() }

        init(_ opened: RunDatabase = .none) {
            databaseProblem = opened.problem
            databaseNewer = opened.refused
        }
    }

    /// Opens the configured database for a run, or says why it could not be
    /// (the run goes on without it); the caller hands it to `run` and to its RunLedger.
    public func openDatabase() -> RunDatabase {
        RunDatabase.open(database, refArea: config.refArea, group: config.databaseGroup, logger: logger)
    }

    private func databaseFailed(_ message: String, into outcome: inout Outcome) {
        logger.error("database not updated", metadata: ["database": .text(database), "error": .string(message)])
        if outcome.databaseProblem == nil { outcome.databaseProblem = message }
    }

    /// Loads a published year, or finishes the load that ran beside its
    /// pipeline (`stream`); a failure is recorded, and the year stays
    /// "not loaded" so that the next plain run loads it.
    func load(_ year: Int, stream: YearLoadStream? = nil, into outcome: inout Outcome) {
        guard let db = opened.database else { return }
        do {
            let started = Date()
            let summary = try stream?.finish() ?? db.load(year: year, workspace: workspace)
            outcome.loaded.append(year)
            logger.info("loaded", metadata: [
                "year": .number(year), "database": .text(database), "statistics": .number(summary.statistics),
                "records": .number(summary.records), "duration_s": .seconds(since: started),
                // After publication: --jobs 1, a stage command, or another writer held the database as the year began.
                "load": .string(summary.besidePipeline ? "beside the pipeline" : "after publication")])
        } catch {
            databaseFailed("\(year): \(error)", into: &outcome)
        }
    }

    /// Removes from the database every year no longer published (its folder
    /// moved aside), so that the report drops it too; a failure is the database's (exit 4).
    func removeWithdrawnYears(_ outcome: inout Outcome) {
        guard let db = opened.database else { return }
        do {
            try db.removeWithdrawnYears(workspace: workspace, logger: logger)
        } catch {
            databaseFailed("removing withdrawn years: \(error)", into: &outcome)
        }
    }

    /// The report, when the database changed or the report is missing; it
    /// reads the database, so without one there is none, and a pipelines
    /// folder without `report/` has none (the database is loaded all the same).
    /// A failure is the database's (exit 4): the statistics files are published all the same.
    func writeReport(_ outcome: inout Outcome) {
        guard let db = opened.database, config.reportLabels != nil else { return }
        guard ReportBuilder.isStale(config: config, workspace: workspace, database: db) else { return }
        do {
            try ReportBuilder.build(database: db, config: config, workspace: workspace, logger: logger)
        } catch {
            databaseFailed("report: \(error)", into: &outcome)
        }
    }

    /// A skipped year's published quality, when it failed: logged with what to act on.
    private func stillFailed(_ year: Int) -> AggregateStage.YearResult? {
        guard let quality = PublishedQuality.read(year, workspace), quality.status != "ok" else { return nil }
        logger.warning("quality failed, input unchanged: not rebuilt", metadata: [
            "year": .number(year), "act_on": .list(quality.causes)])
        return AggregateStage.YearResult(year: year, status: quality.status, failedChecks: quality.failedChecks)
    }

    /// The nightly entry point: every stage for each year (every input year
    /// when `years` is nil) whose inputs, definitions, code lists or migstat
    /// version changed since its last successful run, or every one with
    /// `force`. Rebuilds output/summary/ at the end (rewriting only what changed).
    /// `database` is the run's database as the caller opened it (`openDatabase`);
    /// without one the configured database is opened here.
    public func run(years: [Int]?, force: Bool, database: RunDatabase? = nil) throws -> Outcome {
        Hashing.remember(from: workspace.fileHashes)
        let candidates = try years ?? checkedInputYears()
        var run = self
        run.opened = database ?? openDatabase()
        return try run.run(candidates: candidates, force: force)
    }

    private func run(candidates: [Int], force: Bool) throws -> Outcome {
        var outcome = Outcome(opened)
        var due: [Int] = [], loadOnly: [Int] = []
        let configuration = try AggregateStage.configurationEntries(config)
        // Every year is planned (RunPlan) and checked before any is touched or announced:
        // exit 2 writes nothing, and a refused year is not first logged as processing.
        let plan = try guarded(plan(candidates: candidates, force: force, configuration: configuration,
                                    database: opened.database, loadable: opened.database != nil), keep: false)
        for p in plan {
            switch p.action {
            case .process:
                if !force { logger.info("changed, processing", metadata: ["year": .number(p.year), "reasons": .list(p.reasons)]) }
                due.append(p.year)
            case .load:
                // Published, but killed (or failed) before its load committed: load it.
                logger.info("not in the database, loading", metadata: ["year": .number(p.year)])
                loadOnly.append(p.year)
            case .skip:
                logger.info("up to date, skipped", metadata: ["year": .number(p.year)])
                outcome.skipped.append(p.year)
                if let failed = stillFailed(p.year) { outcome.unchangedFailures.append(failed) }
            }
        }
        var queue = due.sorted()   // a year before the next, whose checks may read it
        while !queue.isEmpty {
            let year = queue.removeFirst()
            let (result, stream) = try process(year: year, stages: Stage.allCases, loadAlongside: jobs > 1)
            if let result {
                outcome.processed.append(result)
                load(year, stream: stream, into: &outcome)
            }
            // The next year's checks may read this one's statistics: due now if they changed.
            let next = year + 1
            guard !force, candidates.contains(next), !due.contains(next) else { continue }
            let reasons = try ChangeDetector.reasonsAfterRepublishing(year, config: config, workspace: workspace,
                                                                      configuration: configuration)
            guard !reasons.isEmpty else { continue }
            logger.info("changed, processing", metadata: ["year": .number(next), "reasons": .list(reasons)])
            try InputGuard.check(year: next, config: config, workspace: workspace)
            due.append(next)
            queue.insert(next, at: 0)
            outcome.skipped.removeAll { $0 == next }
            outcome.unchangedFailures.removeAll { $0.year == next }
            loadOnly.removeAll { $0 == next }
        }
        for year in loadOnly {
            load(year, into: &outcome)
            outcome.skipped.append(year)
            if let failed = stillFailed(year) { outcome.unchangedFailures.append(failed) }
        }
        // Always rebuilt from the published years (unchanged bytes are not rewritten):
        // a run killed before it, or a summary edited by hand, is mended by the next run.
        try AggregateStage.rebuildSummary(workspace: workspace)
        removeWithdrawnYears(&outcome)
        writeReport(&outcome)
        try rememberHashes()
        return outcome
    }

    /// Keeps the sha256 of the files this run read for the next run (a
    /// no-change night then reads no input). Only when the output folder exists:
    /// a run that wrote nothing leaves nothing.
    private func rememberHashes() throws {
        guard FileManager.default.fileExists(atPath: "\(workspace.outputRoot)/.staging") else { return }
        try Hashing.saveRemembered(to: workspace.fileHashes)
    }

    /// Every input year; a missing input folder, one with none of the feed folders
    /// or no year in them is an operator's mistake (exit 2, `InputGuard`).
    public func checkedInputYears() throws -> [Int] {
        try InputGuard.inputYears(config: config, workspace: workspace)
    }

    /// Runs `stages` for one year; returns the year's quality result when aggregate ran.
    @discardableResult
    func run(year: Int, stages: [Stage] = Stage.allCases) throws -> AggregateStage.YearResult? {
        if stages.contains(.extract) { try InputGuard.check(year: year, config: config, workspace: workspace) }
        return try process(year: year, stages: stages).result
    }

    /// One stage over the given years (the stage commands); a year aggregate
    /// publishes is loaded into the database too, and the summary rebuilt.
    /// Only aggregate loads: `database` (opened by the caller, else here) is for it.
    public func run(years: [Int], stage: Stage, database: RunDatabase? = nil) throws -> Outcome {
        Hashing.remember(from: workspace.fileHashes)
        var run = self
        if stage == .aggregate { run.opened = database ?? openDatabase() }
        return try run.run(years: years, only: stage)
    }

    private func run(years: [Int], only stage: Stage) throws -> Outcome {
        var outcome = Outcome(opened)
        for year in years {
            guard let result = try run(year: year, stages: [stage]) else { continue }
            outcome.processed.append(result)
            load(year, into: &outcome)
        }
        if stage == .aggregate {
            try AggregateStage.rebuildSummary(workspace: workspace)
            removeWithdrawnYears(&outcome)
            writeReport(&outcome)
        }
        try rememberHashes()
        return outcome
    }

    /// The stages of one year, its input already checked. Each input file
    /// is a task (`FeedExtraction`), and the feeds are independent until
    /// aggregate: a feed's last file read adds the feed's normalise as an
    /// urgent task, on `jobs` threads (`WorkQueue`), the largest feed first.
    /// When aggregate follows in the same run, that task builds the feed's
    /// table too, while other files are still being read; aggregate then puts
    /// the year together. With `loadAlongside` (more than one job) and a
    /// database, the year's load runs beside it (`YearLoadStream`), each feed's
    /// records as its normalise ends; the caller finishes it (`load`) once the
    /// year is published.
    private func process(year: Int, stages: [Stage], loadAlongside: Bool = false) throws
        -> (result: AggregateStage.YearResult?, stream: YearLoadStream?) {
        let started = Date()
        try LastRun.started(workspace, year)
        let perFeed = stages.filter { $0 != .aggregate }
        let tablesEarly = stages.contains(.aggregate) && perFeed.contains(.normalise)
        let stream = loadAlongside && tablesEarly
            ? opened.database.map { YearLoadStream(database: $0, year: year, workspace: workspace) } : nil
        let result: AggregateStage.YearResult?
        do {
            result = try runStages(year: year, stages: stages, perFeed: perFeed, tablesEarly: tablesEarly, stream: stream)
            try LastRun.finished(workspace, year, status: result?.status ?? "staged")
        } catch {
            stream?.cancel()
            throw error
        }
        logger.info("year done", metadata: [
            "year": .number(year), "stages": .list(stages.map(\.rawValue)),
            "status": .string(result?.status ?? "-"),
            "duration_s": .seconds(since: started)])
        // A year that published nothing has nothing to commit.
        guard let result else { stream?.cancel(); return (nil, nil) }
        return (result, stream)
    }

    private func runStages(year: Int, stages: [Stage], perFeed: [Stage], tablesEarly: Bool,
                           stream: YearLoadStream?) throws -> AggregateStage.YearResult? {
        var result: AggregateStage.YearResult?
        var parts: [String: AggregateStage.FeedPart] = [:]
        if !perFeed.isEmpty {
            let size = Dictionary(uniqueKeysWithValues: feeds.map { ($0, inputBytes(year, feed: $0)) })
            let order = feeds.sorted { (size[$0]!, $1) > (size[$1]!, $0) }
            let progress = showProgress
                ? Progress(label: "\(year) \(perFeed.map(\.rawValue).joined(separator: "+"))",
                           totalBytes: perFeed.count * size.values.reduce(0, +))
                : nil
            let queue = WorkQueue()
            let lock = NSLock()
            var failures: [String: Error] = [:]
            for feed in order {
                let def = config.definitions[feed]!
                // A failure stops its feed; the first in feed order is thrown once every task is done.
                func guarded(_ body: @escaping () throws -> Void) -> () -> Void {
                    { do { try body() } catch { lock.withLock { failures[feed] = error } } }
                }
                let normalise = { [self] in
                    guard perFeed.contains(.normalise) else { return }
                    let staged = stagedBytes(year, feed: feed)
                    try NormaliseStage.run(year: year, feed: feed, definition: def, config: config, workspace: workspace,
                                           logger: logger, progress: progress,
                                           progressScale: staged > 0 ? Double(size[feed]!) / Double(staged) : 0)
                    stream?.feedStaged(feed)
                    // A table that reads other feeds' statistics waits for aggregate, which builds it after theirs.
                    if tablesEarly, let plugin = FeedRegistry.plugin(feed), plugin.reads.isEmpty {
                        let part = try AggregateStage.feedPart(year: year, feed: feed, definition: def, plugin: plugin,
                                                               config: config, workspace: workspace, logger: logger)
                        lock.withLock { parts[feed] = part }
                    }
                }
                guard perFeed.contains(.extract) else { queue.add(guarded(normalise)); continue }
                let extraction = try FeedExtraction(year: year, feed: feed, definition: def, workspace: workspace,
                                                    logger: logger, progress: progress, jobs: jobs)
                let rest = guarded { try extraction.finish(); try normalise() }
                if extraction.reading.isEmpty { queue.add(rest) }
                for i in extraction.reading {
                    queue.add { if extraction.extract(i) { queue.add(urgent: true, rest) } }
                }
            }
            queue.run(jobs: jobs)
            progress?.finish()
            if let feed = order.first(where: { failures[$0] != nil }) { throw failures[feed]! }
        }
        if stages.contains(.aggregate) {
            result = try AggregateStage.run(year: year, config: config, workspace: workspace, logger: logger, jobs: jobs,
                                            built: parts)
        }
        return result
    }

    private func stagedBytes(_ year: Int, feed: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: workspace.extracted(year, feed)))?[.size] as? Int) ?? 0
    }

    private func inputBytes(_ year: Int, feed: String) -> Int {
        let dir = "\(workspace.inputRoot)/\(feed)/\(year)"
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).reduce(0) { total, name in
            total + (((try? FileManager.default.attributesOfItem(atPath: "\(dir)/\(name)"))?[.size] as? Int) ?? 0)
        }
    }
}
