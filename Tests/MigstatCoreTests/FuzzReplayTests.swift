import Foundation
import XCTest

/// Every committed fuzz seed and finding (Tests/Fuzz/corpus/<harness>/) runs
/// through its harness on every test run: a crash found once stays a test.
/// The harnesses are plain executables here (no libFuzzer), built beside this bundle.
final class FuzzReplayTests: XCTestCase {
    func testEveryCorpusInputRunsThroughItsHarness() throws {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if dir.lastPathComponent.hasSuffix(".xctest") { dir = dir.deletingLastPathComponent() }
        for name in ["csv", "xml", "definitions", "numbers", "html"] {
            let harness = [dir, dir.deletingLastPathComponent()].map { $0.appendingPathComponent("fuzz-\(name)") }
                .first { FileManager.default.isExecutableFile(atPath: $0.path) }
            let exe = try XCTUnwrap(harness, "fuzz-\(name) not built beside the tests")
            let corpus = repositoryRoot.appendingPathComponent("Tests/Fuzz/corpus/\(name)").path
            let p = Process()
            p.executableURL = exe
            p.arguments = [corpus]
            // Leak-checked under `make test-asan`, though the runner itself is not.
            p.environment = ProcessInfo.processInfo.environment.merging(["ASAN_OPTIONS": "detect_leaks=1"]) { $1 }
            let out = Pipe()
            p.standardOutput = out
            try p.run()
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            XCTAssertEqual(p.terminationStatus, 0, "\(name): \(text)")
            let count = Int(text.split(separator: " ").dropFirst().first ?? "") ?? 0
            XCTAssertGreaterThan(count, 0, "\(name): \(text)")
        }
    }
}
