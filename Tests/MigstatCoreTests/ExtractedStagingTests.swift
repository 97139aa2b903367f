import Foundation
@testable import MigstatCore
import XCTest

/// `extracted.bin` through its writer and reader (docs/staging-format.md).
final class ExtractedStagingTests: XCTestCase {
    private let scratch = Scratch()   // a folder of its own per test, removed after
    private var dir: URL { scratch.root }

    private func write(_ body: (ExtractedWriter) throws -> Void, seal: String = "stamp") throws -> String {
        let path = dir.appendingPathComponent("extracted.bin").path
        let writer = try ExtractedWriter(path: path)
        try body(writer)
        try writer.seal(seal)
        try writer.close()
        return path
    }

    private func record(_ w: ExtractedWriter, line: Int, _ fields: [String]) throws {
        w.beginRecord(file: 0, line: line, kind: "slips", offset: line * 10, length: 9, fieldCount: fields.count)
        for (i, f) in fields.enumerated() { w.field(i, Array(f.utf8)) }
        try w.endRecord()
    }

    private func readAll(_ path: String, seal: String? = "stamp") throws -> [ExtractedEntry] {
        let reader = try ExtractedReader(path: path, seal: seal)
        var entries: [ExtractedEntry] = []
        while let e = try reader.next() { entries.append(e) }
        return entries
    }

    private func records(_ entries: [ExtractedEntry]) -> [ExtractedRecord] {
        entries.compactMap { if case .record(let r) = $0 { return r } else { return nil } }
    }

    func testRecordsComeBackAsWrittenWithOneIdPerDistinctValueOfAColumn() throws {
        let long = String(repeating: "x", count: ValueDictionary.longestValue + 1)
        let path = try write { w in
            try record(w, line: 2, ["S1", "A", "Qazaqstan\ttab", ""])
            try w.document(file: 0, line: 1, name: "schema_version", value: Array("2".utf8))
            try record(w, line: 3, ["S2", "A", long, "Ресей"])
            try w.unsplit(file: 0, line: 4, reason: .wrongNumberOfFields, raw: Array("a,b".utf8))
            try record(w, line: 5, ["S3", "D", long, "Ресей"])
        }
        let entries = try readAll(path)
        XCTAssertEqual(entries.count, 5)
        let rs = records(entries)
        XCTAssertEqual(rs.map(\.fields), [["S1", "A", "Qazaqstan\ttab", ""], ["S2", "A", long, "Ресей"], ["S3", "D", long, "Ресей"]])
        XCTAssertEqual(rs.map(\.line), [2, 3, 5])
        XCTAssertEqual(rs.map(\.rawOffset), [20, 30, 50])
        XCTAssertEqual(rs[2].kind, "slips")
        // The same value of a column has the same id; another value another one.
        XCTAssertEqual(rs[0].valueID(1), rs[1].valueID(1))
        XCTAssertNotEqual(rs[1].valueID(1), rs[2].valueID(1))
        XCTAssertEqual(rs[1].valueID(3), rs[2].valueID(3))
        // Too long for the dictionary: inline each time, no id.
        XCTAssertEqual(rs[1].valueID(2), -1)
        guard case .document(0, 1, "schema_version", "2") = entries[1] else { return XCTFail("\(entries[1])") }
        guard case .unsplit(0, 4, "wrong number of fields", "a,b") = entries[3] else { return XCTFail("\(entries[3])") }
    }

    func testAColumnOfDistinctValuesStopsGrowingAndIsWrittenInline() throws {
        let n = ValueDictionary.capacity + 10
        let path = try write { w in
            for i in 0..<n { try record(w, line: i + 1, ["id-\(i)", "same"]) }
        }
        let rs = records(try readAll(path))
        XCTAssertEqual(rs.count, n)
        XCTAssertEqual(rs.map { $0[0] }, (0..<n).map { "id-\($0)" })
        XCTAssertEqual(rs[ValueDictionary.capacity - 1].valueID(0), ValueDictionary.capacity - 1)
        XCTAssertEqual(rs[ValueDictionary.capacity].valueID(0), -1)
        XCTAssertEqual(Set(rs.map { $0.valueID(1) }), [0])
    }

