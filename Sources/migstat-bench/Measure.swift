import Foundation

/// One timed child process: wall time and its own peak resident memory (wait4's rusage).
struct Measurement {
    var seconds: Double
    var peakMB: Double
    var status: Int32
}

/// The middle of figures taken in turns, and their spread: the machine's
/// speed drifts between turns, so a median comes with how far turns strayed.
struct Turns {
    let median, lowest, highest: Double
    init(_ figures: [Double]) {
        let sorted = figures.sorted()
        (median, lowest, highest) = (sorted[sorted.count / 2], sorted.first!, sorted.last!)
    }
}

extension Array where Element == Measurement {
    /// The measurement of median wall time.
    var middle: Measurement { sorted { $0.seconds < $1.seconds }[count / 2] }
}

enum Measure {
    /// Runs a command with stdout and stderr discarded, `runs` times; the median by wall time.
    static func median(_ argv: [String], runs: Int, environment: [String: String] = [:]) -> Measurement {
        (0..<runs).map { _ in once(argv, environment: environment) }.middle
    }

    /// One run; its stderr to `stderrTo` (a log to read afterwards), else discarded.
    static func once(_ argv: [String], environment: [String: String] = [:], stderrTo: String = "/dev/null") -> Measurement {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, stderrTo, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { cArgs.forEach { free($0) }; cEnv.forEach { free($0) } }
        var pid = pid_t()
        let start = Date()
        guard posix_spawnp(&pid, argv[0], &actions, nil, cArgs, cEnv) == 0 else {
            FileHandle.standardError.write(Data("cannot start \(argv[0])\n".utf8))
            return Measurement(seconds: 0, peakMB: 0, status: -1)
        }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Measurement(seconds: Date().timeIntervalSince(start), peakMB: Double(usage.ru_maxrss) / 1024, status: exit)
    }
}
