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
    /// A country's names per language for the report (countries.tsv's
    /// `name_<lang>`, then `official_<lang>`): language → alpha-3 → name.
    private var countryNames: [String: [String: String]] = [:]
    /// language → region code → the region's name (regions.tsv: kk, ru, en after the code).
    private var regionNames: [String: [String: String]] = [:]
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
        countryNames = other.countryNames; regionNames = other.regionNames; files = other.files
    }

    init(directory: String) throws {
        try readCountries(Self.rows(directory, "countries.tsv", &files))
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
            for (language, name) in zip(Self.regionNameLanguages, row.dropFirst()) where !name.isEmpty { regionNames[language, default: [:]][code] = name }
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

    /// countries.tsv by its header's column names (ISO's rows hold from one
    /// name to nine, so a name's place says nothing of its language): the
    /// codes, every name column for matching in row order, and the report's
    /// name in each language: the short name (`name_kk`), else the official one.
    private func readCountries(_ rows: [[String]]) throws {
        guard let header = rows.first, header.contains("alpha3") else {
            throw MigstatError.configuration("code list countries.tsv: the first line is not its header (alpha3, alpha2, numeric, "
                + "name_en, name_kk, ...): regenerate it with `make codelists`")
        }
        func column(_ name: String) throws -> Int {
            guard let i = header.firstIndex(of: name) else {
                throw MigstatError.configuration("code list countries.tsv: no column `\(name)` in its header: regenerate it with `make codelists`")
            }
            return i
        }
        let (alpha3, alpha2, numeric) = (try column("alpha3"), try column("alpha2"), try column("numeric"))
        let nameColumns = header.indices.filter { !["alpha3", "alpha2", "numeric"].contains(header[$0]) }
        // Per language the columns the report's name comes from, best first.
        var shown: [String: [Int]] = [:]
        for kind in ["name_", "official_"] {
            for (i, title) in header.enumerated() where title.hasPrefix(kind) { shown[String(title.dropFirst(kind.count)), default: []].append(i) }
        }
        for row in rows.dropFirst() {
            func cell(_ i: Int) -> String { i < row.count ? row[i] : "" }
            let a3 = cell(alpha3).uppercased()
            guard !a3.isEmpty else { continue }
            countryByCode[a3] = a3
            if !cell(alpha2).isEmpty { countryByCode[cell(alpha2).uppercased()] = a3 }
            if let n = Int(cell(numeric)) { countryByCode[String(n)] = a3 }
            for i in nameColumns where !cell(i).isEmpty {
                let key = NameKey.fold(cell(i))
                if countryByName[key] == nil { countryByName[key] = a3 }
            }
            for (language, columns) in shown {
                if let name = columns.lazy.map(cell).first(where: { !$0.isEmpty }) { countryNames[language, default: [:]][a3] = name }
            }
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

    /// A country's name in a language (`en`, `kk`, `ru`) as the code list
    /// gives it: the common short name, else the official one; nil where the
    /// list has neither in that language.
    func countryName(_ alpha3: String, language: String) -> String? { countryNames[language]?[alpha3] }

    /// The languages of regions.tsv's first three names, in order.
    static let regionNameLanguages = ["kk", "ru", "en"]

    /// A region's name in a language (`KZ-75` → `Алматы қаласы`); nil where the list has none.
    func regionName(_ code: String, language: String) -> String? { regionNames[language]?[code.uppercased()] }

    /// Whether a partner country counts as CIS in `year`. Kazakhstan never does.
    func isCIS(_ alpha3: String, year: Int) -> Bool {
        alpha3 != Self.kazakhstan && (cis[alpha3]?.contains(year) ?? false)
    }
}
