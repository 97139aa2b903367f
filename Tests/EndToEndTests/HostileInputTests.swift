import Foundation
import XCTest

/// What a hostile or careless agency can send: each case is one damaged
/// delivery dropped into a copy of the demo year 2002, run through the release
/// binary. No crash, no partial file counted as whole, every record traced.
final class HostileInputTests: XCTestCase {
    static let demo = Harness.repository.appendingPathComponent("input")

    private func file(_ w: Workdir, _ rel: String) -> String { "\(w.input)/\(rel)" }

    private func quality(_ w: Workdir, _ year: Int = 2002) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(w.output)/\(year)/quality.json"))
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    /// The quality entry of one input file.
    private func entry(_ w: Workdir, _ feed: String, _ path: String) throws -> [String: Any]? {
        let feeds = try quality(w)["feeds"] as! [String: Any]
        let files = (feeds[feed] as! [String: Any])["files"] as! [[String: Any]]
        return files.first { $0["path"] as? String == path }
    }

    private func rejectedByReason(_ w: Workdir, _ feed: String) throws -> [String: Int] {
        let feeds = try quality(w)["feeds"] as! [String: Any]
        return (feeds[feed] as! [String: Any])["rejected_by_reason"] as! [String: Int]
    }

    private func replace(_ path: String, _ old: String, _ new: String, encoding: String.Encoding = .utf8) throws {
        let text = try String(contentsOfFile: path, encoding: encoding)
        XCTAssertTrue(text.contains(old), "\(old) not in \(path)")
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: encoding)
    }

    // 1. An overlong mapped attribute followed by another mapped attribute.
    func testOverlongAttributeBeforeAnotherIsQuarantinedWithoutACrash() throws {
        for size in [70 * 1024, 3 * 1024 * 1024] {
            let w = try Workdir(copying: Self.demo)
            let path = "repatriates/2002/repatriates-2002.xml"
            try replace(file(w, path), #"<Family id="F2002-0001" arrived="2002-12-04" quota="true""#,
                        #"<Family id="F2002-0001" arrived="2002-12-04\#(String(repeating: "9", count: size))" quota="true""#)
            let r = try Harness.run(["run", "--year", "2002"] + w.args)
            XCTAssertEqual(r.status, 3, r.stderr)
            let e = try entry(w, "repatriates", path)
            XCTAssertEqual(e?["status"] as? String, "quarantined")
            XCTAssertEqual(e?["error"] as? String, "line 5: field too long")
        }
    }

    // 2. Agency numbers beyond 64 bits are rejects, not traps.
    func testHugeNumbersAreRejectedNotTrapped() throws {
        let w = try Workdir(copying: Self.demo)
        let permits = file(w, "labour-quotas/2002/permits-2002-Q1.csv")
        let enc = String.Encoding.windowsCP1251
        try replace(permits, ";410;40;", ";410;123456789012345;", encoding: enc)
        try replace(file(w, "labour-quotas/2002/quota-2002.csv"), "2002;I;", "2002;I;99999999999999", encoding: enc)
        try replace(file(w, "repatriates/2002/repatriates-2002.xml"),
                    #"<Family id="F2002-0001" arrived="2002-12-04" quota="true" origin="CHN">"#,
                    #"<Family id="F2002-0001" arrived="2002-12-04" quota="true" origin="CHN"><Payment kind="housing" amount="9000000000000000.00"/>"#)
        let r = try Harness.run(["run", "--year", "2002"] + w.args)
        XCTAssertTrue([0, 3].contains(r.status), r.stderr)
        XCTAssertGreaterThan(try rejectedByReason(w, "labour-quotas")["worker count too large"] ?? 0, 0)
        XCTAssertEqual(try rejectedByReason(w, "labour-quotas")["invalid quota"], 1)
        XCTAssertEqual(try rejectedByReason(w, "repatriates")["invalid amount"], 1)
    }

    // 3. A file that stops parsing part-way is quarantined whole.
    func testUndecodableByteLateInAWindows1251FileQuarantinesIt() throws {
        let w = try Workdir(copying: Self.demo)
        let path = "police-registrations/2002/registrations-2002-03.xml"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: file(w, path)))
        let tail = bytes.range(of: Data("</RegistrationReport>".utf8))!
        bytes.replaceSubrange(tail, with: Data("<!-- ".utf8) + Data([0x98]) + Data(" -->\n</RegistrationReport>".utf8))
        try bytes.write(to: URL(fileURLWithPath: file(w, path)))
        let r = try Harness.run(["run", "--year", "2002", "--log-format", "json"] + w.args)
        XCTAssertEqual(r.status, 3, r.stderr)
        XCTAssertEqual(try entry(w, "police-registrations", path)?["status"] as? String, "quarantined")
        XCTAssertNil(try entry(w, "police-registrations", path)?["records"], "no records count for a quarantined file")
        // libxml2 says nothing of its own on stderr: every line is a JSON object.
        for line in r.stderr.split(separator: "\n") {
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(line.utf8)), String(line))
        }
    }

    func testUTF8ByteOrderMarkUnderAWindows1251DeclarationQuarantines() throws {
        let w = try Workdir(copying: Self.demo)
        let path = "police-registrations/2002/registrations-2002-03.xml"
        let bytes = try Data(contentsOf: URL(fileURLWithPath: file(w, path)))
        try (Data([0xEF, 0xBB, 0xBF]) + bytes).write(to: URL(fileURLWithPath: file(w, path)))
        XCTAssertEqual(try Harness.run(["run", "--year", "2002"] + w.args).status, 3)
        XCTAssertEqual(try entry(w, "police-registrations", path)?["status"] as? String, "quarantined")
    }

    func testCSVCutOffMidRowIsQuarantined() throws {
        let w = try Workdir(copying: Self.demo)
        let path = "migration-slips/2002/slips-2002-07.csv"
        let bytes = try Data(contentsOf: URL(fileURLWithPath: file(w, path)))
        try bytes.dropLast(31).write(to: URL(fileURLWithPath: file(w, path)))
        XCTAssertEqual(try Harness.run(["run", "--year", "2002"] + w.args).status, 3)
        let e = try entry(w, "migration-slips", path)
        XCTAssertEqual(e?["status"] as? String, "quarantined")
        XCTAssertTrue((e?["error"] as? String ?? "").contains("truncated"), "\(String(describing: e))")
    }

    func testHeaderOnlyFileAndBareRootCoverNoMonth() throws {
        let w = try Workdir(copying: Self.demo)
        let slips = "migration-slips/2002/slips-2002-08.csv"
        let header = try String(contentsOfFile: file(w, slips), encoding: .utf8).split(whereSeparator: \.isNewline)[0]
        try (header + "\n").write(toFile: file(w, slips), atomically: true, encoding: .utf8)
        let r = try Harness.run(["run", "--year", "2002", "--log-format", "text"] + w.args)
        XCTAssertEqual(r.status, 3, r.stderr)
        XCTAssertEqual(try entry(w, "migration-slips", slips)?["status"] as? String, "quarantined")
        let feeds = try quality(w)["feeds"] as! [String: Any]
        XCTAssertEqual((feeds["migration-slips"] as! [String: Any])["coverage_months"] as? Int, 11)
    }

    func testWhitespaceOnlyLinesAreNotRecords() throws {
        let w = try Workdir(copying: Self.demo)
        let before = try Workdir(copying: Self.demo)
        try Harness.run(["run", "--year", "2002"] + before.args)
        let path = file(w, "migration-slips/2002/slips-2002-09.csv")
        try (try String(contentsOfFile: path, encoding: .utf8) + "   \n\t\n").write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(try Harness.run(["run", "--year", "2002"] + w.args).status, 0)
        XCTAssertEqual(try entry(w, "migration-slips", "migration-slips/2002/slips-2002-09.csv")?["records"] as? Int,
                       try entry(before, "migration-slips", "migration-slips/2002/slips-2002-09.csv")?["records"] as? Int)
    }

    // 8, 9. Confinement: links out, non-files, unreadable names are listed, never read.
    func testASecretLinkedFromTheDropFolderNeverAppearsAnywhere() throws {
        let w = try Workdir(copying: Self.demo)
        let secret = w.root.appendingPathComponent("secret.csv").path
        let marker = "TOPSECRET-\(UUID().uuidString)"
        try "slip_id,kind,event_date,sex,birth_year,ethnicity,citizenship,partner_kind,partner_code,partner_name\n\(marker),A,01.02.2002,F,1,,,,,\n"
            .write(toFile: secret, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: file(w, "migration-slips/2002/slips-2002-02.csv"))
        try FileManager.default.createSymbolicLink(atPath: file(w, "migration-slips/2002/slips-2002-02.csv"), withDestinationPath: secret)
        // A whole year folder linked out of the input folder.
        try FileManager.default.createSymbolicLink(atPath: file(w, "repatriates/2004"), withDestinationPath: "/etc")
        let r = try Harness.run(["run", "--log-format", "json"] + w.args)
        XCTAssertEqual(r.status, 3, r.stderr)
        XCTAssertEqual(try entry(w, "migration-slips", "migration-slips/2002/slips-2002-02.csv")?["error"] as? String,
                       "link outside the input folder")
        XCTAssertFalse(r.stderr.contains(marker))
        XCTAssertFalse(r.stderr.contains("passwd"))
        for (name, data) in w.snapshot() {
            XCTAssertNil(data.range(of: Data(marker.utf8)), "\(name) quotes the secret")
            XCTAssertNil(data.range(of: Data("passwd".utf8)), "\(name) lists /etc")
        }
        let q2004 = try quality(w, 2004)
        let files = ((q2004["feeds"] as! [String: Any])["repatriates"] as! [String: Any])["files"] as! [[String: Any]]
        XCTAssertEqual(files.map { $0["error"] as? String }, ["link outside the input folder"])
    }

    func testFoldersFIFOsAndBrokenLinksNamedLikeDeliveriesAreListedAndFailTheYear() throws {
        let w = try Workdir(copying: Self.demo)
        let dir = "migration-slips/2002/"
        for name in ["slips-2002-03.csv", "slips-2002-04.csv", "slips-2002-06.csv", "slips-2002-10.csv"] {
            try FileManager.default.removeItem(atPath: file(w, dir + name))
        }
        try FileManager.default.createDirectory(atPath: file(w, dir + "slips-2002-03.csv"), withIntermediateDirectories: false)
        XCTAssertEqual(mkfifo(file(w, dir + "slips-2002-04.csv"), 0o644), 0)
        try FileManager.default.createSymbolicLink(atPath: file(w, dir + "slips-2002-06.csv"), withDestinationPath: "nowhere.csv")
        try FileManager.default.createSymbolicLink(atPath: file(w, dir + "slips-2002-10.csv"), withDestinationPath: "slips-2002-10.csv")
        let r = try Harness.run(["run"] + w.args)
        XCTAssertEqual(r.status, 3, "other years processed, this one failed: \(r.stderr)")
        XCTAssertEqual(try quality(w, 2003)["status"] as? String, "ok", "a later year still processed")
        XCTAssertEqual(try quality(w)["status"] as? String, "failed")
        let errors = try [3, 4, 6, 10].map { try entry(w, "migration-slips", dir + String(format: "slips-2002-%02d.csv", $0))?["error"] as? String }
        XCTAssertEqual(errors[0], "not a regular file")
        XCTAssertEqual(errors[1], "not a regular file")
        XCTAssertEqual(errors[2], "unreadable: No such file or directory")
        XCTAssertEqual(errors[3], "unreadable: Too many levels of symbolic links")
    }

    func testANameWithATrailingLineBreakIsNotADelivery() throws {
        let w = try Workdir(copying: Self.demo)
        try FileManager.default.copyItem(atPath: file(w, "migration-slips/2002/slips-2002-02.csv"),
                                         toPath: file(w, "migration-slips/2002/slips-2002-02.csv\n"))
        XCTAssertEqual(try Harness.run(["run", "--year", "2002"] + w.args).status, 0)
        XCTAssertEqual(try entry(w, "migration-slips", "migration-slips/2002/slips-2002-02.csv")?["status"] as? String, "read")
        XCTAssertEqual(try entry(w, "migration-slips", "migration-slips/2002/slips-2002-02.csv\n")?["status"] as? String, "ignored")
    }

    // 11. Agency text cannot become a spreadsheet formula.
    func testFormulaLikeRecordsAreMadeInert() throws {
        let w = try Workdir(copying: Self.demo)
        let path = file(w, "migration-slips/2002/slips-2002-05.v2.csv")
        try (try String(contentsOfFile: path, encoding: .utf8) + "=HYPERLINK(\"http://x\";\"y\"),X,01.05.2002,F,1980,,,,,\n+1-2,X,01.05.2002,F,1980,,,,,\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(try Harness.run(["run", "--year", "2002"] + w.args).status, 0)
        let rejects = try String(contentsOfFile: "\(w.output)/2002/rejects.csv", encoding: .utf8)
        XCTAssertTrue(rejects.contains(#",invalid kind,"'=HYPERLINK(""http://x"";""y""),X,01.05.2002,F,1980,,,,,""#), rejects)
        XCTAssertTrue(rejects.contains(",invalid kind,\"'+1-2,X,01.05.2002,F,1980,,,,,\""), rejects)
    }

    // 13. An XML record's line is where its start tag begins.
    func testXMLRejectLineIsWhereTheRecordStarts() throws {
        let w = try Workdir(copying: Self.demo)
        try replace(file(w, "repatriates/2002/repatriates-2002.xml"), #"<Family id="F2002-0001" arrived="2002-12-04""#,
                    "<Family\n id=\"F2002-0001\"\n arrived=\"2001-12-04\"")
        XCTAssertEqual(try Harness.run(["run", "--year", "2002"] + w.args).status, 0)
        let rejects = try String(contentsOfFile: "\(w.output)/2002/rejects.csv", encoding: .utf8)
        XCTAssertTrue(rejects.contains("repatriates,repatriates/2002/repatriates-2002.xml,line 5,outside reporting year,F2002-0001"), rejects)
    }

    // 14. Namespaces and encodings.
    func testForeignNamespaceAttributesAndRecordsDoNotCount() throws {
        let w = try Workdir(copying: Self.demo)
        let before = try Workdir(copying: Self.demo)
        try Harness.run(["run", "--year", "2002"] + before.args)
        try replace(file(w, "repatriates/2002/repatriates-2002.xml"),
                    #"<Resettlement xmlns="urn:kz:migration-agency:repatriates""#,
                    #"<Resettlement xmlns="urn:kz:migration-agency:repatriates" xmlns:x="urn:example:other""#)
        try replace(file(w, "repatriates/2002/repatriates-2002.xml"), #"<Family id="F2002-0001" arrived="2002-12-04" quota="true""#,
                    #"<x:Family id="X1" arrived="2002-01-01" quota="true"><Member role="head"/></x:Family><Family id="F2002-0001" arrived="2002-12-04" x:arrived="1999-01-01" quota="true""#)
        XCTAssertEqual(try Harness.run(["run", "--year", "2002"] + w.args).status, 0)
        XCTAssertEqual(try String(contentsOfFile: "\(w.output)/2002/repatriates.csv", encoding: .utf8),
                       try String(contentsOfFile: "\(before.output)/2002/repatriates.csv", encoding: .utf8))
    }

    func testAnEncodingOtherThanUTF8OrWindows1251Quarantines() throws {
        let w = try Workdir(copying: Self.demo)
        try replace(file(w, "repatriates/2002/repatriates-2002.xml"), #"encoding="UTF-8""#, #"encoding="ISO-8859-1""#)
        XCTAssertEqual(try Harness.run(["run", "--year", "2002"] + w.args).status, 3)
        let e = try entry(w, "repatriates", "repatriates/2002/repatriates-2002.xml")
        XCTAssertEqual(e?["status"] as? String, "quarantined")
        XCTAssertTrue((e?["error"] as? String ?? "").contains("not allowed"), "\(String(describing: e))")
    }

    // 10. One element with a flood of attributes is refused before libxml2 sees it.
    func testAnElementWithThousandsOfAttributesIsQuarantined() throws {
        let w = try Workdir(copying: Self.demo)
        let attrs = (0..<100_000).map { " a\($0)=\"1\"" }.joined()
        try replace(file(w, "repatriates/2002/repatriates-2002.xml"), #"<QuotaPlan "#, "<QuotaPlan\(attrs) ")
        XCTAssertEqual(try Harness.run(["run", "--year", "2002"] + w.args).status, 3)
        XCTAssertEqual(try entry(w, "repatriates", "repatriates/2002/repatriates-2002.xml")?["error"] as? String,
                       "line 4: too many attributes (more than 64 on one element)")
    }

    // 6. Rejects stream: a file whose every row is rejected costs no more memory than a clean one.
    func testRejectsDoNotGrowMemory() throws {
        // AddressSanitizer's shadow memory and quarantine say nothing of migstat's own footprint.
        try XCTSkipIf(Harness.sanitizer != nil, "peak memory is measured on the release binary, not under \(Harness.sanitizer ?? "")")
        let w = try Workdir(copying: Self.demo)
        var text = "slip_id,kind,event_date,sex,birth_year,ethnicity,citizenship,partner_kind,partner_code,partner_name\n"
        for i in 0..<150_000 { text += "S2002-B\(i),Z,01.06.2002,F,1980,қазақ,KAZ,REGION,KZ-11,Ақмола облысы padding padding\n" }
        try text.write(toFile: file(w, "migration-slips/2002/slips-2002-06.csv"), atomically: true, encoding: .utf8)
        let script = "import resource,subprocess,sys; r=subprocess.run(sys.argv[1:]); print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, Harness.binary.path, "run", "--year", "2002", "--quiet"] + w.args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let result = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: " ")
        p.waitUntilExit()
        XCTAssertEqual(result.first, "3", "rejects above the threshold fail the year")
        let peakKiB = Int(result.last!.trimmingCharacters(in: .whitespacesAndNewlines))!
        XCTAssertLessThan(peakKiB, 120 * 1024, "peak \(peakKiB) KiB for a \(text.utf8.count / 1_000_000) MB file of rejects")
        let lines = try String(contentsOfFile: "\(w.output)/2002/rejects.csv", encoding: .utf8).split(separator: "\n").count
        XCTAssertGreaterThan(lines, 150_000)
    }
}
