import Foundation
@testable import MigstatCore
import XCTest

/// The ministry's one PostgreSQL for every region (DATABASE.md "Many regions
/// in one database", REPORT.md's national page): regions load side by side
/// as their own roles, the server keeps each to its own rows, a region killed
/// mid-load changes nobody's rows, and national_table1 sums them.
final class RegionTests: XCTestCase {
    static let regions = [("region_astana", "KZ-71"), ("region_almaty", "KZ-75"), ("region_shymkent", "KZ-79")]

    /// A fresh database made by the administrator (`db init`), with the regions' roles mapped.
    private func ministryDatabase() throws -> (admin: String, regions: [String]) {
        let admin = try DatabaseSupport.freshPostgres()
        let w = try Workdir(copying: RegionSupport.sample)
        let initialised = try Harness.run(["db", "init"] + w.args + ["--database", admin])
        XCTAssertEqual(initialised.status, 0, initialised.stderr)
        return (admin, try Self.regions.map { try RegionSupport.addRegion($0.0, refArea: $0.1, url: admin) })
    }

    /// `sql` as `role` must change no row (the policies hide the others' rows) or be refused by the server.
    private func assertRefused(_ c: DatabaseConnection, _ sql: String, file: StaticString = #filePath, line: UInt = #line) {
        do {
            let changed = try c.rows(sql + " RETURNING 1")
            XCTAssertEqual(changed.count, 0, "\(sql) changed another region's rows", file: file, line: line)
        } catch {
            XCTAssertTrue("\(error)".contains("row-level security") || "\(error)".contains("permission denied"), "\(error)", file: file, line: line)
        }
    }

    func testARegionsRoleCannotInsertUpdateOrDeleteAnotherRegionsRows() throws {
        let (admin, urls) = try ministryDatabase()
        // Astana loads the sample year as its own role.
        let w = try Workdir(copying: RegionSupport.sample)
        let astana = try RegionSupport.pipelines(refArea: "KZ-71", in: w)
        let loaded = try Harness.run(["run"] + RegionSupport.args(w, astana) + ["--database", urls[0]])
        XCTAssertEqual(loaded.status, 3, loaded.stderr)
        let c = try DatabaseSupport.connect(admin)
        let before = try RegionSupport.dump(c)
        XCTAssertGreaterThan(before.count, 1000)

        // Almaty's role, connected by hand, tries Astana's rows in every kind of table.
        let almaty = try DatabaseSupport.connect(urls[1])
        for t in ["statistics.migration_flows", "records.migration_slip", "statistics.year_state", "statistics.input_file"] {
            assertRefused(almaty, "DELETE FROM \(t) WHERE ref_area = 'KZ-71'")
            assertRefused(almaty, "UPDATE \(t) SET ref_area = 'KZ-75' WHERE ref_area = 'KZ-71'")
            assertRefused(almaty, "UPDATE \(t) SET ref_area = ref_area WHERE ref_area = 'KZ-71'")
        }
        // Inserting a row of another region is refused by the server itself.
        XCTAssertThrowsError(try almaty.execute("INSERT INTO statistics.year_state (ref_area, year, status, loaded_at, manifest_sha256) VALUES ('KZ-71', 1999, 'ok', now(), 'x')")) {
            XCTAssertTrue("\($0)".contains("row-level security"), "\($0)")
        }
        XCTAssertThrowsError(try almaty.execute("INSERT INTO statistics.region_loader VALUES ('region_almaty', 'KZ-71')")) {
            XCTAssertTrue("\($0)".contains("permission denied"), "\($0)")
        }
        // Its own region it may write; Astana's records it does not even see; the statistics it reads.
        XCTAssertNoThrow(try almaty.execute("INSERT INTO statistics.year_state (ref_area, year, status, loaded_at, manifest_sha256) VALUES ('KZ-75', 1999, 'ok', now(), 'x'); DELETE FROM statistics.year_state WHERE ref_area = 'KZ-75'"))
        XCTAssertEqual(try almaty.rows("SELECT COUNT(*) FROM records.migration_slip").first?.first, "0")
        XCTAssertNotEqual(try almaty.rows("SELECT COUNT(*) FROM statistics.migration_flows").first?.first, "0")
        XCTAssertEqual(try RegionSupport.dump(c), before, "Astana's rows are as they were")

        // The analyst and the reader keep their read rules across the regions.
        let database = RegionSupport.database(admin)
        let analyst = try DatabaseSupport.connect(DatabaseSupport.url(DatabaseSupport.postgresURL!, database: database, user: "migstat_analyst"))
        XCTAssertEqual(try analyst.rows("SELECT COUNT(*) FROM records.migration_slip").first?.first,
                       try c.rows("SELECT COUNT(*) FROM records.migration_slip").first?.first)
        let reader = try DatabaseSupport.connect(DatabaseSupport.url(DatabaseSupport.postgresURL!, database: database, user: "migstat_reader"))
        XCTAssertEqual(try reader.rows("SELECT COUNT(*) FROM statistics.table1 WHERE ref_area = 'KZ-71'").first?.first, "5")
        XCTAssertThrowsError(try reader.rows("SELECT COUNT(*) FROM records.migration_slip")) { XCTAssertTrue("\($0)".contains("permission denied"), "\($0)") }
    }

