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
}
