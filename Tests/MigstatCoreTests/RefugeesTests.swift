@testable import MigstatCore
import XCTest

final class RefugeesTests: XCTestCase {
    let out = "2003/refugees.csv"

    /// A refugees XML document: the register (`RefugeeRegister`) or a month's cases.
    static func document(_ cases: [String], register: Bool = false, encoding: String = "UTF-8") -> String {
        let root = register ? "RefugeeRegister" : "RefugeeCases"
        return """
        <?xml version="1.0" encoding="\(encoding)"?>
        <\(root) xmlns="urn:kz:migration-police:refugees" generated="2003-05-03T11:00:00">
        \(cases.joined(separator: "\n"))
        </\(root)>
        """
    }

    /// One case; nil leaves the attribute or element out.
    static func refugeeCase(_ id: String, revision: String? = "1", status: String? = nil, docHash: String? = "d0c",
                            code: String? = nil, name: String? = nil, persons: String? = nil,
                            applied: String? = "2003-02-01", decision: (String, String)? = nil,
                            ceased: (String, String)? = nil) -> String {
        func attr(_ n: String, _ v: String?) -> String { v.map { " \(n)=\"\($0)\"" } ?? "" }
        var s = "  <Case\(attr("id", id))\(attr("revision", revision))\(attr("status", status))>\n"
        s += "    <Applicant\(attr("docHash", docHash)) sex=\"F\" birthYear=\"1970\"/>\n"
        if code != nil || name != nil { s += "    <Citizenship\(attr("code", code))>\(name ?? "")</Citizenship>\n" }
        if let persons { s += "    <Family persons=\"\(persons)\"/>\n" }
        s += "    <Applied\(attr("date", applied))/>\n"
        if let (date, outcome) = decision { s += "    <Decision date=\"\(date)\" outcome=\"\(outcome)\"/>\n" }
        if let (date, basis) = ceased { s += "    <Ceased date=\"\(date)\" basis=\"\(basis)\"/>\n" }
        return s + "  </Case>"
    }

    func testEventsCountInTheYearOfTheirOwnDateAndStocksFollowTheIdentities() throws {
        let c = Self.refugeeCase
        let s = Scratch()
        s.write("refugees", 2003, "register-2003.xml", Self.document([
            c("H1", "2", nil, "a", "004", nil, "4", "2001-03-01", ("2001-09-01", "granted"), nil),
            c("H2", "2", nil, "b", "TJK", nil, "2", "2001-04-01", ("2002-01-10", "берілді"), nil),
            c("P1", "1", nil, "c", nil, "Китай", "3", "2002-11-01", nil, nil),
            c("X1", "2", nil, "e", "RUS", nil, nil, "2001-01-01", ("2001-06-01", "refused"), nil),   // no longer open
        ], register: true))
        s.write("refugees", 2003, "cases-2003-01.xml", Self.document([
            c("N1", "1", nil, "f", "AFG", nil, "5", "2003-01-10", nil, nil),
            c("H2", "3", nil, "b", "TJK", nil, "2", "2001-04-01", ("2002-01-10", "granted"), ("2003-01-20", "Returned")),
        ]))
        s.write("refugees", 2003, "cases-2003-03.xml", Self.document([
            c("N1", "2", nil, "f", "AFG", nil, "5", "2003-01-10", ("2003-03-05", "отказано"), nil),
            c("P1", "2", nil, "c", nil, "Китай", "3", "2002-11-01", ("2003-03-07", "ПРЕДОСТАВЛЕН"), nil),
            c("S1", "1", nil, "g", nil, "лицо без гражданства", nil, "2003-03-09", ("2003-03-10", "өтініш кері алынды"), nil),
        ]))
        try s.run(year: 2003)
        let feed = try XCTUnwrap(try s.quality(2003).feeds["refugees"])
        XCTAssertEqual(feed.records, .init(read: 9, accepted: 7, rejected: 0, duplicates: 0, superseded: 1, cancelled: 0, excluded: 1),
                       "X1 is in the register but no longer open: excluded")
        XCTAssertEqual(feed.coverageMonths, 2, "the register covers no month")
        let v = { (m: String, g: String, c: String) in s.value(self.out, [m, g, c]) }
        XCTAssertEqual(v("HOLDERS_START", "TOTAL", "_T"), "6")
        XCTAssertEqual(v("HOLDERS_START", "CIS", "TJK"), "2")
        XCTAssertEqual(v("PENDING_START", "FAR_ABROAD", "CHN"), "3")
        XCTAssertEqual(v("APPLIED", "TOTAL", "_T"), "6", "N1 and S1 applied in 2003; P1's application is history")
        XCTAssertEqual(v("GRANTED", "FAR_ABROAD", "CHN"), "3")
        XCTAssertEqual(v("REFUSED", "FAR_ABROAD", "AFG"), "5")
        XCTAssertEqual(v("WITHDRAWN", "STATELESS", "_T"), "1")
        XCTAssertNil(v("WITHDRAWN", "STATELESS", "XXA"), "stateless persons have no per-country rows")
        XCTAssertEqual(v("CEASED_RETURNED", "CIS", "TJK"), "2", "H2's grant (2002) is history, its cessation counts")
        XCTAssertEqual(v("HOLDERS_END", "TOTAL", "_T"), "7", "6 + 3 granted - 2 ceased")
        XCTAssertEqual(v("PENDING_END", "TOTAL", "_T"), "0", "3 + 6 applied - 3 granted - 5 refused - 1 withdrawn")
        XCTAssertNil(v("HOLDERS_END", "CIS", "TJK"), "zero: no per-country row")
        XCTAssertEqual(v("RECOGNITION_RATE", "TOTAL", "_T"), "37.5", "3 of 8 persons decided")
        XCTAssertEqual(v("RECOGNITION_RATE", "FAR_ABROAD", "CHN"), "100.0")
        let stateless = try XCTUnwrap(s.rows(out).first { $0[3] == "RECOGNITION_RATE" && $0[4] == "STATELESS" })
        XCTAssertEqual(Array(stateless[6...]), ["", "PC", "M", "2"], "a withdrawal decides nothing: the rate is missing")
        XCTAssertEqual(s.rows(out).filter { $0[5] == "_T" }.count, 65, "every measure by every group")
        let checks = try s.quality(2003).checks
        XCTAssertTrue(checks.allSatisfy(\.passed), "\(checks)")
        XCTAssertEqual(checks.filter { $0.name.hasPrefix("refugees: TOTAL") || $0.name.contains("_END =") }.count, 3)
    }

