import Foundation
import XCTest

/// Runs the real `migstat` binary, as cron and the analysts do.
enum Harness {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = repository.appendingPathComponent("Tests/Fixtures/samples")
    static let pipelines = repository.appendingPathComponent("pipelines").path

    /// The migstat binary beside the test bundle (`.build/<config>/`).
    static let binary: URL = {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if dir.lastPathComponent.hasSuffix(".xctest") { dir = dir.deletingLastPathComponent() }
        for candidate in [dir, dir.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("migstat")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return repository.appendingPathComponent(".build/debug/migstat")
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func process(_ args: [String], environment: [String: String] = [:]) -> (Process, Pipe, Pipe) {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        return (p, out, err)
    }

    @discardableResult
    static func run(_ args: [String], environment: [String: String] = [:]) throws -> Result {
        let (p, out, err) = process(args, environment: environment)
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    /// Starts a run that stops at `point` (MIGSTAT_PAUSE_AT) and returns once it has got there.
    static func startPaused(_ args: [String], at point: String, timeout: TimeInterval = 120) throws -> Process {
        let (p, _, err) = process(args, environment: ["MIGSTAT_PAUSE_AT": point])
        try p.run()
        var seen = Data()
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen.append(chunk)
            if String(decoding: seen, as: UTF8.self).contains("paused at \(point)") { return p }
        }
        p.terminate()
        throw NSError(domain: "harness", code: 1, userInfo: [NSLocalizedDescriptionKey: "run never paused at \(point): \(String(decoding: seen, as: UTF8.self))"])
    }

    static func kill9(_ p: Process) {
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
    }
}

/// A scratch folder with a copy of some input and an output folder.
final class Workdir {
    let root: URL
    var input: String { root.appendingPathComponent("input").path }
    var output: String { root.appendingPathComponent("output").path }

    init(copying input: URL) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("migstat-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: input, to: root.appendingPathComponent("input"))
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    var args: [String] { ["--input", input, "--output", output, "--pipelines", Harness.pipelines] }

    /// Every published file (staging and lock excluded) → its bytes.
    func snapshot() -> [String: Data] {
        var out: [String: Data] = [:]
        let files = FileManager.default.enumerator(atPath: output)?.allObjects as? [String] ?? []
        for f in files where !f.hasPrefix(".staging") && !f.hasPrefix(".lock") {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: "\(output)/\(f)", isDirectory: &isDir), !isDir.boolValue {
                out[f] = FileManager.default.contents(atPath: "\(output)/\(f)")
            }
        }
        return out
    }

    func modificationTimes() -> [String: Date] {
        snapshot().keys.reduce(into: [:]) { times, f in
            times[f] = (try? FileManager.default.attributesOfItem(atPath: "\(output)/\(f)"))?[.modificationDate] as? Date
        }
    }
}
