/// Kazakhstan's 12-digit Business Identification Number (БИН/ИИН) check digit:
/// the first 11 digits weighted 1…11, mod 11; a result of 10 retries with
/// weights 3…11, 1, 2; 10 again means the number cannot be valid.
public enum BusinessIdentificationNumber {
    public static func isValid(_ text: String) -> Bool {
        let digits = text.utf8.map { Int($0) - 48 }
        guard digits.count == 12, digits.allSatisfy({ (0...9).contains($0) }) else { return false }
        func check(_ weights: [Int]) -> Int { zip(digits.prefix(11), weights).reduce(0) { $0 + $1.0 * $1.1 } % 11 }
        var control = check(Array(1...11))
        if control == 10 { control = check(Array(3...11) + [1, 2]) }
        return control != 10 && control == digits[11]
    }
}
