@testable import MigstatCore
import XCTest

/// What the pipelines folder holds besides feed definitions.
final class PipelineFolderTests: XCTestCase {
    func testTheProgrammesTargetsAreNoFeedDefinition() throws {
        let s = Scratch()
        let pipelines = try pipelinesFolder(in: s, with: ["codelists", "migstat.yaml", "repatriates.yaml"])
        try "population_targets:\n  2003: 525.0\n".write(toFile: "\(pipelines)/programme.yaml", atomically: true, encoding: .utf8)
        let config = try PipelineConfig.load(directory: pipelines)
        XCTAssertEqual(config.definitions.keys.sorted(), ["repatriates"])
        XCTAssertFalse(config.definitionFiles.contains { $0.hasSuffix("programme.yaml") },
                       "the targets shape no year's statistics: a new target reprocesses no year")
    }
}

/// migstat.yaml may name the database with a password in its URL: a typo
/// beside it is reported by line and column, the line itself never quoted.
final class SettingsErrorTests: XCTestCase {
    func testABrokenSettingsFileNamesTheLineButNotItsText() throws {
        let s = Scratch()
        let pipelines = try pipelinesFolder(in: s, with: ["codelists", "repatriates.yaml"])
        for broken in ["ref_area: KZ-71\ndatabase: \"postgresql://loader:s3cretpw@db.example/migstat\n",
                       "ref_area: KZ-71\ndatabase: postgresql://loader:s3cretpw@db.example/migstat\n  bad: [\n",
                       "ref_area: KZ-71\ndatabase: postgresql://loader:s3cretpw@db.example/migstat\n\tcodelists: codelists\n"] {
            try broken.write(toFile: "\(pipelines)/migstat.yaml", atomically: true, encoding: .utf8)
            XCTAssertThrowsError(try PipelineConfig.load(directory: pipelines)) { error in
                let message = String(describing: error)
                XCTAssertTrue(message.contains("migstat.yaml is not valid: line "), message)
                XCTAssertFalse(message.contains("s3cretpw"), "the password reached the message: \(message)")
            }
        }
    }
}

/// A pipelines folder in `scratch` holding copies of these files of the repository's.
func pipelinesFolder(in scratch: Scratch, with names: [String]) throws -> String {
    let source = URL(fileURLWithPath: pipelinesDir).resolvingSymlinksInPath().path
    let pipelines = scratch.root.appendingPathComponent("pipelines").path
    try FileManager.default.createDirectory(atPath: pipelines, withIntermediateDirectories: true)
    for name in names { try FileManager.default.copyItem(atPath: "\(source)/\(name)", toPath: "\(pipelines)/\(name)") }
    return pipelines
}
