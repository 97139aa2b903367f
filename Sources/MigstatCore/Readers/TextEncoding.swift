/// The text encodings agencies use. Everything inside migstat is UTF-8; a
/// field is transcoded once, when extract reads it. Decoding is strict:
/// invalid bytes make the whole file damaged.
public enum TextEncoding: String, Sendable {
    case utf8 = "utf-8"
    case windows1251 = "windows-1251"

    init?(name: String) {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": self = .utf8
        case "windows-1251", "cp1251", "win-1251": self = .windows1251
        default: return nil
        }
    }

    /// Appends `bytes` decoded to UTF-8 onto `out`; false when they are not valid in this encoding.
    @inline(__always)
    public func appendUTF8(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) -> Bool {
        switch self {
        case .utf8:
            guard UTF8Validation.isValid(bytes) else { return false }
            out.append(contentsOf: bytes)
            return true
        case .windows1251:
            for b in bytes {
                if b < 0x80 { out.append(b); continue }
                let scalar = Windows1251.table[Int(b) - 0x80]
                if scalar == 0xFFFF { return false }
                // Every mapped code point is below U+FFFF: two or three UTF-8 bytes.
                if scalar < 0x800 {
                    out.append(UInt8(0xC0 | (scalar >> 6)))
                    out.append(UInt8(0x80 | (scalar & 0x3F)))
                } else {
                    out.append(UInt8(0xE0 | (scalar >> 12)))
                    out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                    out.append(UInt8(0x80 | (scalar & 0x3F)))
                }
            }
            return true
        }
    }
}

enum UTF8Validation {
    /// Strict UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF), ASCII fast path.
    static func isValid(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            var need = 0
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: return false
            }
            guard i + need < n else { return false }
            let c1 = b[i + 1]
            guard c1 >= lo, c1 <= hi else { return false }
            var k = 2
            while k <= need {
                guard b[i + k] & 0xC0 == 0x80 else { return false }
                k += 1
            }
            i += need + 1
        }
        return true
    }
}

enum Windows1251 {
    struct UndefinedByte: Error { let offset: Int }

    /// `bytes` as UTF-8 into `out`, which has room for three bytes each; the
    /// count written, or where the first byte the code page leaves undefined is.
    /// A police file is mostly ASCII markup: eight ASCII bytes are copied as
    /// one word, and only a word with a high byte goes through the table.
    static func toUTF8(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> Result<Int, UndefinedByte> {
        guard let base = bytes.baseAddress else { return .success(0) }
        let n = bytes.count
        return table.withUnsafeBufferPointer { table in
            var i = 0, o = 0
            while i < n {
                if n - i >= 8 {
                    let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 {
                        UnsafeMutableRawPointer(out + o).storeBytes(of: word, as: UInt64.self)
                        i += 8; o += 8
                        continue
                    }
                }
                let b = base[i]
                i += 1
                if b < 0x80 { out[o] = b; o += 1; continue }
                let scalar = table[Int(b) - 0x80]
                if scalar == 0xFFFF { return .failure(UndefinedByte(offset: i - 1)) }
                if scalar < 0x800 {
                    out[o] = UInt8(0xC0 | (scalar >> 6)); out[o + 1] = UInt8(0x80 | (scalar & 0x3F)); o += 2
                } else {
                    out[o] = UInt8(0xE0 | (scalar >> 12)); out[o + 1] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
                    out[o + 2] = UInt8(0x80 | (scalar & 0x3F)); o += 3
                }
            }
            return .success(o)
        }
    }

    static let table: [UInt32] = [
        0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039,
        0x040A, 0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0xFFFF, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E, 0x0408,
        0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
        0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB,
        0x0458, 0x0405, 0x0455, 0x0457, 0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417,
        0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F, 0x0420, 0x0421, 0x0422, 0x0423,
        0x0424, 0x0425, 0x0426, 0x0427, 0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F,
        0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437, 0x0438, 0x0439, 0x043A, 0x043B,
        0x043C, 0x043D, 0x043E, 0x043F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447,
        0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F,
    ]
}
