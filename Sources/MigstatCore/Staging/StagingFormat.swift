/// The staging format's version and seal (docs/staging-format.md). Bump the
/// version when a line's layout changes: a staging file of another version is
/// refused by the next stage, which asks for the earlier stage to be rerun.
enum StagingFormat {
    static let version = "v5"

    /// The first bytes of a binary staging file (`extracted.bin`): its kind and
    /// version readable with `head -1`.
    static let binaryHeader = Array("migstat extracted \(version)\n".utf8)

    /// What an entry of a binary staging file is, by its first byte.
    enum Tag {
        static let record = UInt8(ascii: "R"), unsplit = UInt8(ascii: "X")
        static let document = UInt8(ascii: "D"), seal = UInt8(ascii: "S")
        /// A segment starts: one input file's entries, extracted by a task of
        /// its own, with every column's dictionary starting empty.
        static let segment = UInt8(ascii: "F")
    }

    /// Escapes a field's bytes: `\` tab LF CR as `\\` `\t` `\n` `\r`, the
    /// escapes of PostgreSQL's COPY text format too.
    @inline(__always)
    static func appendEscaped<C: Collection>(_ bytes: C, to buffer: inout [UInt8]) where C.Element == UInt8 {
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

    /// Whether a field holds a byte that must be escaped (most do not).
    /// Eight bytes at a time: a byte-by-byte test of four values was an
    /// eighth of police normalise in a profile. A word with no byte below 0x0E
    /// (tab, LF and CR are) and no `\` holds none; a word that might is
    /// checked byte by byte. The last 1 to 7 bytes are read as one word
    /// (`SmallBytes.word`), never a byte past the field.
    @inline(__always)
    static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return false }
        @inline(__always) func mayHold(_ w: UInt64) -> Bool {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let backslash = w ^ (ones &* 0x5C)
            // The classic "has a zero byte" and "has a byte less than n" tests
            // (Bit Twiddling Hacks): they may flag a word needlessly, never miss one.
            return ((backslash &- ones) & ~backslash | (w &- ones &* 0x0E) & ~w) & 0x8080_8080_8080_8080 != 0
        }
        @inline(__always) func holds(_ at: Int, _ count: Int) -> Bool {
            UnsafeBufferPointer(start: base + at, count: count).contains { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        }
        let n = bytes.count
        var i = 0
        while i + 8 <= n {
            if mayHold(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)), holds(i, 8) { return true }
            i += 8
        }
        return i < n && mayHold(SmallBytes.word(base + i, n - i)) && holds(i, n - i)
    }

    /// Undoes the escapes of the field `bytes[r]` into `out` (emptied first):
    /// the one unescape, for the staging reader and the database's bulk path alike.
    static func unescape(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        var i = r.lowerBound
        while i < r.upperBound {
            let b = bytes[i]
            if b == 0x5C, i + 1 < r.upperBound {
                out.append(unescaped(bytes[i + 1]))
                i += 2
            } else {
                out.append(b)
                i += 1
            }
        }
    }

    /// The byte an escape `\` + `b` stands for.
    @inline(__always)
    static func unescaped(_ b: UInt8) -> UInt8 {
        switch b {
        case UInt8(ascii: "t"): return 0x09
        case UInt8(ascii: "n"): return 0x0A
        case UInt8(ascii: "r"): return 0x0D
        default: return b
        }
    }

    /// A seal line: `\S <version> <stamp>`. `\S` cannot start an escaped line.
    static func isSeal(_ line: ArraySlice<UInt8>) -> Bool {
        line.count >= 3 && line[line.startIndex] == 0x5C && line[line.startIndex + 1] == UInt8(ascii: "S")
            && line[line.startIndex + 2] == 0x09
    }

    /// The seal's version and stamp (a seal of no version reads as version "").
    static func parseSeal(_ line: ArraySlice<UInt8>) -> (version: String, stamp: String) {
        let parts = line.dropFirst(3).split(separator: 0x09, maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return ("", String(decoding: parts.first ?? [], as: UTF8.self)) }
        return (String(decoding: parts[0], as: UTF8.self), String(decoding: parts[1], as: UTF8.self))
    }
}
