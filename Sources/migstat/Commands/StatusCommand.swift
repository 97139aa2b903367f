import ArgumentParser
import Foundation
import MigstatCore

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Per year: up to date or not, what changed, quality status, last run.",
        discussion: """
        Compares each year's inputs, definitions, code lists and migstat's version with
        the manifest of its last publication, without processing anything.

        Example: migstat status --year 2003
        """)

    @OptionGroup var year: YearOptions
    @OptionGroup var common: CommonOptions

    func run() throws {
        let pipeline = try common.makePipeline()
        let ws = pipeline.workspace
        let years = year.years.isEmpty ? Array(Set(pipeline.inputYears + ws.publishedYears())).sorted() : year.years.sorted()
        for y in years {
            let reasons = try ChangeDetector.reasons(year: y, config: pipeline.config, workspace: ws)
            let quality = FileManager.default.contents(atPath: "\(ws.published(y))/quality.json")
                .flatMap { try? JSONDecoder().decode(QualityReport.self, from: $0) }?.status ?? "-"
            let last = LastRun.read(ws, y)
            let when = last.map { $0.finished ?? "\($0.started) (did not finish)" } ?? "never"
            let state = reasons.isEmpty ? "up to date" : "needs a run"
            print("\(y)  \(state.padding(toLength: 11, withPad: " ", startingAt: 0))  quality \(quality.padding(toLength: 6, withPad: " ", startingAt: 0))  last run \(when)")
            for r in reasons { print("      \(r)") }
        }
    }
}