    func testRevisionsDuplicatesAndCancelledCasesAsForThePolice() throws {
        let c = Self.refugeeCase
        let s = Scratch()
        s.write("refugees", 2003, "cases-2003-02.xml", Self.document([
            c("A", "2", nil, "a", "AFG", nil, "2", "2003-02-01", nil, nil),
            c("A", "2", nil, "a", "AFG", nil, "9", "2003-02-01", nil, nil),          // the same revision: a duplicate
            c("B", "1", "cancelled", "b", "AFG", nil, nil, "2003-02-03", nil, nil),
            c("C", "1", nil, "c", "AFG", nil, nil, "2003-02-04", nil, nil),
        ]))
        s.write("refugees", 2003, "cases-2003-04.xml", Self.document([
            c("A", "1", nil, "a", "AFG", nil, "7", "2003-02-01", nil, nil),          // lower, later: superseded
            c("C", "2", "CANCELLED", "c", "AFG", nil, nil, "2003-02-04", nil, nil),  // withdrawn: counts nowhere
        ]))
        try s.run(year: 2003)
        let feed = try XCTUnwrap(try s.quality(2003).feeds["refugees"])
        XCTAssertEqual(feed.records, .init(read: 6, accepted: 1, rejected: 0, duplicates: 1, superseded: 2, cancelled: 2, excluded: 0))
        XCTAssertEqual(s.value(out, ["APPLIED", "TOTAL", "_T"]), "2", "revision 2 of A, with its own family size")
        XCTAssertEqual(s.value(out, ["PENDING_END", "TOTAL", "_T"]), "2")
    }

