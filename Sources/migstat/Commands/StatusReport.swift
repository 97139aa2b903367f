import Foundation
import MigstatCore

/// What `migstat status` shows: per year, the run's plan (`RunPlan`), the
/// published quality, the latest release with the quarters it covers, and
/// the last run; and the exit status a monitor reads.
struct StatusReport: Encodable {
    struct Year: Encodable {
        var year: Int
        /// `up to date`, `needs a run`, `no input` or `refused`.
        var state: String
        /// Why it needs a run, or why a run would refuse it.
        var reasons: [String]
        /// quality.json's status (`ok`, `failed`), nil when never published.
        var quality: String?
        /// What to act on when the quality failed.
        var qualityCauses: [String]
        /// The latest release (manifest.json) and its quarters with data; nil when never published.
        var release: PublishedRelease?
        var lastRunStarted: String?
        var lastRunFinished: String?
    }

    var exitStatus: Int32
    var database: String
    var databaseProblem: String?
    var years: [Year]

    init(pipeline: Pipeline, years requested: [Int]?) throws {
        try pipeline.checkInputFolder()
        let ws = pipeline.workspace
        let inputYears = Set(pipeline.inputYears)
        let candidates = requested ?? inputYears.union(ws.publishedYears()).sorted()
        let glance = pipeline.glanceDatabase()
        database = "\(pipeline.database)"
        databaseProblem = glance.problem
        self.years = try pipeline.guardedPlan(years: candidates, force: false, glance: glance).map { p in
            let quality = PublishedQuality.read(p.year, ws)
            let last = LastRun.read(ws, p.year)
            let published = FileManager.default.fileExists(atPath: "\(ws.published(p.year))/manifest.json")
            let state: String
            var reasons = p.reasons
            if let refusal = p.refusal {
                state = !inputYears.contains(p.year) && !published ? "no input" : "refused"
                reasons = [refusal]
            } else {
                state = p.action == .skip ? "up to date" : "needs a run"
            }
            return Year(year: p.year, state: state, reasons: reasons, quality: quality?.status,
                        qualityCauses: quality?.status == "ok" ? [] : quality?.causes ?? [],
                        release: PublishedRelease.read(p.year, ws), lastRunStarted: last?.started, lastRunFinished: last?.finished)
        }
        let states = Set(self.years.map(\.state))
        exitStatus = states.contains("no input") || states.contains("refused") ? 2
            : databaseProblem != nil ? 4
            : self.years.contains { $0.state == "up to date" && $0.quality != nil && $0.quality != "ok" } ? 3
            : states.contains("needs a run") ? 5 : 0
    }

    func printText() {
        for y in years {
            let when = y.lastRunStarted.map { started in y.lastRunFinished ?? "\(started) (did not finish)" } ?? "never"
            print("\(y.year)  \(y.state.padding(toLength: 11, withPad: " ", startingAt: 0))  quality \((y.quality ?? "-").padding(toLength: 6, withPad: " ", startingAt: 0))  last run \(when)")
            if let release = y.release { print("      \(Self.describe(release))") }
            for r in y.reasons { print("      \(r)") }
            for c in y.qualityCauses { print("      act on: \(c)") }
        }
        if let databaseProblem { print("database \(database) cannot be read: \(databaseProblem)") }
    }

    /// `release 2 of 2026-07-05T02:30:11Z: Q1 Q2 Q3 (provisional, 2 of 3 months)`.
    static func describe(_ release: PublishedRelease) -> String {
        let quarters = release.quarters.map { q in
            "Q\(q.quarter)" + (q.provisional ? " (provisional, \(q.coverageMonths) of 3 months)" : "")
        }
        return "release \(release.number) of \(release.publishedAt): "
            + (quarters.isEmpty ? "no quarter with data" : quarters.joined(separator: " "))
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
