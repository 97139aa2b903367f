import Foundation
import Logging

/// Stage 1: read the year's files of every feed, decode them, split them into
/// records and quarantine damaged files. Extract stays dumb and fast: it names
/// fields but judges nothing beyond what it takes to read a file.
///
/// Writes `extracted.bin` (docs/staging-format.md): records with their
/// fields dictionary-encoded, CSV lines that do not split into the definition's
/// fields, and XML document values; one segment per file (`FeedExtraction`).
enum ExtractStage {
    static func extractCSV(_ source: InputSource, def: FeedDefinition, kind: FeedDefinition.FileKind,
                           fileIndex: Int, to out: ExtractedWriter) throws -> Int {
        let reader = try CSVReader(source: source, dialect: def.csvDialect)
        let encoding = def.textEncoding
        let columns = kind.columns!
        guard try reader.next() else { throw DamagedFile(line: 1, message: "empty file: no header") }
        if reader.withRaw({ StoredText.hasNUL($0) }) { throw DamagedFile(line: 1, message: "a NUL byte (0x00) in the header: the file is damaged") }
        // Header names compare trimmed and case-insensitively, in any order.
        var header: [String] = []
        for k in 0..<reader.fieldCount {
            var utf8: [UInt8] = []
            let ok = reader.withField(k) { encoding.appendUTF8($0, to: &utf8) }
            guard ok else { throw DamagedFile(line: 1, message: "bytes that are not valid \(encoding.rawValue) in the header") }
            header.append(String(decoding: utf8, as: UTF8.self).trimmingCharacters(in: .whitespaces).lowercased())
        }
        var position: [Int] = []   // definition column → file column
        for c in columns {
            guard let at = header.firstIndex(of: c.header.trimmingCharacters(in: .whitespaces).lowercased()) else {
                throw DamagedFile(line: 1, message: "header does not match the definition: no column '\(c.header)' (found: \(MessageText.quote(header.joined(separator: ", "))))")
            }
            position.append(at)
        }
        guard header.count == columns.count else {
            throw DamagedFile(line: 1, message: "header does not match the definition: \(header.count) columns, expected \(columns.count)")
        }
        var records = 0
        var scratch: [UInt8] = []
        while try reader.next() {
            records += 1
            // A NUL is valid UTF-8 and windows-1251, but no agency text holds one: it is the mark of a damaged file
            // (a block of zeros after a crash, UTF-16 saved as 8-bit), and no database can store it: quarantined like bad bytes.
            if reader.withRaw({ StoredText.hasNUL($0) }) { throw DamagedFile(line: reader.line, message: "a NUL byte (0x00): the file is damaged") }
            if reader.fieldCount != columns.count {
                // A short last line with no line end: the file was cut off, not a bad row.
                if reader.endsWithoutLineEnd {
                    throw DamagedFile(line: reader.line, message: "truncated: the last record is incomplete and has no line end")
                }
                scratch.removeAll(keepingCapacity: true)
                guard reader.withRaw({ encoding.appendUTF8($0, to: &scratch) }) else {
                    throw DamagedFile(line: reader.line, message: "bytes that are not valid \(encoding.rawValue)")
                }
                try out.unsplit(file: fileIndex, line: reader.line, reason: .wrongNumberOfFields, raw: scratch)
                continue
            }
            out.beginRecord(file: fileIndex, line: reader.line, kind: kind.kind, offset: reader.rawOffset,
                            length: reader.rawLength, fieldCount: position.count)
            for (index, at) in position.enumerated() {
                let ok: Bool = reader.withField(at) { raw in
                    if encoding == .utf8 {   // valid UTF-8 goes to staging as it is
                        guard UTF8Validation.isValid(raw) else { return false }
                        out.field(index, raw)
                        return true
                    }
                    scratch.removeAll(keepingCapacity: true)
                    guard encoding.appendUTF8(raw, to: &scratch) else { return false }
                    out.field(index, scratch)
                    return true
                }
                guard ok else { throw DamagedFile(line: reader.line, message: "bytes that are not valid \(encoding.rawValue)") }
            }
            try out.endRecord()
        }
        return records
    }

    static func extractXML(_ source: InputSource, def: FeedDefinition, kind: FeedDefinition.FileKind,
                           fileIndex: Int, to out: ExtractedWriter) throws -> Int {
        let reader = XMLRecordReader(layout: def.xmlLayout(kind))
        var records = 0
        try reader.read(source, onDocument: { line, name, value in
            try out.document(file: fileIndex, line: line, name: name, value: value)
        }, onRecord: { line, values in
            records += 1
            out.beginRecord(file: fileIndex, line: line, kind: kind.kind, offset: 0, length: 0, fieldCount: values.count)
            for index in values.indices { out.field(index, values[index]) }
            try out.endRecord()
        })
        return records
    }
}