    func testEveryReject() throws {
        let c = Self.refugeeCase
        let s = Scratch()
        s.write("refugees", 2003, "cases-2003-05.xml", Self.document([
            c("", "1", nil, "a", "AFG", nil, nil, "2003-05-01", nil, nil),
            c("R2", "1", nil, nil, "AFG", nil, nil, "2003-05-01", nil, nil),
            c("R3", "1", nil, "a", "AFG", nil, nil, nil, nil, nil),
            c("R4", "1", nil, "a", "AFG", nil, nil, "2003-02-30", nil, nil),
            c("R5", "1", nil, "a", "AFG", nil, nil, "2003-05-01", ("", "granted"), nil),           // a decision with no date
            c("R6", "2", nil, "a", "AFG", nil, nil, "2001-05-01", ("2002-05-01", "granted"), nil), // nothing in 2003
            c("R7", "1", nil, "a", "AFG", nil, nil, "2003-05-01", ("2003-04-30", "refused"), nil),
            c("R8", "1", nil, "a", "AFG", nil, nil, "2003-05-01", ("2003-05-02", "отложено"), nil),
            c("R9", "1", nil, "a", "AFG", nil, nil, "2003-05-01", ("2003-05-02", "refused"), ("2003-05-03", "returned")),
            c("R10", "1", nil, "a", "AFG", nil, nil, "2003-05-01", ("2003-05-04", "granted"), ("2003-05-03", "returned")),
            c("R11", "1", nil, "a", "AFG", nil, nil, "2003-05-01", ("2003-05-02", "granted"), ("2003-05-03", "deported")),
            c("R12", "1", nil, "a", "AFG", nil, "0", "2003-05-01", nil, nil),
            c("R13", "1", nil, "a", "AFG", nil, "51", "2003-05-01", nil, nil),
            c("R14", "1", nil, "a", "AFG", nil, "+2", "2003-05-01", nil, nil),
            c("R15", "1", nil, "a", "KZ", "Ауғанстан", nil, "2003-05-01", nil, nil),
            c("R16", "v2", nil, "a", "AFG", nil, nil, "2003-05-01", nil, nil),
            c("R17", "1", "closed", "a", "AFG", nil, nil, "2003-05-01", nil, nil),
            c("R18", "1", nil, "a", "AFG", nil, "50", "2003-05-01", ("2003-05-02", "granted"), ("2003-05-02", "resettled")),
        ]))
        s.write("refugees", 2003, "register-2003.xml", Self.document([
            c("G1", "1", nil, "a", "AFG", nil, nil, "2003-01-01", nil, nil),   // the register's events are all earlier
        ], register: true))
        try s.run(year: 2003)
        let feed = try XCTUnwrap(try s.quality(2003).feeds["refugees"])
        XCTAssertEqual(feed.rejectedByReason, [
            "missing id": 1, "missing docHash": 1, "missing application date": 1, "impossible date": 2,
            "outside reporting year": 2, "decision before application": 1, "unknown outcome": 1,
            "cessation without grant": 2, "unknown basis": 1, "invalid persons": 3, "citizen of Kazakhstan": 1,
            "invalid revision": 1, "invalid status": 1])
        XCTAssertEqual(feed.records.accepted, 1, "R18: granted and resettled the same day, a family of 50")
        XCTAssertEqual(s.value(out, ["CEASED_RESETTLED", "FAR_ABROAD", "AFG"]), "50")
        let rejects = try XCTUnwrap(s.text("2003/rejects.csv"))
        XCTAssertTrue(rejects.contains("refugees,refugees/2003/cases-2003-05.xml,line 8,missing docHash,R2\n"), rejects)
    }

    func testCitizenshipByTheCountedRevisionAndTheCodeWinning() throws {
        let c = Self.refugeeCase
        let s = Scratch()
        s.write("refugees", 2003, "cases-2003-01.xml", Self.document([
            c("A", "1", nil, "a", nil, "Неизвестно", "2", "2003-01-05", nil, nil),
            c("B", "1", nil, "b", "860", "Китай", nil, "2003-01-06", nil, nil),
        ]))
        s.write("refugees", 2003, "cases-2003-02.xml", Self.document([
            c("A", "2", nil, "a", nil, "Ресей", "2", "2003-01-05", ("2003-02-01", "granted"), nil),
        ]))
        try s.run(year: 2003)
        XCTAssertEqual(try s.quality(2003).feeds["refugees"]?.warningsByKind, ["citizenship code/name mismatch": 1])
        XCTAssertEqual(s.value(out, ["APPLIED", "CIS", "RUS"]), "2", "the counted revision's citizenship")
        XCTAssertEqual(s.value(out, ["APPLIED", "CIS", "UZB"]), "1", "the code wins")
        XCTAssertEqual(s.value(out, ["APPLIED", "NOT_STATED", "_T"]), "0")
    }

    /// The counted line (normalised.tsv), named as `migstat debug staging` shows it, and back.
    func testTheCountedLineNamesItsFieldsAndReadsBack() {
        let count = RefugeeCount(measure: "GRANTED", group: "CIS", country: "TJK", persons: 4, month: 5)
        XCTAssertEqual(count.staged, ["GRANTED", "CIS", "TJK", "4", "5"])
        XCTAssertEqual(FeedRegistry.plugin("refugees")?.countedFields(count.staged), ["measure", "group", "country", "persons", "month"])
        XCTAssertEqual(RefugeeCount(staged: count.staged), count)
        XCTAssertNil(RefugeeCount(staged: ["GRANTED", "CIS", "TJK", "four", "5"]))
        XCTAssertNil(RefugeeCount(staged: ["GRANTED", "CIS", "TJK", "4", "13"]), "a month of the year, or 0 for an opening stock")
    }

