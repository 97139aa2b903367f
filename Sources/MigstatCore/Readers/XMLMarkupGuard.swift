import Foundation

/// Looks at the raw bytes before libxml2 does and stops a start tag with more
/// attributes than any feed uses. libxml2 2.9 checks each attribute of a tag
/// against every earlier one: one element with 200 000 attributes cost 8.6 s
/// of CPU there, before any callback of ours could refuse it.
///
/// A small state machine over text, start tags, quoted values, end tags,
/// comments, CDATA, processing instructions and declarations; it carries its
/// state across chunks. Text is skipped with memchr and tags with a byte
/// table: the guard costs a fraction of libxml2's own parse.
struct XMLMarkupGuard {
    let maxAttributes: Int

    // States, as small integers for a tight loop.
    private static let text: UInt8 = 0, afterLT: UInt8 = 1, afterBang: UInt8 = 2, afterBangDash: UInt8 = 3
    private static let startTag: UInt8 = 4, quoted: UInt8 = 5, until: UInt8 = 6
    // How an `until` construct ends: `>`, `?>`, `-->` or `]]>`.
    private static let gt: UInt8 = 0, questionGT: UInt8 = 1, dashes: UInt8 = 2, brackets: UInt8 = 3

    private var state = XMLMarkupGuard.text
    private var quote: UInt8 = 0
    private var terminator: UInt8 = 0
    private var progress = 0       // terminator characters matched so far
    private var attributes = 0

    /// Bytes that end a run inside a start tag: quotes, `=` and `>`.
    private static let tagStops: [Bool] = (0..<256).map { [0x22, 0x27, 0x3D, 0x3E].contains($0) }

    init(maxAttributes: Int) { self.maxAttributes = maxAttributes }

    /// Scans the next bytes; where in them the offending tag's attribute is
    /// when one has too many (the caller counts its line: only a damaged file
    /// needs it, so lines are not counted as the bytes pass).
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        return Self.tagStops.withUnsafeBufferPointer { scan(bytes, base, $0) }
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ base: UnsafePointer<UInt8>,
                               _ tagStops: UnsafeBufferPointer<Bool>) -> Int? {
        let n = bytes.count
        var i = 0
        while i < n {
            switch state {
            case Self.text:
                guard let p = memchr(base + i, 0x3C, n - i) else { i = n; continue }
                i = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(p)) + 1
                state = Self.afterLT
            case Self.afterLT:
                switch bytes[i] {
                case UInt8(ascii: "!"): state = Self.afterBang
                case UInt8(ascii: "?"): begin(Self.questionGT)
                case UInt8(ascii: "/"): begin(Self.gt)
                default: state = Self.startTag; attributes = 0
                }
                i += 1
            case Self.afterBang:
                switch bytes[i] {
                case UInt8(ascii: "-"): state = Self.afterBangDash
                case UInt8(ascii: "["): begin(Self.brackets)
                default: begin(Self.gt)
                }
                i += 1
            case Self.afterBangDash:
                begin(bytes[i] == UInt8(ascii: "-") ? Self.dashes : Self.gt)
                i += 1
            case Self.startTag:
                while i < n && !tagStops[Int(bytes[i])] { i += 1 }
                guard i < n else { continue }
                let b = bytes[i]
                i += 1
                if b == 0x3E { state = Self.text }
                else if b == 0x3D {
                    attributes += 1
                    if attributes > maxAttributes { return i - 1 }
                } else { state = Self.quoted; quote = b }
            case Self.quoted:
                guard let p = memchr(base + i, Int32(quote), n - i) else { i = n; continue }
                i = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(p)) + 1
                state = Self.startTag
            default:
                if terminator == Self.gt {   // end tags and declarations: jump to the `>`
                    guard let p = memchr(base + i, 0x3E, n - i) else { i = n; continue }
                    i = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(p)) + 1
                    state = Self.text
                    continue
                }
                if ends(bytes[i]) { state = Self.text }
                i += 1
            }
        }
        return nil
    }

    private mutating func begin(_ t: UInt8) {
        state = Self.until
        terminator = t
        progress = 0
    }

    /// Feeds one byte to the terminator's matcher.
    private mutating func ends(_ b: UInt8) -> Bool {
        let gt = UInt8(ascii: ">")
        switch terminator {
        case Self.gt:
            return b == gt
        case Self.questionGT:
            if progress == 1 && b == gt { return true }
            progress = b == UInt8(ascii: "?") ? 1 : 0
            return false
        default:
            let c = terminator == Self.dashes ? UInt8(ascii: "-") : UInt8(ascii: "]")
            if progress == 2 && b == gt { return true }
            progress = b == c ? min(progress + 1, 2) : 0
            return false
        }
    }
}
