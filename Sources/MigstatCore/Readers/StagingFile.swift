import Foundation

/// The staging format that carries records from one stage to the next:
/// UTF-8 lines of tab-separated fields, with `\`, tab, LF and CR escaped as
/// `\\`, `\t`, `\n`, `\r`. Readable with `less`, streamed both ways, and
/// rolled back to a mark when a file turns out to be damaged half-way.
///
/// Written beside its final name and renamed over it by `close()`, so the next
/// stage never reads half a file from a run that was killed.
public final class StagingWriter {
    private let fd: Int32
    @exclusivity(unchecked) private var buffer: [UInt8] = []
    @exclusivity(unchecked) private var flushedBytes = 0
    @exclusivity(unchecked) private var atLineStart = true
    @exclusivity(unchecked) private var closed = false
    public let path: String
    private let temporary: String

    public init(path: String) throws {
        self.path = path
        (temporary, fd) = try AtomicFile.createTemporary(beside: path)
        buffer.reserveCapacity(1 << 20)
    }

    deinit {
        Foundation.close(fd)
        if !closed { unlink(temporary) }
    }

    /// A position to roll back to.
    public var mark: Int { flushedBytes + buffer.count }

    /// Forgets everything written after `mark`.
    public func rollback(to mark: Int) throws {
        if mark >= flushedBytes {
            buffer.removeLast(buffer.count - (mark - flushedBytes))
        } else {
            buffer.removeAll(keepingCapacity: true)
            guard ftruncate(fd, off_t(mark)) == 0, lseek(fd, off_t(mark), SEEK_SET) >= 0 else {
                throw MigstatError.io("cannot truncate \(temporary): \(errnoText())")
            }
            flushedBytes = mark
        }
        atLineStart = true
    }

    @inline(__always) private func separator() {
        if atLineStart { atLineStart = false } else { buffer.append(0x09) }
    }

    public func field(buffer value: UnsafeBufferPointer<UInt8>) {
        separator()
        // Most values need no escaping: copy them whole.
        if !value.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            buffer.append(contentsOf: value)
            return
        }
        appendEscaped(value)
    }

    public func field(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { field(buffer: $0) }
    }

    public func field<C: Collection>(bytes: C) where C.Element == UInt8 {
        separator()
        appendEscaped(bytes)
    }

    private func appendEscaped<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        for b in bytes {
            switch b {
            case 0x5C: buffer.append(0x5C); buffer.append(0x5C)
            case 0x09: buffer.append(0x5C); buffer.append(UInt8(ascii: "t"))
            case 0x0A: buffer.append(0x5C); buffer.append(UInt8(ascii: "n"))
            case 0x0D: buffer.append(0x5C); buffer.append(UInt8(ascii: "r"))
            default: buffer.append(b)
            }
        }
    }

    public func field(_ s: String) {
        var s = s
        s.withUTF8 { field(buffer: $0) }
    }
    public func field(_ n: Int) { field(String(n)) }

    public func endLine() throws {
        buffer.append(0x0A)
        atLineStart = true
        if buffer.count >= 1 << 20 { try flush() }
    }

    public func line(_ fields: [String]) throws {
        for f in fields { field(f) }
        try endLine()
    }

    /// Fields escaped and tab-joined, as `rawLine` takes them.
    public static func join(_ fields: [String]) -> String {
        fields.map { f in
            guard f.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return f }
            return f.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
                .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
        }.joined(separator: "\t")
    }

    /// A line already in staging form (fields escaped and tab-joined).
    public func rawLine(_ line: String) throws {
        separator()
        buffer.append(contentsOf: line.utf8)
        try endLine()
    }

    public func flush() throws {
        var off = 0
        try buffer.withUnsafeBytes { raw in
            while off < raw.count {
                let n = write(fd, raw.baseAddress! + off, raw.count - off)
                if n <= 0 { if errno == EINTR { continue }; throw MigstatError.io("cannot write \(temporary): \(errnoText())") }
                off += n
            }
        }
        flushedBytes += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    /// Ends the file with a seal naming its companion (the bytes of a stage's
    /// JSON, by sha256). `\S` cannot start an escaped line, so no record looks like it.
    public func seal(_ stamp: String) throws {
        buffer.append(contentsOf: Array("\\S\t\(stamp)".utf8))
        try endLine()
    }

    /// Flushes, syncs and puts the file in place under its name.
    public func close() throws {
        try flush()
        guard fsync(fd) == 0 else { throw MigstatError.io("cannot sync \(path): \(errnoText())") }
        try AtomicFile.commit(temporary: URL(fileURLWithPath: temporary), to: URL(fileURLWithPath: path))
        closed = true
    }
}

