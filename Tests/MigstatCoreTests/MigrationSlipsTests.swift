@testable import MigstatCore
import XCTest

final class MigrationSlipsTests: XCTestCase {
    let header = "slip_id,kind,event_date,sex,birth_year,ethnicity,citizenship,partner_kind,partner_code,partner_name\n"
    let flows = "2003/migration-flows.csv"

    func testRulesAccountForEveryRecord() throws {
        let s = Scratch()
        s.write("migration-slips", 2003, "slips-2003-01.csv", header + """
        S1,A,03.01.2003,F,1971,қазақ,KAZ,REGION,KZ-11,Ақмола облысы
        S2,d,04.01.2003,M,1950,немец,KAZ,COUNTRY,276,Германия
        S3,A,04.01.2003,M,1988,"русский",RUS,COUNTRY,,Россия
        S4,D,05.01.2003,F,1969,татарка,KAZ,,,
        S5,A,06.01.2003,F,1969,,KAZ,COUNTRY,,Атлантида
        S6,A,06.01.2003,F,1969,марсианка,KAZ,REGION,,Астана
        S1,A,07.01.2003,F,1971,қазақ,KAZ,REGION,KZ-11,Ақмола облысы
        ,A,07.01.2003,F,1971,қазақ,KAZ,REGION,KZ-11,
        S7,X,07.01.2003,F,1971,қазақ,KAZ,REGION,KZ-11,
        S8,A,31.02.2003,F,1971,қазақ,KAZ,REGION,KZ-11,
        S9,A,31.12.2002,F,1971,қазақ,KAZ,REGION,KZ-11,
        S10,A,07.01.2003,F,1971,қазақ,KAZ,REGION,KZ-11,,

        S11,A,08.01.2003,F,1971,Kazakh,KAZ,COUNTRY,156,Россия
        S12,D,08.01.2003,F,1971,узбек,KAZ,REGION,,Германия
        S13,A,08.01.2003,F,1971,узбек,KAZ,COUNTRY,KZ,Казахстан
        S14,A,08.01.2003,F,1971,орыс,KAZ,country,ge,
        """ + "\n")
        XCTAssertEqual(try s.run(year: 2003)?.status, "ok")
        XCTAssertTrue(try s.quality(2003).checks.contains { $0.name == "migration-slips: rejects within threshold (5 of 16, limit 0.5)" && $0.passed })
        let feed = try XCTUnwrap(try s.quality(2003).feeds["migration-slips"])
        XCTAssertEqual(feed.records, .init(read: 16, accepted: 9, rejected: 5, duplicates: 1, superseded: 0, cancelled: 0, excluded: 1))
        XCTAssertEqual(feed.rejectedByReason, ["missing slip_id": 1, "invalid kind": 1, "impossible date": 1,
                                               "outside reporting year": 1, "wrong number of fields": 1])
        XCTAssertEqual(feed.warningsByKind, ["partner code/name mismatch": 1])
        XCTAssertEqual(s.value(flows, ["ARR", "TOTAL", "_T", "_T"]), "6")
        XCTAssertEqual(s.value(flows, ["DEP", "TOTAL", "_T", "_T"]), "3")
        XCTAssertEqual(s.value(flows, ["NET", "TOTAL", "_T", "_T"]), "3")
        XCTAssertEqual(s.value(flows, ["DEP", "FAR_ABROAD", "DEU", "_T"]), "1")
        XCTAssertEqual(s.value(flows, ["ARR", "FAR_ABROAD", "CHN", "_T"]), "1", "code wins over the name")
        XCTAssertEqual(s.value(flows, ["ARR", "CIS", "RUS", "_T"]), "1")
        XCTAssertEqual(s.value(flows, ["ARR", "CIS", "GEO", "_T"]), "1", "Georgia is CIS in 2003")
        // S4 (no partner), S5 (unresolvable), S12 (a country under REGION), S13 (Kazakhstan) are not stated.
        XCTAssertEqual(s.value(flows, ["ARR", "NOT_STATED", "_T", "_T"]), "2")  // S5, S13
        XCTAssertEqual(s.value(flows, ["DEP", "NOT_STATED", "_T", "_T"]), "2")
        XCTAssertEqual(s.value(flows, ["ARR", "NOT_STATED", "_T", "_U"]), "1", "empty ethnicity is _U")
        XCTAssertNil(s.rows(flows).first { $0[4] == "NOT_STATED" && $0[5] != "_T" }, "no named partner in NOT_STATED")
        // Always-present rows: 3 flows × 5 groups.
        XCTAssertEqual(s.rows(flows).filter { $0[5] == "_T" && $0[6] == "_T" }.count, 15)
        let rejects = try XCTUnwrap(s.text("2003/rejects.csv")).split(separator: "\n")
        XCTAssertEqual(rejects.first, "feed,file,location,reason,record")
        XCTAssertTrue(rejects.contains("migration-slips,migration-slips/2003/slips-2003-01.csv,line 13,wrong number of fields,\"S10,A,07.01.2003,F,1971,қазақ,KAZ,REGION,KZ-11,,\""))
        XCTAssertTrue(rejects.contains("migration-slips,migration-slips/2003/slips-2003-01.csv,line 11,impossible date,\"S8,A,31.02.2003,F,1971,қазақ,KAZ,REGION,KZ-11,\""))
    }

