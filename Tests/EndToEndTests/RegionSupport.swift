import Foundation
@testable import MigstatCore
import XCTest

/// Regions of one PostgreSQL in tests: a pipelines folder per region (its
/// own `ref_area` in migstat.yaml), login roles the administrator maps to
/// regions, and the rows of one region read back.
enum RegionSupport {
    static let sample = Harness.fixtures.appendingPathComponent("input")

    /// A copy of the repository's pipelines folder whose migstat.yaml names `refArea`.
    static func pipelines(refArea: String, in w: Workdir) throws -> String {
        let folder = w.root.appendingPathComponent("pipelines-\(refArea)").path
        try FileManager.default.copyItem(atPath: Harness.pipelines, toPath: folder)
        let yaml = "\(folder)/migstat.yaml"
        let text = try String(contentsOfFile: yaml, encoding: .utf8)
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("ref_area:") }) else {
            XCTFail("pipelines/migstat.yaml has no ref_area line"); return folder
        }
        try text.replacingOccurrences(of: line, with: "ref_area: \(refArea)").write(toFile: yaml, atomically: true, encoding: .utf8)
        return folder
    }

    /// The run's arguments with the region's pipelines folder.
    static func args(_ w: Workdir, _ pipelines: String) -> [String] {
        ["--input", w.input, "--output", w.output, "--pipelines", pipelines]
    }

    /// The database's name in a test URL.
    static func database(_ url: String) -> String { String(url.split(separator: "?")[0].split(separator: "/").last!) }

    /// As the administrator: a login role in `migstat_region_loader`, mapped to `refArea`; its URL.
    static func addRegion(_ role: String, refArea: String, url: String) throws -> String {
        let admin = try PostgresDatabase(url: url)
        defer { admin.close() }
        try admin.execute("""
            DO $$ BEGIN CREATE ROLE \(role) LOGIN IN ROLE migstat_region_loader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
            INSERT INTO statistics.region_loader (role_name, ref_area) VALUES ('\(role)', '\(refArea)') ON CONFLICT DO NOTHING
            """)
        return url.replacingOccurrences(of: "user=postgres", with: "user=\(role)")
    }

    /// Every row of every table that holds a region's years, as sorted lines (load times and run history aside).
    static func dump(_ c: DatabaseConnection, refArea: String? = nil) throws -> [String] {
        var lines: [String] = []
        for (t, _) in DatabaseSchema.yearTables {
            let columns = t.columns.filter { $0.name != "loaded_at" }.map { $0.kind == .boolean ? "CASE WHEN \($0.name) THEN 1 ELSE 0 END" : $0.name }
            let filter = refArea.map { " WHERE ref_area = '\($0)'" } ?? ""
            for row in try c.rows("SELECT \(columns.joined(separator: ", ")) FROM \(t.qualified(c.dialect))\(filter)") {
                lines.append(t.name + "|" + row.map { $0 ?? "NULL" }.joined(separator: "|"))
            }
        }
        return lines.sorted()
    }

    /// A number's value as text (PostgreSQL keeps the scale: `12.0` and `12` are one value); other text as it is.
    static func number(_ s: String) -> String {
        let body = s.hasPrefix("-") ? s.dropFirst() : Substring(s)
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let d = Decimal(string: s) else { return s }
        return "\(d)"
    }

    /// Each statistics table's rows of `refArea` against the region's summary files, and `db check` as the region.
    static func assertStatistics(_ c: DatabaseConnection, refArea: String, output: String, file: StaticString = #filePath, line: UInt = #line) throws {
        var compared = 0
        for (plugin, t) in DatabaseSchema.statisticsTables {
            let text = (try? String(contentsOfFile: "\(output)/summary/\(plugin.statisticsFile)", encoding: .utf8)) ?? ""
            let want = Set(text.split(separator: "\n").dropFirst().map { PublishedCSV.fields($0).dropFirst().map(number).joined(separator: ",") })
            let got = try c.rows("SELECT \(t.columns.map(\.name).joined(separator: ", ")) FROM \(t.qualified(c.dialect)) WHERE ref_area = '\(refArea)'")
                .map { $0.map { number($0 ?? "") }.joined(separator: ",") }
            XCTAssertEqual(got.count, want.count, "\(refArea) \(t.name) rows", file: file, line: line)
            XCTAssertEqual(Set(got), want, "\(refArea) \(t.name)", file: file, line: line)
            compared += got.count
        }
        XCTAssertGreaterThan(compared, 100, "\(refArea) has statistics", file: file, line: line)
    }
}