    /// A database named with a double quote: every GRANT names it quoted.
    func testADatabaseNamedWithAQuoteIsGrantedAsItIs() throws {
        let admin = DatabaseSupport.postgresURL ?? ""
        _ = try DatabaseSupport.freshPostgres()   // skips without a server
        let name = "city\"db_\(UUID().uuidString.prefix(6).lowercased())"
        let server = try PostgresDatabase(url: admin)
        try server.execute("CREATE DATABASE \(sqlIdentifier(name))")
        server.close()
        let url = DatabaseSupport.url(admin, database: name.replacingOccurrences(of: "\"", with: "%22"))
        let w = try Workdir(copying: RegionSupport.sample)
        let r = try Harness.run(["run"] + w.args + ["--database", url])
        XCTAssertEqual(r.status, 3, r.stderr)
        let reader = try DatabaseSupport.connect(DatabaseSupport.url(admin, database: name.replacingOccurrences(of: "\"", with: "%22"), user: "migstat_reader"))
        XCTAssertEqual(try reader.rows("SELECT COUNT(*) FROM statistics.table1").first?.first, "5")
    }

    /// Three regions load the sample year into one PostgreSQL at once, each
    /// as its own role from its own output: each region's rows are its own
    /// files, national_table1 is their sum with three regions reporting, and
    /// national.html shows it. Then one region is killed with SIGKILL in the
    /// middle of its load (held there by a lock the test takes): every row
    /// of every table is as it was, for the others and for its own year, and
    /// its rerun loads the same rows again.
    func testThreeRegionsLoadAtOnceAndAKilledLoadChangesNoRow() throws {
        let (admin, urls) = try ministryDatabase()
        var outputs: [(w: Workdir, pipelines: String)] = []
        for (_, area) in Self.regions {
            let w = try Workdir(copying: RegionSupport.sample)
            outputs.append((w, try RegionSupport.pipelines(refArea: area, in: w)))
        }
        let runs = try zip(outputs, urls).map { o, url -> Process in
            let (p, _, _) = Harness.process(["run"] + RegionSupport.args(o.w, o.pipelines) + ["--database", url])
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            return p
        }
        for p in runs { p.waitUntilExit(); XCTAssertEqual(p.terminationStatus, 3) }

        let c = try DatabaseSupport.connect(admin)
        for (k, (_, area)) in Self.regions.enumerated() {
            try RegionSupport.assertStatistics(c, refArea: area, output: outputs[k].w.output)
            let check = try Harness.run(["db", "check"] + RegionSupport.args(outputs[k].w, outputs[k].pipelines) + ["--database", urls[k]])
            XCTAssertEqual(check.status, 0, "\(area): " + check.stdout + check.stderr)
        }
        // The regions' own statistics differ (each is the city itself for its moves): the sum is a real sum.
        XCTAssertNotEqual(try RegionSupport.dump(c, refArea: "KZ-71").count, 0)
        var sum: [String: Decimal] = [:]
        for row in try c.rows("SELECT year, partner_group, arrivals, departures, balance FROM statistics.table1") {
            for (i, flow) in ["ARR", "DEP", "NET"].enumerated() { sum["\(row[0]!) \(row[1]!) \(flow)", default: 0] += Decimal(string: row[2 + i] ?? "0")! }
        }
        var national: [String: Decimal] = [:]
        for row in try c.rows("SELECT year, partner_group, arrivals, departures, balance, regions FROM statistics.national_table1") {
            XCTAssertEqual(row[5], "3", "three regions reported \(row[0]!)")
            for (i, flow) in ["ARR", "DEP", "NET"].enumerated() { national["\(row[0]!) \(row[1]!) \(flow)"] = Decimal(string: row[2 + i] ?? "0")! }
        }
        XCTAssertEqual(national.count, 15)
        XCTAssertEqual(national, sum)

        // The national page of a region's report (written again now that all three are in).
        let report = try Harness.run(["report"] + RegionSupport.args(outputs[0].w, outputs[0].pipelines) + ["--database", urls[0]])
        XCTAssertEqual(report.status, 0, report.stderr)
        let page = try String(contentsOfFile: "\(outputs[0].w.output)/report/en/national.html", encoding: .utf8)
        for (key, value) in national {
            let parts = key.split(separator: " ")
            let row = try XCTUnwrap(page.range(of: "data-ref-area=\"_T\" data-group=\"\(parts[1])\" data-flow=\"\(parts[2])\""), key)
            let cell = page[row.upperBound...].range(of: "data-year=\"\(parts[0])\" data-value=\"\(value)\"")
            XCTAssertNotNil(cell, "\(key) = \(value) on national.html")
        }
        XCTAssertTrue(page.contains("data-measure=\"REGIONS\"><th>Regions reporting</th><td data-year=\"2003\" data-value=\"3\""), "regions reporting")
        for (_, area) in Self.regions { XCTAssertTrue(page.contains("<tbody data-ref-area=\"\(area)\">"), area) }

        // Almaty reloads its year and is killed while its load waits on a table the test holds.
        let before = try RegionSupport.dump(c)
        let holder = try PostgresDatabase(url: admin)
        try holder.execute("BEGIN; LOCK TABLE statistics.year_state IN SHARE MODE")
        let almaty = try Harness.start(["run", "--year", "2003", "--force"] + RegionSupport.args(outputs[1].w, outputs[1].pipelines) + ["--database", urls[1]])
        let waiting = "SELECT COUNT(*) FROM pg_stat_activity WHERE usename = 'region_almaty' AND wait_event_type = 'Lock'"
        let deadline = Date().addingTimeInterval(60)
        while try c.rows(waiting).first?.first != "1" && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        XCTAssertEqual(try c.rows(waiting).first?.first, "1", "Almaty's load waits in the middle of its transaction")
        Harness.kill9(almaty)
        try holder.execute("ROLLBACK")
        holder.close()
        // Its server session ends once it finds its client gone.
        while try c.rows("SELECT COUNT(*) FROM pg_stat_activity WHERE usename = 'region_almaty'").first?.first != "0" && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTAssertEqual(try RegionSupport.dump(c), before, "every table's rows as they were")
        let rerun = try Harness.run(["run"] + RegionSupport.args(outputs[1].w, outputs[1].pipelines) + ["--database", urls[1]])
        XCTAssertEqual(rerun.status, 3, rerun.stderr)
        let after = try RegionSupport.dump(c)
        for area in ["KZ-71", "KZ-79"] {
            XCTAssertEqual(try RegionSupport.dump(c, refArea: area), before.filter { $0.split(separator: "|")[1] == area }, "\(area) untouched")
        }
        // The rerun publishes the year again (a new manifest): Almaty's rows are the same but that stamp.
        func withoutManifest(_ lines: [String]) -> [String] { lines.filter { !$0.hasPrefix("year_state|") } }
        XCTAssertEqual(withoutManifest(after), withoutManifest(before))
        try RegionSupport.assertStatistics(c, refArea: "KZ-75", output: outputs[1].w.output)
    }
}
