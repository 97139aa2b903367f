/// Bytes on their way to a staging file: fields escaped and tab-separated
/// (`StagingFormat`), lines ended, handed to the file when a megabyte is
/// buffered. The one buffer under `StagingWriter` and `RecordSpill`.
///
/// Raw memory, not `[UInt8]`: every record writes a dozen fields, and each
/// array append checked uniqueness and capacity (a sixth of slips normalise in
/// a profile). Not copyable, so the memory has one owner that frees it.
struct StagingBuffer: ~Copyable {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes buffered: `storage[..<count]`.
    private(set) var count = 0
    private var atLineStart = true

    /// A megabyte: what a writer lets build up before it writes.
    static let flushSize = 1 << 20

    init(capacity: Int = StagingBuffer.flushSize) {
        self.capacity = capacity
        storage = .allocate(capacity: capacity)
    }

    deinit { storage.deallocate() }

    var isFull: Bool { count >= Self.flushSize }

    /// The bytes buffered, valid until the next change.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: storage, count: count) }

    /// Forgets the bytes buffered; the next field starts a line.
    mutating func truncate() {
        count = 0
        atLineStart = true
    }

    /// Room for `extra` more bytes (a line longer than the buffer grows it).
    @inline(__always) private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        let larger = max(2 * capacity, needed)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.update(from: storage, count: count)
        storage.deallocate()
        (storage, capacity) = (moved, larger)
    }

    /// A byte as it is.
    @inline(__always) mutating func raw(_ byte: UInt8) {
        reserve(1)
        storage[count] = byte
        count += 1
    }

    /// Bytes as they are (a binary file's, or a line already escaped).
    @inline(__always) mutating func raw(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        reserve(bytes.count)
        SmallBytes.copy(base, to: storage + count, count: bytes.count)
        count += bytes.count
    }

    /// An unsigned LEB128 varint, as protobuf and WebAssembly write them.
    mutating func varint(_ value: Int) {
        var v = UInt(bitPattern: value)
        reserve(10)
        while v >= 0x80 { storage[count] = UInt8(truncatingIfNeeded: v) | 0x80; count += 1; v >>= 7 }
        storage[count] = UInt8(v)
        count += 1
    }

    /// The tab before every field of a line but its first.
    @inline(__always) private mutating func separator() {
        if atLineStart { atLineStart = false } else { raw(0x09) }
    }

    /// The next field of the line, escaped where it must be.
    mutating func field(_ value: UnsafeBufferPointer<UInt8>) {
        separator()
        guard StagingFormat.needsEscaping(value) else { return raw(value) }
        var escaped: [UInt8] = []   // rare: a value with a tab, newline or backslash
        StagingFormat.appendEscaped(value, to: &escaped)
        escaped.withUnsafeBufferPointer { raw($0) }
    }

    /// A number's decimal digits, without a String in between.
    mutating func field(_ n: Int) {
        separator()
        if n < 0 { raw(UInt8(ascii: "-")) }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)   // room for the 20 digits of any Int
        var v = n.magnitude, used = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat { d[23 - used] = UInt8(ascii: "0") + UInt8(v % 10); v /= 10; used += 1 } while v > 0
            raw(UnsafeBufferPointer(rebasing: d.bindMemory(to: UInt8.self)[(24 - used)...]))
        }
    }

    /// A line already in staging form (fields escaped and tab-joined), as the next field.
    mutating func escapedField(_ bytes: UnsafeBufferPointer<UInt8>) {
        separator()
        raw(bytes)
    }

    /// Ends the line with a newline.
    mutating func endLine() {
        raw(0x0A)
        atLineStart = true
    }

    /// Ends a line without a newline: the next field starts another (a spilled record's two lines).
    mutating func startLine() { atLineStart = true }
}
