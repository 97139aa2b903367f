import Foundation
@testable import MigstatCore
import XCTest

/// The staging line formats (docs/staging-format.md), each one type: what the
/// writer writes is the documented layout, byte for byte, and reads back as
/// the value written.
final class StagingLineTests: XCTestCase {
    private let scratch = Scratch()

    /// Writes lines with `write` and returns the file's text, seal aside.
    private func written(_ write: (StagingWriter) throws -> Void) throws -> String {
        let path = scratch.root.appendingPathComponent("lines-\(UUID().uuidString).tsv").path
        let writer = try StagingWriter(path: path)
        try write(writer)
        try writer.close()
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    func testARecordLineIsFileLineFateReasonTableThenTheValues() throws {
        let provenance = RecordLine.Provenance(tables: ["labour_quota_row", "labour_permit"])
        let text = try written { w in
            provenance.write(to: w, file: 3, line: 17, fate: .superseded, reason: nil, table: 1)
            w.field("P-9"); w.field("tab\there")
            try w.endLine()
            provenance.write(to: w, file: 0, line: 2, fate: .rejected, reason: .unknownCategory, table: 0)
            w.field("V"); w.field("")
            try w.endLine()
        }
        XCTAssertEqual(text, "3\t17\tsuperseded\t\tlabour_permit\tP-9\ttab\\there\n0\t2\trejected\tunknown category\tlabour_quota_row\tV\t\n")
        let lines = text.split(separator: "\n").map { StagingReader.split(ArraySlice($0.utf8)) }
        XCTAssertEqual(lines.map(RecordLine.init(staged:)), [
            RecordLine(file: 3, line: 17, fate: .superseded, table: "labour_permit", values: ["P-9", "tab\there"]),
            RecordLine(file: 0, line: 2, fate: .rejected, reason: .unknownCategory, table: "labour_quota_row", values: ["V", ""]),
        ])
        XCTAssertEqual(lines.compactMap(RecordLine.init(staged:)).map(\.staged), lines, "staged is the line as written")
    }

    func testARecordLineThatIsNoneIsRefused() {
        for fields in [["3", "17", "superseded", "", "t"].dropLast().map { $0 },   // too few fields
                       ["x", "17", "accepted", "", "t", "v"],                     // a file that is no number
                       ["3", "17", "kept", "", "t", "v"],                         // no such fate
                       ["3", "17", "accepted", "invalid kind", "t", "v"],         // a reason on a record not rejected
                       ["3", "17", "rejected", "", "t", "v"],                     // a reject without its reason
                       ["3", "17", "rejected", "bad luck", "t", "v"]] {           // a reason FEEDS.md does not name
            XCTAssertNil(RecordLine(staged: fields), "\(fields)")
        }
    }

    func testARecordLinesFieldsAreNamedAsTheDocumentNamesThem() {
        let table = RecordTable("labour_quota_row", [.init("category"), .init("quota", .integer)])
        XCTAssertEqual(RecordLine.fieldNames(table), ["file", "line", "fate", "reason", "table", "category", "quota"])
        XCTAssertEqual(RejectLine.fieldNames, ["feed", "path", "line", "reason", "record"])
    }

    func testARejectLineIsFeedPathLineReasonRecord() throws {
        let reject = RejectLine(feed: "migration-slips", path: "migration-slips/2003/slips-2003-01.csv", line: 13,
                                reason: .wrongNumberOfFields, record: "S10,A\t07.01.2003")
        let text = try written { try $0.line(reject.staged) }
        XCTAssertEqual(text, "migration-slips\tmigration-slips/2003/slips-2003-01.csv\t13\twrong number of fields\tS10,A\\t07.01.2003\n")
        XCTAssertEqual(RejectLine(staged: StagingReader.split(ArraySlice(text.utf8.dropLast()))), reject)
        XCTAssertNil(RejectLine(staged: ["f", "p", "13", "no such reason", "r"]))
        XCTAssertNil(RejectLine(staged: ["f", "p", "thirteen", "invalid kind", "r"]))
    }

    /// Each feed's counted line (normalised.tsv): the documented fields, named
    /// as `migstat debug staging` shows them through the feed's plugin, and back.
    func testCountedLinesAreTheDocumentedFieldsAndReadBack() throws {
        func check<R: StagedRecord>(_ record: R, _ type: R.Type, feed: String, _ named: KeyValuePairs<String, String>,
                                    line: UInt = #line) {
            XCTAssertEqual(record.staged, named.map(\.value), line: line)
            XCTAssertEqual(R.fieldNames(record.staged), named.map(\.key), line: line)
            XCTAssertEqual(FeedRegistry.plugin(feed)?.countedFields(record.staged), named.map(\.key), "the plugin names them", line: line)
            XCTAssertEqual(R(staged: record.staged)?.staged, record.staged, "read back", line: line)
        }
        check(SlipCount(slip: CountedSlip(arrival: false, group: "CIS", partner: "RUS", ethnicity: "KAZ", month: 4), count: 7), SlipCount.self,
              feed: "migration-slips", ["kind": "D", "group": "CIS", "partner": "RUS", "ethnicity": "KAZ", "month": "4", "count": "7"])
        let registration = CountedRegistration(person: ShortKey("h0001"), registered: "2003-02-12", id: "R-7", group: "CIS",
                                               country: "UZB", purpose: "WORK", offended: true, expelled: false)
        check(registration, CountedRegistration.self, feed: "police-registrations",
              ["person": "h0001", "registered": "2003-02-12", "id": "R-7", "group": "CIS", "country": "UZB", "purpose": "WORK",
               "offended": "1", "expelled": "0"])
        check(LabourCount.quota(category: "II", quota: 150), LabourCount.self, feed: "labour-quotas",
              ["kind": "Q", "category": "II", "quota": "150"])
        check(LabourCount.permit(category: "III", country: "TUR", workers: 12, month: 8), LabourCount.self, feed: "labour-quotas",
              ["kind": "P", "category": "III", "country": "TUR", "workers": "12", "month": "8"])
        check(RepatriateCount.family(basis: "QUOTA", origin: "UZB", persons: 3, payments: [10050, 2000, 300001, 7], month: 11),
              RepatriateCount.self,
              feed: "repatriates", ["kind": "F", "basis": "QUOTA", "origin": "UZB", "persons": "3", "pay_benefit": "10050",
                                    "pay_transport": "2000", "pay_housing": "300001", "pay_adaptation": "7", "month": "11"])
        check(RepatriateCount.plan(families: "40", persons: "160"), RepatriateCount.self, feed: "repatriates",
              ["kind": "PLAN", "families": "40", "persons": "160"])

        // The table reads a registration's line over bytes by the same places, escaped or not.
        for id in ["R-7", "R\t7"] {
            var r = registration
            r.id = id
            let line = Array(StagingWriter.join(r.staged).utf8)
            CountedRegistration.Bytes.read(line[...]) { b in
                XCTAssertEqual(b.map { String(decoding: $0.person, as: UTF8.self) }, "h0001")
                XCTAssertEqual(b.map { String(decoding: $0.registered, as: UTF8.self) }, "2003-02-12")
                XCTAssertEqual(b.map { String(decoding: $0.id, as: UTF8.self) }, id)
                XCTAssertEqual(b.map { String(decoding: $0.group, as: UTF8.self) }, "CIS")
                XCTAssertEqual(b.map { String(decoding: $0.country, as: UTF8.self) }, "UZB")
                XCTAssertEqual(b.map { String(decoding: $0.purpose, as: UTF8.self) }, "WORK")
                XCTAssertEqual(b.map { [$0.offended, $0.expelled] }, [true, false])
            }
        }
    }
}
