import Foundation

/// What `extracted.bin` holds, entry by entry.
enum ExtractedEntry {
    case record(ExtractedRecord)
    /// A CSV line that does not split into the definition's fields, with its text.
    case unsplit(file: Int, line: Int, reason: String, raw: String)
    /// A document value of an XML file (its schema version).
    case document(file: Int, line: Int, name: String, value: String)
}

/// Reads `extracted.bin` (docs/staging-format.md), streaming. Each
/// dictionary value becomes a String once, however many records carry it; a
/// record holds its fields' ids into those Strings (`ExtractedColumns`), and
/// only its inline values as Strings of its own.
final class ExtractedReader {
    private let fd: Int32
    /// Raw memory, not `[UInt8]`: every field of a million records is read
    /// through a cursor, and an array's retain and bounds checks per byte
    /// were a tenth of slips normalise.
    private var buf: UnsafeMutablePointer<UInt8>
    private var capacity = 1 << 20
    /// Unread bytes are `buf[pos..<end]`.
    private var pos = 0
    private var end = 0
    private var eof = false
    private var sealed = false
    private let columns = ExtractedColumns()
    private var codes: [Int32] = [], inline: [String] = []
    /// Per column, the segment's value numbers as the reader's ids: each input
    /// file's segment numbers its values afresh, the reader gives a value the
    /// same id in every segment. Past the reader's bound (`ExtractedColumns.capacity`),
    /// `-1 - k` for the segment's k-th value kept in `unkept`, handed out inline.
    private var segmentIDs: [SegmentIDs] = [], unkept: [[String]] = []
    /// One column's ids in the segment being read: raw memory of a fixed size
    /// (a segment keeps at most `ValueDictionary.capacity` values a column), so
    /// a field's id is one load, without an array's header to reach first.
    private struct SegmentIDs {
        /// Allocated at the column's first value: a record may name many columns.
        var ids: UnsafeMutablePointer<Int32>?
        var count = 0
    }
    /// The reader's ids by value, to find a value an earlier segment gave;
    /// by bytes, as the writer keeps them (`ByteKey`): two spellings Unicode
    /// calls equal are two values.
    private var idOf: [[ByteKey: Int32]] = []
    /// Values the entry being parsed added (`addedID` says whether the reader
    /// gave it a new id): undone when the buffer ends inside the entry, so the
    /// entry can be parsed again after a read.
    private var added: [(column: Int, addedID: Bool)] = []
    let path: String
    private let expectedSeal: String?
    private let stage: String
    /// Bytes read from the file so far, for progress.
    private(set) var bytesRead = 0
    /// The seal's version and stamp, once the end is reached.
    private(set) var seal: (version: String, stamp: String)?

    /// With `seal`, the file must end with that stamp: a file from another run
    /// than its companion JSON is refused. Without, a person is looking inside.
    init(path: String, seal: String? = nil, stage: String = "the earlier stage") throws {
        self.path = path
        expectedSeal = seal
        self.stage = stage
        fd = open(path, O_RDONLY | O_CLOEXEC)
        buf = .allocate(capacity: capacity)
        guard fd >= 0 else { throw MigstatError.io("cannot open \(path): \(errnoText()); run the earlier stage first") }
        try fill()
        let header = StagingFormat.binaryHeader
        let start = UnsafeBufferPointer(start: buf, count: end)
        guard end >= header.count, start.prefix(header.count).elementsEqual(header) else {
            let firstLine = start.prefix(64).split(separator: 0x0A).first.map { String(decoding: $0, as: UTF8.self) } ?? ""
            throw MigstatError.io("\(path) is not staging format \(StagingFormat.version) (it starts \(MessageText.quote(firstLine))); rerun \(stage) for this year")
        }
        pos = header.count
    }

    deinit {
        buf.deallocate()
        for column in segmentIDs { column.ids?.deallocate() }
        if fd >= 0 { close(fd) }
    }

