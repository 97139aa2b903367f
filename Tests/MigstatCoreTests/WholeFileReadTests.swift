import Foundation
@testable import MigstatCore
import XCTest

/// A file counts only when read whole: every reader, any chunk size, and the
/// file must be the one the inventory saw.
final class WholeFileReadTests: XCTestCase {
    private func temp(_ data: Data) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("migstat-\(UUID().uuidString)").path
        FileManager.default.createFile(atPath: path, contents: data)
        return path
    }

    private let layout = XMLRecordLayout(rootElement: "R", namespace: "urn:t", documentFields: [], recordElement: "E",
                                         recordFields: [("a", .attribute("a")), ("b", .attribute("b")), ("t", .childText("T"))])

    /// Records read before a failure, and the failure.
    private func readXML(_ data: Data, chunk: Int = 256 * 1024) -> (records: [[String]], error: Error?) {
        let path = temp(data)
        defer { unlink(path) }
        var records: [[String]] = []
        do {
            try XMLRecordReader(layout: layout).read(path: path, chunkSize: chunk, onDocument: { _, _, _ in }, onRecord: { _, v in
                records.append(v.map { String(decoding: $0, as: UTF8.self) })
            })
            return (records, nil)
        } catch { return (records, error) }
    }

    private func many(_ n: Int) -> String {
        (0..<n).map { "<E a=\"\($0)\" b=\"x\"><T>ok</T></E>\n" }.joined()
    }

    func testAnUndecodableByteLateInAWindows1251FileDamagesIt() {
        for chunk in [64, 4096] {
            var data = Data("<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n<R xmlns=\"urn:t\">\n\(many(300))".utf8)
            data += Data("<E a=\"bad\" b=\"".utf8) + Data([0x98]) + Data("\"/>\n</R>\n".utf8)
            let r = readXML(data, chunk: chunk)
            XCTAssertTrue(r.error is DamagedFile, "chunk \(chunk): \(String(describing: r.error))")
        }
        // The declaration whole in the first chunk: migstat decodes, and names the byte and its line.
        var data = Data("<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n<R xmlns=\"urn:t\">\n\(many(300))".utf8)
        data += Data("<E a=\"bad\" b=\"".utf8) + Data([0x98]) + Data("\"/>\n</R>\n".utf8)
        let e = readXML(data, chunk: 4096).error as? DamagedFile
        XCTAssertEqual(e?.line, 303)
        XCTAssertEqual(e?.message, "a byte windows-1251 does not define (0x98)")
    }

    func testAWindows1251FileReadsTheSameWhoeverDecodesIt() {
        // Cyrillic in an attribute and in text, across chunk ends; with 16-byte
        // chunks the declaration is not whole in the first, so libxml2 decodes.
        let cyrillic = "Қазақстан Россия Ўзбекистон №"
        let text = "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n<R xmlns=\"urn:t\">\n"
            + (0..<40).map { "<E a=\"\($0) \(cyrillic)\" b=\"x\"><T>\(cyrillic) \($0)</T></E>\n" }.joined() + "</R>\n"
        guard let data = text.replacingOccurrences(of: "Қ", with: "К").replacingOccurrences(of: "қ", with: "к")
            .data(using: .windowsCP1251) else { return XCTFail("not windows-1251") }
        let expected = (0..<40).map { ["\($0) Казакстан Россия Ўзбекистон №", "x", "Казакстан Россия Ўзбекистон № \($0)"] }
        for chunk in [16, 100, 4096] {
            let r = readXML(data, chunk: chunk)
            XCTAssertNil(r.error, "chunk \(chunk)")
            XCTAssertEqual(r.records, expected, "chunk \(chunk)")
        }
    }

    func testALoneSurrogateLateInAUTF16FileDamagesIt() {
        var text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<R xmlns=\"urn:t\">\n\(many(200))"
        text += "<E a=\"z\"/>\n</R>\n"
        var data = Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!
        // A lone high surrogate inside the last record's value.
        let marker = "a=\"z\"".data(using: .utf16LittleEndian)!
        let at = data.range(of: marker)!.upperBound - 4
        data.replaceSubrange(at..<(at + 2), with: [0x00, 0xD8])
        XCTAssertTrue(readXML(data, chunk: 512).error is DamagedFile)
    }

    func testWholeWellFormedFilesReadAtAnyChunkSize() {
        let data = Data("<?xml version=\"1.0\"?>\n<R xmlns=\"urn:t\">\n\(many(50))</R>\n".utf8)
        for chunk in [1, 7, 64, 1 << 16] {
            let r = readXML(data, chunk: chunk)
            XCTAssertNil(r.error, "chunk \(chunk)")
            XCTAssertEqual(r.records.count, 50)
        }
    }

    func testAnOverlongAttributeFollowedByAnotherIsDamageNotACrash() {
        for size in [65 * 1024, 1 << 20, 5 << 20] {
            let data = Data("<R xmlns=\"urn:t\"><E a=\"\(String(repeating: "x", count: size))\" b=\"y\"/></R>".utf8)
            XCTAssertEqual((readXML(data).error as? DamagedFile)?.message, "field too long", "size \(size)")
        }
    }

    func testTooManyAttributesAreRefusedBeforeLibxml2(){
        let attrs = (0..<5000).map { " x\($0)='1'" }.joined()
        let data = Data("<R xmlns=\"urn:t\">\n<!-- <E a='1'> -->\n<E\(attrs)/></R>".utf8)
        let e = readXML(data, chunk: 100).error as? DamagedFile
        XCTAssertEqual(e?.line, 3)
        XCTAssertEqual(e?.message, "too many attributes (more than 64 on one element)")
        // The line is counted across chunks, however many lines come before it.
        let deep = Data("<R xmlns=\"urn:t\">\n<!-- <E a='1'> -->\n\(String(repeating: "\n", count: 3000))<E\(attrs)/></R>".utf8)
        for chunk in [100, 4096, 1 << 16] {
            XCTAssertEqual((readXML(deep, chunk: chunk).error as? DamagedFile)?.line, 3003, "chunk \(chunk)")
        }
        // Quoted `=` and `>`, comments, CDATA and instructions are not attributes.
        let quiet = "<R xmlns=\"urn:t\"><?pi a=b c=d?><!-- = = = --><E a=\"=>=\" b='=='><T><![CDATA[= = =]]></T></E></R>"
        var guarded = XMLRecordLayout(rootElement: "R", namespace: "urn:t", documentFields: [], recordElement: "E",
                                      recordFields: [("a", .attribute("a"))])
        guarded.maxAttributes = 2
        let path = temp(Data(quiet.utf8))
        defer { unlink(path) }
        XCTAssertNoThrow(try XMLRecordReader(layout: guarded).read(path: path, chunkSize: 3, onDocument: { _, _, _ in }, onRecord: { _, _ in }))
    }

    func testRecordsOfAnotherNamespaceAndPrefixedAttributesAreNotTheFeeds() {
        let data = Data("""
            <R xmlns="urn:t" xmlns:o="urn:other"><o:E a="1" b="1"/><E a="2" o:a="9" b="2"/><E a="3"><o:T>no</o:T><T>yes</T></E></R>
            """.utf8)
        let r = readXML(data)
        XCTAssertNil(r.error)
        XCTAssertEqual(r.records, [["2", "2", ""], ["3", "", "yes"]])
    }

    func testARecordsLineIsWhereItsStartTagBegins() throws {
        let path = temp(Data("<R xmlns=\"urn:t\">\n<E\n a=\"1\"\n b=\"2\">\n<T>t</T></E>\n<E a=\"2\"/>\n</R>".utf8))
        defer { unlink(path) }
        var lines: [Int] = []
        try XMLRecordReader(layout: layout).read(path: path, onDocument: { _, _, _ in }, onRecord: { line, _ in lines.append(line) })
        XCTAssertEqual(lines, [2, 6])
    }

    func testAFileChangedWhileItIsReadStopsTheRun() throws {
        let path = temp(Data(String(repeating: "a,b\n", count: 1000).utf8))
        defer { unlink(path) }
        let source = try InputSource(path: path)
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: 100, alignment: 1)
        defer { buffer.deallocate() }
        _ = try source.read(into: buffer, count: 100)
        let fh = FileHandle(forWritingAtPath: path)!
        fh.seekToEndOfFile()
        fh.write(Data("c,d\n".utf8))
        fh.closeFile()
        while try source.read(into: buffer, count: 100) > 0 {}
        XCTAssertThrowsError(try source.finish()) { XCTAssertTrue("\($0)".contains("changed while it was read"), "\($0)") }
        // The version the inventory hashed is the only one a reader accepts.
        XCTAssertThrowsError(try InputSource(path: path, expected: source.identity))
    }

    func testCSVWhitespaceLinesAreBlankAndACutLastLineIsMarked() throws {
        let path = temp(Data("a,b,c\n  \n\t\n1,2,3\n4,5".utf8))
        defer { unlink(path) }
        let reader = try CSVReader(path: path, dialect: CSVDialect(delimiter: UInt8(ascii: ",")))
        var rows: [(Int, Int, Bool)] = []
        while try reader.next() { rows.append((reader.line, reader.fieldCount, reader.endsWithoutLineEnd)) }
        XCTAssertEqual(rows.map(\.0), [1, 4, 5])
        XCTAssertEqual(rows.map(\.1), [3, 3, 2])
        XCTAssertEqual(rows.map(\.2), [false, false, true])
    }

    func testNumbersBeyondTheStatedMaximumAreMalformedNotTraps() {
        XCTAssertEqual(DecimalText.parseScaled("999999999999", places: 6), 999_999_999_999_000_000)
        XCTAssertNil(DecimalText.parseScaled("1000000000000", places: 6))
        XCTAssertNil(DecimalText.parseScaled("99999999999999999999999", places: 2))
        XCTAssertEqual(DecimalText.ratio(Int.max, 100_000, places: 2), "92233720368547.76")
        XCTAssertEqual(DecimalText.ratio(-Int.max, 7, places: 6), "-1317624576693539401.000000")
        XCTAssertEqual(DecimalText.ratio(Int128(Int.max) * 1000, 3, places: 1), "3074457345618258602333.3")
    }
}
