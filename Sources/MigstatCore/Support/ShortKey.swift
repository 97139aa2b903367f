/// A byte string as a dictionary key, held inline up to 32 bytes: a year's
/// map of persons (16-byte document hashes) then costs no allocation and no
/// pointer chase per key. Longer strings are kept as bytes.
enum ShortKey: Hashable {
    case inline(UInt64, UInt64, UInt64, UInt64, count: UInt8)
    case long([UInt8])

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= 32 else { self = .long(Array(bytes)); return }
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
        self = .inline(words.0, words.1, words.2, words.3, count: UInt8(bytes.count))
    }

    init(_ text: String) {
        var text = text
        self = text.withUTF8 { ShortKey($0) }
    }

    /// The bytes back, as UTF-8 text.
    var text: String {
        switch self {
        case .long(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .inline(let a, let b, let c, let d, let count):
            var words = (a, b, c, d)
            return withUnsafeBytes(of: &words) { String(decoding: $0.prefix(Int(count)), as: UTF8.self) }
        }
    }
}