    /// The next entry, or nil after the seal (or, reading without one, at the end).
    func next() throws -> ExtractedEntry? {
        while true {
            if sealed { return nil }
            var cursor = Cursor(buf, pos, end)
            added.removeAll(keepingCapacity: true)
            if let entry = try parseEntry(&cursor) {
                pos = cursor.at
                if let entry { return entry }
                continue   // a segment's start, or the seal: checked, and nothing after it counts
            }
            // Half an entry in the buffer: read more, or the file ends early.
            for (column, addedID) in added.reversed() {
                segmentIDs[column].count -= 1
                let id = segmentIDs[column].ids![segmentIDs[column].count]
                if id < 0 { unkept[column].removeLast() }
                if addedID { idOf[column][ByteKey(columns.values[column].removeLast())] = nil }
            }
            guard !eof else {
                guard expectedSeal != nil else { return nil }   // a person looking: show what is there
                throw unsealed()
            }
            try fill()
        }
    }

    /// One entry from the cursor: `.some(nil)` for a segment's start or the seal, nil when the
    /// buffer ends inside the entry.
    private func parseEntry(_ c: inout Cursor) throws -> ExtractedEntry?? {
        guard let tag = c.byte() else { return nil }
        switch tag {
        case StagingFormat.Tag.record:
            guard let file = c.varint(), let line = c.varint(), let offset = c.varint(), let length = c.varint(),
                  let count = c.varint(), count <= 1 << 16, let kind = try value(&c, column: 0) else { return nil }
            // Parsed into the scratch arrays, which `recordFields` swaps with the record before's.
            codes.removeAll(keepingCapacity: true); inline.removeAll(keepingCapacity: true)
            for i in 0..<count {
                guard let code = try code(&c, column: i + 1) else { return nil }
                codes.append(code)
            }
            return .some(.record(ExtractedRecord(file: file, line: line, rawOffset: offset, rawLength: length,
                                                 fields: recordFields(kind: kind.text))))
        case StagingFormat.Tag.unsplit:
            guard let file = c.varint(), let line = c.varint(), let reason = c.literal(), let raw = c.literal() else { return nil }
            return .some(.unsplit(file: file, line: line, reason: reason, raw: raw))
        case StagingFormat.Tag.document:
            guard let file = c.varint(), let line = c.varint(), let name = c.literal(), let value = c.literal() else { return nil }
            return .some(.document(file: file, line: line, name: name, value: value))
        case StagingFormat.Tag.segment:
            for column in segmentIDs.indices { segmentIDs[column].count = 0; unkept[column].removeAll() }
            return .some(nil)
        case StagingFormat.Tag.seal:
            guard let version = c.literal(), let stamp = c.literal() else { return nil }
            try check(seal: (version, stamp))
            return .some(nil)
        default:
            throw MigstatError.io("\(path) is damaged (an entry of unknown kind at byte \(bytesRead - (end - c.at))); rerun \(stage) for this year")
        }
    }

    /// The fields of the record before, refilled when the rules let go of
    /// it (as they do: they keep what they need, not the record), else new.
    private var lastFields: ExtractedRecord.Fields?

    /// The parsed kind, codes and inline values as a record's fields: the
    /// arrays are swapped in, so the record before's become the next parse's.
    private func recordFields(kind: String) -> ExtractedRecord.Fields {
        if lastFields == nil || !isKnownUniquelyReferenced(&lastFields) {
            lastFields = ExtractedRecord.Fields(kind: kind, codes: [], inline: [], columns: columns)
        }
        let fields = lastFields!
        fields.kind = kind
        swap(&fields.codes, &codes)
        swap(&fields.inline, &inline)
        return fields
    }

    /// A value's code and, for a new or inline value, its bytes; -1 as the id of an inline one.
    private func value(_ c: inout Cursor, column: Int) throws -> (text: String, id: Int)? {
        guard let code = try code(&c, column: column) else { return nil }
        return code >= 0 ? (columns.values[column][Int(code)], Int(code)) : (inline.removeLast(), -1)
    }

