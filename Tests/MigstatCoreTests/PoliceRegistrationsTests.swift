@testable import MigstatCore
import XCTest

final class PoliceRegistrationsTests: XCTestCase {
    let out = "2003/foreign-registrations.csv"

    static func document(_ body: String, schema: Int = 1, encoding: String = "UTF-8",
                         root: String = "RegistrationReport", ns: String = "urn:kz:migration-police:registrations",
                         prolog: String = "") -> String {
        """
        <?xml version="1.0" encoding="\(encoding)"?>\(prolog)
        <\(root) xmlns="\(ns)" schemaVersion="\(schema)" period="2003-01" generated="2003-02-02T09:15:00">
        \(body)
        </\(root)>
        """
    }

    static func registration(_ id: String, revision: String? = "1", status: String = "active", doc: String = "aaaa",
                             citizenship: String = "<Citizenship code=\"643\"/>", arrival: String = "01.01.2003",
                             purpose: String = "work", registered: String = "02.01.2003", extra: String = "") -> String {
        let rev = revision.map { " revision=\"\($0)\"" } ?? ""
        return """
          <Registration id="\(id)"\(rev) status="\(status)">
            <Person docHash="\(doc)" sex="M" birthYear="1975"/>
            \(citizenship)
            <Arrival date="\(arrival)" purpose="\(purpose)"/>
            <Registered date="\(registered)" district="Сарыарка" until="14.06.2003"/>\(extra)
          </Registration>
        """
    }

    /// Aggregate reads counted registrations from a line's bytes: the same
    /// record as from its fields, for short, long and escaped values, and no
    /// record from a line of another layout.
    func testACountedRegistrationReadsTheSameFromBytesAsFromFields() throws {
        let long = String(repeating: "f", count: 40)
        for person in ["4b476903f042e691", long, "tab\there", "back\\slash", ""] {
            let r = CountedRegistration(person: ShortKey(person), registered: "2003-01-02", id: "R1", group: "CIS",
                                        country: "RUS", purpose: "WORK", offended: true, expelled: false)
            var line: [UInt8] = []
            for (i, f) in r.staged.enumerated() {
                if i > 0 { line.append(0x09) }
                StagingFormat.appendEscaped(Array(f.utf8), to: &line)
            }
            try CountedRegistration.Bytes.read(ArraySlice(line)) { read in
                let read = try XCTUnwrap(read)
                XCTAssertEqual(ShortKey(read.person), ShortKey(person))
                func text(_ b: UnsafeBufferPointer<UInt8>) -> String { String(decoding: b, as: UTF8.self) }
                XCTAssertEqual([read.person, read.registered, read.id, read.group, read.country, read.purpose].map(text)
                               + [read.offended ? "1" : "0", read.expelled ? "1" : "0"], r.staged)
            }
        }
        for wrong in ["a\tb\tc", "1\t2\t3\t4\t5\t6\t7\t8\t9", "1\\t2\t3"] {   // the last with an escape
            CountedRegistration.Bytes.read(ArraySlice(Array(wrong.utf8))) { XCTAssertNil($0, wrong) }
        }
        XCTAssertNotEqual(ShortKey("ab"), ShortKey("ab\u{0}"))   // the length is part of the key
    }

    func testRevisionsCancellationsAndDuplicates() throws {
        let r = Self.registration
        let s = Scratch()
        s.write("police-registrations", 2003, "registrations-2003-01.xml", Self.document([
            r("R1", "1", "active", "p1", "<Citizenship code=\"643\"/>", "01.01.2003", "work", "02.01.2003", ""),
            r("R1", "2", "active", "p1", "<Citizenship code=\"156\"/>", "01.01.2003", "study", "03.01.2003", ""),
            r("R1", "2", "active", "p1", "<Citizenship code=\"840\"/>", "01.01.2003", "study", "03.01.2003", ""),
            r("R2", nil, "cancelled", "p2", "<Citizenship code=\"643\"/>", "01.01.2003", "work", "02.01.2003", ""),
            r("R3", "1", "active", "p3", "<Citizenship code=\"643\"/>", "01.01.2003", "work", "02.01.2003", ""),
            r("R3", "2", "cancelled", "p3", "<Citizenship code=\"643\"/>", "01.01.2003", "work", "02.01.2003", ""),
        ].joined(separator: "\n")))
        s.write("police-registrations", 2003, "registrations-2003-02.xml", Self.document(
            r("R1", "1", "active", "p1", "<Citizenship code=\"643\"/>", "2003-01-01", "work", "2003-02-02", ""), schema: 2))
        try s.run(year: 2003)
        let feed = try XCTUnwrap(try s.quality(2003).feeds["police-registrations"])
        XCTAssertEqual(feed.records, .init(read: 7, accepted: 1, rejected: 0, duplicates: 1, superseded: 3, cancelled: 2, excluded: 0))
        XCTAssertEqual(s.value(out, ["REGISTRATIONS", "FAR_ABROAD", "CHN", "_T"]), "1", "revision 2 wins")
        XCTAssertEqual(s.value(out, ["REGISTRATIONS", "TOTAL", "_T", "STUDY"]), "1")
        XCTAssertNil(s.value(out, ["REGISTRATIONS", "CIS", "RUS", "_T"]))
        XCTAssertEqual(s.value(out, ["PERSONS", "CIS", "_T", "_T"]), "0")
    }

