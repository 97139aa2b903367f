import Foundation

/// The project's code lists (`pipelines/codelists/`): countries (ISO 3166-1
/// plus the agencies' own spellings), regions of Kazakhstan, ethnic groups and
/// CIS membership by year. Lookups are memoised: feeds repeat few distinct names.
final class CodeLists {
    static let stateless = "XXA"
    static let kazakhstan = "KAZ"

    private var countryByCode: [String: String] = [:]
    private var countryByName: [String: String] = [:]
    private var regionByCode: [String: String] = [:]
    private var regionByName: [String: String] = [:]
    private var ethnicityByName: [String: String] = [:]
    private var cis: [String: ClosedRange<Int>] = [:]
    /// A country's name per language (countries.tsv: en, kk, ru), for the report.
    private var countryNames: [String: [String: String]] = [:]
    private enum Lookup: Int { case countryCode, countryName, regionCode, regionName, ethnicity }
    private var memo: [[ByteKey: String?]] = Array(repeating: [:], count: 5)

    /// The code-list files read, for the manifest.
    private(set) var files: [String] = []

    /// The same lists with a memo of their own, for one feed's run: feeds run
    /// side by side (`--jobs`), and the lists themselves are never written after loading.
    func withOwnMemo() -> CodeLists { CodeLists(copying: self) }

    private init(copying other: CodeLists) {
        countryByCode = other.countryByCode; countryByName = other.countryByName
        regionByCode = other.regionByCode; regionByName = other.regionByName
        ethnicityByName = other.ethnicityByName; cis = other.cis
        countryNames = other.countryNames; files = other.files
    }

    init(directory: String) throws {
        for row in try Self.rows(directory, "countries.tsv", &files) {
            guard row.count >= 3 else { continue }
            let a3 = row[0].uppercased()
            countryByCode[a3] = a3
            countryByCode[row[1].uppercased()] = a3
            if let n = Int(row[2]) { countryByCode[String(n)] = a3 }
            for name in row.dropFirst(3) {
                let key = NameKey.fold(name)
                if countryByName[key] == nil { countryByName[key] = a3 }
            }
            for (language, column) in [("en", 3), ("kk", 4), ("ru", 5)] where row.count > column {
                countryNames[a3, default: [:]][language] = row[column]
            }
        }
        // The agencies' spellings win over ISO's translations where they differ;
        // within the hand-kept lists a name may mean one thing only.
        var aliases: [String: String] = [:]
        for row in try Self.rows(directory, "country-aliases.tsv", &files) {
            let a3 = row[0].uppercased()
            countryByCode[a3] = a3
            for name in row.dropFirst() { try Self.assign(name, a3, to: &aliases, in: "country-aliases.tsv") }
        }
        countryByName.merge(aliases) { _, alias in alias }
        for row in try Self.rows(directory, "regions.tsv", &files) {
            let code = row[0].uppercased()
            regionByCode[code] = code
            if code.hasPrefix("KZ-") { regionByCode[String(code.dropFirst(3))] = code }
            for name in row.dropFirst() { try Self.assign(name, code, to: &regionByName, in: "regions.tsv") }
        }
        for row in try Self.rows(directory, "ethnicities.tsv", &files) {
            for name in row { try Self.assign(name, row[0], to: &ethnicityByName, in: "ethnicities.tsv") }
        }
        for row in try Self.rows(directory, "cis-membership.tsv", &files) {
            guard let from = Int(row[1]) else { throw MigstatError.configuration("cis-membership.tsv: bad first year in \(row)") }
            let to = row.count > 2 && !row[2].isEmpty ? Int(row[2]) : Int.max
            guard let to else { throw MigstatError.configuration("cis-membership.tsv: bad last year in \(row)") }
            cis[row[0].uppercased()] = from...to
        }
    }

    /// Adds a name; the same name (after folding) meaning two codes is a definition error.
    private static func assign(_ name: String, _ code: String, to map: inout [String: String], in file: String) throws {
        let key = NameKey.fold(name)
        if let other = map[key], other != code {
            throw MigstatError.configuration("code list \(file): '\(name)' means both \(other) and \(code)")
        }
        map[key] = code
    }

