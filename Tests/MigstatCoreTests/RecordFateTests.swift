import Foundation
@testable import MigstatCore
import XCTest

/// Normalise settles every record read: its fate, its file and line. The fates
/// added up are exactly the counts quality.json publishes.
final class RecordFateTests: XCTestCase {
    /// A fate's index (the staged provenance is looked up by it) is its place in `allCases`.
    func testAFatesIndexIsItsPlace() {
        for (place, fate) in Fate.allCases.enumerated() { XCTAssertEqual(fate.index, place, fate.rawValue) }
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
                let reader = try StagingReader(path: workspace.records(year, feed))
                var lines: [RecordLine] = []
                while let fields = try reader.next() { lines.append(try XCTUnwrap(RecordLine(staged: fields), "\(feed) \(year): \(fields)")) }
                var byFate: [String: Int] = [:], byReason: [String: Int] = [:]
                var places = Set<String>()
                for line in lines {
                    let table = try XCTUnwrap(FeedRegistry.plugin(feed)?.recordTables.first { $0.name == line.table }, "\(line)")
                    XCTAssertEqual(line.values.count, table.columns.count, "\(line)")
                    if line.fate == .accepted {
                        XCTAssertFalse(line.values[0].isEmpty, "\(feed) \(year): an accepted record without its id: \(line)")
                    }
                    XCTAssertEqual(q.files[line.file].status, "read", "\(feed) \(year): a record of a file not read")
                    XCTAssertGreaterThan(line.line, 0)
                    XCTAssertTrue(places.insert("\(line.file):\(line.line)").inserted, "\(feed) \(year): \(line.file):\(line.line) settled twice")
                    byFate[line.fate.rawValue, default: 0] += 1
                    if let reason = line.reason { byReason[reason.rawValue, default: 0] += 1 }
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
