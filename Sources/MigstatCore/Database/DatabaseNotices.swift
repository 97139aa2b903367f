import CLibPQ
import Foundation
import Logging

/// The PostgreSQL server's warnings and notices (`WARNING: …` that libpq
/// would print on stderr as plain text) as structured log entries, through
/// the run's logger: WARNING at warning, NOTICE and INFO at info, the rest at
/// debug. `logger` is set once by the command line before any connection.
public enum DatabaseNotices {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var configured: Logger?

    /// The logger new connections report to; nil keeps libpq's own stderr lines.
    public static var logger: Logger? {
        get { lock.withLock { configured } }
        set { lock.withLock { configured = newValue } }
    }

    /// What libpq's notice receiver calls back into: retained by the
    /// connection (`Unmanaged`) until PQfinish, when libpq calls it no more.
    final class Receiver {
        let logger: Logger
        let database: String
        init(logger: Logger, database: String) { self.logger = logger; self.database = database }

        func receive(_ result: OpaquePointer) {
            func field(_ code: Character) -> String? {
                PQresultErrorField(result, Int32(code.asciiValue!)).map { String(cString: $0) }
            }
            let severity = field("V") ?? field("S") ?? "NOTICE"
            let level: Logger.Level
            switch severity {
            case "WARNING": level = .warning
            case "NOTICE", "INFO": level = .info
            default: level = .debug
            }
            var metadata: Logger.Metadata = ["database": .string(database), "severity": .string(severity),
                                             "server_message": .string(field("M") ?? "")]
            if let code = field("C") { metadata["sqlstate"] = .string(code) }
            if let detail = field("D") { metadata["detail"] = .string(detail) }
            if let hint = field("H") { metadata["hint"] = .string(hint) }
            logger.log(level: level, "database server message", metadata: metadata)
        }
    }

    /// Routes `connection`'s notices to `logger`; the caller releases the
    /// returned receiver after PQfinish.
    static func install(on connection: OpaquePointer, database: String) -> Unmanaged<Receiver>? {
        guard let logger else { return nil }
        let receiver = Unmanaged.passRetained(Receiver(logger: logger, database: database))
        _ = PQsetNoticeReceiver(connection, { context, result in
            guard let context, let result else { return }
            Unmanaged<Receiver>.fromOpaque(context).takeUnretainedValue().receive(result)
        }, receiver.toOpaque())
        return receiver
    }
}
