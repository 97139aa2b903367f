import Foundation

/// Where the unified database lives: `database:` in `pipelines/migstat.yaml`,
/// overridden by `--database`. A relative SQLite path is relative to the
/// output folder. A PostgreSQL URL never carries the password on the command
/// line: libpq reads it from `PGPASSWORD` or `~/.pgpass`.
public enum DatabaseLocation: Equatable, Sendable, CustomStringConvertible {
    case none
    case sqlite(path: String)
    case postgresql(url: String)

    public static let defaultSetting = "sqlite:migstat.sqlite"

    public static func parse(_ text: String, outputRoot: String) throws -> DatabaseLocation {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t == "none" { return .none }
        if t.hasPrefix("sqlite:") {
            let path = String(t.dropFirst("sqlite:".count))
            guard !path.isEmpty else { throw MigstatError.configuration("database `sqlite:` names no file (e.g. sqlite:migstat.sqlite)") }
            return .sqlite(path: path.hasPrefix("/") ? path : "\(outputRoot)/\(path)")
        }
        if t.hasPrefix("postgresql://") || t.hasPrefix("postgres://") {
            if PostgresDatabase.withoutPassword(t) != t {
                throw MigstatError.configuration("the database URL carries a password: put it in ~/.pgpass or PGPASSWORD instead")
            }
            return .postgresql(url: t)
        }
        throw MigstatError.configuration(
            "database `\(t)` is not understood: use sqlite:FILE, postgresql://user@host:port/dbname or none")
    }

    public var description: String {
        switch self {
        case .none: return "none"
        case .sqlite(let path): return "sqlite:\(path)"
        case .postgresql(let url): return url
        }
    }
}
