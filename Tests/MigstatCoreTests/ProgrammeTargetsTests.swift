@testable import MigstatCore
import XCTest

/// pipelines/programme.yaml: the population targets the §6 outlook shows.
final class ProgrammeTargetsTests: XCTestCase {
    private func load(_ yaml: String?) throws -> [Int: ProgrammeTargets.Target] {
        let s = Scratch()
        if let yaml { try yaml.write(toFile: "\(s.root.path)/programme.yaml", atomically: true, encoding: .utf8) }
        return try ProgrammeTargets.load(pipelines: s.root.path)
    }

    func testTheRepositorysTargets() throws {
        XCTAssertEqual(try ProgrammeTargets.load(pipelines: pipelinesDir),
                       [2003: .value("525.0"), 2004: .value("540.0"), 2005: .range("550.0", "600.0")])
    }

    func testOneNumberOrARangeWrittenWithOnePlace() throws {
        XCTAssertEqual(try load("population_targets:\n  2004: 540\n  2005: [550, 600.04]\n"),
                       [2004: .value("540.0"), 2005: .range("550.0", "600.0")])
        XCTAssertEqual(try load(nil), [:], "no programme file: no targets")
    }

    func testATargetThatIsNoneIsAnErrorNamingTheFile() {
        for yaml in ["population_targets:\n  2004: lots\n", "population_targets:\n  2005: [600, 550]\n",
                     "population_targets:\n  2005: [550]\n", "population_targets:\n  next: 540\n", "targets: {}\n",
                     "population_targets:\n  2004: -540\n", "population_targets: [\n"] {
            XCTAssertThrowsError(try load(yaml), yaml) { error in
                XCTAssertTrue("\(error)".contains("programme.yaml") && "\(error)".contains("population_targets"), "\(error)")
            }
        }
    }
}
