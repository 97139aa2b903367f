import Foundation

/// Writes a staging file (docs/staging-format.md): UTF-8 lines of
/// tab-separated fields, with `\`, tab, LF and CR escaped as `\\`, `\t`,
/// `\n`, `\r`; streamed, and rolled back to a mark when a file turns out to be
/// damaged half-way.
///
/// Written beside its final name and renamed over it by `close()`, so the next
/// stage never reads half a file from a run that was killed.
final class StagingWriter {
    private let fd: Int32
    /// Bytes not yet written: `storage[..<used]`. Raw memory, not `[UInt8]`:
    /// every record writes a dozen fields, and each array append checked
    /// uniqueness and capacity (a sixth of slips normalise in a profile).
    @exclusivity(unchecked) private var storage: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity = 1 << 20
    @exclusivity(unchecked) private var used = 0
    @exclusivity(unchecked) private var flushedBytes = 0
    @exclusivity(unchecked) private var atLineStart = true
    @exclusivity(unchecked) private var closed = false
    let path: String
    private let temporary: String

    init(path: String) throws {
        self.path = path
        (temporary, fd) = try AtomicFile.createTemporary(beside: path)
        storage = .allocate(capacity: capacity)   // after the last throw: deinit frees it
    }

    deinit {
        storage.deallocate()
        Foundation.close(fd)
        if !closed { unlink(temporary) }
    }

    /// Room for `count` more bytes (a line longer than the buffer grows it).
    @inline(__always) private func reserve(_ count: Int) {
        if used + count > capacity { grow(to: used + count) }
    }

    private func grow(to needed: Int) {
        let larger = max(2 * capacity, needed)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.update(from: storage, count: used)
        storage.deallocate()
        (storage, capacity) = (moved, larger)
    }

    @inline(__always) private func put(_ byte: UInt8) {
        reserve(1)
        storage[used] = byte
        used += 1
    }

    @inline(__always) private func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        reserve(bytes.count)
        (storage + used).update(from: base, count: bytes.count)
        used += bytes.count
    }

    /// A position to roll back to.
    var mark: Int { flushedBytes + used }

    /// Forgets everything written after `mark`.
    func rollback(to mark: Int) throws {
        if mark >= flushedBytes {
            used = mark - flushedBytes
        } else {
            used = 0
            guard ftruncate(fd, off_t(mark)) == 0, lseek(fd, off_t(mark), SEEK_SET) >= 0 else {
                throw MigstatError.io("cannot truncate \(temporary): \(errnoText())")
            }
            flushedBytes = mark
        }
        atLineStart = true
    }

    @inline(__always) private func separator() {
        if atLineStart { atLineStart = false } else { put(0x09) }
    }

    /// A field's bytes, escaped where they must be (`StagingFormat.appendField`'s rule).
    func field(buffer value: UnsafeBufferPointer<UInt8>) {
        separator()
        if StagingFormat.needsEscaping(value) { appendEscaped(value) } else { put(value) }
    }

    func field(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { field(buffer: $0) }
    }

    func field<C: Collection>(bytes: C) where C.Element == UInt8 {
        separator()
        appendEscaped(bytes)
    }

    private func appendEscaped<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        var escaped: [UInt8] = []
        StagingFormat.appendEscaped(bytes, to: &escaped)
        escaped.withUnsafeBufferPointer { put($0) }
    }

    func field(_ s: String) {
        var s = s
        s.withUTF8 { field(buffer: $0) }
    }
    /// A number's decimal digits, without a String in between (two a record: file and line).
    func field(_ n: Int) {
        separator()
        if n < 0 { put(UInt8(ascii: "-")) }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)   // room for the 20 digits of any Int
        var v = n.magnitude, count = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat { d[23 - count] = UInt8(ascii: "0") + UInt8(v % 10); v /= 10; count += 1 } while v > 0
            put(UnsafeBufferPointer(rebasing: d.bindMemory(to: UInt8.self)[(24 - count)...]))
        }
    }

    func endLine() throws {
        put(0x0A)
        atLineStart = true
        if used >= 1 << 20 { try flush() }
    }

    func line(_ fields: [String]) throws {
        for f in fields { field(f) }
        try endLine()
    }

    /// Fields escaped and tab-joined, as `rawLine` takes them.
    static func join(_ fields: [String]) -> String {
        fields.map { f in
            guard f.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return f }
            return f.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
                .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
        }.joined(separator: "\t")
    }

    /// A line already in staging form (fields escaped and tab-joined).
    func rawLine(_ line: String) throws {
        var line = line
        try line.withUTF8 { try rawLine($0) }
    }

    func rawLine(_ line: UnsafeBufferPointer<UInt8>) throws {
        separator()
        put(line)
        try endLine()
    }

    /// Bytes as they are, for a binary staging file (`ExtractedWriter`).
    func raw(_ bytes: UnsafeBufferPointer<UInt8>) { put(bytes) }
    func raw(_ byte: UInt8) { put(byte) }

    /// An unsigned LEB128 varint, as protobuf and WebAssembly write them.
    func varint(_ value: Int) {
        var v = UInt(bitPattern: value)
        reserve(10)
        while v >= 0x80 { storage[used] = UInt8(truncatingIfNeeded: v) | 0x80; used += 1; v >>= 7 }
        storage[used] = UInt8(v)
        used += 1
    }

    /// Flushes once a megabyte is buffered.
    func flushIfFull() throws { if used >= 1 << 20 { try flush() } }

    func flush() throws {
        var off = 0
        while off < used {
            let n = write(fd, storage + off, used - off)
            if n <= 0 { if errno == EINTR { continue }; throw MigstatError.io("cannot write \(temporary): \(errnoText())") }
            off += n
        }
        flushedBytes += used
        used = 0
    }

    /// Ends the file with a seal naming the format's version and its companion
    /// (the bytes of a stage's JSON, by sha256). `\S` cannot start an escaped
    /// line, so no record looks like it.
    func seal(_ stamp: String) throws {
        Array("\\S\t\(StagingFormat.version)\t\(stamp)".utf8).withUnsafeBufferPointer { put($0) }
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
