import Foundation

/// How a feed's CSV files are laid out.
public struct CSVDialect: Sendable {
    public var delimiter: UInt8
    var quote: UInt8 = UInt8(ascii: "\"")
    /// A longer field makes the file damaged (`field too long`): hostile input must not exhaust memory.
    var maxFieldBytes = 64 * 1024
    /// A longer record (a runaway quoted field, say) makes the file damaged too.
    var maxRecordBytes = 1024 * 1024

    public init(delimiter: UInt8) { self.delimiter = delimiter }
}

/// A streaming RFC 4180 reader over bytes: quotes, doubled quotes, separators
/// and line breaks inside quotes, LF / CRLF / CR line ends, an optional UTF-8
/// byte-order mark. Fields are byte ranges into one reused buffer; no String
/// is built unless the caller asks for one.
///
/// Hand-written rather than a library: the Swift CSV libraries measured here
/// read 6–10 MB/s against ~275 MB/s for a byte tokenizer over read() chunks
/// (shared/notes/measured-on-this-machine.md), and the slips feed is bulk data.
public final class CSVReader {
    let dialect: CSVDialect
    /// Nil for text already in memory (`init(bytes:)`).
    private let source: InputSource?
    @exclusivity(unchecked) private var buf: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) private var start = 0          // first byte of the record being parsed
    @exclusivity(unchecked) private var end = 0            // bytes valid in buf
    @exclusivity(unchecked) private var eof = false
    @exclusivity(unchecked) private var fileOffsetOfBuf = 0 // file offset of buf[0]
    @exclusivity(unchecked) private var nextLine = 1

    @exclusivity(unchecked) private var starts: [Int] = []
    @exclusivity(unchecked) private var ends: [Int] = []
    @exclusivity(unchecked) private var escaped: [Bool] = []
    @exclusivity(unchecked) private var scratch: [UInt8] = []

    /// Line where the current record starts (1-based, the header is line 1).
    @exclusivity(unchecked) private(set) var line = 0
    /// Byte offset and length of the current record in the file, line end excluded.
    @exclusivity(unchecked) private(set) var rawOffset = 0
    @exclusivity(unchecked) private(set) var rawLength = 0
    public var fieldCount: Int { starts.count }
    /// The current record is the file's last and has no line end: if it is also
    /// short, the file was cut off (a caller that knows the width decides).
    @exclusivity(unchecked) private(set) var endsWithoutLineEnd = false

    public convenience init(path: String, dialect: CSVDialect, chunkSize: Int = 1 << 20) throws {
        try self.init(source: InputSource(path: path), dialect: dialect, chunkSize: chunkSize)
    }

    init(source: InputSource, dialect: CSVDialect, chunkSize: Int = 1 << 20) throws {
        self.source = source
        self.dialect = dialect
        capacity = chunkSize
        buf = .allocate(capacity: capacity)
        try fill()
        if end >= 3, buf[0] == 0xEF, buf[1] == 0xBB, buf[2] == 0xBF { start = 3 }
    }

    /// Reads text already in memory (a published file read back) as a file's
    /// bytes are read: one RFC 4180 parser for the feeds and migstat's own files.
    init(bytes: some Collection<UInt8>, dialect: CSVDialect) {
        source = nil
        self.dialect = dialect
        capacity = max(bytes.count, 1)
        buf = .allocate(capacity: capacity)
        end = UnsafeMutableBufferPointer(start: buf, count: capacity).initialize(fromContentsOf: bytes)
        eof = true
        if end >= 3, buf[0] == 0xEF, buf[1] == 0xBB, buf[2] == 0xBF { start = 3 }
    }

    deinit { buf.deallocate() }

    /// Reads more bytes after compacting the buffer; grows it for a long record, up to the bound.
    private func fill() throws {
        if start > 0 {
            let keep = end - start
            if keep > 0 { memmove(buf, buf + start, keep) }
            fileOffsetOfBuf += start
            end = keep
            start = 0
        }
        if end == capacity {
            guard capacity < dialect.maxRecordBytes * 2 else {
                throw DamagedFile(line: nextLine, message: "record longer than \(dialect.maxRecordBytes) bytes")
            }
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            bigger.update(from: buf, count: end)
            buf.deallocate()
            buf = bigger
            capacity *= 2
        }
        while end < capacity {
            let n = try source?.read(into: buf + end, count: capacity - end) ?? 0
            if n == 0 { eof = true; break }
            end += n
            if end - start >= 64 * 1024 { break }
        }
    }

    private enum Step { case record(next: Int), needMore }

    /// Advances to the next record, skipping blank lines. False at the end of
    /// the file, once the whole unchanged file has been read (`InputSource.finish`).
    public func next() throws -> Bool {
        while true {
            if start >= end {
                if eof { try source?.finish(); return false }
                try fill()
                continue
            }
            switch try parse() {
            case .needMore:
                if end - start > dialect.maxRecordBytes {
                    throw DamagedFile(line: nextLine, message: "record longer than \(dialect.maxRecordBytes) bytes")
                }
                try fill()
            case .record(let next):
                let blank = starts.count == 1 && !escaped[0] && isBlank(rawOffset - fileOffsetOfBuf, rawLength)
                start = next
                if !blank { return true }
            }
        }
    }

    private func parse() throws -> Step {
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        escaped.removeAll(keepingCapacity: true)
        let delim = dialect.delimiter, quote = dialect.quote
        var i = start
        var newlinesInside = 0
        while true {
            var fieldStart = i, fieldEnd = i, hasEscapes = false
            if i < end && buf[i] == quote {
                i += 1
                fieldStart = i
                while true {
                    guard let q = memchr(buf + i, Int32(quote), end - i) else {
                        if eof { throw DamagedFile(line: nextLine, message: "unterminated quoted field") }
                        return .needMore
                    }
                    let qi = buf.distance(to: q.assumingMemoryBound(to: UInt8.self))
                    for k in i..<qi where buf[k] == 0x0A { newlinesInside += 1 }
                    i = qi + 1
                    if i == end && !eof { return .needMore }
                    if i < end && buf[i] == quote { hasEscapes = true; i += 1; continue }
                    fieldEnd = qi
                    break
                }
                if i < end && buf[i] != delim && buf[i] != 0x0A && buf[i] != 0x0D {
                    throw DamagedFile(line: nextLine + newlinesInside, message: "unexpected character after a closing quote")
                }
            } else {
                while i < end {
                    let c = buf[i]
                    if c == delim || c == 0x0A || c == 0x0D { break }
                    i += 1
                }
                if i == end && !eof { return .needMore }
                fieldEnd = i
            }
            if fieldEnd - fieldStart > dialect.maxFieldBytes {
                throw DamagedFile(line: nextLine, message: "field too long")
            }
            starts.append(fieldStart)
            ends.append(fieldEnd)
            escaped.append(hasEscapes)
            if i == end { // end of file without a line end
                finishRecord(rawEnd: i, newlines: newlinesInside)
                endsWithoutLineEnd = true
                return .record(next: i)
            }
            let c = buf[i]
            if c == delim { i += 1; continue }
            let rawEnd = i
            if c == 0x0D {
                if i + 1 == end && !eof { return .needMore }
                i += (i + 1 < end && buf[i + 1] == 0x0A) ? 2 : 1
            } else {
                i += 1
            }
            finishRecord(rawEnd: rawEnd, newlines: newlinesInside)
            return .record(next: i)
        }
    }

    /// Blank lines (nothing, or only spaces and tabs) are not records.
    private func isBlank(_ from: Int, _ count: Int) -> Bool {
        var k = from
        while k < from + count {
            if buf[k] != 0x20 && buf[k] != 0x09 { return false }
            k += 1
        }
        return true
    }

    private func finishRecord(rawEnd: Int, newlines: Int) {
        line = nextLine
        nextLine += 1 + newlines
        rawOffset = fileOffsetOfBuf + start
        rawLength = rawEnd - start
    }

    /// The field's bytes, doubled quotes undone. Valid only inside `body`.
    @inline(__always)
    public func withField<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let s = starts[index], e = ends[index]
        if !escaped[index] { return try body(UnsafeBufferPointer(start: buf + s, count: e - s)) }
        scratch.removeAll(keepingCapacity: true)
        var k = s
        while k < e {
            scratch.append(buf[k])
            k += buf[k] == dialect.quote ? 2 : 1
        }
        return try scratch.withUnsafeBufferPointer { try body($0) }
    }

    /// The record's raw bytes as they stand in the file, line end excluded.
    public func withRaw<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: buf + (rawOffset - fileOffsetOfBuf), count: rawLength))
    }
}
