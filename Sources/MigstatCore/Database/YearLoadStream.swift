import Foundation

/// A year's load that runs beside its pipeline: the transaction opens and the
/// year's old rows go when the year starts, each feed's records stream in as
/// soon as its normalise has sealed them (while other feeds are still read),
/// and `finish`, once the year is published, adds the statistics, checks
/// every feed's counts against quality.json and commits. Until that commit
/// the database holds the previous load, whole: a failure or a kill at any
/// instant rolls everything back.
///
/// When another writer holds the database as the year starts (SQLite's one
/// write lock, or this region-year on PostgreSQL), nothing waits: the year
/// loads after publication, as without the stream.
///
/// Everything runs on one serial queue, in the order asked: the connection
/// is used by one thread at a time, and the caller does not touch the
/// database between `init` and `finish`/`cancel`.
final class YearLoadStream: @unchecked Sendable {
    private let database: UnifiedDatabase
    private let year: Int
    private let workspace: Workspace
    private let queue = DispatchQueue(label: "migstat.year-load")
    // Touched only on `queue`.
    private var open = false
    private var failure: Error?
    private var staged: [String: UnifiedDatabase.StagedCounts] = [:]

    init(database: UnifiedDatabase, year: Int, workspace: Workspace) {
        (self.database, self.year, self.workspace) = (database, year, workspace)
        queue.async { [self] in
            attempt {
                // Another writer holds the database (or this region-year): no waiting
                // while the pipeline runs; `finish` loads the year after publication.
                guard try database.tryBeginLoad(year) else { return }
                open = true
                try database.deleteRows(ofYear: year)
            }
        }
    }

    // Every block queued holds `self`: none is pending here. A load neither
    // finished nor cancelled (a path that forgot to) still leaves nothing half done.
    deinit { end() }

    /// `feed`'s staging is sealed (its normalise ended): its records load now, in the background.
    func feedStaged(_ feed: String) {
        queue.async { [self] in
            guard open, let plugin = FeedRegistry.plugin(feed) else { return }
            attempt {
                if let counts = try database.loadRecords(plugin: plugin, year: year, workspace: workspace) { staged[feed] = counts }
            }
        }
    }

    /// The year is published: the rest of the load, the checks and the commit.
    /// Throws the first failure, with nothing of the year changed.
    func finish() throws -> UnifiedDatabase.LoadSummary {
        try queue.sync {
            do {
                if let failure { throw failure }
                guard open else { return try database.load(year: year, workspace: workspace) }
                let published = try PublishedYear.verified(year: year, workspace: workspace)
                var summary = try database.finishYear(year, published: published, workspace: workspace, staged: staged)
                summary.besidePipeline = true
                try database.commit()
                open = false
                return summary
            } catch {
                end()
                throw error
            }
        }
    }

    /// The year did not publish: nothing of it changes in the database.
    func cancel() { queue.sync { end() } }

    private func attempt(_ body: () throws -> Void) {
        guard failure == nil else { return }
        do { try body() } catch { failure = error }
    }

    private func end() {
        if open { database.rollback() }
        open = false
    }
}
