/// Agency text quoted in a message or quality.json: short and printable, so a
/// hostile file can neither flood a log nor write control characters into it.
enum MessageText {
    static func quote(_ text: String, limit: Int = 120) -> String {
        var out = ""
        for ch in text.unicodeScalars.prefix(limit) {
            out.unicodeScalars.append(ch.properties.generalCategory == .control || ch.properties.generalCategory == .format ? "?" : ch)
        }
        return text.unicodeScalars.count > limit ? out + "…" : out
    }
}
