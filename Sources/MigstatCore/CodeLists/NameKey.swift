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
