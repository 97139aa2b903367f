import Foundation
import XCTest

/// Runs the real `migstat` binary, as cron and the analysts do.
enum Harness {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = repository.appendingPathComponent("Tests/Fixtures/samples")
    static let pipelines = repository.appendingPathComponent("pipelines").path

    /// The binary that ships: the release build (`make test` builds it first), or
    /// `MIGSTAT_BINARY` (the sanitizer run points it at its own build).
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["MIGSTAT_BINARY"] { return URL(fileURLWithPath: path) }
        return repository.appendingPathComponent(".build/release/migstat")
    }()

    /// Set by `make test-asan` (MIGSTAT_SANITIZER=address) when the binary is sanitized.
    static let sanitizer = ProcessInfo.processInfo.environment["MIGSTAT_SANITIZER"]

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
        // `make test-asan` turns LeakSanitizer off for the test runner (XCTest's own
        // allocations); the binary under test is checked for leaks all the same.
        env["ASAN_OPTIONS"] = "detect_leaks=1"
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

    /// Starts a run in the background.
    static func start(_ args: [String]) throws -> Process {
        let (p, _, _) = process(args)
        p.standardError = FileHandle.nullDevice
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        return p
    }

    /// Runs the binary on a pseudo-terminal (util-linux `script`), as an operator
    /// at a terminal does: stdout is what the terminal showed, stderr included.
    static func onTerminal(_ args: [String], environment: [String: String] = [:]) throws -> Result {
        let command = ([binary.path] + args).map { "'\($0)'" }.joined(separator: " ")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        p.arguments = ["-qec", command, "/dev/null"]
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        for (k, v) in environment { env[k] = v }
        p.environment = env
        let out = Pipe()
        p.standardOutput = out
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: "")
    }

    /// A shell command line (`sh -c`; `arguments` are its `$0`, `$1` …), its status and output.
    static func sh(_ command: String, _ arguments: [String] = []) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command] + arguments
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    /// A shell command's exit status (root-only setup such as tmpfs mounts).
    @discardableResult
    static func shell(_ command: String) -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command]
        p.standardError = FileHandle.nullDevice
        try? p.run()
        p.waitUntilExit()
        return p.terminationStatus
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

    /// Every published file → its bytes. Hidden files (staging, the lock, a killed
    /// run's temporaries beside their targets) are nobody's output.
    func snapshot() -> [String: Data] {
        var out: [String: Data] = [:]
        let files = FileManager.default.enumerator(atPath: output)?.allObjects as? [String] ?? []
        // The database holds load times and run history: DatabaseTests compare its rows.
        for f in files where !f.split(separator: "/").contains(where: { $0.hasPrefix(".") }) && !f.hasPrefix("migstat.sqlite") {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: "\(output)/\(f)", isDirectory: &isDir), !isDir.boolValue {
                out[f] = FileManager.default.contents(atPath: "\(output)/\(f)").map {
                    f.hasSuffix("manifest.json") ? Self.releaseTimeBlanked($0)
                        : f.hasPrefix("report/") && f.hasSuffix(".html") ? Self.runTimesBlanked($0) : $0
                }
            }
        }
        return out
    }

    /// A release's time (manifest.json `published_at`) is when the workdir
    /// published it: blanked, so that two workdirs published a second apart
    /// compare equal. ReleaseTests compares a manifest's own bytes across reruns.
    static func releaseTimeBlanked(_ data: Data) -> Data {
        let text = String(decoding: data, as: UTF8.self)
        return Data(text.replacingOccurrences(of: #""published_at"\s*:\s*"[^"]*""#, with: #""published_at":"""#,
                                              options: .regularExpression).utf8)
    }

    /// The report's run history (the quality page) shows when each run started
    /// and finished, to the second: blanked, as the release time is.
    static func runTimesBlanked(_ data: Data) -> Data {
        let text = String(decoding: data, as: UTF8.self)
        return Data(text.replacingOccurrences(of: #"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z?"#, with: "<time>",
                                              options: .regularExpression).utf8)
    }

    /// A snapshot without the report's quality pages, whose run history lists
    /// every run (a failed one too): for comparing an output that went through
    /// a fault with one that did not.
    static func withoutRunHistory(_ snapshot: [String: Data]) -> [String: Data] {
        snapshot.filter { !($0.key.hasPrefix("report/") && $0.key.hasSuffix("/quality.html")) }
    }

    /// A snapshot whose manifests have no `release`, and whose quarterly pages
    /// no revisions (what the latest release changed): an output that published
    /// an older delivery first is one release further than a fresh one, by design.
    static func withoutRelease(_ snapshot: [String: Data]) -> [String: Data] {
        snapshot.reduce(into: [:]) { out, entry in
            if entry.key.range(of: #"^report/.*/\d{4}-Q[1-4]\.html$"#, options: .regularExpression) != nil {
                out[entry.key] = Data(String(decoding: entry.value, as: UTF8.self).replacingOccurrences(
                    of: #"(?s)<section class="revisions">.*?</section>"#, with: "", options: .regularExpression).utf8)
                return
            }
            guard entry.key.hasSuffix("manifest.json"),
                  var json = try? JSONSerialization.jsonObject(with: entry.value) as? [String: Any] else { out[entry.key] = entry.value; return }
            json["release"] = nil
            out[entry.key] = try? JSONSerialization.data(withJSONObject: json, options: [.sortedKeys])
        }
    }

    func modificationTimes() -> [String: Date] {
        snapshot().keys.reduce(into: [:]) { times, f in
            times[f] = (try? FileManager.default.attributesOfItem(atPath: "\(output)/\(f)"))?[.modificationDate] as? Date
        }
    }
}
