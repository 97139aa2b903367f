import Foundation

/// What a run does with a year, decided before anything is written: `run`
/// follows it, and `run --dry-run` and `status` show it, so that the three agree.
public struct YearPlan: Sendable, Equatable {
    public enum Action: String, Sendable {
        /// Every stage: the year changed since its last publication (or `--force`).
        case process
        /// Published and unchanged, but the database does not hold that publication.
        case load
        /// Up to date: files and database.
        case skip
    }

    public let year: Int
    public let action: Action
    /// Why: ChangeDetector's reasons for `process` (none when forced), one for `load`.
    public let reasons: [String]
    /// The input check's refusal (`InputGuard`) of a year to process: a run exits 2 on it, writing nothing.
    public var refusal: String?
}

extension Pipeline {
    /// Each candidate year's action. `database` is the run's database (nil: none
    /// configured, or not opened); `loadable` says whether a published year the
    /// database does not hold would be loaded (a database that does not exist yet holds none).
    /// Reads the input (hashes, remembered by identity) and the published
    /// manifests; writes nothing.
    public func plan(years: [Int]?, force: Bool, database: UnifiedDatabase?, loadable: Bool? = nil) throws -> [YearPlan] {
        Hashing.remember(from: workspace.fileHashes)   // read only: a file unchanged since the last run is not hashed again
        let candidates = try years ?? checkedInputYears()
        let configuration = try AggregateStage.configurationEntries(config)
        return try plan(candidates: candidates, force: force, configuration: configuration, database: database,
                        loadable: loadable ?? (database != nil))
    }

    func plan(candidates: [Int], force: Bool, configuration: [Manifest.Entry], database: UnifiedDatabase?,
              loadable: Bool) throws -> [YearPlan] {
        try candidates.map { year in
            if force { return YearPlan(year: year, action: .process, reasons: []) }
            let reasons = try ChangeDetector.reasons(year: year, config: config, workspace: workspace, configuration: configuration)
            if !reasons.isEmpty { return YearPlan(year: year, action: .process, reasons: reasons) }
            if loadable && !holds(year, database) {
                return YearPlan(year: year, action: .load, reasons: ["published, not in the database"])
            }
            return YearPlan(year: year, action: .skip, reasons: [])
        }
    }

    /// The years a run looks at, its input checked before anything is written
    /// (no lock, no database row): every input year when `years` is nil, else
    /// each given year must have input (`InputGuard`: exit 2 naming what is missing).
    public func checkedYears(_ years: [Int]?) throws -> [Int] {
        guard let years else { return try checkedInputYears() }
        for year in years { try InputGuard.check(year: year, config: config, workspace: workspace) }
        return years
    }

    /// The input folder exists and holds at least one feed folder (`InputGuard`), else exit 2.
    public func checkInputFolder() throws {
        try InputGuard.checkFolder(config: config, workspace: workspace)
    }

    /// The plan of `years` against the database as `glance` found it, each
    /// year to process checked by the input guard (a refusal kept, not thrown).
    public func guardedPlan(years: [Int], force: Bool, glance: DatabaseGlance) throws -> [YearPlan] {
        try guarded(plan(years: years, force: force, database: glance.database, loadable: glance.loadable), keep: true)
    }

    /// Every year to process, checked by the input guard: the first refusal
    /// is thrown (the run's exit 2), or kept in the plan (`keep`, for showing it).
    func guarded(_ plan: [YearPlan], keep: Bool) throws -> [YearPlan] {
        try plan.map { p in
            guard p.action == .process else { return p }
            do {
                try InputGuard.check(year: p.year, config: config, workspace: workspace)
                return p
            } catch let error as MigstatError where keep {
                var refused = p
                refused.refusal = "\(error)"
                return refused
            }
        }
    }

    /// Whether the database holds the year's current publication.
    private func holds(_ year: Int, _ db: UnifiedDatabase?) -> Bool {
        guard let manifest = FileManager.default.contents(atPath: "\(workspace.published(year))/manifest.json") else { return false }
        return (try? db?.loadedManifest(year: year)) == Hashing.sha256(manifest)
    }

    /// The configured database as it stands, for `run --dry-run` and `status`:
    /// opened read-only (never created, upgraded or written), or why not.
    public func glanceDatabase() -> DatabaseGlance {
        if database == .none { return DatabaseGlance(database: nil, loadable: false, problem: nil) }
        // No file yet: the next run creates it and loads every published year.
        if case .sqlite(let path) = database, !FileManager.default.fileExists(atPath: path) {
            return DatabaseGlance(database: nil, loadable: true, problem: nil)
        }
        do {
            return DatabaseGlance(database: try UnifiedDatabase.openExisting(database, refArea: config.refArea), loadable: true, problem: nil)
        } catch {
            return DatabaseGlance(database: nil, loadable: false, problem: "\(error)")
        }
    }
}

/// The database as `glanceDatabase` found it.
public struct DatabaseGlance {
    public let database: UnifiedDatabase?
    /// Whether a published year the database does not hold would be loaded by a run.
    public let loadable: Bool
    /// Why it could not be read (the run would say so and exit 4, or 2 when it is refused).
    public let problem: String?
}