    /// Values that differ in one byte, at every place in values of 1 to 20
    /// bytes (short ones are hashed and compared as words), are as many values;
    /// each seen again has its first id.
    func testValuesDifferingInAnyOneByteAreDistinct() {
        var d = ValueDictionary(), ids: [[UInt8]: Int] = [:]
        for length in 1...20 {
            for place in 0..<length {
                for byte: UInt8 in [0x00, 0x01, 0x41, 0x80, 0xFF] {
                    var value = [UInt8](repeating: 0x61, count: length)
                    value[place] = byte
                    guard let got = value.withUnsafeBufferPointer({ d.id(of: $0) }) else { return XCTFail("full") }
                    if let first = ids[value] { XCTAssertEqual(got.id, first); XCTAssertFalse(got.added) }
                    else { XCTAssertTrue(got.added, "\(value)"); ids[value] = got.id }
                }
            }
        }
        XCTAssertEqual(d.count, ids.count)
        for (value, id) in ids { XCTAssertEqual(value.withUnsafeBufferPointer { d.id(of: $0)?.id }, id) }
    }

    /// A full dictionary that keeps missing is a column of ids: no more lookups.
    func testAFullDictionaryOfMissesTurnsInlineOnlyAndOneOfHitsDoesNot() {
        func lookups(_ values: [String]) -> ValueDictionary {
            var d = ValueDictionary()
            for v in values { var v = v; _ = v.withUTF8 { d.id(of: $0) } }
            return d
        }
        let n = ValueDictionary.capacity
        XCTAssertTrue(lookups((0..<(3 * n)).map { "id-\($0)" }).isInlineOnly)
        XCTAssertFalse(lookups((0..<(3 * n)).map { "v-\($0 % (n + n / 2))" }).isInlineOnly, "a third of lookups hit")
        XCTAssertFalse(lookups((0..<(n + 10)).map { "id-\($0)" }).isInlineOnly, "too few lookups since full to tell")
    }

    /// Each file's segment numbers its values afresh (each is written by a
    /// task of its own); the reader gives a value the same id in every
    /// segment, so the rules resolve it once. A damaged file's segment is
    /// never assembled: its writer goes, and its file with it.
    func testSegmentsAreAssembledInOrderAndAValueKeepsItsIdAcrossThem() throws {
        let path = dir.appendingPathComponent("extracted.bin").path
        func segment(_ file: Int, _ rows: [[String]]) throws -> ExtractedWriter {
            let w = try ExtractedWriter(segmentOf: path, file: file)
            for (i, row) in rows.enumerated() {
                w.beginRecord(file: file, line: i + 2, kind: "slips", offset: 0, length: 0, fieldCount: row.count)
                for (k, f) in row.enumerated() { w.field(k, Array(f.utf8)) }
                try w.endRecord()
            }
            return w
        }
        func assemble() throws {
            let first = try segment(0, [["kept", "A"], ["x", "A"]]).finishSegment()
            _ = try segment(1, [["dropped", "B"]])   // damaged half-way: never finished
            let third = try segment(2, (0..<300_000).map { ["x\($0 % 5000)", $0 == 0 ? "B" : "A"] })   // past a flush
                .finishSegment()
            try ExtractedWriter.assemble([first, third], into: path, seal: "stamp")
        }
        try assemble()
        let rs = records(try readAll(path))
        XCTAssertEqual(rs.count, 300_002)
        XCTAssertEqual(rs.prefix(4).map(\.fields), [["kept", "A"], ["x", "A"], ["x0", "B"], ["x1", "A"]])
        XCTAssertEqual(rs.map(\.file), [0, 0] + Array(repeating: 2, count: 300_000))
        XCTAssertEqual(rs.prefix(4).map { $0.valueID(1) }, [0, 0, 1, 0], "A is value 0 in both segments")
        XCTAssertEqual(rs[2].valueID(0), 2, "a value new to the reader takes the next id")
        XCTAssertEqual(rs[5002].valueID(0), rs[2].valueID(0), "the segment's own dictionary, id for id")
        // Only the assembled file is left: the segments' files went with them.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted(), ["extracted.bin"])
    }