/// Reads a staging file line by line as arrays of Strings.
public final class StagingReader {
    private let fd: Int32
    @exclusivity(unchecked) private var buf: [UInt8]
    @exclusivity(unchecked) private var pos = 0
    @exclusivity(unchecked) private var end = 0
    @exclusivity(unchecked) private var eof = false
    public let path: String
    /// Bytes read from the file so far, for progress.
    @exclusivity(unchecked) public private(set) var bytesRead = 0
    private let seal: String?
    private let stage: String

    /// With `seal`, the file must end with that seal: a file from another run of the
    /// stage than its companion JSON (one was replaced, the other not) is refused.
    public init(path: String, seal: String? = nil, stage: String = "the earlier stage") throws {
        self.path = path
        self.seal = seal
        self.stage = stage
        fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw MigstatError.io("cannot open \(path): \(errnoText()); run the earlier stage first") }
        buf = [UInt8](repeating: 0, count: 1 << 20)
    }

    deinit { close(fd) }

    /// The next line's bytes, fields still escaped, or nil at the end (the
    /// seal checked as by `next()`): for readers that copy fields as they are.
    public func nextLineBytes() throws -> ArraySlice<UInt8>? {
        guard let line = try nextLine() else {
            if seal != nil { throw unsealed() }
            return nil
        }
        guard line.count >= 3, line[line.startIndex] == 0x5C, line[line.startIndex + 1] == UInt8(ascii: "S"),
              line[line.startIndex + 2] == 0x09 else { return line }
        guard let seal, String(decoding: line.dropFirst(3), as: UTF8.self) == seal else { throw unsealed() }
        pos = end
        return nil
    }

    /// The next line's fields, or nil at the end.
    public func next() throws -> [String]? {
        guard let line = try nextLine() else {
            if seal != nil { throw unsealed() }
            return nil
        }
        // `\S` cannot start an escaped line: it is the seal.
        guard line.count >= 3, line[line.startIndex] == 0x5C, line[line.startIndex + 1] == UInt8(ascii: "S"),
              line[line.startIndex + 2] == 0x09 else { return Self.split(line) }
        guard let seal, String(decoding: line.dropFirst(3), as: UTF8.self) == seal else { throw unsealed() }
        pos = end   // nothing after a seal counts
        return nil
    }

    private func unsealed() -> MigstatError {
        .io("\(path) does not belong with its companion files (a run was interrupted?); rerun \(stage) for this year")
    }

    private func nextLine() throws -> ArraySlice<UInt8>? {
        while true {
            if let nl = buf[pos..<end].firstIndex(of: 0x0A) {
                let line = buf[pos..<nl]
                pos = nl + 1
                return line
            }
            if eof {
                guard pos < end else { return nil }
                let line = buf[pos..<end]
                pos = end
                return line
            }
            if pos > 0 {
                buf.replaceSubrange(0..<(end - pos), with: buf[pos..<end])
                end -= pos
                pos = 0
            }
            if end == buf.count { buf.append(contentsOf: [UInt8](repeating: 0, count: buf.count)) }
            let n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress! + end, $0.count - end) }
            if n < 0 { throw MigstatError.io("cannot read \(path): \(errnoText())") }
            if n == 0 { eof = true } else { end += n; bytesRead += n }
        }
    }

    static func split(_ line: ArraySlice<UInt8>) -> [String] {
        var fields: [String] = []
        var current: [UInt8] = []
        var plainStart = line.startIndex
        var hasEscape = false
        var i = line.startIndex
        func finish(_ upTo: Int) {
            if hasEscape { fields.append(String(decoding: current, as: UTF8.self)) }
            else { fields.append(String(decoding: line[plainStart..<upTo], as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
            hasEscape = false
        }
        while i < line.endIndex {
            let b = line[i]
            if b == 0x09 { finish(i); plainStart = i + 1; i += 1; continue }
            if b == 0x5C, i + 1 < line.endIndex {
                if !hasEscape { current.append(contentsOf: line[plainStart..<i]); hasEscape = true }
                switch line[i + 1] {
                case UInt8(ascii: "t"): current.append(0x09)
                case UInt8(ascii: "n"): current.append(0x0A)
                case UInt8(ascii: "r"): current.append(0x0D)
                default: current.append(line[i + 1])
                }
                i += 2
                continue
            }
            if hasEscape { current.append(b) }
            i += 1
        }
        finish(line.endIndex)
        return fields
    }
}
