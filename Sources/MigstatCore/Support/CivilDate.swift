/// A calendar date without time zone, as agencies write it.
public struct CivilDate: Comparable, Hashable, CustomStringConvertible, Sendable {
    let year: Int
    let month: Int
    let day: Int

    init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public var description: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}

/// A date layout such as `dd.mm.yyyy` or `yyyy-mm-dd`, as a feed definition states it.
public struct DateFormat: Hashable, Sendable, CustomStringConvertible {
    private enum Part: Hashable { case day, month, year, literal(UInt8) }
    private let parts: [Part]
    private let length: Int
    public let description: String

    /// Accepts the tokens `dd`, `mm`, `yyyy` and single-byte separators.
    public init?(_ pattern: String) {
        var parts: [Part] = []
        var rest = Substring(pattern.lowercased())
        while let c = rest.first {
            if rest.hasPrefix("yyyy") { parts.append(.year); rest = rest.dropFirst(4) }
            else if rest.hasPrefix("dd") { parts.append(.day); rest = rest.dropFirst(2) }
            else if rest.hasPrefix("mm") { parts.append(.month); rest = rest.dropFirst(2) }
            else if let a = c.asciiValue, !c.isLetter, !c.isNumber { parts.append(.literal(a)); rest = rest.dropFirst() }
            else { return nil }
        }
        guard parts.filter({ $0 == .year }).count == 1, parts.filter({ $0 == .month }).count == 1,
              parts.filter({ $0 == .day }).count == 1 else { return nil }
        self.parts = parts
        self.length = parts.reduce(0) { $0 + ($1 == .year ? 4 : $1 == .day || $1 == .month ? 2 : 1) }
        self.description = pattern
    }

    /// Parses surrounding-space-trimmed bytes; nil when malformed or impossible (31.02).
    func parse<C: Collection>(_ bytes: C) -> CivilDate? where C.Element == UInt8 {
        let all = Array(bytes)
        var lo = 0, hi = all.count
        while lo < hi, all[lo] == 0x20 { lo += 1 }
        while hi > lo, all[hi - 1] == 0x20 { hi -= 1 }
        let it = all[lo..<hi]
        guard it.count == length else { return nil }
        var i = it.startIndex
        var y = 0, m = 0, d = 0
        func digits(_ n: Int) -> Int? {
            var v = 0
            for _ in 0..<n {
                let b = it[i]
                guard b >= 0x30, b <= 0x39 else { return nil }
                v = v * 10 + Int(b - 0x30)
                i = it.index(after: i)
            }
            return v
        }
        for part in parts {
            switch part {
            case .year: guard let v = digits(4) else { return nil }; y = v
            case .month: guard let v = digits(2) else { return nil }; m = v
            case .day: guard let v = digits(2) else { return nil }; d = v
            case .literal(let l): guard it[i] == l else { return nil }; i = it.index(after: i)
            }
        }
        return CivilDate(year: y, month: m, day: d)
    }

    public func parse(_ s: String) -> CivilDate? { parse(Array(s.utf8)) }
}
