@testable import MigstatCore
import XCTest

/// What the pipelines folder holds besides feed definitions.
final class PipelineFolderTests: XCTestCase {
    func testTheProgrammesTargetsAreNoFeedDefinition() throws {
        let s = Scratch()
        let source = URL(fileURLWithPath: pipelinesDir).resolvingSymlinksInPath().path
        let pipelines = s.root.appendingPathComponent("pipelines").path
        try FileManager.default.createDirectory(atPath: pipelines, withIntermediateDirectories: true)
        for name in ["codelists", "migstat.yaml", "repatriates.yaml"] {
            try FileManager.default.copyItem(atPath: "\(source)/\(name)", toPath: "\(pipelines)/\(name)")
        }
        try "population_targets:\n  2003: 525.0\n".write(toFile: "\(pipelines)/programme.yaml", atomically: true, encoding: .utf8)
        let config = try PipelineConfig.load(directory: pipelines)
        XCTAssertEqual(config.definitions.keys.sorted(), ["repatriates"])
        XCTAssertFalse(config.definitionFiles.contains { $0.hasSuffix("programme.yaml") },
                       "the targets shape no year's statistics: a new target reprocesses no year")
    }
}
