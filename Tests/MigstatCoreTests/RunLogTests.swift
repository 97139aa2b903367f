import Foundation
import Logging
@testable import MigstatCore
import XCTest

/// What a run tells the IT staff, as typed metadata: counts and years are
/// numbers, lists are lists, and a failed year left unbuilt names what to act on.
final class RunLogTests: XCTestCase {
    private func pipeline(_ s: Scratch, _ log: LogRecorder) throws -> Pipeline {
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Tests/Fixtures/samples/input"),
                                         to: s.root.appendingPathComponent("input"))
        var p = Pipeline(config: try PipelineConfig.load(directory: pipelinesDir),
                         workspace: Workspace(input: s.input, output: s.output), logger: log.logger)
        p.jobs = 2
        return p
    }

    private func int(_ v: Logger.MetadataValue?) -> Int? {
        if case .stringConvertible(let n as Int)? = v { return n }
        return nil
    }

    func testEachFeedLogsItsCountsAsNumbers() throws {
        let s = Scratch(), log = LogRecorder()
        _ = try pipeline(s, log).run(years: nil, force: false)
        let normalised = log.entries("normalised")
        XCTAssertEqual(Set(normalised.compactMap { $0.metadata["feed"]?.description }), Set(FeedRegistry.known))
        let quality = try s.quality(2003)
        for entry in normalised {
            let feed = try XCTUnwrap(entry.metadata["feed"]?.description)
            XCTAssertEqual(int(entry.metadata["year"]), 2003)
            XCTAssertEqual(int(entry.metadata["read"]), quality.feeds[feed]?.records.read, feed)
            XCTAssertEqual(int(entry.metadata["rejected"]), quality.feeds[feed]?.records.rejected, feed)
        }
        let quarantined = try XCTUnwrap(log.entries("file quarantined").first)
        XCTAssertEqual(quarantined.level, .warning)
        XCTAssertEqual(quarantined.metadata["file"]?.description, "police-registrations/2003/registrations-2003-12.xml")
    }

    func testAFailedYearOnUnchangedInputIsNamedWithWhatToActOn() throws {
        let s = Scratch(), log = LogRecorder()
        let p = try pipeline(s, log)
        _ = try p.run(years: nil, force: false)
        let before = log.entries.count
        let night = try p.run(years: nil, force: false)
        XCTAssertEqual(night.processed.count, 0, "not rebuilt")
        XCTAssertEqual(night.unchangedFailures.map(\.year), [2003])
        let tonight = log.entries.dropFirst(before)
        XCTAssertFalse(tonight.contains { $0.message == "year done" }, "nothing processed")
        let warning = try XCTUnwrap(tonight.first { $0.message == "quality failed, input unchanged: not rebuilt" })
        XCTAssertEqual(warning.level, .warning)
        XCTAssertEqual(int(warning.metadata["year"]), 2003)
        guard case .array(let causes)? = warning.metadata["act_on"] else { return XCTFail("act_on is a list") }
        XCTAssertTrue(causes.contains { $0.description.hasPrefix("police-registrations/2003/registrations-2003-12.xml: quarantined") },
                      "\(causes)")
    }
}
