import Foundation
@testable import MigstatCore
import XCTest

/// Releases and revisions (STATISTICS.md, DATABASE.md) on the release binary,
/// in both databases: the sample year published from its first six months,
/// then from twelve, then with a re-sent month that changes figures, is
/// releases 1, 2 and 3; a rerun and a `--force` that change nothing stay at 3
/// with manifest.json byte for byte; the database keeps each release's
/// figures, and `revisions` lists exactly the figures each release changed,
/// as the published files of the two releases differ.
final class ReleaseTests: XCTestCase {
    static let year = 2003

    func testReleasesAndRevisionsInSQLite() throws {
        try assertReleases(database: []) { w in try SQLiteDatabase(path: "\(w.output)/migstat.sqlite") }
    }

    func testReleasesAndRevisionsInPostgreSQL() throws {
        let url = try DatabaseSupport.freshPostgres()
        try assertReleases(database: ["--database", url]) { _ in try DatabaseSupport.connect(url) }
    }

    private func assertReleases(database: [String], connect: (Workdir) throws -> DatabaseConnection) throws {
        let w = try Workdir(copying: Harness.fixtures.appendingPathComponent("input"))
        // The second half of the year waits outside the input folder.
        let held = w.root.appendingPathComponent("held").path
        let secondHalf = try w.holdBackSecondHalf(of: Self.year, to: held)
        XCTAssertFalse(secondHalf.isEmpty)

        // Release 1: six months.
        try run(w, database)
        let first = try manifest(w)
        XCTAssertEqual(first.release?.number, 1)
        XCTAssertEqual(first.release?.coverage["migration-slips"], 6)
        let files1 = statistics(w)

        // Release 2: twelve months.
        for (name, folder) in secondHalf { try FileManager.default.moveItem(atPath: "\(held)/\(name)", toPath: "\(folder)/\(name)") }
        try run(w, database)
        let second = try manifest(w)
        XCTAssertEqual(second.release?.number, 2)
        XCTAssertEqual(second.release?.coverage["migration-slips"], 12)
        let files2 = statistics(w)

        // Release 3: March's slips re-sent once more (a .v3 over the sample's .v2) without every third slip.
        // Lines as bytes: the file's CRLF is one Character to a String.
        let march = "\(w.input)/migration-slips/\(Self.year)/slips-\(Self.year)-03"
        let lines = try Data(contentsOf: URL(fileURLWithPath: "\(march).v2.csv")).split(separator: 0x0A, omittingEmptySubsequences: false)
        let kept = lines.enumerated().filter { $0.offset == 0 || $0.offset % 3 != 0 }.map { Data($0.element) }
        XCTAssertGreaterThan(lines.count - kept.count, 5, "slips dropped")
        try Data(kept.joined(separator: [0x0A])).write(to: URL(fileURLWithPath: "\(march).v3.csv"))
        try run(w, database)
        let thirdBytes = try Data(contentsOf: URL(fileURLWithPath: "\(w.output)/\(Self.year)/manifest.json"))
        let third = try manifest(w)
        XCTAssertEqual(third.release?.number, 3)
        let resent = "migration-slips/\(Self.year)/slips-\(Self.year)-03.v3.csv"
        XCTAssertEqual(third.release?.files, [resent], "the re-sent file behind the release")
        XCTAssertEqual(first.release?.files, [], "a first release revises nothing")
        // Release 2's: the months that arrived, those read (a quarantined or superseded file is not).
        let arrived = Set(secondHalf.map { "\(URL(fileURLWithPath: $0.folder).pathComponents.suffix(2).joined(separator: "/"))/\($0.name)" })
        let quality = try JSONDecoder().decode(QualityReport.self, from: Data(contentsOf: URL(fileURLWithPath: "\(w.output)/\(Self.year)/quality.json")))
        let read = Set(quality.feeds.values.flatMap(\.files).filter { $0.status == "read" }.map(\.path))
        XCTAssertEqual(Set(second.release?.files ?? []), arrived.intersection(read))
        XCTAssertGreaterThan(arrived.intersection(read).count, 20)
        let files3 = statistics(w)
        XCTAssertNotEqual(files2, files3, "the re-sent month changes figures")

        // A rerun and a --force that change nothing: still release 3, the same bytes.
        try run(w, database)
        try run(w, database + ["--year", String(Self.year), "--force"])
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: "\(w.output)/\(Self.year)/manifest.json")), thirdBytes)

        // The database: every release once, each with the figures its files published.
        let c = try connect(w)
        let t = { (name: String) in c.dialect == .postgresql ? "statistics.\(name)" : name }
        let releases = try c.rows("SELECT release_no, published_at, manifest_sha256 FROM \(t("release")) WHERE year = \(Self.year) ORDER BY release_no")
        XCTAssertEqual(releases.map { $0[0] }, ["1", "2", "3"])
        XCTAssertEqual(releases.last?[2], Hashing.sha256(thirdBytes))
        for (release, files) in [(1, files1), (2, files2), (3, files3)] {
            for (of, history) in ReleaseTables.historyTables {
                let n = try c.rows("SELECT COUNT(*) FROM \(history.qualified(c.dialect)) WHERE release_no = \(release)").first?.first ?? nil
                XCTAssertEqual(n.flatMap { Int($0) }, files.filter { $0.key.table == of.name }.count, "\(history.name), release \(release)")
            }
        }
        // revisions: what each release changed, from the two releases' files.
        for (release, before, after) in [(2, files1, files2), (3, files2, files3)] {
            let got = try c.rows("""
                SELECT table_name, time_period, dimensions, previous_value, value, previous_release_no FROM \(t("revisions"))
                WHERE year = \(Self.year) AND release_no = \(release)
                """)
            XCTAssertEqual(Set(got.map { $0[5] }), [String(release - 1)])
            let shown = got.map { Revision(table: $0[0]!, period: $0[1]!, dimensions: $0[2]!, previous: number($0[3]), value: number($0[4])) }
            XCTAssertEqual(shown.count, Set(shown).count, "release \(release): one row per figure")
            XCTAssertEqual(Set(shown), Self.revisions(before, after), "release \(release)")
        }
        // March re-sent: the slips' figures release 3 revised are of the first quarter and of the year, no other quarter's.
        let slipPeriods = try c.rows("""
            SELECT DISTINCT time_period FROM \(t("revisions")) WHERE year = \(Self.year) AND release_no = 3
              AND table_name IN ('migration_flows', 'migration_flows_quarterly') ORDER BY time_period
            """)
        XCTAssertEqual(slipPeriods.map { $0[0] }, ["\(Self.year)", "\(Self.year)-Q1"])
        let named = try c.rows("SELECT DISTINCT files FROM \(t("revisions")) WHERE year = \(Self.year) AND release_no = 3")
        XCTAssertEqual(named.map { $0[0] }, ["[\"\(resent)\"]"], "each revision names the re-sent file")
        XCTAssertTrue(try c.rows("SELECT 1 FROM \(t("revisions")) WHERE release_no = 1").isEmpty, "release 1 revises nothing")
        let check = try Harness.run(["db", "check"] + w.args + database)
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
    }

    private func run(_ w: Workdir, _ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let r = try Harness.run(["run"] + w.args + arguments)
        // The sample's damaged police file fails the year's quality (exit 3); it is published all the same.
        XCTAssertTrue([0, 3].contains(r.status), r.stderr, file: file, line: line)
    }

    private func manifest(_ w: Workdir) throws -> Manifest {
        try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: URL(fileURLWithPath: "\(w.output)/\(Self.year)/manifest.json")))
    }

    struct Figure: Hashable { var table, period, dimensions: String }
    struct Revision: Hashable { var table, period, dimensions: String; var previous, value: Decimal? }

    /// Every figure of the year's published statistics files the database keeps releases of, by table, period and dimensions.
    private func statistics(_ w: Workdir) -> [Figure: Decimal?] {
        var figures: [Figure: Decimal?] = [:]
        for of in ReleaseTables.released {
            let quarterly = of.name.hasSuffix("_quarterly")
            let base = quarterly ? String(of.name.dropLast("_quarterly".count)) : of.name
            let path = "\(w.output)/\(Self.year)/\(quarterly ? "quarterly/" : "")\(base.replacingOccurrences(of: "_", with: "-")).csv"
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            let rows = text.split(separator: "\n").map { PublishedCSV.fields($0) }
            guard let header = rows.first, let period = header.firstIndex(of: "TIME_PERIOD"), let value = header.firstIndex(of: "OBS_VALUE") else {
                XCTFail("\(path) has no TIME_PERIOD or OBS_VALUE"); continue
            }
            for f in rows.dropFirst() {
                let dimensions = (period + 1..<value).map { "\(header[$0].lowercased())=\(f[$0])" }.joined(separator: ";")
                figures[Figure(table: of.name, period: f[period], dimensions: dimensions)] = number(f[value])
            }
        }
        return figures
    }

    /// The figures whose value differs between two releases' files, or that only one of them has.
    static func revisions(_ before: [Figure: Decimal?], _ after: [Figure: Decimal?]) -> Set<Revision> {
        var changed = Set<Revision>()
        for key in Set(before.keys).union(after.keys) {
            let old = before[key] ?? nil, new = after[key] ?? nil
            if before[key] == nil || after[key] == nil || old != new {
                changed.insert(Revision(table: key.table, period: key.period, dimensions: key.dimensions, previous: old, value: new))
            }
        }
        return changed
    }

    private func number(_ s: String?) -> Decimal? { s.flatMap { $0.isEmpty ? nil : Decimal(string: $0) } }
}

extension Workdir {
    /// Moves every input file of July to December of `year` aside to `held`
    /// (a year published from its first six months); returns each with the folder it came from.
    func holdBackSecondHalf(of year: Int, to held: String) throws -> [(name: String, folder: String)] {
        try FileManager.default.createDirectory(atPath: held, withIntermediateDirectories: true)
        let late = (7...12).map { String(format: "-\(year)-%02d", $0) } + ["-\(year)-Q3", "-\(year)-Q4"]
        var moved: [(String, String)] = []
        for feed in try FileManager.default.contentsOfDirectory(atPath: input) {
            let folder = "\(input)/\(feed)/\(year)"
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where late.contains(where: name.contains) {
                try FileManager.default.moveItem(atPath: "\(folder)/\(name)", toPath: "\(held)/\(name)")
                moved.append((name, folder))
            }
        }
        return moved
    }
}
