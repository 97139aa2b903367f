import Foundation
@testable import MigstatCore
import XCTest

/// The engine of checks against the previous year (`CrossYearChecks`), with a
/// plugin of its own: when a check applies, what it is given, what it records.
final class CrossYearChecksTests: XCTestCase {
    static let header = "DATAFLOW,REF_AREA,TIME_PERIOD,MEASURE,GROUP,OBS_VALUE,OBS_STATUS,COVERAGE\n"
    static func csv(year: Int, start: Int, end: Int) -> String {
        header + "X:T(1.0),KZ-71,\(year),START,_T,\(start),A,12\nX:T(1.0),KZ-71,\(year),END,_T,\(end),A,12\n"
            + "X:T(1.0),KZ-71,\(year),END,\"A,B\",7,A,12\n"
    }

    /// A plugin publishing `t.csv`, whose check compares this year's START with the previous year's END.
    static let plugin = FeedPlugin(
        name: "t", statisticsFile: "t.csv", makeRules: { _ in fatalError("not run") }, aggregate: { _, _ in fatalError("not run") },
        statisticsColumns: (["MEASURE", "GROUP"], ["OBS_STATUS", "COVERAGE"]), recordTables: [],
        previousYearChecks: [PreviousYearCheck(name: "t: start = previous end", feeds: ["t", "u"], reads: ["t.csv"]) { now, before in
            now["t.csv"]?.value(["MEASURE": "START"]) == before["t.csv"]?.value(["MEASURE": "END"])
        }])

    /// Publishes `year` as aggregate would: the file, quality.json with each feed's coverage, the manifest last.
    func publish(_ w: Workspace, year: Int, csv: String, coverage: [String: Int], listed: Bool = true) throws {
        let dir = w.published(year)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let feeds = coverage.mapValues {
            QualityReport.FeedQuality(coverageMonths: $0, files: [], records: .init(read: 0, accepted: 0, rejected: 0, duplicates: 0,
                                      superseded: 0, cancelled: 0, excluded: 0), rejectedByReason: [:], warningsByKind: [:])
        }
        let quality = try JSONFile.encode(QualityReport(year: year, status: "ok", feeds: feeds, checks: []))
        try quality.write(to: URL(fileURLWithPath: "\(dir)/quality.json"))
        try Data(csv.utf8).write(to: URL(fileURLWithPath: "\(dir)/t.csv"))
        let outputs = [Manifest.Entry(path: "\(year)/quality.json", size: nil, sha256: Hashing.sha256(quality))]
            + (listed ? [Manifest.Entry(path: "\(year)/t.csv", size: nil, sha256: Hashing.sha256(Data(csv.utf8)))] : [])
        let manifest = Manifest(tool: "migstat", version: "1", build: nil, year: year, status: "ok", configuration: [],
                                inputs: [], outputs: outputs)
        try JSONFile.encode(manifest).write(to: URL(fileURLWithPath: "\(dir)/manifest.json"))
    }

    func run(_ w: Workspace, start: Int) -> CrossYearChecks.Outcome {
        CrossYearChecks.run(year: 2003, plugins: [Self.plugin], current: ["t.csv": Data(Self.csv(year: 2003, start: start, end: 0).utf8)],
                            workspace: w)
    }

    func testAppliesWhenThePreviousYearIsPublishedWithTwelveMonthsOfItsFeeds() throws {
        let s = Scratch(), w = Workspace(input: s.input, output: s.output)
        let previous = Self.csv(year: 2002, start: 3, end: 41)
        try publish(w, year: 2002, csv: previous, coverage: ["t": 12, "u": 12, "other": 4])
        let agreeing = run(w, start: 41)
        XCTAssertEqual(agreeing.checks, [QualityCheck(name: "t: start = previous end", passed: true)])
        XCTAssertEqual(agreeing.readFrom, [Manifest.Entry(path: "2002/t.csv", size: nil, sha256: Hashing.sha256(Data(previous.utf8)))])
        XCTAssertEqual(run(w, start: 40).checks.map(\.passed), [false])
        XCTAssertEqual(CrossYearChecks.sources(year: 2003, plugins: [Self.plugin], publishing: ["t.csv"], workspace: w), agreeing.readFrom)
        XCTAssertEqual(CrossYearChecks.sources(year: 2003, plugins: [Self.plugin], publishing: ["other.csv"], workspace: w), [],
                       "a year that does not publish the plugin's file runs none of its checks")
    }

    func testSkippedAndNotListedOtherwise() throws {
        let s = Scratch(), w = Workspace(input: s.input, output: s.output)
        XCTAssertEqual(run(w, start: 41).checks, [], "no previous year")
        try publish(w, year: 2002, csv: Self.csv(year: 2002, start: 3, end: 41), coverage: ["t": 12, "u": 11])
        XCTAssertEqual(run(w, start: 41).checks, [], "11 months of one feed named")
        try publish(w, year: 2002, csv: Self.csv(year: 2002, start: 3, end: 41), coverage: ["t": 12])
        XCTAssertEqual(run(w, start: 41).checks, [], "a feed named is missing")
        try publish(w, year: 2002, csv: Self.csv(year: 2002, start: 3, end: 41), coverage: ["t": 12, "u": 12], listed: false)
        XCTAssertEqual(run(w, start: 41).checks, [], "the manifest does not list the file")
        try publish(w, year: 2002, csv: Self.csv(year: 2002, start: 3, end: 41), coverage: ["t": 12, "u": 12])
        try Data(Self.csv(year: 2002, start: 3, end: 40).utf8).write(to: URL(fileURLWithPath: "\(w.published(2002))/t.csv"))
        let edited = run(w, start: 40)
        XCTAssertEqual(edited.checks, [], "a file edited by hand is not the publication")
        XCTAssertEqual(edited.readFrom, [])
    }

    func testStatisticsReadBackByColumnName() {
        let t = PublishedStatistics(csv: Self.csv(year: 2002, start: 3, end: 41))
        XCTAssertEqual(t.value(["MEASURE": "START"]), "3", "a dimension not named is _T")
        XCTAssertEqual(t.value(["MEASURE": "END", "GROUP": "A,B"]), "7", "quoted fields")
        XCTAssertNil(t.value(["MEASURE": "MIDDLE"]))
        XCTAssertNil(PublishedStatistics(csv: "").value(["MEASURE": "START"]))
    }

    /// The field is written only when the year read another year's statistics:
    /// the manifests of every other year stay the bytes they were.
    func testManifestWithoutReadFromIsUnchanged() throws {
        let m = Manifest(tool: "migstat", version: "1", build: "b", year: 2003, status: "ok", configuration: [], inputs: [], outputs: [])
        let text = String(decoding: try JSONFile.encode(m), as: UTF8.self)
        XCTAssertFalse(text.contains("read_from"), text)
        var read = m
        read.readFrom = [Manifest.Entry(path: "2002/t.csv", size: nil, sha256: "ab")]
        let data = try JSONFile.encode(read)
        XCTAssertTrue(String(decoding: data, as: UTF8.self).contains("\"read_from\" : ["))
        XCTAssertEqual(try JSONDecoder().decode(Manifest.self, from: data), read)
    }
}
