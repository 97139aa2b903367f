@testable import MigstatCore
import XCTest

/// A statistics table built from two feeds: a plugin that `reads` other feeds
/// gets their tables of the same year, built before its own.
final class CrossFeedTableTests: XCTestCase {
    private func plugin(_ name: String, reads: [String] = []) -> FeedPlugin {
        var p = FeedPlugin(name: name, statisticsFile: "\(name).csv", makeRules: { _ in fatalError("not used") },
                           aggregate: { _, _ in fatalError("not used") }, statisticsColumns: ([], []), recordTables: [])
        p.reads = reads
        return p
    }

    /// A part named by its seal, so the test sees which part went where.
    private func part(_ name: String) -> AggregateStage.FeedPart {
        AggregateStage.FeedPart(files: [], tally: RecordTally(), seal: name)
    }

    func testAFeedIsBuiltAfterTheFeedsItReadsAndGetsTheirParts() throws {
        // In name order a reads c, which reads b; d reads a feed this configuration lacks.
        let feeds = [("a", plugin("a", reads: ["c"])), ("b", plugin("b")), ("c", plugin("c", reads: ["b"])),
                     ("d", plugin("d", reads: ["absent"]))]
        for jobs in [1, 2] {
            let lock = NSLock()
            var order: [String] = [], given: [String: [String]] = [:]
            let parts = try AggregateStage.orderedParts(feeds.map { ($0.0, $0.1) }, built: [:], jobs: jobs) { i, reading in
                lock.withLock {
                    order.append(feeds[i].0)
                    given[feeds[i].0] = reading.keys.sorted()
                    XCTAssertEqual(reading.values.map(\.seal).sorted(), reading.keys.sorted(), "each input is its own feed's part")
                }
                return self.part(feeds[i].0)
            }
            XCTAssertEqual(parts.map(\.seal), ["a", "b", "c", "d"], "parts come back in the feeds' order")
            XCTAssertEqual(given, ["a": ["c"], "b": [], "c": ["b"], "d": []])
            XCTAssertLessThan(order.firstIndex(of: "b")!, order.firstIndex(of: "c")!)
            XCTAssertLessThan(order.firstIndex(of: "c")!, order.firstIndex(of: "a")!)
        }
    }

    func testAPartBuiltEarlierIsUsedAndHandedOn() throws {
        let feeds = [("a", plugin("a", reads: ["b"])), ("b", plugin("b"))]
        var made: [String] = []
        let parts = try AggregateStage.orderedParts(feeds.map { ($0.0, $0.1) }, built: ["b": part("b, built early")], jobs: 1) { i, reading in
            made.append(feeds[i].0)
            XCTAssertEqual(reading["b"]?.seal, "b, built early")
            return self.part(feeds[i].0)
        }
        XCTAssertEqual(made, ["a"])
        XCTAssertEqual(parts.map(\.seal), ["a", "b, built early"])
    }

    func testFeedsThatReadEachOtherAreADefinitionError() {
        let feeds = [("a", plugin("a", reads: ["b"])), ("b", plugin("b", reads: ["a"])), ("c", plugin("c", reads: ["c"]))]
        XCTAssertThrowsError(try AggregateStage.orderedParts(feeds.map { ($0.0, $0.1) }, built: [:], jobs: 1) { i, _ in
            self.part(feeds[i].0)
        }) { error in
            guard case MigstatError.configuration(let message) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains("a, b, c"), message)
        }
    }

    func testAnotherFeedsValueIsFoundByColumnName() {
        var table = SDMXTable(id: "T", dimensions: [("FLOW", .enumerated(["ARR", "DEP"])), ("GROUP", .byteOrder)],
                              attributes: ["COVERAGE"])
        table.add(["ARR", "_T"], "7", ["12"])
        table.add(["DEP", "_T"], "5", ["12"])
        table.add(["ARR", "X"], "3", ["12"])
        let s = FeedStatistics(feed: "f", coverage: 12, table: table)
        XCTAssertEqual(s.value(["FLOW": "DEP"]), "5", "a dimension not named is _T")
        XCTAssertEqual(s.value(["GROUP": "X", "FLOW": "ARR"]), "3")
        XCTAssertNil(s.value(["FLOW": "DEP", "GROUP": "X"]))
    }
}