    private static func rows(_ dir: String, _ name: String, _ files: inout [String]) throws -> [[String]] {
        let path = (dir as NSString).appendingPathComponent(name)
        guard let text = TextFile.read(path) else {
            throw MigstatError.configuration("code list \(path) is missing or not UTF-8")
        }
        files.append(path)
        return text.split(separator: "\n", omittingEmptySubsequences: true)
            .filter { !$0.hasPrefix("#") }
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(trimmed) }
            .filter { !($0.first ?? "").isEmpty }
    }

    /// A cell without the spaces around it (tab and Unicode's space separators,
    /// as Foundation's `.whitespaces`), natively: a night with nothing to do
    /// reads every code list, and bridging each cell to trim it showed.
    private static func trimmed(_ cell: Substring) -> String {
        func isSpace(_ s: Unicode.Scalar) -> Bool { s == "\t" || s.properties.generalCategory == .spaceSeparator }
        var scalars = cell.unicodeScalars[...]
        while let first = scalars.first, isSpace(first) { scalars.removeFirst() }
        while let last = scalars.last, isSpace(last) { scalars.removeLast() }
        return String(scalars)
    }

    private func cached(_ kind: Lookup, _ key: String, _ compute: () -> String?) -> String? {
        let k = ByteKey(key)
        if let hit = memo[kind.rawValue][k] { return hit }
        let v = compute()
        if memo[kind.rawValue].count < 100_000 { memo[kind.rawValue][k] = v }  // bounded: hostile input varies
        return v
    }

    /// A country code in any ISO form (numeric with or without leading zeros,
    /// alpha-2, alpha-3, any case) → alpha-3; `XXA` for stateless.
    func country(code: String) -> String? {
        cached(.countryCode, code) {
            let c = code.trimmingCharacters(in: .whitespaces).uppercased()
            if let n = Int(c), c.allSatisfy(\.isASCII) { return countryByCode[String(n)] }
            return countryByCode[c]
        }
    }

    /// A country name in Kazakh, Russian or English → alpha-3; `XXA` for stateless.
    func country(name: String) -> String? {
        cached(.countryName, name) { countryByName[NameKey.fold(name)] }
    }

    /// A country as a feed gives it: a code and/or a name (one field that may hold
    /// either is passed as both). The one resolver of all four feeds.
    struct Country: Equatable, Sendable {
        /// Alpha-3 (`KAZ` and `XXA` included); nil when neither code nor name resolves.
        let alpha3: String?
        /// Code and name both resolve, to different countries: the code won.
        let mismatch: Bool
        var isKazakhstan: Bool { alpha3 == CodeLists.kazakhstan }
        var isStateless: Bool { alpha3 == CodeLists.stateless }
        /// A country that has its own rows in the statistics: not Kazakhstan, not stateless.
        var named: String? { isKazakhstan || isStateless ? nil : alpha3 }
    }

    /// The code wins when it resolves, else the name (FEEDS.md, Names and codes).
    func country(code: String, name: String) -> Country {
        let byCode = code.isEmpty ? nil : country(code: code)
        let byName = name.isEmpty ? nil : country(name: name)
        return Country(alpha3: byCode ?? byName, mismatch: byCode != nil && byName != nil && byCode != byName)
    }

    /// A region code (`KZ-39`, `39`) → `KZ-39`.
    func region(code: String) -> String? {
        cached(.regionCode, code) { regionByCode[code.trimmingCharacters(in: .whitespaces).uppercased()] }
    }

    func region(name: String) -> String? {
        cached(.regionName, name) { regionByName[NameKey.fold(name)] }
    }

    func ethnicity(_ name: String) -> String? {
        cached(.ethnicity, name) { ethnicityByName[NameKey.fold(name)] }
    }

    /// A country's name in a language (`en`, `kk`, `ru`) as the code list gives it.
    func countryName(_ alpha3: String, language: String) -> String? { countryNames[alpha3]?[language] }

    /// Whether a partner country counts as CIS in `year`. Kazakhstan never does.
    func isCIS(_ alpha3: String, year: Int) -> Bool {
        alpha3 != Self.kazakhstan && (cis[alpha3]?.contains(year) ?? false)
    }
}