    /// Values are bytes: two spellings of "é" that Unicode calls equal stay two
    /// values with their own bytes, in one segment and across segments.
    func testValuesEqualOnlyToUnicodeAreTwoValues() throws {
        let path = dir.appendingPathComponent("extracted.bin").path
        let composed = "Caf\u{E9}", decomposed = "Cafe\u{301}"
        var parts: [StagingWriter.Detached] = []
        for (file, values) in [[composed, decomposed], [decomposed, composed]].enumerated() {
            let w = try ExtractedWriter(segmentOf: path, file: file)
            for (i, v) in values.enumerated() {
                w.beginRecord(file: file, line: i + 2, kind: "k", offset: 0, length: 0, fieldCount: 1)
                w.field(0, Array(v.utf8))
                try w.endRecord()
            }
            parts.append(try w.finishSegment())
        }
        try ExtractedWriter.assemble(parts, into: path, seal: "stamp")
        let rs = records(try readAll(path))
        XCTAssertEqual(rs.map { Array($0.fields[0].utf8) }, [composed, decomposed, decomposed, composed].map { Array($0.utf8) })
        XCTAssertEqual(rs.map { $0.valueID(0) }, [0, 1, 1, 0])
    }

    /// Past the reader's bound on a column's ids (segments of distinct values),
    /// values come inline, with their text, and no id.
    func testAColumnPastTheReadersBoundIsHandedOutInline() throws {
        let path = dir.appendingPathComponent("extracted.bin").path
        let perSegment = ValueDictionary.capacity, segments = ExtractedColumns.capacity / perSegment + 1
        var parts: [StagingWriter.Detached] = []
        for s in 0..<segments {
            let w = try ExtractedWriter(segmentOf: path, file: s)
            for k in 0..<perSegment {
                w.beginRecord(file: s, line: k + 2, kind: "k", offset: 0, length: 0, fieldCount: 1)
                w.field(0, Array("v\(s)-\(k % perSegment)".utf8))
                try w.endRecord()
            }
            parts.append(try w.finishSegment())
        }
        try ExtractedWriter.assemble(parts, into: path, seal: "stamp")
        let rs = records(try readAll(path))
        XCTAssertEqual(rs.count, segments * perSegment)
        XCTAssertEqual(rs[ExtractedColumns.capacity - 1].valueID(0), ExtractedColumns.capacity - 1)
        XCTAssertEqual(rs[ExtractedColumns.capacity].valueID(0), -1)
        XCTAssertEqual(rs.last!.fields, ["v\(segments - 1)-\(perSegment - 1)"])
    }

    func testAFileFromAnotherRunAVersionOrCutShortIsRefused() throws {
        let path = try write { w in try record(w, line: 1, ["a"]) }
        XCTAssertThrowsError(try readAll(path, seal: "another")) { XCTAssertTrue("\($0)".contains("does not belong"), "\($0)") }

        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try bytes.prefix(bytes.count - 3).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try readAll(path)) { XCTAssertTrue("\($0)".contains("does not belong"), "\($0)") }
        XCTAssertEqual(records(try readAll(path, seal: nil)).count, 1, "a person looking sees what is there")

        // A record naming value number 5 of a column that holds none.
        bytes = Data(StagingFormat.binaryHeader + [StagingFormat.Tag.record, 0, 1, 0, 0, 1, 1 << 2 | 1, UInt8(ascii: "k"), 5 << 1])
        try bytes.write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try readAll(path)) { XCTAssertTrue("\($0)".contains("damaged"), "\($0)") }

        // A segment adding more values to a column than extract ever keeps in one.
        var entries = StagingFormat.binaryHeader
        for k in 0...ValueDictionary.capacity {
            let value = Array("v\(k)".utf8)
            entries += [StagingFormat.Tag.record, 0, 1, 0, 0, 1, 1 << 2 | 1, UInt8(ascii: "k"), UInt8(value.count << 2 | 3)] + value
        }
        try Data(entries).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try readAll(path)) { XCTAssertTrue("\($0)".contains("more values in a column"), "\($0)") }

        bytes = Data("R\t0\t1\tslips\n\\S\tv1\tstamp\n".utf8)   // a v1 text staging file
        try bytes.write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try readAll(path)) { XCTAssertTrue("\($0)".contains("not staging format \(StagingFormat.version)"), "\($0)") }
    }
}

/// The text staging files (`records.tsv`, `normalised.tsv`) through their writer and reader.
final class StagingTextTests: XCTestCase {
    private let scratch = Scratch()