    /// DATABASE.md's columns, one concrete case in, the exact row out, every column by name.
    func testGoldenRowOfAMonthlyCase() throws {
        let row = try settle("refugees", kind: "cases", [
            "id": "RC-7", "revision": "3", "status": "active", "doc_hash": "51c0a9", "citizenship_code": "004",
            "citizenship_name": "Ауғанстан", "persons": "4", "applied_date": "2002-11-03", "decisions": "1",
            "decision_date": "2003-04-20", "outcome": "Берілді", "cessations": "1", "ceased_date": "2003-09-02", "ceased_basis": "Resettled",
        ])
        XCTAssertEqual(row, .init(fate: "accepted", table: "refugee_case", columns: [
            "case_id": "RC-7", "revision": "3", "status": "active", "applicant": "51c0a9", "citizenship": "AFG",
            "citizenship_group": "FAR_ABROAD", "persons": "4", "applied_date": "2002-11-03", "decision_date": "2003-04-20",
            "outcome": "granted", "ceased_date": "2003-09-02", "ceased_basis": "resettled",
        ]))
    }

    func testGoldenRowOfARegisterCase() throws {
        let row = try settle("refugees", kind: "register", [
            "id": "RC-2001-9", "revision": "2", "doc_hash": "e295", "citizenship_code": "",
            "citizenship_name": "Тәжікстан", "persons": "", "applied_date": "2001-08-27", "decisions": "1",
            "decision_date": "2001-12-19", "outcome": "предоставлен", "cessations": "0",
        ])
        XCTAssertEqual(row, .init(fate: "accepted", table: "refugee_register_case", columns: [
            "case_id": "RC-2001-9", "revision": "2", "status": "active", "applicant": "e295", "citizenship": "TJK",
            "citizenship_group": "CIS", "persons": "1", "applied_date": "2001-08-27", "decision_date": "2001-12-19",
            "outcome": "granted", "ceased_date": "", "ceased_basis": "",
        ]))
    }

    func testGoldenRowOfARejectedCaseIsTheCaseAsRead() throws {
        let row = try settle("refugees", kind: "cases", [
            "id": " RC-8 ", "revision": "1", "status": "active", "doc_hash": "ab12", "citizenship_code": "",
            "citizenship_name": "Afghanistan", "persons": "many", "applied_date": "2003-03-01", "decisions": "0",
        ])
        XCTAssertEqual(row, .init(fate: "rejected", table: "refugee_case", columns: [
            "case_id": "RC-8", "revision": "1", "status": "active", "applicant": "ab12", "citizenship": "Afghanistan",
            "citizenship_group": "", "persons": "many", "applied_date": "2003-03-01", "decision_date": "",
            "outcome": "", "ceased_date": "", "ceased_basis": "",
        ]))
    }

    /// A year of refugees: the register holds `holders` status holders and
    /// `pending` applications (persons of one each); January grants `grants` of
    /// the pending; every month up to `months` has an application withdrawn
    /// within it (a file holds at least one case), which leaves the stocks as they were.
    static func writeYear(_ s: Scratch, _ y: Int, holders: Int, pending: Int, grants: Int, months: Int = 12) {
        let c = refugeeCase
        s.write("refugees", y, "register-\(y).xml", document(
            (0..<holders).map { c("H\($0)", "2", nil, "h\($0)", "AFG", nil, nil, "\(y - 2)-03-01", ("\(y - 2)-06-01", "granted"), nil) }
            + (0..<pending).map { c("P\($0)", "1", nil, "p\($0)", "AFG", nil, nil, "\(y - 1)-03-01", nil, nil) }, register: true))
        for m in 1...months {
            let month = String(format: "%d-%02d", y, m)
            let withdrawn = c("W\(m)", "1", nil, "w\(m)", "AFG", nil, nil, "\(month)-05", ("\(month)-06", "withdrawn"), nil)
            let granted = m > 1 ? [] : (0..<grants).map {
                c("P\($0)", "2", nil, "p\($0)", "AFG", nil, nil, "\(y - 1)-03-01", ("\(y)-01-15", "granted"), nil)
            }
            s.write("refugees", y, "cases-\(month).xml", document(granted + [withdrawn]))
        }
    }

    static let openingCheck = "refugees: opening register = previous year's end"

