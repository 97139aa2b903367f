import Foundation

/// Text as both databases store it. PostgreSQL's text cannot hold a NUL
/// (`invalid byte sequence for encoding "UTF8": 0x00`) and SQLite's C strings
/// end at one, so a NUL that reaches the database layer is stored as U+FFFD,
/// the character for a byte that means nothing, alike in both: one odd value
/// never blocks a year's load. Extract already quarantines a CSV file with a
/// NUL byte (libxml2 refuses one in XML): this is the second line of defence.
enum StoredText {
    static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    @inline(__always)
    static func hasNUL(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
        return memchr(base, 0, bytes.count) != nil
    }

    static func withoutNUL<C: Collection>(_ bytes: C) -> [UInt8] where C.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 2)
        for b in bytes { if b == 0 { out += replacement } else { out.append(b) } }
        return out
    }

    static func withoutNUL(_ text: String) -> String {
        text.utf8.contains(0) ? String(decoding: withoutNUL(text.utf8), as: UTF8.self) : text
    }
}
