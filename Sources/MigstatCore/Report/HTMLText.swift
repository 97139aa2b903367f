import Mustache

/// Text for HTML and SVG, in an element or in a quoted attribute: `&`, `<`,
/// `>`, `"` and `'` become character references, decided on UTF-8 bytes.
///
/// Not on Characters: a Character is a grapheme cluster, and a `<` that a
/// prefix (U+0600) or a combining mark (U+0301) attaches to is a Character
/// that is not equal to "<", so Character-wise escapers (swift-mustache's
/// `{{x}}`, the charts' own until issue 23) let it through, and the browser,
/// which parses scalars, sees a tag. The five are ASCII, and an ASCII byte
/// never occurs inside another scalar's UTF-8, so bytes are exact. A NUL,
/// which no page can hold (browsers drop it, libxml2 ends the document at
/// it), is shown as U+FFFD.
public enum HTMLText {
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { special($0) }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;".utf8
            case UInt8(ascii: "<"): out += "&lt;".utf8
            case UInt8(ascii: ">"): out += "&gt;".utf8
            case UInt8(ascii: "\""): out += "&quot;".utf8
            case UInt8(ascii: "'"): out += "&#39;".utf8
            case 0: out += "\u{FFFD}".utf8
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always) static func special(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == 0
    }
}

/// `{{x}}` in the report's templates escapes through `HTMLText` (see
/// `ReportTemplates`), not swift-mustache's Character-wise escaper.
struct ScalarHTMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { HTMLText.escape(text) }
}