    func testPersonsCountUnderTheirLatestRegistration() throws {
        let r = Self.registration
        let s = Scratch()
        s.write("police-registrations", 2003, "registrations-2003-01.xml", Self.document([
            r("R1", "1", "active", "p1", "<Citizenship code=\"643\"/>", "01.01.2003", "work", "10.01.2003",
              "\n<Offence article=\"394\" date=\"11.01.2003\"/>"),
            r("R2", "1", "active", "p1", "<Citizenship>Китай</Citizenship>", "01.01.2003", "work", "20.01.2003", ""),
            r("R3", "1", "active", "p2", "<Citizenship>лицо без гражданства</Citizenship>", "01.01.2003", "private", "05.01.2003",
              "\n<Expulsion date=\"06.01.2003\" decision=\"court\"/>"),
            r("R4", "1", "active", "p3", "", "01.01.2003", "medical", "05.01.2003", ""),
            r("R5", "1", "active", "p4", "<Citizenship code=\"156\"> Кытай </Citizenship>", "01.01.2003", "", "05.01.2003", ""),
            r("R6", "1", "active", "p5", "<Citizenship code=\"643\">Германия</Citizenship>", "01.01.2003", "WORK", "05.01.2003", ""),
        ].joined(separator: "\n"), encoding: "UTF-8"))
        try s.run(year: 2003)
        let feed = try XCTUnwrap(try s.quality(2003).feeds["police-registrations"])
        XCTAssertEqual(feed.warningsByKind, ["unknown purpose": 2, "citizenship code/name mismatch": 1])
        XCTAssertEqual(s.value(out, ["PERSONS", "TOTAL", "_T", "_T"]), "5")
        XCTAssertEqual(s.value(out, ["REGISTRATIONS", "TOTAL", "_T", "_T"]), "6")
        XCTAssertEqual(s.value(out, ["PERSONS", "FAR_ABROAD", "CHN", "_T"]), "2", "p1's latest registration is Chinese")
        XCTAssertEqual(s.value(out, ["PERSONS", "CIS", "RUS", "_T"]), "1", "p5: the code wins over Германия")
        XCTAssertEqual(s.value(out, ["REGISTRATIONS", "CIS", "RUS", "_T"]), "2")
        XCTAssertEqual(s.value(out, ["ADMIN_LIABLE", "FAR_ABROAD", "CHN", "_T"]), "1", "the offence was on R1, the person is Chinese now")
        XCTAssertEqual(s.value(out, ["EXPELLED", "STATELESS", "_T", "_T"]), "1")
        XCTAssertEqual(s.value(out, ["PERSONS", "NOT_STATED", "_T", "_T"]), "1")
        XCTAssertEqual(s.value(out, ["REGISTRATIONS", "TOTAL", "_T", "OTHER"]), "2")
        XCTAssertTrue(s.rows(out).allSatisfy { !($0[4] == "STATELESS" || $0[4] == "NOT_STATED") || $0[5] == "_T" })
    }

    func testEveryReject() throws {
        let r = Self.registration
        let s = Scratch()
        s.write("police-registrations", 2003, "registrations-2003-01.xml", Self.document([
            r("", "1", "active", "p", "", "01.01.2003", "work", "02.01.2003", ""),
            r("R2", "1", "active", "", "", "01.01.2003", "work", "02.01.2003", ""),
            r("R3", "1", "active", "p", "", "01.01.2003", "work", "", ""),
            r("R4", "1", "active", "p", "", "01.01.2003", "work", "30.02.2003", ""),
            r("R5", "1", "active", "p", "", "01.01.2002", "work", "31.12.2002", ""),
            r("R6", "1", "active", "p", "", "05.01.2003", "work", "02.01.2003", ""),
            r("R7", "1", "active", "p", "<Citizenship code=\"398\"/>", "01.01.2003", "work", "02.01.2003", ""),
            r("R8", "1", "active", "p", "<Citizenship>Қазақстан</Citizenship>", "01.01.2003", "work", "02.01.2003", ""),
            r("R9", "first", "active", "p", "", "01.01.2003", "work", "02.01.2003", ""),
            r("R10", "1", "pending", "p", "", "01.01.2003", "work", "02.01.2003", ""),
            r("R11", "1", "active", "p", "", "01.12.2002", "work", "02.01.2003", ""),
        ].joined(separator: "\n")))
        try s.run(year: 2003)
        let feed = try XCTUnwrap(try s.quality(2003).feeds["police-registrations"])
        XCTAssertEqual(feed.rejectedByReason, [
            "missing id": 1, "missing docHash": 1, "missing registration date": 1, "impossible date": 1,
            "outside reporting year": 1, "arrival after registration": 1, "citizen of Kazakhstan": 2,
            "invalid revision": 1, "invalid status": 1])
        XCTAssertEqual(feed.records.accepted, 1, "an arrival in an earlier year is fine")
        XCTAssertTrue(s.text("2003/rejects.csv")?.contains("police-registrations/2003/registrations-2003-01.xml,line 21,impossible date,R4") ?? false, s.text("2003/rejects.csv") ?? "")
    }

