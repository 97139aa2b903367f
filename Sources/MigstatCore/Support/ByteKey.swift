/// A String hashed and compared by its UTF-8 bytes. Swift's String hashes the
/// Unicode-normalised form, which costs a normalisation pass per lookup on
/// Cyrillic text; agency values are looked up millions of times and only need
/// byte equality (the code lists fold names themselves).
public struct ByteKey: Hashable {
    public let text: String

    public init(_ text: String) { self.text = text }

    public func hash(into hasher: inout Hasher) {
        var s = text
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    public static func == (a: ByteKey, b: ByteKey) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }
}
