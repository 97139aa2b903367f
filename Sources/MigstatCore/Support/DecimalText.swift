/// Exact decimal text: money parsed into integer minor units, ratios and sums
/// written with a fixed number of places, rounded half away from zero.
public enum DecimalText {
    /// The largest whole part an agency number may have: 12 digits (a trillion
    /// tenge, a trillion workers) is far beyond any real value, and with up to
    /// six decimals it still fits a 64-bit integer. Longer is malformed.
    static let maxWholeDigits = 12

    /// Parses `123`, `123.4`, `-12.05` (decimal separator as given) into units of
    /// 10^-places. Nil when malformed, with more than `places` decimals, or with
    /// more than `maxWholeDigits` digits before the separator. Spaces around
    /// it are ignored.
    ///
    /// Over the UTF-8 bytes: every byte it accepts is ASCII (digits, a sign,
    /// the separator, spaces), and any other byte makes the text malformed,
    /// so bytes decide as Characters would; Character by Character, this was
    /// a fifth of repatriates normalise.
    public static func parseScaled(_ text: String, places: Int, separator: Character = ".") -> Int? {
        precondition(places <= 6)
        guard let sep = separator.asciiValue else { return parseScaledCharacters(text, places: places, separator: separator) }
        var text = text
        return text.withUTF8 { b -> Int? in
            var lo = 0, hi = b.count
            while lo < hi, b[lo] == 0x20 { lo += 1 }
            while hi > lo, b[hi - 1] == 0x20 { hi -= 1 }
            var negative = false
            if lo < hi, b[lo] == UInt8(ascii: "-") { negative = true; lo += 1 } else if lo < hi, b[lo] == UInt8(ascii: "+") { lo += 1 }
            var value = 0, wholeDigits = 0, i = lo
            while i < hi, b[i] &- 0x30 < 10 {
                wholeDigits += 1
                guard wholeDigits <= maxWholeDigits else { return nil }   // before the value could overflow
                value = value * 10 + Int(b[i] &- 0x30); i += 1
            }
            guard wholeDigits > 0 else { return nil }
            var fracDigits = 0
            if i < hi {
                guard b[i] == sep, i + 1 < hi else { return nil }   // a separator needs decimals after it
                i += 1
                while i < hi, b[i] &- 0x30 < 10 {
                    fracDigits += 1
                    guard fracDigits <= places else { return nil }
                    value = value * 10 + Int(b[i] &- 0x30); i += 1
                }
                guard i == hi else { return nil }
            }
            for _ in fracDigits..<places { value *= 10 }
            return negative ? -value : value
        }
    }

    /// The same, Character by Character: the definition the byte parser
    /// must agree with (tests), and the parser for a separator that is not ASCII.
    static func parseScaledCharacters(_ text: String, places: Int, separator: Character = ".") -> Int? {
        precondition(places <= 6)
        var s = Substring(text.trimmingCharacters(in: " "))
        var negative = false
        if s.first == "-" { negative = true; s = s.dropFirst() } else if s.first == "+" { s = s.dropFirst() }
        let pieces = s.split(separator: separator, omittingEmptySubsequences: false)
        guard !s.isEmpty, pieces.count <= 2, let whole = pieces.first, !whole.isEmpty,
              whole.allSatisfy({ $0.isASCII && $0.isNumber }), whole.count <= maxWholeDigits else { return nil }
        let frac = pieces.count == 2 ? pieces[1] : ""
        guard frac.count <= places, frac.allSatisfy({ $0.isASCII && $0.isNumber }),
              pieces.count == 1 || !frac.isEmpty else { return nil }
        var value = 0
        for ch in whole { value = value * 10 + Int(ch.asciiValue! - 48) }
        let digits = Array(frac)
        for i in 0..<places {
            value = value * 10 + (i < digits.count ? Int(digits[i].asciiValue! - 48) : 0)
        }
        return negative ? -value : value
    }

    /// numerator/denominator written with `places` decimals, rounded half away
    /// from zero. Computed in 128 bits: a year's money in tiyn times 10^places
    /// may not fit in 64.
    public static func ratio(_ numerator: Int, _ denominator: Int, places: Int) -> String {
        ratio(Int128(numerator), Int128(denominator), places: places)
    }

    static func ratio(_ numerator: Int128, _ denominator: Int128, places: Int) -> String {
        precondition(denominator != 0 && places <= 6)
        var scale: Int128 = 1
        for _ in 0..<places { scale *= 10 }
        let negative = (numerator < 0) != (denominator < 0)
        let n = numerator.magnitude * UInt128(scale), d = denominator.magnitude
        var q = n / d
        if (n % d) * 2 >= d { q += 1 }
        return format(magnitude: q, negative: negative && q != 0, places: places)
    }

    /// An integer count of 10^-places units written as decimal text.
    public static func format(scaled: Int, places: Int) -> String {
        format(magnitude: UInt128(scaled.magnitude), negative: scaled < 0, places: places)
    }

    static func format(magnitude a: UInt128, negative: Bool, places: Int) -> String {
        guard places > 0 else { return (negative ? "-" : "") + String(a) }
        var scale: UInt128 = 1
        for _ in 0..<places { scale *= 10 }
        var frac = String(a % scale)
        frac = String(repeating: "0", count: places - frac.count) + frac
        return (negative ? "-" : "") + "\(a / scale).\(frac)"
    }
}

extension String {
    /// Without leading and trailing spaces and tabs; a fast path for the common untouched value.
    var trimmedOfSpaces: String {
        let u = utf8
        guard let f = u.first, let l = u.last else { return self }
        if f != 0x20 && f != 0x09 && l != 0x20 && l != 0x09 { return self }
        var lo = u.startIndex, hi = u.endIndex
        while lo < hi, u[lo] == 0x20 || u[lo] == 0x09 { lo = u.index(after: lo) }
        while hi > lo, u[u.index(before: hi)] == 0x20 || u[u.index(before: hi)] == 0x09 { hi = u.index(before: hi) }
        return String(self[lo..<hi])
    }

    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}
