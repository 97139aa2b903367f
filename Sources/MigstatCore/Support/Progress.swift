import Foundation

/// A progress bar for long stages on a terminal: work done of total, rate and
/// time left, redrawn in place on stderr at most a few times a second. Feeds
/// running side by side advance one bar, so it takes a lock. Under cron (no
/// terminal) migstat never creates one.
final class Progress: @unchecked Sendable {
    private let label: String
    private let total: Int
    private var done = 0
    private let started = Date()
    private var lastDraw = Date.distantPast
    private let lock = NSLock()

    /// `totalBytes` of input; stages after extract advance in input-byte equivalents.
    init(label: String, totalBytes: Int) {
        self.label = label
        self.total = max(totalBytes, 1)
    }

    func advance(bytes: Int) {
        lock.lock()
        defer { lock.unlock() }
        done += bytes
        let now = Date()
        // Not before half a second: a year done sooner (the demo's) would leave
        // only a first frame, "1% 0s left", guessed from nothing.
        guard now.timeIntervalSince(started) >= 0.5, now.timeIntervalSince(lastDraw) > 0.2 || done >= total else { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(done) / elapsed
        let left = rate > 0 ? Double(max(total - done, 0)) / rate : 0
        let width = 30
        let filled = min(width, width * done / total)
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let line = String(format: "\r%@ [%@] %3d%%  %.0fs left ", label, bar, min(100, 100 * done / total), left)
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
