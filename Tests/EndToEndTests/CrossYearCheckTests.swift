import Foundation
import XCTest

/// Checks across years (STATISTICS.md) on the release binary: the refugees'
/// opening register against the previous year's end.
final class CrossYearCheckTests: XCTestCase {
    static let check = "refugees: opening register = previous year's end"

    /// A refugees document of the given cases.
    static func document(_ cases: [String], register: Bool = false) -> String {
        let root = register ? "RefugeeRegister" : "RefugeeCases"
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<\(root) xmlns=\"urn:kz:migration-police:refugees\">\n"
            + cases.joined() + "</\(root)>\n"
    }

    static func refugeeCase(_ id: String, revision: Int, applied: String, decision: (String, String)? = nil) -> String {
        "  <Case id=\"\(id)\" revision=\"\(revision)\">\n    <Applicant docHash=\"\(id.lowercased())\"/>\n"
            + "    <Citizenship code=\"AFG\"/>\n    <Applied date=\"\(applied)\"/>\n"
            + (decision.map { "    <Decision date=\"\($0.0)\" outcome=\"\($0.1)\"/>\n" } ?? "") + "  </Case>\n"
    }

    /// A year of one person a case: the register's `holders` and `pending`,
    /// January's grants of the first pending ones, and in every month an
    /// application withdrawn within it (a file holds at least one case),
    /// which leaves the stocks as they were.
    static func writeYear(_ w: Workdir, _ y: Int, holders: Int, pending: Int, grants: Int, januaryName: String? = nil) throws {
        let dir = "\(w.input)/refugees/\(y)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let register = (0..<holders).map { refugeeCase("H\($0)", revision: 2, applied: "\(y - 2)-03-01", decision: ("\(y - 2)-06-01", "granted")) }
            + (0..<pending).map { refugeeCase("P\($0)", revision: 1, applied: "\(y - 1)-03-01") }
        try document(register, register: true).write(toFile: "\(dir)/register-\(y).xml", atomically: true, encoding: .utf8)
        for m in 1...12 {
            let month = String(format: "%d-%02d", y, m)
            let granted = m > 1 ? [] : (0..<grants).map {
                refugeeCase("P\($0)", revision: 2, applied: "\(y - 1)-03-01", decision: ("\(y)-01-15", "granted"))
            }
            let withdrawn = refugeeCase("W\(m)", revision: 1, applied: "\(month)-05", decision: ("\(month)-06", "withdrawn"))
            let name = m == 1 ? januaryName ?? "cases-\(month).xml" : "cases-\(month).xml"
            try document(granted + [withdrawn]).write(toFile: "\(dir)/\(name)", atomically: true, encoding: .utf8)
        }
    }

    func quality(_ w: Workdir, _ y: Int) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(w.output)/\(y)/quality.json"))) as! [String: Any]
    }

    func opening(_ w: Workdir, _ y: Int) throws -> [Bool] {
        (try quality(w, y)["checks"] as! [[String: Any]]).filter { $0["name"] as? String == Self.check }.map { $0["passed"] as! Bool }
    }

    /// The later year fails while the earlier year's end disagrees with its
    /// register; the earlier year corrected (a re-sent file) and reprocessed,
    /// the later year is redone without --force and passes.
    func testTheLaterYearFailsUntilTheEarlierYearIsCorrected() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("migstat-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let w = try Workdir(copying: empty)
        let args = w.args + ["--database", "none"]
        try Self.writeYear(w, 2002, holders: 3, pending: 2, grants: 1)   // ends with 4 holders and 1 pending
        try Self.writeYear(w, 2003, holders: 5, pending: 0, grants: 0)   // but 2003 opens with 5 and 0

        let first = try Harness.run(["run"] + args)
        XCTAssertEqual(first.status, 3, first.stderr)
        XCTAssertEqual(try opening(w, 2002), [], "2001 is not published: not listed")
        XCTAssertEqual(try opening(w, 2003), [false])
        XCTAssertEqual(try quality(w, 2003)["status"] as? String, "failed")
        let manifest = try String(contentsOfFile: "\(w.output)/2003/manifest.json", encoding: .utf8)
        XCTAssertTrue(manifest.contains("\"path\" : \"2002/refugees.csv\""), manifest)
        XCTAssertFalse(try String(contentsOfFile: "\(w.output)/2002/manifest.json", encoding: .utf8).contains("read_from"))

        // The agency re-sends 2002's January with the second grant; only 2002 is run.
        try Self.writeYear(w, 2002, holders: 3, pending: 2, grants: 2, januaryName: "cases-2002-01.v2.xml")
        XCTAssertEqual(try Harness.run(["run", "--year", "2002"] + args).status, 0)
        let status = try Harness.run(["status", "--year", "2003"] + args)
        XCTAssertTrue(status.stdout.contains("needs a run"), status.stdout)
        XCTAssertTrue(status.stdout.contains("previous year's statistics changed: 2002/refugees.csv"), status.stdout)

        // A plain run, no --force: 2003 is redone, and now agrees.
        let second = try Harness.run(["run", "--log-format", "text"] + args)
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertTrue(second.stderr.contains("previous year's statistics changed: 2002/refugees.csv"), second.stderr)
        XCTAssertEqual(try opening(w, 2003), [true])
        XCTAssertEqual(try quality(w, 2003)["status"] as? String, "ok")
        XCTAssertEqual(try Harness.run(["run"] + args).stderr.contains("changed, processing"), false, "then up to date")
    }

    /// The earlier year and the later one in one plain run: the earlier first,
    /// and the later year redone because the earlier year's statistics changed.
    func testOnePlainRunRedoesTheLaterYearWhenTheEarlierChanges() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("migstat-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let w = try Workdir(copying: empty)
        let args = w.args + ["--database", "none"]
        try Self.writeYear(w, 2002, holders: 3, pending: 2, grants: 1)
        try Self.writeYear(w, 2003, holders: 4, pending: 1, grants: 0)
        XCTAssertEqual(try Harness.run(["run"] + args).status, 0)
        XCTAssertEqual(try opening(w, 2003), [true])
        try Self.writeYear(w, 2002, holders: 3, pending: 2, grants: 2, januaryName: "cases-2002-01.v2.xml")
        let run = try Harness.run(["run", "--log-format", "json"] + args)
        XCTAssertEqual(run.status, 3, "2003's register no longer agrees: \(run.stderr)")
        XCTAssertEqual(try opening(w, 2003), [false])
    }
}
