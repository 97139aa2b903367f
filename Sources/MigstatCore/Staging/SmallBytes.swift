/// Short byte strings (codes, dates, names: most fields) read and copied as
/// words, never a byte outside them.
///
/// Why not `memcpy`, or one unaligned word over the last eight bytes: a
/// small Swift String hands out its bytes from a 16-byte copy on the stack,
/// written as two words, and a load that straddles those two waits for both
/// stores to reach the cache (x86 cannot forward them). Reading the bytes
/// after the first eight as halves that lie inside the second word lets the
/// store forward: in a profile those stalls were half of the staging
/// writers' time per field.
enum SmallBytes {
    /// The 1 to 8 bytes at `base` as one word, read as overlapping halves:
    /// for a given count, every byte counts and no other byte is read.
    @inline(__always)
    static func word(_ base: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
        let raw = UnsafeRawPointer(base)
        switch n {
        case 8: return raw.loadUnaligned(as: UInt64.self)
        case 4...: return UInt64(raw.loadUnaligned(as: UInt32.self)) | UInt64(raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)) << 32
        case 2...: return UInt64(raw.loadUnaligned(as: UInt16.self)) | UInt64(raw.loadUnaligned(fromByteOffset: n - 2, as: UInt16.self)) << 16
        default: return UInt64(base[0])
        }
    }

    /// Copies `n` bytes; up to 16 as words and halves (see above), longer ones with `memmove`.
    @inline(__always)
    static func copy(_ from: UnsafePointer<UInt8>, to: UnsafeMutablePointer<UInt8>, count n: Int) {
        guard n <= 16 else { to.update(from: from, count: n); return }
        let source = UnsafeRawPointer(from), target = UnsafeMutableRawPointer(to)
        var at = 0
        if n >= 8 {
            target.storeBytes(of: source.loadUnaligned(as: UInt64.self), as: UInt64.self)
            at = 8
        }
        switch n - at {
        case 8: target.storeBytes(of: source.loadUnaligned(fromByteOffset: 8, as: UInt64.self), toByteOffset: 8, as: UInt64.self)
        case 4...:
            let (a, b) = (source.loadUnaligned(fromByteOffset: at, as: UInt32.self), source.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))
            target.storeBytes(of: a, toByteOffset: at, as: UInt32.self); target.storeBytes(of: b, toByteOffset: n - 4, as: UInt32.self)
        case 2...:
            let (a, b) = (source.loadUnaligned(fromByteOffset: at, as: UInt16.self), source.loadUnaligned(fromByteOffset: n - 2, as: UInt16.self))
            target.storeBytes(of: a, toByteOffset: at, as: UInt16.self); target.storeBytes(of: b, toByteOffset: n - 2, as: UInt16.self)
        case 1: to[at] = from[at]
        default: break
        }
    }
}
