import Foundation
@testable import MigstatCore
import XCTest

/// Normalise settles every record read: its fate, its file and line. The fates
/// added up are exactly the counts quality.json publishes.
final class RecordFateTests: XCTestCase {
    /// A fate's index (the staged provenance is looked up by it) is its place in `allCases`.
    func testAFatesIndexIsItsPlace() {
        for (place, fate) in NormaliseContext.Fate.allCases.enumerated() { XCTAssertEqual(fate.index, place, fate.rawValue) }
    }

    private func check(input: URL, years: [Int]) throws {
        let s = Scratch()
        try FileManager.default.removeItem(at: s.root)
        try FileManager.default.createDirectory(at: s.root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: input, to: s.root.appendingPathComponent("input"))
        let workspace = Workspace(input: s.input, output: s.output)
        for year in years {
            try s.run(year: year)
            let quality = try s.quality(year)
            for (feed, q) in quality.feeds {
                let text = try String(contentsOfFile: workspace.records(year, feed), encoding: .utf8)
                let lines = text.split(separator: "\n").filter { !$0.hasPrefix("\\S") }
                var byFate: [String: Int] = [:], byReason: [String: Int] = [:]
                var places = Set<String>()
                for line in lines {
                    let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                    let table = try XCTUnwrap(FeedRegistry.plugin(feed)?.recordTables.first { $0.name == f[4] }, String(line))
                    XCTAssertEqual(f.count, 5 + table.columns.count, String(line))
                    if f[2] == "accepted" {
                        XCTAssertFalse(f[5].isEmpty, "\(feed) \(year): an accepted record without its id: \(line)")
                    }
                    let file = try XCTUnwrap(Int(f[0])), at = try XCTUnwrap(Int(f[1]))
                    XCTAssertEqual(q.files[file].status, "read", "\(feed) \(year): a record of a file not read")
                    XCTAssertGreaterThan(at, 0)
                    XCTAssertTrue(places.insert("\(file):\(at)").inserted, "\(feed) \(year): \(file):\(at) settled twice")
                    byFate[f[2], default: 0] += 1
                    if f[2] == "rejected" {
                        byReason[f[3], default: 0] += 1
                        XCTAssertNotNil(RejectReason(rawValue: f[3]), "\(feed) \(year): a reason FEEDS.md does not name: \(f[3])")
                    } else {
                        XCTAssertEqual(f[3], "", "\(feed) \(year): only a reject has a reason")
                    }
                }
                let r = q.records
                XCTAssertEqual(lines.count, r.read, "\(feed) \(year)")
                XCTAssertEqual(byFate["accepted"] ?? 0, r.accepted, "\(feed) \(year)")
                XCTAssertEqual(byFate["rejected"] ?? 0, r.rejected, "\(feed) \(year)")
                XCTAssertEqual(byFate["duplicate"] ?? 0, r.duplicates, "\(feed) \(year)")
                XCTAssertEqual(byFate["superseded"] ?? 0, r.superseded, "\(feed) \(year)")
                XCTAssertEqual(byFate["cancelled"] ?? 0, r.cancelled, "\(feed) \(year)")
                XCTAssertEqual(byFate["excluded"] ?? 0, r.excluded, "\(feed) \(year)")
                XCTAssertEqual(byReason, q.rejectedByReason, "\(feed) \(year)")
            }
        }
    }

    func testTheSampleYearsFatesAddUpToItsQuality() throws {
        try check(input: repositoryRoot.appendingPathComponent("Tests/Fixtures/samples/input"), years: [2003])
    }

    func testTheDemoYearsFatesAddUpToTheirQuality() throws {
        try check(input: repositoryRoot.appendingPathComponent("input"), years: [2001, 2002, 2003])
    }
}