    /// STATISTICS.md "Checks across feeds and years": the opening register
    /// against the previous year's end, the files it read in the manifest,
    /// and the year due again, in the same plain run, when they change.
    func testOpeningRegisterAgainstThePreviousYearsEnd() throws {
        let s = Scratch()
        Self.writeYear(s, 2002, holders: 3, pending: 2, grants: 1)   // ends with 4 holders, 1 pending
        Self.writeYear(s, 2003, holders: 4, pending: 1, grants: 0)
        let config = try PipelineConfig.load(directory: pipelinesDir)
        let pipeline = Pipeline(config: config, workspace: Workspace(input: s.input, output: s.output), logger: quietLogger)
        func manifest(_ y: Int) throws -> Manifest {
            try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: URL(fileURLWithPath: "\(s.output)/\(y)/manifest.json")))
        }
        func opening(_ y: Int) throws -> [Bool] { try s.quality(y).checks.filter { $0.name == Self.openingCheck }.map(\.passed) }

        var outcome = try pipeline.run(years: nil, force: false)
        XCTAssertEqual(outcome.processed.map(\.year), [2002, 2003])
        XCTAssertEqual(try opening(2002), [], "2001 is not published: skipped, not listed")
        XCTAssertEqual(try opening(2003), [true])
        let published2002 = try XCTUnwrap(FileManager.default.contents(atPath: "\(s.output)/2002/refugees.csv"))
        XCTAssertEqual(try manifest(2003).readFrom, [Manifest.Entry(path: "2002/refugees.csv", size: nil, sha256: Hashing.sha256(published2002))])
        XCTAssertNil(try manifest(2002).readFrom)
        XCTAssertFalse(try String(contentsOfFile: "\(s.output)/2002/manifest.json", encoding: .utf8).contains("read_from"))

        // 2002 corrected: two grants in January. 2003 is redone in the same plain run, and its register now disagrees.
        Self.writeYear(s, 2002, holders: 3, pending: 2, grants: 2)
        outcome = try pipeline.run(years: nil, force: false)
        XCTAssertEqual(outcome.processed.map(\.year), [2002, 2003])
        XCTAssertEqual(outcome.skipped, [])
        XCTAssertEqual(outcome.processed.last?.failedChecks, [Self.openingCheck])
        XCTAssertEqual(try s.quality(2003).status, "failed")

        // Unchanged: not rebuilt. The register of 2003 corrected: redone, and it agrees.
        outcome = try pipeline.run(years: nil, force: false)
        XCTAssertEqual(outcome.processed.map(\.year), [])
        XCTAssertEqual(outcome.unchangedFailures.map(\.year), [2003])
        Self.writeYear(s, 2003, holders: 5, pending: 0, grants: 0)
        outcome = try pipeline.run(years: nil, force: false)
        XCTAssertEqual(outcome.processed.map(\.year), [2003])
        XCTAssertEqual(try opening(2003), [true])

        // 2002 down to 11 months: the check no longer applies, and 2003 no longer reads 2002.
        try FileManager.default.removeItem(atPath: "\(s.input)/refugees/2002/cases-2002-12.xml")
        XCTAssertEqual(try ChangeDetector.reasons(year: 2003, config: config, workspace: pipeline.workspace), [])
        outcome = try pipeline.run(years: nil, force: false)
        XCTAssertEqual(outcome.processed.map(\.year), [2002, 2003])
        XCTAssertEqual(try opening(2003), [])
        XCTAssertNil(try manifest(2003).readFrom)
        XCTAssertEqual(try ChangeDetector.reasons(year: 2003, config: config, workspace: pipeline.workspace), [])
    }

    func testALaterYearIsDueWhenThePreviousYearsStatisticsChange() throws {
        let s = Scratch()
        Self.writeYear(s, 2002, holders: 3, pending: 2, grants: 1)
        Self.writeYear(s, 2003, holders: 4, pending: 1, grants: 0)
        let config = try PipelineConfig.load(directory: pipelinesDir)
        let pipeline = Pipeline(config: config, workspace: Workspace(input: s.input, output: s.output), logger: quietLogger)
        _ = try pipeline.run(years: nil, force: false)
        Self.writeYear(s, 2002, holders: 3, pending: 2, grants: 2)
        _ = try pipeline.run(years: [2002], force: false)
        XCTAssertEqual(try ChangeDetector.reasons(year: 2003, config: config, workspace: pipeline.workspace),
                       ["previous year's statistics changed: 2002/refugees.csv"])
        let outcome = try pipeline.run(years: [2003], force: false)
        XCTAssertEqual(outcome.processed.map(\.year), [2003], "due without --force")
    }
}
