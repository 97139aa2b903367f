import Foundation

/// One column's dictionary while extract writes a file's segment (docs/staging-format.md):
/// each distinct value gets the next small integer the first time it is seen,
/// as Parquet's and Arrow's dictionary encodings do. Bounded, so a column of
/// ids (every value distinct) stops growing and writes its values inline.
///
/// Values live in one byte arena and are found through an open-addressing
/// table of indices, so a lookup allocates nothing. The hash is keyed with a
/// random seed per process, so a hostile file cannot pick values that collide;
/// and a column holds at most `capacity` values, so even collisions stay bounded.
struct ValueDictionary {
    /// At most this many values per column and segment; the rest are written inline.
    static let capacity = 1 << 12
    /// Longer values are written inline: names and codes are short.
    static let longestValue = 64

    private var arena: [UInt8] = []
    private var starts: [Int] = [0]
    private var slots = [Int32](repeating: -1, count: 2 * ValueDictionary.capacity)
    /// Once full: lookups and misses since, to tell a column of ids.
    private var lookupsSinceFull = 0, missesSinceFull = 0

    var count: Int { starts.count - 1 }

    /// Full, and nine lookups in ten since then missed: a column of distinct
    /// values (ids, hashes). Its values are written inline without a lookup.
    var isInlineOnly: Bool { lookupsSinceFull >= Self.capacity && missesSinceFull * 10 >= lookupsSinceFull * 9 }

    /// The value's id, whether it was `added` by this call, or nil when it
    /// cannot be kept (too long, or the dictionary is full).
    mutating func id(of value: UnsafeBufferPointer<UInt8>) -> (id: Int, added: Bool)? {
        guard value.count <= Self.longestValue else { return nil }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(value) >> 32) & mask
        while true {
            let id = Int(slots[slot])
            if id < 0 { break }
            if equals(id, value) {
                if count == Self.capacity { lookupsSinceFull += 1 }
                return (id, false)
            }
            slot = (slot + 1) & mask
        }
        guard count < Self.capacity else {
            lookupsSinceFull += 1; missesSinceFull += 1
            return nil
        }
        let id = count
        arena.append(contentsOf: value)
        starts.append(arena.count)
        slots[slot] = Int32(id)
        return (id, true)
    }

    /// A random key for the process, as Swift's `Hasher` has one.
    private static let seed = UInt64.random(in: .min ... .max)

    /// A keyed hash of a short value, eight bytes at a time (SplitMix64's
    /// mixer): Swift's SipHash `Hasher` was a sixth of a CSV extract's time.
    @inline(__always)
    static func hash(_ value: UnsafeBufferPointer<UInt8>) -> UInt64 {
        @inline(__always) func mix(_ x: UInt64) -> UInt64 {
            var z = x &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 31)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 29)
        }
        let n = value.count
        var h = mix(seed ^ UInt64(n))
        guard let base = value.baseAddress, n > 0 else { return h }
        guard n > 8 else { return mix(h ^ SmallBytes.word(base, n)) }
        var i = 0
        while i + 8 <= n {
            h = mix(h ^ UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            i += 8
        }
        // The last eight bytes, overlapping the word before: the length is in the seed.
        if i < n { h = mix(h ^ UnsafeRawPointer(base + n - 8).loadUnaligned(as: UInt64.self) ^ 0x8000_0000_0000_0000) }
        return h
    }

    private func equals(_ id: Int, _ value: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[id], length = starts[id + 1] - start
        guard length == value.count else { return false }
        guard length > 0 else { return true }
        return arena.withUnsafeBufferPointer { a in
            let kept = a.baseAddress! + start, given = value.baseAddress!
            // Short values (codes, dates, names) compare as one or two words, without a call.
            switch length {
            case ...8: return SmallBytes.word(kept, length) == SmallBytes.word(given, length)
            case ...16:
                return SmallBytes.word(kept, 8) == SmallBytes.word(given, 8)
                    && SmallBytes.word(kept + 8, length - 8) == SmallBytes.word(given + 8, length - 8)
            default: return memcmp(kept, given, length) == 0
            }
        }
    }
}
