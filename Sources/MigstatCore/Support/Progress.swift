import Foundation

/// A progress bar for long stages on a terminal: bytes done of total, rate
/// and time left, redrawn in place on stderr at most a few times a second.
/// Under cron (no terminal) migstat never creates one.
public final class Progress {
    private let label: String
    private let total: Int
    private var done = 0
    private let started = Date()
    private var lastDraw = Date.distantPast

    public init(label: String, totalBytes: Int) {
        self.label = label
        self.total = max(totalBytes, 1)
    }

    public func advance(bytes: Int) {
        done += bytes
        let now = Date()
        guard now.timeIntervalSince(lastDraw) > 0.2 || done >= total else { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(done) / elapsed
        let left = rate > 0 ? Double(total - done) / rate : 0
        let width = 30
        let filled = min(width, width * done / total)
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let line = String(format: "\r%@ [%@] %.1f/%.1f MB  %.1f MB/s  %.0fs left ",
                          label, bar, Double(done) / 1e6, Double(total) / 1e6, rate / 1e6, left)
        FileHandle.standardError.write(Data(line.utf8))
    }

    public func finish() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
