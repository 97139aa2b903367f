import Foundation

/// A published year's quality as its quality.json says, with what an
/// operator acts on when it failed: the files quarantined or not readable and
/// the checks that failed. Read by the run (a failed year on unchanged input
/// is reported, not rebuilt), `run --dry-run` and `status`.
public struct PublishedQuality: Sendable {
    /// `ok` or `failed`.
    public let status: String
    /// `path: quarantined (message)`, `check failed: name`, ...
    public let causes: [String]
    let failedChecks: [String]

    /// nil when the year has no readable quality.json.
    public static func read(_ year: Int, _ workspace: Workspace) -> PublishedQuality? {
        guard let data = FileManager.default.contents(atPath: "\(workspace.published(year))/quality.json"),
              let quality = try? JSONDecoder().decode(QualityReport.self, from: data) else { return nil }
        var causes: [String] = []
        for (_, feed) in quality.feeds.sorted(by: { $0.key < $1.key }) {
            for f in feed.files where f.status == "quarantined" || (f.status == "ignored" && f.error != nil) {
                causes.append("\(f.path): \(f.status) (\(f.error ?? ""))")
            }
        }
        let failedChecks = quality.checks.filter { !$0.passed }.map(\.name)
        causes += failedChecks.map { "check failed: \($0)" }
        return PublishedQuality(status: quality.status, causes: causes, failedChecks: failedChecks)
    }
}
