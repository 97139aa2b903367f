/// A small controlled vocabulary from a pipeline definition: canonical value → words.
/// Lookups are memoised by the raw text: a feed repeats a handful of spellings.
final class Vocabulary {
    private var byKey: [String: String] = [:]
    private var memo: [ByteKey: String?] = [:]

    init(_ words: [String: [String]]) {
        for canonical in words.keys.sorted() {
            byKey[NameKey.fold(canonical)] = canonical
            for w in words[canonical]! { byKey[NameKey.fold(w)] = canonical }
        }
    }

    func match(_ text: String) -> String? {
        let key = ByteKey(text)
        if let hit = memo[key] { return hit }
        let v = byKey[NameKey.fold(text)]
        if memo.count < 100_000 { memo[key] = v }
        return v
    }
}