    func testTooManyRejectsFailTheYear() throws {
        let s = Scratch()
        s.write("migration-slips", 2003, "slips-2003-01.csv", header + """
        S1,A,03.01.2003,F,1971,қазақ,KAZ,REGION,KZ-11,
        S2,Q,03.01.2003,F,1971,қазақ,KAZ,REGION,KZ-11,
        S3,A,03.01.2002,F,1971,қазақ,KAZ,REGION,KZ-11,
        """ + "\n")
        XCTAssertEqual(try s.run(year: 2003)?.status, "failed")
        XCTAssertEqual(try s.quality(2003).checks.filter { !$0.passed }.map(\.name),
                       ["migration-slips: rejects within threshold (2 of 3, limit 0.5)"])
        XCTAssertEqual(s.value(flows, ["ARR", "TOTAL", "_T", "_T"]), "1", "a failed year still publishes what it counted")
    }

    func testUnknownEthnicityIsWarnedAndNotStated() throws {
        let s = Scratch()
        s.write("migration-slips", 2003, "slips-2003-01.csv", header + "S1,A,03.01.2003,F,1971,марсианка,KAZ,REGION,KZ-11,\n")
        try s.run(year: 2003)
        XCTAssertEqual(try s.quality(2003).feeds["migration-slips"]?.warningsByKind, ["unknown ethnicity": 1])
        XCTAssertEqual(s.value(flows, ["ARR", "KZ_REGIONS", "_T", "_U"]), "1")
    }

    func testHighestVersionOfAPeriodIsReadAndCoverageIsProvisional() throws {
        let s = Scratch()
        s.write("migration-slips", 2003, "slips-2003-03.csv", header + "S1,A,03.03.2003,F,1971,қазақ,KAZ,REGION,KZ-11,\n")
        s.write("migration-slips", 2003, "slips-2003-03.v2.csv", header + "S1,D,03.03.2003,F,1971,қазақ,KAZ,REGION,KZ-11,\n")
        s.write("migration-slips", 2003, "notes.txt", "not a feed file")
        try s.run(year: 2003)
        let feed = try XCTUnwrap(try s.quality(2003).feeds["migration-slips"])
        XCTAssertEqual(feed.files.map(\.path), ["migration-slips/2003/notes.txt", "migration-slips/2003/slips-2003-03.csv",
                                                "migration-slips/2003/slips-2003-03.v2.csv"])
        XCTAssertEqual(feed.files.map(\.status), ["ignored", "superseded", "read"])
        XCTAssertEqual(feed.coverageMonths, 1)
        XCTAssertEqual(s.value(flows, ["DEP", "TOTAL", "_T", "_T"]), "1")
        XCTAssertEqual(s.rows(flows).first?[8], "P")
        XCTAssertEqual(s.rows(flows).first?[9], "1")
    }

