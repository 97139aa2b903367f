import Foundation

/// Crash points for the crash-safety tests: with `MIGSTAT_PAUSE_AT=<point>` in
/// the environment, a run that reaches that point says so on stderr and
/// sleeps, so a test can SIGKILL it exactly there. Unset, it costs one
/// dictionary lookup per point.
public enum TestHooks {
    public static func pause(at point: String) {
        guard let wanted = ProcessInfo.processInfo.environment["MIGSTAT_PAUSE_AT"], wanted == point else { return }
        FileHandle.standardError.write(Data("migstat: paused at \(point)\n".utf8))
        sleep(600)
    }
}
