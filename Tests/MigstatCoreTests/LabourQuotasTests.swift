@testable import MigstatCore
import XCTest

final class LabourQuotasTests: XCTestCase {
    let out = "2003/labour-quota.csv"
    let header = "Номер разрешения;Дата выдачи;Действительно до;БИН работодателя;Работодатель;ОКЭД;Категория;Страна;Количество работников;Статус\r\n"
    let bin = "990340001230"

    private func write(_ s: Scratch, _ name: String, _ text: String) throws {
        s.write("labour-quotas", 2003, name, try XCTUnwrap(text.data(using: .windowsCP1251)))
    }

    func testLatestRowDecidesThePermit() throws {
        let s = Scratch()
        try write(s, "quota-2003.csv", "Год;Категория;Квота\r\n2003;I;40\r\n2003;2;10\r\n2003;III;0\r\n")
        try write(s, "permits-2003-Q1.csv", header + """
        P1;10.01.2003;09.01.2004;\(bin);\"ТОО \"\"А; Б\"\"\";41200;I;КНР;10;выдано
        P2;11.01.2003;09.01.2004;\(bin);X;41200;2;Туркия;4,0;берілді
        P3;12.01.2003;09.01.2004;\(bin);X;41200;II;Ресей;3;выдано
        P4;13.01.2003;09.01.2004;\(bin);X;41200;3;Атлантида;5;выдано
        P5;13.01.2003;09.01.2004;\(bin);X;41200;1;Россия;1;продлено
        """ + "\r\n")
        try write(s, "permits-2003-Q2.csv", header + """
        P1;10.05.2003;09.01.2005;\(bin);X;41200;1;China;12;продлено
        P2;11.05.2003;09.01.2004;\(bin);X;41200;II;Turkey;4;отозвано
        P3;12.04.2003;09.01.2004;\(bin);X;41200;II;Ресей;3;кері кайтарылды
        P3;12.06.2003;09.01.2005;\(bin);X;41200;II;Ресей;3;узартылды
        """ + "\r\n")
        try s.run(year: 2003)
        let feed = try XCTUnwrap(try s.quality(2003).feeds["labour-quotas"])
        // quota 3 accepted; P1, P3 (revived by a later extension), P4 accepted; P2 revoked; P5 issued earlier.
        XCTAssertEqual(feed.records, .init(read: 12, accepted: 6, rejected: 0, duplicates: 0, superseded: 4, cancelled: 1, excluded: 1))
        XCTAssertEqual(feed.warningsByKind, ["unknown country": 1])
        XCTAssertEqual(feed.coverageMonths, 6)
        XCTAssertEqual(s.value(out, ["PERMITS", "_T", "_T"]), "3")
        XCTAssertEqual(s.value(out, ["WORKERS", "_T", "_T"]), "20")
        XCTAssertEqual(s.value(out, ["WORKERS", "_T", "CHN"]), "12", "workers from the latest row")
        XCTAssertEqual(s.value(out, ["WORKERS", "I", "_T"]), "12")
        XCTAssertEqual(s.value(out, ["FULFILMENT", "I", "_T"]), "30.0")
        XCTAssertEqual(s.value(out, ["FULFILMENT", "II", "_T"]), "30.0")
        XCTAssertEqual(s.value(out, ["FULFILMENT", "_T", "_T"]), "40.0")
        let m = try XCTUnwrap(s.rows(out).first { $0[3] == "FULFILMENT" && $0[4] == "III" })
        XCTAssertEqual(Array(m[6...]), ["", "PC", "M", "6"], "a zero quota: empty value, status M, unit and coverage kept")
        XCTAssertEqual(s.rows(out).first?[8], "P", "6 months covered")
        XCTAssertNil(s.value(out, ["PERMITS", "_T", "TUR"]), "the revoked permit counts nowhere")
    }

    func testEveryReject() throws {
        let s = Scratch()
        try write(s, "quota-2003.csv", "Год;Категория;Квота\r\n2003;I;40\r\n2003;1;50\r\n2002;II;10\r\n2003;V;10\r\n")
        try write(s, "permits-2003-Q1.csv", header + """
        ;10.01.2003;;\(bin);X;1;I;КНР;1;выдано
        P2;31.02.2003;;\(bin);X;1;I;КНР;1;выдано
        P3;31.12.2002;;\(bin);X;1;I;КНР;1;выдано
        P4;10.01.2003;;990340001231;X;1;I;КНР;1;выдано
        P5;10.01.2003;;\(bin);X;1;V;КНР;1;выдано
        P6;10.01.2003;;\(bin);X;1;0;КНР;1;выдано
        P7;10.01.2003;;\(bin);X;1;I;КНР;1;утеряно
        P8;10.01.2003;;\(bin);X;1;I;КНР;0;выдано
        P9;10.01.2003;;\(bin);X;1;I;КНР;-3;выдано
        P10;10.01.2003;;\(bin);X;1;I;КНР;12,5;выдано
        P11;10.01.2003;;\(bin);X;1;I;КНР;12,0;выдано
        """ + "\r\n")
        try s.run(year: 2003)
        let feed = try XCTUnwrap(try s.quality(2003).feeds["labour-quotas"])
        XCTAssertEqual(feed.rejectedByReason, [
            "missing permit number": 1, "impossible date": 1, "outside reporting year": 2, "invalid BIN": 1,
            "unknown category": 3, "unknown status": 1, "non-positive worker count": 2,
            "non-integer worker count": 1, "duplicate category": 1])
        XCTAssertEqual(s.value(out, ["WORKERS", "_T", "_T"]), "12")
        XCTAssertEqual(s.value(out, ["QUOTA", "I", "_T"]), "40", "the first row of a category counts")
    }

    func testNoQuotaFileMeansZeroQuotaAndAWarning() throws {
        let s = Scratch()
        try write(s, "permits-2003-Q1.csv", header + "P1;10.01.2003;;\(bin);X;1;I;КНР;1;выдано\r\n")
        try s.run(year: 2003)
        XCTAssertEqual(try s.quality(2003).feeds["labour-quotas"]?.warningsByKind, ["no quota file": 1])
        XCTAssertEqual(s.value(out, ["QUOTA", "_T", "_T"]), "0")
        XCTAssertEqual(s.rows(out).filter { $0[3] == "FULFILMENT" }.map { $0[8] }, ["M", "M", "M", "M", "M"])
    }
}