    /// A staged value is written as the same bytes as the String itself,
    /// escapes included, and a value staged twice has one number.
    func testStagedValuesWriteWhatTheirStringsWould() throws {
        let values = ["KAZ", "", "2003-01-02", "tab\there", "back\\slash", "line\nbreak\r", "Қазақстан"]
        var staged = StagedValues()
        let numbers = values.map { staged.number($0) }
        XCTAssertEqual(values.map { staged.number($0) }, numbers)
        XCTAssertEqual(Set(numbers).count, values.count)
        let (viaStaged, viaStrings) = (scratch.root.appendingPathComponent("a.tsv").path, scratch.root.appendingPathComponent("b.tsv").path)
        let a = try StagingWriter(path: viaStaged), b = try StagingWriter(path: viaStrings)
        for (value, n) in zip(values, numbers) {
            a.field(7); staged.write(n, to: a); staged.write(n, to: a); try a.endLine()
            b.field(7); b.field(value); b.field(value); try b.endLine()
        }
        for w in [a, b] { try w.seal("stamp"); try w.close() }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: viaStaged)), try Data(contentsOf: URL(fileURLWithPath: viaStrings)))
    }

    func testFieldsNumbersAndEscapesComeBackAsWritten() throws {
        let path = scratch.root.appendingPathComponent("records.tsv").path
        let writer = try StagingWriter(path: path)
        let numbers = [0, 7, 42, -13, 1_000_000, Int.max, Int.min]
        for n in numbers { writer.field(n); writer.field("tab\there\\ and\r\nbreaks"); writer.field(""); try writer.endLine() }
        // Fields joined beforehand (`join`), then written after a field of the line.
        let joined = ["a\tb", "back\\slash", "", "line\nbreak\r", "plain"]
        var line = StagingWriter.join(joined)
        writer.field(1)
        try line.withUTF8 { try writer.rawLine($0) }
        try writer.seal("stamp")
        try writer.close()
        let reader = try StagingReader(path: path, seal: "stamp")
        for n in numbers { XCTAssertEqual(try reader.next(), [String(n), "tab\there\\ and\r\nbreaks", ""]) }
        XCTAssertEqual(try reader.next(), ["1"] + joined)
        XCTAssertNil(try reader.next())
    }

    func testALongLineGrowsTheBuffer() throws {
        let path = scratch.root.appendingPathComponent("normalised.tsv").path
        let writer = try StagingWriter(path: path)
        let line = String(repeating: "x", count: 100), long = String(repeating: "y", count: 3 << 20)
        for i in 0..<30_000 { writer.field(i); writer.field(line); try writer.endLine() }   // 3 MB: flushed
        writer.field(-2); writer.field(long); try writer.endLine()   // longer than the buffer
        try writer.seal("stamp")
        try writer.close()
        let reader = try StagingReader(path: path, seal: "stamp")
        for i in 0..<30_000 { XCTAssertEqual(try reader.next(), [String(i), line]) }
        XCTAssertEqual(try reader.next(), ["-2", long])
        XCTAssertNil(try reader.next())
    }

    /// The word-at-a-time test against the byte-by-byte definition: each byte
    /// that must be escaped, and bytes near them (below 0x0E, or 0x5C with
    /// the high bit set), at every place in fields of 0 to 19 bytes.
    func testAFieldNeedsEscapingExactlyWhenItHoldsATabNewlineReturnOrBackslash() {
        let special: [UInt8] = [0x09, 0x0A, 0x0D, 0x5C]
        let near: [UInt8] = [0x00, 0x08, 0x0B, 0x0C, 0x0E, 0x5B, 0x5D, 0x89, 0x8A, 0x8D, 0xDC, 0xFF, 0x2E, UInt8(ascii: "a")]
        var checked = 0
        for length in 0..<20 {
            for place in 0..<max(length, 1) {
                for byte in special + near {
                    var field = [UInt8](repeating: UInt8(ascii: "x"), count: length)
                    if length > 0 { field[place] = byte }
                    let expected = field.contains { special.contains($0) }
                    field.withUnsafeBufferPointer { XCTAssertEqual(StagingFormat.needsEscaping($0), expected, "\(field)") }
                    checked += 1
                }
            }
        }
        // Words of near bytes only, which the word test may flag: still no escaping.
        near.withUnsafeBufferPointer { XCTAssertFalse(StagingFormat.needsEscaping($0)) }
        XCTAssertGreaterThan(checked, 3000)
    }
}
