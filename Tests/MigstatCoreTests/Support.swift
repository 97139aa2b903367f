import Foundation
import Logging
@testable import MigstatCore
import XCTest

/// The repository checkout, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let pipelinesDir = repositoryRoot.appendingPathComponent("pipelines").path

let quietLogger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }

/// A throwaway input/output pair with the repository's pipeline definitions.
final class Scratch {
    let root: URL
    var input: String { root.appendingPathComponent("input").path }
    var output: String { root.appendingPathComponent("output").path }

    init() {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("migstat-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Writes `input/<feed>/<year>/<name>`.
    func write(_ feed: String, _ year: Int, _ name: String, _ data: Data) {
        let dir = root.appendingPathComponent("input/\(feed)/\(year)")
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try! data.write(to: dir.appendingPathComponent(name))
    }

    func write(_ feed: String, _ year: Int, _ name: String, _ text: String) {
        write(feed, year, name, Data(text.utf8))
    }

    @discardableResult
    func run(year: Int, pipelines: String = pipelinesDir) throws -> AggregateStage.YearResult? {
        let config = try PipelineConfig.load(directory: pipelines)
        return try Pipeline(config: config, workspace: Workspace(input: input, output: output), logger: quietLogger).run(year: year)
    }

    func quality(_ year: Int) throws -> QualityReport {
        try JSONDecoder().decode(QualityReport.self, from: Data(contentsOf: URL(fileURLWithPath: "\(output)/\(year)/quality.json")))
    }

    func text(_ relative: String) -> String? {
        try? String(contentsOfFile: "\(output)/\(relative)", encoding: .utf8)
    }

    /// The CSV rows (header dropped) of a statistics file, as arrays of fields.
    func rows(_ relative: String) -> [[String]] {
        (text(relative) ?? "").split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    /// OBS_VALUE of the row whose dimension columns (after TIME_PERIOD) start with `dims`.
    func value(_ relative: String, _ dims: [String]) -> String? {
        rows(relative).first { Array($0[3..<(3 + dims.count)]) == dims && $0.count > 3 + dims.count }.map { $0[3 + dims.count] }
    }
}
