/// Looks at the raw bytes before libxml2 does and stops a start tag with more
/// attributes than any feed uses. libxml2 2.9 checks each attribute of a tag
/// against every earlier one: one element with 200 000 attributes cost 8.6 s
/// of CPU there, before any callback of ours could refuse it.
///
/// A small state machine over text, start tags, quoted values, end tags,
/// comments, CDATA, processing instructions and declarations; it carries its
/// state across chunks and counts lines for the message.
struct XMLMarkupGuard {
    let maxAttributes: Int
    private(set) var line = 1

    private enum State {
        case text, afterLT, afterBang, afterBangDash
        case startTag, quoted(UInt8)
        case until(Terminator)
    }
    /// How a construct ends: `>`, `?>`, `-->` or `]]>`.
    private enum Terminator { case gt, questionGT, dashes, brackets }

    private var state = State.text
    private var attributes = 0
    private var progress = 0   // terminator characters matched so far

    init(maxAttributes: Int) { self.maxAttributes = maxAttributes }

    /// Scans the next bytes; the line of the offending tag when one has too many attributes.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x0A { line += 1 }
            switch state {
            case .text:
                if b == UInt8(ascii: "<") { state = .afterLT }
            case .afterLT:
                switch b {
                case UInt8(ascii: "!"): state = .afterBang
                case UInt8(ascii: "?"): begin(.questionGT)
                case UInt8(ascii: "/"): begin(.gt)
                default: state = .startTag; attributes = 0
                }
            case .afterBang:
                switch b {
                case UInt8(ascii: "-"): state = .afterBangDash
                case UInt8(ascii: "["): begin(.brackets)
                default: begin(.gt)
                }
            case .afterBangDash:
                begin(b == UInt8(ascii: "-") ? .dashes : .gt)
            case .startTag:
                switch b {
                case UInt8(ascii: "\""), UInt8(ascii: "'"): state = .quoted(b)
                case UInt8(ascii: "="):
                    attributes += 1
                    if attributes > maxAttributes { return line }
                case UInt8(ascii: ">"): state = .text
                default: break
                }
            case .quoted(let q):
                if b == q { state = .startTag }
            case .until(let t):
                if ends(t, b) { state = .text }
            }
            i += 1
        }
        return nil
    }

    private mutating func begin(_ t: Terminator) {
        state = .until(t)
        progress = 0
    }

    /// Feeds one byte to the terminator's matcher.
    private mutating func ends(_ t: Terminator, _ b: UInt8) -> Bool {
        let gt = UInt8(ascii: ">")
        switch t {
        case .gt:
            return b == gt
        case .questionGT:
            if progress == 1 && b == gt { return true }
            progress = b == UInt8(ascii: "?") ? 1 : 0
            return false
        case .dashes, .brackets:
            let c = t == .dashes ? UInt8(ascii: "-") : UInt8(ascii: "]")
            if progress == 2 && b == gt { return true }
            progress = b == c ? min(progress + 1, 2) : 0
            return false
        }
    }
}