    func testDamagedFileIsQuarantinedAndTheRestIsRead() throws {
        let s = Scratch()
        s.write("migration-slips", 2003, "slips-2003-01.csv", header + "S1,A,03.01.2003,F,1971,қазақ,KAZ,REGION,KZ-11,\"open\n")
        s.write("migration-slips", 2003, "slips-2003-02.csv", "wrong,header\nS2,A,03.02.2003\n")
        s.write("migration-slips", 2003, "slips-2003-03.csv", Data(header.utf8) + Data([0x53, 0x33, 0x2C, 0xC3, 0x28, 0x0A]))
        s.write("migration-slips", 2003, "slips-2003-04.csv", header + "S4,A,03.04.2003,F,1971,қазақ,KAZ,REGION,KZ-11,\n")
        s.write("migration-slips", 2003, "slips-2004-05.csv", header)
        let result = try s.run(year: 2003)
        XCTAssertEqual(result?.status, "failed")
        let feed = try XCTUnwrap(try s.quality(2003).feeds["migration-slips"])
        XCTAssertEqual(feed.files.map(\.status), ["quarantined", "quarantined", "quarantined", "read", "quarantined"])
        XCTAssertEqual(feed.files[0].error, "line 2: unterminated quoted field")
        XCTAssertTrue(feed.files[1].error?.contains("header does not match") ?? false)
        XCTAssertEqual(feed.files[2].error, "line 2: bytes that are not valid utf-8")
        XCTAssertTrue(feed.files[4].error?.contains("period outside the folder's year") ?? false)
        XCTAssertEqual(feed.records.read, 1, "records of quarantined files do not count")
        XCTAssertEqual(feed.coverageMonths, 1)
    }

    func testAmbiguousVersionsAreBothQuarantined() throws {
        let s = Scratch()
        s.write("migration-slips", 2003, "slips-2003-03.csv", header)
        s.write("migration-slips", 2003, "slips-2003-03.v1.csv", header)
        try s.run(year: 2003)
        let feed = try XCTUnwrap(try s.quality(2003).feeds["migration-slips"])
        XCTAssertEqual(feed.files.map(\.status), ["quarantined", "quarantined"])
        XCTAssertTrue(feed.files[0].error?.hasPrefix("ambiguous version") ?? false)
        XCTAssertNil(s.text(flows), "no statistics file without a read file")
    }

    /// An agency re-lays its file out: renamed, reordered columns, `;`, windows-1251,
    /// ISO dates. The analyst edits the definition only; the statistics do not change.
    func testReLaidOutFileThroughAnEditedDefinition() throws {
        let rows = [("S1", "A", "03.01.2003", "қазақ", "REGION", "", "Ақмола облысы"),
                    ("S2", "D", "04.01.2003", "немец", "COUNTRY", "276", "Германия"),
                    ("S3", "A", "05.01.2003", "Russian", "COUNTRY", "", "Кытай")]
        let original = Scratch()
        original.write("migration-slips", 2003, "slips-2003-01.csv", header + rows.map {
            "\($0.0),\($0.1),\($0.2),F,1970,\($0.3),KAZ,\($0.4),\($0.5),\($0.6)"
        }.joined(separator: "\n") + "\n")
        try original.run(year: 2003)

        let edited = Scratch()
        let pipelines = edited.root.appendingPathComponent("pipelines").path
        try FileManager.default.createDirectory(atPath: pipelines, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: "\(pipelinesDir)/codelists", toPath: "\(pipelines)/codelists")
        try FileManager.default.copyItem(atPath: "\(pipelinesDir)/migstat.yaml", toPath: "\(pipelines)/migstat.yaml")
        var yaml = try String(contentsOfFile: "\(pipelinesDir)/migration-slips.yaml", encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "encoding: utf-8", with: "encoding: windows-1251")
            .replacingOccurrences(of: "delimiter: \",\"", with: "delimiter: \";\"")
            .replacingOccurrences(of: "date_format: dd.mm.yyyy", with: "date_format: yyyy-mm-dd")
            .replacingOccurrences(of: "header: slip_id ", with: "header: \"Номер талона\" ")
            .replacingOccurrences(of: "header: partner_name ", with: "header: \"Откуда/куда\" ")
        try yaml.write(toFile: "\(pipelines)/migration-slips.yaml", atomically: true, encoding: .utf8)
        let relaid = "Откуда/куда;kind;Номер талона;event_date;partner_kind;partner_code;ethnicity;sex;birth_year;citizenship\r\n" +
            rows.map { r -> String in
                let d = r.2.split(separator: ".")
                return "\(CodeListTests.asWindows1251Writes(r.6));\(r.1);\(r.0);\(d[2])-\(d[1])-\(d[0]);\(r.4);\(r.5);\(CodeListTests.asWindows1251Writes(r.3));F;1970;KAZ"
            }.joined(separator: "\r\n") + "\r\n"
        edited.write("migration-slips", 2003, "slips-2003-01.csv", try XCTUnwrap(relaid.data(using: .windowsCP1251)))
        try edited.run(year: 2003, pipelines: pipelines)
        XCTAssertEqual(try edited.quality(2003).feeds["migration-slips"]?.records.accepted, 3)
        XCTAssertEqual(edited.text(flows), original.text(flows))
    }
}
