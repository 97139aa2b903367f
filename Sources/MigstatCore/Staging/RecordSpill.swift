import Foundation

/// Records a rule must hold until the whole year is read (police registrations:
/// the highest revision wins, whenever it arrives), kept on disk instead of in
/// memory. A record goes in as staging lines (its values for `records.tsv`,
/// and what its table counts); the rule keeps only its `Entry` (offset and
/// lengths) and reads the lines back when it settles the record.
///
/// The file is unlinked as soon as it is created, so a killed run leaves
/// nothing behind, and it lives in the feed's staging folder, not on a tmpfs.
final class RecordSpill {
    /// Where a spilled line is: small enough to keep one per record of a year.
    struct Entry {
        let offset: Int
        let length: Int32
        /// Where the first line ends and the second begins.
        let firstLength: Int32
    }

    private let fd: Int32
    private let name: String
    @exclusivity(unchecked) private var buffer = StagingBuffer()
    @exclusivity(unchecked) private var flushed = 0
    /// A window of the file for reading entries in the order they were spilled.
    @exclusivity(unchecked) private var window: [UInt8] = []
    @exclusivity(unchecked) private var windowStart = 0

    init(directory: String) throws {
        var template = Array("\(directory)/.spill-XXXXXX".utf8CString)
        fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        name = String(cString: template)
        guard fd >= 0 else { throw MigstatError.io("cannot create a spill file in \(directory): \(errnoText())") }
        unlink(name)
    }

    deinit { close(fd) }

    // The record being spilled: where it starts, where its first line ends.
    @exclusivity(unchecked) private var recordStart = 0
    @exclusivity(unchecked) private var firstEnd = 0

    /// The next field of the record being spilled, without an array of them.
    func field(buffer value: UnsafeBufferPointer<UInt8>) { buffer.field(value) }

    /// A number's decimal digits, without a String in between.
    func field(_ n: Int) { buffer.field(n) }

    func escapedFields(_ fields: UnsafeBufferPointer<UInt8>) { buffer.escapedField(fields) }

    /// Ends the record's first line: the fields after it are its second.
    func endFirstLine() {
        firstEnd = flushed + buffer.count
        buffer.startLine()
    }

    /// Ends the record; where its lines are.
    func endRecord() throws -> Entry {
        let end = flushed + buffer.count
        let entry = Entry(offset: recordStart, length: Int32(end - recordStart), firstLength: Int32(firstEnd - recordStart))
        buffer.startLine()
        if buffer.isFull { try flush() }
        recordStart = end
        return entry
    }

    /// The lines of an entry (both, one after the other; `Entry.firstLength`
    /// tells them apart), whatever the order of the calls.
    func withLine<R>(_ e: Entry, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) throws -> R {
        if e.offset >= flushed {
            return try body(UnsafeBufferPointer(rebasing: buffer.bytes[(e.offset - flushed)...].prefix(Int(e.length))))
        }
        var bytes = [UInt8](repeating: 0, count: Int(e.length))
        try read(into: &bytes, at: e.offset)
        return try bytes.withUnsafeBufferPointer(body)
    }

    /// The lines of an entry, read through a window: fast when entries are
    /// asked for in the order they were spilled (the year's winners, at the end).
    func withLineInOrder<R>(_ e: Entry, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) throws -> R {
        let length = Int(e.length)
        if e.offset >= flushed { return try withLine(e, body) }
        if e.offset < windowStart || e.offset + length > windowStart + window.count {
            window = [UInt8](repeating: 0, count: min(max(1 << 20, length), flushed - e.offset))
            try read(into: &window, at: e.offset)
            windowStart = e.offset
        }
        return try window.withUnsafeBufferPointer {
            try body(UnsafeBufferPointer(rebasing: $0[(e.offset - windowStart)..<(e.offset - windowStart + length)]))
        }
    }

    private func flush() throws {
        let bytes = buffer.bytes
        var off = 0
        while off < bytes.count {
            let n = pwrite(fd, bytes.baseAddress! + off, bytes.count - off, off_t(flushed + off))
            if n <= 0 { if errno == EINTR { continue }; throw MigstatError.io("cannot write the spill file \(name): \(errnoText())") }
            off += n
        }
        flushed += bytes.count
        buffer.truncate()
    }

    private func read(into bytes: inout [UInt8], at offset: Int) throws {
        var got = 0
        let wanted = bytes.count
        try bytes.withUnsafeMutableBytes { raw in
            while got < wanted {
                let n = pread(fd, raw.baseAddress! + got, wanted - got, off_t(offset + got))
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { throw MigstatError.io("cannot read the spill file \(name): \(errnoText())") }
                got += n
            }
        }
    }
}
