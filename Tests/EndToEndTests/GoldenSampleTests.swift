import Foundation
import XCTest

/// `migstat run` over the shared sample year, checked byte for byte against the
/// statistics a correct pipeline publishes (`Tests/Fixtures/samples/expected`).
final class GoldenSampleTests: XCTestCase {
    /// Each feed's statistics file (STATISTICS.md).
    static let statisticsOf = ["migration-slips": "migration-flows.csv", "police-registrations": "foreign-registrations.csv",
                               "labour-quotas": "labour-quota.csv", "repatriates": "repatriates.csv",
                               "refugees": "refugees.csv", "population": "population.csv"]
    /// The feeds whose sample input the fixtures hold: the expected files and counts are compared for these.
    static var feeds: [String] {
        let input = Harness.fixtures.appendingPathComponent("input").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []).filter { statisticsOf[$0] != nil }.sorted()
    }
    static var statistics: [String] { feeds.map { statisticsOf[$0]! } }

    func testSampleYearMatchesTheExpectedStatisticsAndQuality() throws {
        let w = try Workdir(copying: Harness.fixtures.appendingPathComponent("input"))
        let result = try Harness.run(["run"] + w.args)
        XCTAssertEqual(result.status, 3, "the damaged police file fails the year: \(result.stderr)")
        let expected = Harness.fixtures.appendingPathComponent("expected/2003")
        for name in Self.statistics {
            let want = try Data(contentsOf: expected.appendingPathComponent(name))
            let got = FileManager.default.contents(atPath: "\(w.output)/2003/\(name)")
            XCTAssertEqual(got, want, "\(name) differs from the expected bytes")
        }
        let quality = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(w.output)/2003/quality.json"))) as! [String: Any]
        let counts = try JSONSerialization.jsonObject(with: Data(contentsOf: expected.appendingPathComponent("quality-counts.json"))) as! [String: Any]
        XCTAssertEqual(quality["status"] as? String, counts["status"] as? String)
        let gotFeeds = quality["feeds"] as! [String: [String: Any]]
        let wantFeeds = (counts["feeds"] as! [String: [String: Any]]).filter { Self.feeds.contains($0.key) }
        for (feed, want) in wantFeeds {
            let got = try XCTUnwrap(gotFeeds[feed], feed)
            for key in ["coverage_months", "records", "rejected_by_reason", "warnings_by_kind"] {
                XCTAssertEqual(got[key] as? NSObject, want[key] as? NSObject, "\(feed) \(key)")
            }
            let strip: ([String: Any]) -> [String: NSObject] = { f in
                f.filter { ["path", "sha256", "status", "records"].contains($0.key) }.mapValues { $0 as! NSObject }
            }
            XCTAssertEqual((got["files"] as! [[String: Any]]).map(strip), (want["files"] as! [[String: Any]]).map(strip), "\(feed) files")
        }
        // The checks across years that apply (STATISTICS.md): none for a lone year.
        let acrossYears = (quality["checks"] as! [[String: Any]]).filter { ($0["name"] as! String).contains("previous year") }
        XCTAssertEqual(acrossYears.map { $0 as NSDictionary }, (counts["checks"] as! [[String: Any]]).map { $0 as NSDictionary })
        let police = (gotFeeds["police-registrations"]!["files"] as! [[String: Any]]).first { ($0["status"] as? String) == "quarantined" }
        XCTAssertTrue((police?["error"] as? String)?.hasPrefix("line ") ?? false, "a quarantined file names the parser's line")

        let rejects = try String(contentsOfFile: "\(w.output)/2003/rejects.csv", encoding: .utf8)
        let rejected = wantFeeds.values.map { ($0["records"] as! [String: Int])["rejected"]! }.reduce(0, +)
        XCTAssertEqual(rejects.split(separator: "\n").count - 1, rejected, "one line per rejected record")
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(w.output)/2003/manifest.json"))) as! [String: Any]
        XCTAssertEqual((manifest["inputs"] as! [Any]).count, wantFeeds.values.map { ($0["files"] as! [Any]).count }.reduce(0, +))
        XCTAssertEqual(Set((manifest["outputs"] as! [[String: Any]]).map { $0["path"] as! String }),
                       Set((Self.statistics + Self.statistics.map { "quarterly/\($0)" } + ["quality.json", "rejects.csv"]).map { "2003/\($0)" }))
        for name in Self.statistics {
            XCTAssertEqual(FileManager.default.contents(atPath: "\(w.output)/summary/\(name)"),
                           FileManager.default.contents(atPath: "\(w.output)/2003/\(name)"), "one year: summary = the year")
        }
    }

    func testRerunOverUnchangedInputIsByteIdentical() throws {
        let w = try Workdir(copying: Harness.fixtures.appendingPathComponent("input"))
        try Harness.run(["run"] + w.args)
        let first = w.snapshot()
        XCTAssertEqual(try Harness.run(["run", "--year", "2003", "--force"] + w.args).status, 3)
        XCTAssertEqual(w.snapshot(), first)
        let times = w.modificationTimes()
        let night = try Harness.run(["run", "--log-format", "text"] + w.args)
        XCTAssertEqual(night.status, 3, "a failed year is reported every night")
        XCTAssertTrue(night.stderr.contains("quality failed, input unchanged: not rebuilt"), night.stderr)
        XCTAssertTrue(night.stderr.contains("police-registrations/2003/registrations-2003-12.xml: quarantined"), night.stderr)
        XCTAssertEqual(w.snapshot(), first)
        XCTAssertEqual(w.modificationTimes(), times, "and not rebuilt")
    }

    func testStagesRunAloneGiveTheSameResult() throws {
        let w = try Workdir(copying: Harness.fixtures.appendingPathComponent("input"))
        for stage in ["extract", "normalise", "aggregate"] {
            let r = try Harness.run([stage, "--year", "2003"] + w.args)
            XCTAssertEqual(r.status, stage == "aggregate" ? 3 : 0, "\(stage): \(r.stderr)")
        }
        let staged = w.snapshot()
        let v = try Workdir(copying: Harness.fixtures.appendingPathComponent("input"))
        try Harness.run(["run"] + v.args)
        XCTAssertEqual(staged, v.snapshot())
    }

    /// Feeds run side by side write only their own files: one core or two, the
    /// same bytes, for the sample year (a quarantined file among them) and the
    /// bundled demo years; and the stage commands take --jobs as well.
    func testOneJobAndTwoJobsPublishTheSameBytes() throws {
        for input in [Harness.fixtures.appendingPathComponent("input"), Harness.repository.appendingPathComponent("input")] {
            var snapshots: [[String: Data]] = []
            for jobs in ["1", "2"] {
                let w = try Workdir(copying: input)
                let r = try Harness.run(["run", "--jobs", jobs, "--database", "none"] + w.args)
                XCTAssertTrue([0, 3].contains(r.status), "\(input.path) --jobs \(jobs): \(r.stderr)")
                snapshots.append(w.snapshot())
            }
            XCTAssertGreaterThan(snapshots[0].count, 4, "\(input.path): statistics published")
            XCTAssertEqual(snapshots[0], snapshots[1], "\(input.path): --jobs 1 and --jobs 2 differ")
        }
        let w = try Workdir(copying: Harness.fixtures.appendingPathComponent("input"))
        for stage in ["extract", "normalise", "aggregate"] {
            XCTAssertEqual(try Harness.run([stage, "--year", "2003", "--jobs", "2"] + w.args).status, stage == "aggregate" ? 3 : 0)
        }
        let v = try Workdir(copying: Harness.fixtures.appendingPathComponent("input"))
        try Harness.run(["run", "--jobs", "1"] + v.args)
        XCTAssertEqual(w.snapshot(), v.snapshot(), "stages alone with two jobs = a whole run with one")
        XCTAssertEqual(try Harness.run(["run", "--jobs", "0"] + w.args).status, 2, "--jobs 0 is a usage error")
    }
}
