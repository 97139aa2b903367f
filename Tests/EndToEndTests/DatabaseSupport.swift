import Foundation
@testable import MigstatCore
import XCTest

/// Reading the unified database back in tests: through migstat's own
/// connection types, against real SQLite files and a real PostgreSQL server.
enum DatabaseSupport {
    /// The administrator's URL of the throwaway server `scripts/with-postgres.sh` started.
    static var postgresURL: String? { ProcessInfo.processInfo.environment["MIGSTAT_TEST_PG"] }

    /// A fresh database on the test server, and its URL (as `user`, default the administrator).
    static func freshPostgres(user: String? = nil) throws -> String {
        guard let admin = postgresURL else {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                XCTFail("CI=true and no PostgreSQL server: run the tests through scripts/with-postgres.sh (make test)")
            }
            throw XCTSkip("no PostgreSQL server (run `make test`, which starts one)")
        }
        let name = "migstat_\(UUID().uuidString.prefix(8).lowercased())"
        let c = try PostgresDatabase(url: admin)
        try c.execute("CREATE DATABASE \(name)")
        c.close()
        return url(admin, database: name, user: user)
    }

    /// The same server, another database or user.
    static func url(_ admin: String, database: String, user: String? = nil) -> String {
        var u = admin.replacingOccurrences(of: "postgresql:///postgres?", with: "postgresql:///\(database)?")
        if let user { u = u.replacingOccurrences(of: "user=postgres", with: "user=\(user)") }
        return u
    }

    static func connect(_ location: String) throws -> DatabaseConnection {
        location.hasPrefix("postgresql:") ? try PostgresDatabase(url: location) : try SQLiteDatabase(path: location)
    }

    /// Every row the database holds for the years, as sorted text lines,
    /// load times and run history aside: equal dumps mean equal contents.
    static func dump(_ c: DatabaseConnection, years: [Int]? = nil) throws -> [String] {
        var lines: [String] = []
        let tables = DatabaseSchema.yearTables
        for (t, yearColumn) in tables {
            // Booleans print as t/f in PostgreSQL and 1/0 in SQLite: both as 1/0.
            let columns = t.columns.filter { $0.name != "loaded_at" }
                .map { $0.kind == .boolean ? "CASE WHEN \($0.name) THEN 1 ELSE 0 END" : $0.name }
            let filter = years.map { " WHERE \(yearColumn) IN (\($0.map(String.init).joined(separator: ",")))" } ?? ""
            for row in try c.rows("SELECT \(columns.joined(separator: ", ")) FROM \(t.qualified(c.dialect))\(filter)") {
                lines.append(t.name + "|" + row.map { $0 ?? "NULL" }.joined(separator: "|"))
            }
        }
        return lines.sorted()
    }

    /// Records by fate and by reject reason for one year and feed.
    static func fates(_ c: DatabaseConnection, feed: String, year: Int) throws -> (fates: [String: Int], reasons: [String: Int]) {
        var fates: [String: Int] = [:], reasons: [String: Int] = [:]
        for table in FeedRegistry.plugin(feed)!.recordTables {
            let t = DatabaseSchema.records(table).qualified(c.dialect)
            for row in try c.rows("SELECT fate, reason, COUNT(*) FROM \(t) WHERE year = \(year) GROUP BY fate, reason") {
                fates[row[0]!, default: 0] += Int(row[2]!)!
                if row[0] == "rejected" { reasons[row[1]!, default: 0] += Int(row[2]!)! }
            }
        }
        return (fates, reasons)
    }
}
