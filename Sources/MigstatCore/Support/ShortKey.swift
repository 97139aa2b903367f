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
    var text: String { withBytes { String(decoding: $0, as: UTF8.self) } }

    /// The bytes back, without a String.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        switch self {
        case .long(let bytes): return try bytes.withUnsafeBufferPointer(body)
        case .inline(let a, let b, let c, let d, let count):
            var words = (a, b, c, d)
            return try withUnsafeBytes(of: &words) { try body(UnsafeBufferPointer(rebasing: $0.bindMemory(to: UInt8.self).prefix(Int(count)))) }
        }
    }
}
