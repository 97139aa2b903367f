import Foundation

/// Where the unified database lives: `database:` in `pipelines/migstat.yaml`,
/// overridden by `--database`. A relative SQLite path is relative to the
/// output folder. A PostgreSQL URL never carries the password on the command
/// line: libpq reads it from `PGPASSWORD` or `~/.pgpass`; a setting that
/// carries one is refused, and `description` never shows one.
public enum DatabaseLocation: Equatable, Sendable, CustomStringConvertible {
    case none
    case sqlite(path: String)
    case postgresql(url: String)

    public static let defaultSetting = "sqlite:migstat.sqlite"

    /// `source` names where `text` came from (`--database`, `database:` in
    /// migstat.yaml) for the messages.
    public static func parse(_ text: String, outputRoot: String, source: String = "the database setting") throws -> DatabaseLocation {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t == "none" { return .none }
        if t.hasPrefix("sqlite:") {
            let path = try expandingHome(String(t.dropFirst("sqlite:".count)), source: source)
            guard !path.isEmpty else { throw MigstatError.configuration("\(source): `sqlite:` names no file (e.g. sqlite:migstat.sqlite)") }
            return .sqlite(path: path.hasPrefix("/") ? path : "\(outputRoot)/\(path)")
        }
        let secrets = PostgresURL.secrets(in: t)
        if !secrets.isEmpty {
            // The message names the secret's kind, never its value.
            throw MigstatError.configuration(
                "\(source) carries \(secrets.map(\.name).joined(separator: " and ")): a password never goes on the command line "
                + "or in migstat.yaml, where ps, shell history and logs show it; put it in ~/.pgpass (mode 0600) or PGPASSWORD "
                + "and give the URL without it (\(PostgresURL.redacted(t)))")
        }
        if t.hasPrefix("postgresql://") || t.hasPrefix("postgres://") { return .postgresql(url: t) }
        throw MigstatError.configuration(
            "\(source) `\(t)` is not understood: use sqlite:FILE, postgresql://user@host:port/dbname or none")
    }

    /// `~` and `~/…` from HOME, as a shell would have expanded them; `~user` is not.
    private static func expandingHome(_ path: String, source: String) throws -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        guard let home = ProcessInfo.processInfo.environment["HOME"], home.hasPrefix("/") else {
            throw MigstatError.configuration("\(source): sqlite:\(path) starts with ~ but HOME is not set; give an absolute path")
        }
        let rest = path.dropFirst(1)
        return home.hasSuffix("/") && rest.hasPrefix("/") ? home + rest.dropFirst() : home + rest
    }

    public var description: String {
        switch self {
        case .none: return "none"
        case .sqlite(let path): return "sqlite:\(path)"
        case .postgresql(let url): return PostgresURL.redacted(url)
        }
    }
}
