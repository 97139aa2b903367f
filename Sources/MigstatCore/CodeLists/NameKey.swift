/// The key names are matched by: letter case, leading, trailing and doubled
/// spaces ignored, and the Kazakh letters folded to the look-alikes that
/// windows-1251 files carry (Қ→К, Ү→У, Latin I→І, ...), so `Кытай`,
/// ` ҚЫТАЙ ` and `Қытай` share one key.
enum NameKey {
    static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{A0}" {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(lookAlike(scalar))
        }
        return String(out)
    }

    private static func lookAlike(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s {
        case "ә": return "а"
        case "ғ": return "г"
        case "қ": return "к"
        case "ң": return "н"
        case "ө": return "о"
        case "ұ", "ү": return "у"
        case "һ": return "х"
        case "i": return "і"     // Latin i typed for Kazakh/Ukrainian і
        case "ё": return "е"
        default: return s
        }
    }
}

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
