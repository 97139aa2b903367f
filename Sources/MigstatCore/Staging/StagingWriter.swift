import Foundation

/// Writes a staging file (docs/staging-format.md): UTF-8 lines of
/// tab-separated fields, with `\`, tab, LF and CR escaped as `\\`, `\t`,
/// `\n`, `\r`; streamed.
///
/// Written beside its final name and renamed over it by `close()`, so the next
/// stage never reads half a file from a run that was killed.
final class StagingWriter {
    private let fd: Int32
    /// Bytes not yet written.
    @exclusivity(unchecked) private var buffer = StagingBuffer()
    @exclusivity(unchecked) private var flushedBytes = 0
    @exclusivity(unchecked) private var closed = false
    let path: String
    private let temporary: String

    init(path: String) throws {
        self.path = path
        (temporary, fd) = try AtomicFile.createTemporary(beside: path)
    }

    deinit {
        Foundation.close(fd)
        if !closed { unlink(temporary) }
    }

    /// A field's bytes, escaped where they must be.
    func field(buffer value: UnsafeBufferPointer<UInt8>) { buffer.field(value) }

    /// A number's decimal digits, without a String in between (two a record: file and line).
    func field(_ n: Int) { buffer.field(n) }

    func endLine() throws {
        buffer.endLine()
        try flushIfFull()
    }

    func line(_ fields: [String]) throws {
        for f in fields { field(f) }
        try endLine()
    }

    /// Fields escaped and tab-joined, as `rawLine` takes them.
    static func join(_ fields: [String]) -> String {
        var bytes: [UInt8] = []
        for (i, f) in fields.enumerated() {
            if i > 0 { bytes.append(0x09) }
            StagingFormat.appendEscaped(f.utf8, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A line already in staging form (fields escaped and tab-joined), after
    /// the fields written so far.
    func rawLine(_ line: UnsafeBufferPointer<UInt8>) throws {
        buffer.escapedField(line)
        try endLine()
    }

    /// Fields already escaped and tab-joined, as the next fields of the line.
    func escapedFields(_ fields: UnsafeBufferPointer<UInt8>) { buffer.escapedField(fields) }

    /// Bytes as they are, for a binary staging file (`ExtractedWriter`).
    func raw(_ bytes: UnsafeBufferPointer<UInt8>) { buffer.raw(bytes) }
    func raw(_ byte: UInt8) { buffer.raw(byte) }
    func varint(_ value: Int) { buffer.varint(value) }

    /// A file written but not put under its name (`detach()`): its bytes wait
    /// to be appended to another file, and the file goes when this does.
    final class Detached {
        let path: String
        let count: Int
        fileprivate init(path: String, count: Int) { (self.path, self.count) = (path, count) }
        deinit { unlink(path) }
    }

    /// Flushes and hands the file over without putting it in place: the
    /// writer's memory goes with the writer, the bytes with the `Detached`.
    func detach() throws -> Detached {
        try flush()
        closed = true
        return Detached(path: temporary, count: flushedBytes)
    }

    /// A detached file's bytes after this writer's own, copied by the kernel
    /// (`sendfile`), not through this process's memory.
    func append(contentsOf other: Detached) throws {
        try flush()
        let source = open(other.path, O_RDONLY | O_CLOEXEC)
        guard source >= 0 else { throw MigstatError.io("cannot open \(other.path): \(errnoText())") }
        defer { Foundation.close(source) }
        var copied = 0
        while copied < other.count {
            let n = sendfile(fd, source, nil, other.count - copied)
            if n < 0, errno == EINTR { continue }
            guard n > 0 else {
                throw MigstatError.io("cannot copy \(other.path) into \(temporary): \(n < 0 ? errnoText() : "it ended early")")
            }
            copied += n
        }
        flushedBytes += copied
    }

    /// Flushes once a megabyte is buffered.
    func flushIfFull() throws { if buffer.isFull { try flush() } }

    func flush() throws {
        let bytes = buffer.bytes
        var off = 0
        while off < bytes.count {
            let n = write(fd, bytes.baseAddress! + off, bytes.count - off)
            if n <= 0 { if errno == EINTR { continue }; throw MigstatError.io("cannot write \(temporary): \(errnoText())") }
            off += n
        }
        flushedBytes += bytes.count
        buffer.truncate()
    }

    /// Ends the file with a seal naming the format's version and its companion
    /// (the bytes of a stage's JSON, by sha256). `\S` cannot start an escaped
    /// line, so no record looks like it.
    func seal(_ stamp: String) throws {
        Array("\\S\t\(StagingFormat.version)\t\(stamp)".utf8).withUnsafeBufferPointer { buffer.escapedField($0) }
        try endLine()
    }

    /// Flushes, syncs and puts the file in place under its name.
    func close() throws {
        try flush()
        guard fsync(fd) == 0 else { throw MigstatError.io("cannot sync \(path): \(errnoText())") }
        try AtomicFile.commit(temporary: URL(fileURLWithPath: temporary), to: URL(fileURLWithPath: path))
        closed = true
    }
}
