import ArgumentParser
import MigstatCore

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Extract, normalise and aggregate: the whole pipeline.",
        discussion: """
        With no --year, processes every year found under the input folder.

        Examples:
          migstat run                      every year
          migstat run --year 2003          one year
          migstat run --input /data/in --output /data/out --log-format json
        """)

    @OptionGroup var year: YearOptions
    @OptionGroup var common: CommonOptions

    func run() throws {
        let pipeline = try common.makePipeline()
        let lock = try RunLock(outputRoot: common.output)
        let years = year.years.isEmpty ? pipeline.inputYears : year.years.sorted()
        if years.isEmpty { pipeline.logger.warning("no input years found", metadata: ["input": "\(common.input)"]) }
        var results: [AggregateStage.YearResult] = []
        for y in years {
            if let r = try pipeline.run(year: y) { results.append(r) }
        }
        try AggregateStage.rebuildSummary(workspace: pipeline.workspace)
        withExtendedLifetime(lock) {}
        try ExitStatus.check(results)
    }
}
