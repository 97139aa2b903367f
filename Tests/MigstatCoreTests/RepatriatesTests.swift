@testable import MigstatCore
import XCTest

final class RepatriatesTests: XCTestCase {
    let out = "2003/repatriates.csv"

    static func document(_ families: String, plan: String = "<QuotaPlan families=\"4\" persons=\"10\"/>") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <Resettlement xmlns="urn:kz:migration-agency:repatriates" year="2003" region="KZ-71">
          \(plan)
        \(families)
        </Resettlement>
        """
    }

    static func family(_ id: String, arrived: String = "2003-06-15", quota: String? = "true", origin: String = "MNG",
                       roles: [String] = ["head", "spouse"], payments: [(String, String)] = []) -> String {
        let q = quota.map { " quota=\"\($0)\"" } ?? ""
        return "  <Family id=\"\(id)\" arrived=\"\(arrived)\"\(q) origin=\"\(origin)\">\n"
            + roles.map { "    <Member role=\"\($0)\" sex=\"M\" birthYear=\"1960\"/>\n" }.joined()
            + payments.map { "    <Payment kind=\"\($0.0)\" amount=\"\($0.1)\"/>\n" }.joined()
            + "  </Family>"
    }

    func testFamiliesPersonsAndExactPayments() throws {
        let f = Self.family
        let s = Scratch()
        s.write("repatriates", 2003, "repatriates-2003.xml", Self.document([
            f("F1", "2003-03-01", "true", "MNG", ["head", "spouse", "child"], [("benefit", "53705.60"), ("Housing", "1480000.00")]),
            f("F2", "2003-03-02", "true", "Монголия", ["head"], [("benefit", "71079.40"), ("benefit", "0.00")]),
            f("F3", "2003-03-03", nil, "Атлантида", ["head", "child"], [("adaptation", "7777.77")]),
            f("F4", "2003-03-04", "false", "лицо без гражданства", ["head"], [("transport", "31000.01")]),
        ].joined(separator: "\n")))
        s.write("repatriates", 2003, "repatriates-2002.xml", "ignored: another year's period in this folder")
        try s.run(year: 2003)
        let feed = try XCTUnwrap(try s.quality(2003).feeds["repatriates"])
        XCTAssertEqual(feed.records.accepted, 4)
        XCTAssertEqual(feed.warningsByKind, ["unknown country": 1])
        XCTAssertEqual(feed.files.map(\.status), ["quarantined", "read"])
        XCTAssertEqual(s.value(out, ["FAMILIES", "_T", "_T"]), "4")
        XCTAssertEqual(s.value(out, ["FAMILIES", "QUOTA", "_T"]), "2")
        XCTAssertEqual(s.value(out, ["FAMILIES", "NON_QUOTA", "_T"]), "2", "a missing quota attribute is non-quota")
        XCTAssertEqual(s.value(out, ["PERSONS", "_T", "_T"]), "7")
        XCTAssertEqual(s.value(out, ["PERSONS", "_T", "MNG"]), "4")
        XCTAssertEqual(s.value(out, ["FAMILIES", "_T", "MNG"]), "2")
        XCTAssertEqual(s.value(out, ["PAY_BENEFIT", "_T", "_T"]), "124.79", "124 785.00 tenge, summed in tiyn")
        XCTAssertEqual(s.value(out, ["PAY_HOUSING", "QUOTA", "_T"]), "1480.00")
        XCTAssertEqual(s.value(out, ["PAY_ADAPTATION", "NON_QUOTA", "_T"]), "7.78")
        XCTAssertEqual(s.value(out, ["PAY_TRANSPORT", "NON_QUOTA", "_T"]), "31.00")
        XCTAssertEqual(s.value(out, ["PLAN_FAMILIES", "QUOTA", "_T"]), "4")
        XCTAssertEqual(s.value(out, ["FULFILMENT", "QUOTA", "_T"]), "50.0")
        XCTAssertEqual(s.rows(out).filter { $0[5] != "_T" }.map { $0[5] }.sorted(), ["MNG", "MNG"], "no stateless or unknown origin rows")
    }

    func testEveryReject() throws {
        let f = Self.family
        let s = Scratch()
        s.write("repatriates", 2003, "repatriates-2003.xml", Self.document([
            f("F1", "2003-03-01", "true", "MNG", ["spouse", "child"], []),
            f("F2", "2003-03-01", "true", "MNG", ["head", "head"], []),
            f("F3", "2003-03-01", "true", "MNG", ["head"], [("benefit", "-5.00")]),
            f("F4", "2003-03-01", "true", "MNG", ["head"], [("benefit", "5.001")]),
            f("F5", "2003-03-01", "true", "MNG", ["head"], [("bonus", "5.00")]),
            f("F6", "2002-12-31", "true", "MNG", ["head"], []),
            f("F7", "2003-02-30", "true", "MNG", ["head"], []),
            f("F8", "2003-03-01", "true", "MNG", ["head"], []),
            f("F8", "2003-03-01", "true", "CHN", ["head"], []),
        ].joined(separator: "\n"), plan: ""))
        try s.run(year: 2003)
        let feed = try XCTUnwrap(try s.quality(2003).feeds["repatriates"])
        XCTAssertEqual(feed.rejectedByReason, [
            "no head member": 1, "more than one head member": 1, "negative amount": 1, "invalid amount": 1,
            "unknown payment kind": 1, "outside reporting year": 1, "impossible date": 1, "duplicate family id": 1])
        XCTAssertEqual(s.value(out, ["FAMILIES", "_T", "MNG"]), "1", "the first F8 counts")
        let fulfilment = try XCTUnwrap(s.rows(out).first { $0[3] == "FULFILMENT" })
        XCTAssertEqual(Array(fulfilment[6...]), ["", "PC", "M", "12"], "no plan: fulfilment missing")
    }
}
