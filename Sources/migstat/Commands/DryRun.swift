import Foundation
import MigstatCore

/// `migstat run --dry-run`: the run's own plan (`RunPlan`), printed instead of
/// followed. Nothing is written: no lock file, no staging, no database row
/// (the database is opened read-only, and only when it exists).
enum DryRun {
    static func show(_ pipeline: Pipeline, output: String, years: [Int]?, force: Bool) throws {
        let lock = try RunLock.shared(outputRoot: output)   // not half-way through a run's writes
        let candidates = try pipeline.checkedYears(years)
        let glance = pipeline.glanceDatabase()
        let plan = try pipeline.guardedPlan(years: candidates, force: force, glance: glance)
        withExtendedLifetime(lock) {}
        for p in plan {
            let (word, why): (String, [String]) = p.refusal.map { ("refused", [$0]) } ?? {
                switch p.action {
                case .process: return ("process", p.reasons.isEmpty ? ["--force"] : p.reasons)
                case .load: return ("load", p.reasons)
                case .skip:
                    let quality = PublishedQuality.read(p.year, pipeline.workspace)
                    guard let quality, quality.status != "ok" else { return ("skip", ["up to date"]) }
                    return ("skip", ["up to date; quality \(quality.status) on unchanged input, not rebuilt (exit 3)"] + quality.causes)
                }
            }()
            print("\(p.year)  \(word.padding(toLength: 8, withPad: " ", startingAt: 0)) \(why.first ?? "")")
            for line in why.dropFirst() { print("                \(line)") }
        }
        if let problem = glance.problem { print("database \(pipeline.database): cannot be read: \(problem)") }
        let refused = plan.contains { $0.refusal != nil }
        print(refused ? "a run would refuse (exit 2) and write nothing"
              : plan.contains { $0.action != .skip } ? "then output/summary/ and the report follow the published years"
              : "nothing to do")
        if refused { throw ExitStatus(code: 2) }
    }
}
