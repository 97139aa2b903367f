import Foundation
import Logging

/// A year withdrawn from publication (its `output/<year>/` moved aside, as
/// README says for a feed that no longer has files) leaves the database too:
/// a year whose `manifest.json` is gone has its rows removed from every table,
/// one transaction per year. `run` and `db load` (every year) do this, so the
/// database, and the report written from it, publish what the files publish.
extension UnifiedDatabase {
    /// Removes the rows of every year the output folder no longer publishes; returns those years.
    /// An output folder that publishes no year at all removes nothing: a mistyped
    /// `--output` beside a configured database must not empty it.
    @discardableResult
    public func removeWithdrawnYears(workspace: Workspace, logger: Logger) throws -> [Int] {
        let published = Set(PublishedYear.years(in: workspace))
        let withdrawn = try heldYears().keys.filter { $0 >= 0 && !published.contains($0) }.sorted()
        guard !withdrawn.isEmpty else { return [] }
        guard !published.isEmpty else {
            logger.warning("no year published in the output folder: the database's years are kept", metadata: [
                "output": .string(workspace.outputRoot), "years": .list(withdrawn)])
            return []
        }
        for year in withdrawn {
            try transaction { try deleteRows(ofYear: year) }
            logger.notice("withdrawn year removed from the database", metadata: [
                "year": .number(year), "database": .text(location), "reason": "no \(workspace.published(year))/manifest.json"])
        }
        return withdrawn
    }
}
