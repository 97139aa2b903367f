import ArgumentParser
import Foundation
import MigstatCore

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Per year: up to date or not, what changed, quality status, last run.",
        discussion: """
        Compares each year's inputs, definitions, code lists and migstat's version with
        the manifest of its last publication, and the database with what is published
        (opened read-only), without processing or writing anything: what `migstat run`
        would do, as `migstat run --dry-run` shows it.

        Exit status, for monitoring (as `git diff --exit-code` does):
          0   every year up to date, in the database, quality ok
          5   some year needs a run (changed, never published, not in the database);
              the next `migstat run` does it
          3   some year's quality is failed on unchanged input: a run will not mend
              it; act on the causes shown (ask the agency to re-send a file)
          4   the database cannot be read (server down, damaged file)
          2   a run would refuse: a year given with --year has no input, a feed's
              files went missing, or the input folder holds no feed folder
          1   anything else (the message says what)
        When several hold, the lowest line of this list wins: 2 over 4 over 3 over 5.

        Examples:
          migstat status
          migstat status --year 2003
          migstat status --format json      one JSON object, for scripts
        """)

    @Option(name: .customLong("year"), help: ArgumentHelp(
        "Year to show (repeatable). Default: every year with input or published output.", valueName: "yyyy"))
    var years: [Int] = []

    @Option(help: ArgumentHelp("text (a line per year) or json (one object: exit_status, database, years).", valueName: "text|json"))
    var format = "text"

    @OptionGroup var common: CommonOptions

    func validate() throws {
        guard format == "text" || format == "json" else { throw ValidationError("--format must be text or json") }
        for y in years where !(1900...2100).contains(y) { throw ValidationError("--year \(y) is not a plausible reporting year") }
    }

    func run() throws {
        let pipeline = try common.makePipeline()
        let report = try StatusReport(pipeline: pipeline, years: years.isEmpty ? nil : years.sorted())
        if format == "json" { print(try report.json()) } else { report.printText() }
        if report.exitStatus != 0 { throw ExitStatus(code: report.exitStatus) }
    }
}