    func testWindows1251FileWithFoldedNames() throws {
        let s = Scratch()
        let xml = Self.document(Self.registration("R1", citizenship: "<Citizenship>ОЗБЕКСТАН</Citizenship>"), encoding: "windows-1251")
        s.write("police-registrations", 2003, "registrations-2003-01.xml", try XCTUnwrap(xml.data(using: .windowsCP1251)))
        try s.run(year: 2003)
        XCTAssertEqual(s.value(out, ["PERSONS", "CIS", "UZB", "_T"]), "1")
    }

    // MARK: hostile input

    private func quarantine(_ xml: String, file: StaticString = #filePath, line: UInt = #line) throws -> (String, Scratch) {
        let s = Scratch()
        s.write("police-registrations", 2003, "registrations-2003-01.xml", xml)
        try s.run(year: 2003)
        let entry = try XCTUnwrap(try s.quality(2003).feeds["police-registrations"]?.files.first, file: file, line: line)
        XCTAssertEqual(entry.status, "quarantined", file: file, line: line)
        return (entry.error ?? "", s)
    }

    private func everyOutput(_ s: Scratch) -> String {
        let files = FileManager.default.enumerator(atPath: s.output)?.allObjects as? [String] ?? []
        return files.compactMap { try? String(contentsOfFile: "\(s.output)/\($0)", encoding: .utf8) }.joined()
    }

    func testEntityBombIsRefused() throws {
        let bomb = """
        <?xml version="1.0"?>
        <!DOCTYPE RegistrationReport [
          <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
          <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
          <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
          <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
          <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
          <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
          <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
          <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
        ]>
        <RegistrationReport xmlns="urn:kz:migration-police:registrations" schemaVersion="1">
          <Registration id="&h;"/>
        </RegistrationReport>
        """
        let (error, _) = try quarantine(bomb)
        XCTAssertEqual(error, "line 2: DTD not allowed")
    }

    func testExternalEntityToALocalFileIsRefused() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("secret-\(UUID().uuidString)")
        try "TOP-SECRET-CONTENT".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let xxe = Self.document(Self.registration("R1", citizenship: "<Citizenship>&xxe;</Citizenship>"),
                                prolog: "\n<!DOCTYPE RegistrationReport [ <!ENTITY xxe SYSTEM \"file://\(secret.path)\"> ]>")
        let (error, s) = try quarantine(xxe)
        XCTAssertTrue(error.contains("DTD not allowed"), error)
        XCTAssertFalse(everyOutput(s).contains("TOP-SECRET"))
    }

    func testUndeclaredEntityWithoutADTDIsNotWellFormed() throws {
        let (error, _) = try quarantine(Self.document(Self.registration("R1", citizenship: "<Citizenship>&xxe;</Citizenship>")))
        XCTAssertTrue(error.contains("xxe"), error)
    }

    func testExternalEntityToLoopbackIsRefused() throws {
        let xxe = Self.document(Self.registration("R1", citizenship: "<Citizenship>&net;</Citizenship>"),
                                prolog: "\n<!DOCTYPE RegistrationReport SYSTEM \"http://127.0.0.1:9/evil.dtd\" [ <!ENTITY net SYSTEM \"http://127.0.0.1:9/x\"> ]>")
        let (error, _) = try quarantine(xxe)
        XCTAssertTrue(error.contains("DTD not allowed"), error)
    }

    func testAbsurdNestingIsRefused() throws {
        let deep = String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)
        let (error, _) = try quarantine(Self.document("<Registration id=\"R1\">\(deep)</Registration>"))
        XCTAssertTrue(error.contains("nesting too deep"), error)
    }

    func testAnotherDocumentIsQuarantined() throws {
        XCTAssertTrue(try quarantine(Self.document("", root: "Resettlement")).0.contains("not a RegistrationReport document"))
        XCTAssertTrue(try quarantine(Self.document("", ns: "urn:other")).0.contains("not a RegistrationReport document"))
        XCTAssertTrue(try quarantine("").0.contains("empty"))
        let truncated = String(Self.document(Self.registration("R1")).dropLast(40))
        XCTAssertFalse(try quarantine(truncated).0.isEmpty)
        XCTAssertFalse(try quarantine(Self.document("", encoding: "windows-1251") + "\u{1}").0.isEmpty)
    }

    func testOverlongValueIsRefused() throws {
        let huge = String(repeating: "x", count: 70_000)
        let (error, _) = try quarantine(Self.document(Self.registration("R1", citizenship: "<Citizenship>\(huge)</Citizenship>")))
        XCTAssertTrue(error.contains("field too long"), error)
    }
}
