import Foundation

/// Keeping each release as a year loads (ReleaseTables): a release the
/// database does not hold yet is added, with the statistics rows just loaded
/// copied into the history tables; a reload of the release it holds adds
/// no release and copies its rows again. A manifest written before releases adds nothing.
extension UnifiedDatabase {
    /// Inside the load's transaction, after the year's statistics rows are in.
    func keepRelease(year: Int, published: PublishedYear) throws {
        guard let release = published.release else { return }
        let r = ReleaseTables.release, own = scope(year).rows()
        let held = try connection.rows("""
            SELECT 1 FROM \(table(r)) WHERE \(own) AND release_no = \(release.number)
              AND published_at = \(sqlLiteral(release.publishedAt))
            """)
        // Held: its figures are taken again from the rows just loaded, the same
        // publication's, so that a reload mends what an older build rounded (LostDigits).
        // Not held but the same number published at another time: the year's output was
        // lost and published again from 1. The database follows the files, so
        // the releases it held from that number on go (their figures would be
        // revised against a release that no longer leads to them).
        let replaced = held.isEmpty ? ">=" : "="
        if held.isEmpty { try connection.execute("DELETE FROM \(table(r)) WHERE \(own) AND release_no >= \(release.number)") }
        for (of, history) in ReleaseTables.historyTables {
            try connection.execute("""
                DELETE FROM \(table(history)) WHERE ref_area = \(sqlLiteral(refArea))
                  AND \(ReleaseTables.year(of: of, table(history))) = \(year) AND release_no \(replaced) \(release.number)
                """)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let coverage = String(decoding: try encoder.encode(release.coverage), as: UTF8.self)
        let files = String(decoding: try encoder.encode(release.files), as: UTF8.self)
        if held.isEmpty {
            try connection.bulkInsert(into: table(r), columns: r.columns) { sink in
                try sink.row([refArea, String(year), String(release.number), release.publishedAt, published.manifestSHA256, coverage, files])
            }
        }
        for (of, history) in ReleaseTables.historyTables {
            let columns = of.columns.map(\.name).joined(separator: ", ")
            try connection.execute("""
                INSERT INTO \(table(history)) (\(columns), release_no)
                SELECT \(columns), \(release.number) FROM \(table(of))
                WHERE ref_area = \(sqlLiteral(refArea)) AND \(ReleaseTables.year(of: of, table(of))) = \(year)
                """)
        }
    }
}