    /// A field's code in its record: the reader's id of the value, or
    /// `-1 - n` for the n-th inline value (appended to `inline`); no String
    /// is made or retained for a value the dictionary already has.
    private func code(_ c: inout Cursor, column: Int) throws -> Int32? {
        guard let code = c.varint() else { return nil }
        if column >= segmentIDs.count {
            while columns.values.count <= column {
                columns.values.append([]); segmentIDs.append(SegmentIDs()); unkept.append([]); idOf.append([:])
            }
        }
        if code & 1 == 0 {
            let numbered = segmentIDs[column]
            guard code >> 1 < numbered.count else {
                throw MigstatError.io("\(path) is damaged (a value number it never gave); rerun \(stage) for this year")
            }
            let id = numbered.ids![code >> 1]   // count > 0: allocated
            return id >= 0 ? id : inlined(unkept[column][Int(-1 - id)])
        }
        guard let text = c.text(length: code >> 2) else { return nil }
        guard code & 2 != 0 else { return inlined(text) }
        // A value the segment adds: the id an earlier segment gave it, else the next one.
        guard segmentIDs[column].count < ValueDictionary.capacity else {
            throw MigstatError.io("\(path) is damaged (more values in a column than extract keeps); rerun \(stage) for this year")
        }
        if let known = idOf[column][ByteKey(text)] {
            number(known, column)
            added.append((column, false))
            return known
        }
        guard columns.values[column].count < ExtractedColumns.capacity else {
            unkept[column].append(text)
            number(-Int32(unkept[column].count), column)
            added.append((column, false))
            return inlined(text)
        }
        let id = Int32(columns.values[column].count)
        columns.values[column].append(text)
        idOf[column][ByteKey(text)] = id
        number(id, column)
        added.append((column, true))
        return id
    }

    /// The segment's next value number in `column` is the reader's `id` (checked for room by the caller).
    private func number(_ id: Int32, _ column: Int) {
        if segmentIDs[column].ids == nil { segmentIDs[column].ids = .allocate(capacity: ValueDictionary.capacity) }
        segmentIDs[column].ids![segmentIDs[column].count] = id
        segmentIDs[column].count += 1
    }

    private func inlined(_ text: String) -> Int32 {
        inline.append(text)
        return -Int32(inline.count)
    }

    private func check(seal: (version: String, stamp: String)) throws {
        sealed = true
        self.seal = seal
        guard let expectedSeal else { return }
        guard seal.version == StagingFormat.version else {
            throw MigstatError.io("\(path) is staging format \(seal.version), this migstat reads \(StagingFormat.version); rerun \(stage) for this year")
        }
        guard seal.stamp == expectedSeal else { throw unsealed() }
    }

    private func unsealed() -> MigstatError {
        .io("\(path) does not belong with its companion files (a run was interrupted?); rerun \(stage) for this year")
    }

    /// Moves the unread bytes to the front and reads more after them; an
    /// entry longer than the buffer doubles it.
    private func fill() throws {
        if pos > 0 {
            memmove(buf, buf + pos, end - pos)
            end -= pos
            pos = 0
        }
        if end == capacity {
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: 2 * capacity)
            larger.update(from: buf, count: end)
            buf.deallocate()
            (buf, capacity) = (larger, 2 * capacity)
        }
        let n = read(fd, buf + end, capacity - end)
        guard n >= 0 else { throw MigstatError.io("cannot read \(path): \(errnoText())") }
        if n == 0 { eof = true } else { end += n; bytesRead += n }
    }
}

/// Reads varints and byte strings from a buffer; nil when the buffer ends first.
private struct Cursor {
    let buf: UnsafePointer<UInt8>
    var at: Int
    let end: Int
    init(_ buf: UnsafeMutablePointer<UInt8>, _ at: Int, _ end: Int) { self.buf = UnsafePointer(buf); self.at = at; self.end = end }

    mutating func byte() -> UInt8? {
        guard at < end else { return nil }
        defer { at += 1 }
        return buf[at]
    }

    mutating func varint() -> Int? {
        var value = 0, shift = 0
        while let b = byte() {
            value |= Int(b & 0x7F) << shift
            if b < 0x80 { return value }
            shift += 7
            if shift > 56 { return nil }
        }
        return nil
    }

    mutating func text(length: Int) -> String? {
        guard length <= end - at else { return nil }
        defer { at += length }
        return String(decoding: UnsafeBufferPointer(start: buf + at, count: length), as: UTF8.self)
    }

    mutating func literal() -> String? {
        guard let n = varint() else { return nil }
        return text(length: n)
    }
}

/// The dictionary values of `extracted.bin`'s columns as Strings, by column
/// and id: filled by the reader as values appear, shared with the records it
/// hands out (an id once given keeps its value).
final class ExtractedColumns {
    /// At most this many ids per column over all segments (a segment holds at
    /// most `ValueDictionary.capacity`); later values are handed out inline.
    static let capacity = 1 << idBits
    /// Ids fit in this many bits, so three of them pack into one key (`FieldsMemo`).
    static let idBits = 16
    var values: [[String]] = []
}
