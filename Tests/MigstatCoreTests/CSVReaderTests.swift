@testable import MigstatCore
import XCTest

final class CSVReaderTests: XCTestCase {
    private func records(_ bytes: [UInt8], delimiter: Character = ",", chunk: Int = 1 << 20,
                         maxField: Int = 64 * 1024) throws -> [(line: Int, fields: [String], raw: String)] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString)").path
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var dialect = CSVDialect(delimiter: delimiter.asciiValue!)
        dialect.maxFieldBytes = maxField
        let reader = try CSVReader(path: path, dialect: dialect, chunkSize: chunk)
        var out: [(Int, [String], String)] = []
        while try reader.next() {
            let fields = (0..<reader.fieldCount).map { i in reader.withField(i) { String(decoding: $0, as: UTF8.self) } }
            out.append((reader.line, fields, reader.withRaw { String(decoding: $0, as: UTF8.self) }))
        }
        return out
    }

    private func records(_ text: String, chunk: Int = 1 << 20) throws -> [(line: Int, fields: [String], raw: String)] {
        try records(Array(text.utf8), chunk: chunk)
    }

    func testPlainFieldsAndLineEnds() throws {
        let r = try records("a,b,c\n1,2,3\r\n4,,6")
        XCTAssertEqual(r.map(\.fields), [["a", "b", "c"], ["1", "2", "3"], ["4", "", "6"]])
        XCTAssertEqual(r.map(\.line), [1, 2, 3])
        XCTAssertEqual(r[1].raw, "1,2,3")
    }

    func testQuotesDoubledQuotesSeparatorsAndLineBreaksInside() throws {
        let r = try records("id,name\n1,\"ТОО \"\"Астана\"\"\"\n2,\"a,b\nc\"\n3,x\n")
        XCTAssertEqual(r[0 + 1].fields, ["1", "ТОО \"Астана\""])
        XCTAssertEqual(r[2].fields, ["2", "a,b\nc"])
        XCTAssertEqual(r[3].fields, ["3", "x"])
        XCTAssertEqual(r[3].line, 5, "a line break inside quotes still counts as a line")
    }

    func testByteOrderMarkIsSkipped() throws {
        let r = try records([0xEF, 0xBB, 0xBF] + Array("slip_id,kind\n".utf8))
        XCTAssertEqual(r[0].fields, ["slip_id", "kind"])
    }

    func testBlankLinesAreNotRecords() throws {
        let r = try records("a\n\n\r\nb\n\n")
        XCTAssertEqual(r.map(\.fields), [["a"], ["b"]])
        XCTAssertEqual(r.map(\.line), [1, 4])
    }

    func testTrailingSeparatorGivesAnEmptyLastField() throws {
        XCTAssertEqual(try records("a,b,\n")[0].fields, ["a", "b", ""])
    }

    func testRecordsSplitAcrossTinyChunksReadTheSame() throws {
        let text = "h1;h2\n\"x;\"\"y\"\"\r\nz\";2\r\nplain;\"\"\n" + String(repeating: "k;v\n", count: 50)
        let whole = try records(Array(text.utf8), delimiter: ";")
        for chunk in [1, 2, 3, 7, 64] {
            let pieces = try records(Array(text.utf8), delimiter: ";", chunk: chunk)
            XCTAssertEqual(pieces.map(\.fields), whole.map(\.fields), "chunk \(chunk)")
            XCTAssertEqual(pieces.map(\.line), whole.map(\.line), "chunk \(chunk)")
        }
        XCTAssertEqual(whole[1].fields, ["x;\"y\"\r\nz", "2"])
    }

    func testUnterminatedQuoteDamagesTheFile() {
        XCTAssertThrowsError(try records("a,b\n1,\"open\n2,3\n")) { error in
            XCTAssertEqual((error as? DamagedFile)?.message, "unterminated quoted field")
            XCTAssertEqual((error as? DamagedFile)?.line, 2)
        }
    }

    func testOverlongFieldDamagesTheFile() {
        let text = "a\n" + String(repeating: "x", count: 200) + "\n"
        XCTAssertThrowsError(try records(Array(text.utf8), maxField: 100)) { error in
            XCTAssertTrue((error as? DamagedFile)?.message.hasPrefix("field too long") ?? false)
        }
    }

    func testCharactersAfterAClosingQuoteDamageTheFile() {
        XCTAssertThrowsError(try records("a\n\"x\"y\n"))
    }
}
