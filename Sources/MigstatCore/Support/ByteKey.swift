import Foundation

/// A String hashed and compared by its UTF-8 bytes. Swift's String hashes the
/// Unicode-normalised form, which costs a normalisation pass per lookup on
/// Cyrillic text; agency values are looked up millions of times and only need
/// byte equality (the code lists fold names themselves).
struct ByteKey: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    func hash(into hasher: inout Hasher) {
        var s = text
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// A memcmp of the two UTF-8 buffers (a generic `elementsEqual` walks them byte by byte).
    static func == (a: ByteKey, b: ByteKey) -> Bool {
        guard a.text.utf8.count == b.text.utf8.count else { return false }
        var x = a.text, y = b.text
        return x.withUTF8 { xs in y.withUTF8 { ys in xs.count == 0 || memcmp(xs.baseAddress!, ys.baseAddress!, xs.count) == 0 } }
    }
}
