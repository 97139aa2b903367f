/// A quality check's name as quality.json gives it, split for quality_check:
/// the stable name, and the counts a name ends with in parentheses as its
/// detail (`feed: rejects within threshold (9 of 100, limit 0.5)` →
/// `feed: rejects within threshold` and `9 of 100, limit 0.5`), so the row's
/// key is the same whatever the year's counts.
struct CheckName: Equatable {
    let name: String
    /// nil when the name ends in no parenthesised part.
    let detail: String?

    init(name: String, detail: String?) { (self.name, self.detail) = (name, detail) }

    init(_ text: String) {
        // The last " (" whose parenthesis closes at the very end of the name.
        guard text.hasSuffix(")"), let open = text.range(of: " (", options: .backwards) else {
            (name, detail) = (text, nil)
            return
        }
        let inside = text[open.upperBound..<text.index(before: text.endIndex)]
        let stable = text[..<open.lowerBound]
        guard !stable.isEmpty, !inside.isEmpty, !inside.contains("("), !inside.contains(")") else {
            (name, detail) = (text, nil)
            return
        }
        (name, detail) = (String(stable), String(inside))
    }

    /// The name as quality.json gives it.
    var published: String { detail.map { "\(name) (\($0))" } ?? name }
}
