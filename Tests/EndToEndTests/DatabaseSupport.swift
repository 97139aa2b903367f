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
    /// The manifest's sha256 is aside too: the manifest holds its release's
    /// publication time, so two outputs of the same input differ in it
    /// (`db check` compares it with the output's own manifest).
    static func dump(_ c: DatabaseConnection, years: [Int]? = nil) throws -> [String] {
        var lines: [String] = []
        let tables = DatabaseSchema.yearTables
        for (t, yearColumn) in tables {
            // Booleans print as t/f in PostgreSQL and 1/0 in SQLite: both as 1/0.
            let columns = t.columns.filter { $0.name != "loaded_at" && $0.name != "manifest_sha256" }
                .map { $0.kind == .boolean ? "CASE WHEN \($0.name) THEN 1 ELSE 0 END" : $0.name }
            let filter = years.map { " WHERE \(yearColumn) IN (\($0.map(String.init).joined(separator: ",")))" } ?? ""
            for row in try c.rows("SELECT \(columns.joined(separator: ", ")) FROM \(t.qualified(c.dialect))\(filter)") {
                lines.append(t.name + "|" + row.map { $0 ?? "NULL" }.joined(separator: "|"))
            }
        }
        return lines.sorted()
    }

    /// A run's published files, each manifest's release time blanked: two
    /// outputs of the same input publish the same release at other instants.
    static func publishedFiles(_ w: Workdir) -> [String: Data] {
        let time = try! NSRegularExpression(pattern: #""published_at" : "[^"]*""#)
        return w.snapshot().reduce(into: [:]) { out, file in
            guard file.key.hasSuffix("manifest.json") else { out[file.key] = file.value; return }
            let text = String(decoding: file.value, as: UTF8.self)
            let blanked = time.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: #""published_at" : """#)
            out[file.key] = Data(blanked.utf8)
        }
    }

    /// Record rows whose `reason` is spelled wrong: a reason on a row not
    /// rejected (it must be NULL, not even ''), or none on a rejected row;
    /// and how many rows were not rejected (so that a check of none is seen).
    static func misspelledReasons(_ c: DatabaseConnection) throws -> (wrong: [String], notRejected: Int) {
        var wrong: [String] = [], notRejected = 0
        for (_, t) in DatabaseSchema.recordTables {
            let row = try c.rows("""
                SELECT SUM(CASE WHEN fate <> 'rejected' AND reason IS NOT NULL THEN 1 ELSE 0 END),
                       SUM(CASE WHEN fate = 'rejected' AND (reason IS NULL OR reason = '') THEN 1 ELSE 0 END),
                       SUM(CASE WHEN fate <> 'rejected' THEN 1 ELSE 0 END) FROM \(t.qualified(c.dialect))
                """)[0].map { Int($0 ?? "0") ?? -1 }
            if row[0] != 0 { wrong.append("\(t.name): \(row[0]) rows not rejected with a reason") }
            if row[1] != 0 { wrong.append("\(t.name): \(row[1]) rejected rows without one") }
            notRejected += row[2]
        }
        return (wrong, notRejected)
    }

    /// quality_check's rows of a year as quality.json names them: `name (detail)`,
    /// or the name alone; and the names that still hold a digit (counts in a key).
    static func qualityChecks(_ c: DatabaseConnection, year: Int) throws -> (published: Set<String>, countedNames: [String]) {
        let rows = try c.rows("SELECT name, detail FROM \(DatabaseSchema.qualityCheck.qualified(c.dialect)) WHERE year = \(year)")
        let published = Set(rows.map { r in r[1].map { "\(r[0]!) (\($0))" } ?? r[0]! })
        return (published, rows.compactMap { $0[0] }.filter { $0.contains { $0.isNumber } })
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
