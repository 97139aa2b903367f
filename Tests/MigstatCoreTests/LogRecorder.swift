import Foundation
import Logging

/// An in-memory log handler: what a run logged, for a test to look at.
final class LogRecorder: @unchecked Sendable {
    struct Entry {
        let level: Logger.Level
        let message: String
        let metadata: Logger.Metadata
    }

    private let lock = NSLock()
    private var recorded: [Entry] = []

    var entries: [Entry] { lock.withLock { recorded } }

    var logger: Logger {
        Logger(label: "test") { _ in Handler(recorder: self) }
    }

    func entries(_ message: String) -> [Entry] { entries.filter { $0.message == message } }

    private struct Handler: LogHandler {
        let recorder: LogRecorder
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let entry = Entry(level: event.level, message: event.message.description,
                              metadata: metadata.merging(event.metadata ?? [:]) { $1 })
            recorder.lock.withLock { recorder.recorded.append(entry) }
        }
    }
}
