@testable import MigstatCore
import XCTest

final class CodeListTests: XCTestCase {
    static let lists = try! CodeLists(directory: "\(pipelinesDir)/codelists")
    var lists: CodeLists { Self.lists }

    func testFoldingSurvivesCaseSpacesAndLookAlikes() {
        XCTAssertEqual(NameKey.fold("  ҚЫТАЙ "), NameKey.fold("Кытай"))
        XCTAssertEqual(NameKey.fold("Оңтүстік   Корея"), NameKey.fold("онтустiк корея"), "Latin i for і, doubled spaces")
        XCTAssertEqual(NameKey.fold("Әзірбайжан"), NameKey.fold("Азiрбайжан"))
    }

    /// Every name FEEDS.md's appendix lists must resolve, in every case and folded.
    func testEveryKnownCountryNameResolves() {
        let table: [(String, String, String, [String])] = [
            ("AFG", "004", "AF", ["Ауғанстан", "Афганистан", "Afghanistan"]), ("ARM", "051", "AM", ["Армения", "Armenia"]),
            ("AUT", "040", "AT", ["Австрия", "Austria"]), ("AZE", "031", "AZ", ["Әзірбайжан", "Азербайджан", "Azerbaijan"]),
            ("BLR", "112", "BY", ["Беларусь", "Белоруссия", "Belarus"]), ("CAN", "124", "CA", ["Канада", "Canada"]),
            ("CHN", "156", "CN", ["Қытай", "Китай", "КНР", "China"]), ("CZE", "203", "CZ", ["Чехия", "Czechia", "Czech Republic"]),
            ("DEU", "276", "DE", ["Германия", "ФРГ", "Germany"]), ("EST", "233", "EE", ["Эстония", "Estonia"]),
            ("FRA", "250", "FR", ["Франция", "France"]), ("GBR", "826", "GB", ["Ұлыбритания", "Великобритания", "United Kingdom"]),
            ("GEO", "268", "GE", ["Грузия", "Georgia"]), ("GRC", "300", "GR", ["Грекия", "Греция", "Greece"]),
            ("IND", "356", "IN", ["Үндістан", "Индия", "India"]), ("IRN", "364", "IR", ["Иран", "Iran"]),
            ("ISR", "376", "IL", ["Израиль", "Israel"]), ("ITA", "380", "IT", ["Италия", "Italy"]),
            ("JPN", "392", "JP", ["Жапония", "Япония", "Japan"]),
            ("KGZ", "417", "KG", ["Қырғызстан", "Киргизия", "Кыргызстан", "Kyrgyzstan"]),
            ("KOR", "410", "KR", ["Оңтүстік Корея", "Республика Корея", "Южная Корея", "South Korea", "Korea, Republic of"]),
            ("LTU", "440", "LT", ["Литва", "Lithuania"]), ("LVA", "428", "LV", ["Латвия", "Latvia"]),
            ("MDA", "498", "MD", ["Молдавия", "Молдова", "Moldova", "Moldova, Republic of"]),
            ("MNG", "496", "MN", ["Моңғолия", "Монголия", "Mongolia"]), ("NLD", "528", "NL", ["Нидерланд", "Нидерланды", "Netherlands"]),
            ("PAK", "586", "PK", ["Пәкістан", "Пакистан", "Pakistan"]), ("POL", "616", "PL", ["Польша", "Poland"]),
            ("RUS", "643", "RU", ["Ресей", "Россия", "Российская Федерация", "Russia", "Russian Federation"]),
            ("TJK", "762", "TJ", ["Тәжікстан", "Таджикистан", "Tajikistan"]),
            ("TKM", "795", "TM", ["Түрікменстан", "Туркмения", "Туркменистан", "Turkmenistan"]),
            ("TUR", "792", "TR", ["Түркия", "Турция", "Turkey"]), ("UKR", "804", "UA", ["Украина", "Ukraine"]),
            ("USA", "840", "US", ["Америка Құрама Штаттары", "АҚШ", "США", "United States", "USA"]),
            ("UZB", "860", "UZ", ["Өзбекстан", "Узбекистан", "Uzbekistan"]), ("VNM", "704", "VN", ["Вьетнам", "Viet Nam", "Vietnam"]),
        ]
        for (a3, numeric, a2, names) in table {
            for code in [a3, a3.lowercased(), numeric, String(Int(numeric)!), a2, a2.lowercased()] {
                XCTAssertEqual(lists.country(code: code), a3, "code \(code)")
            }
            for name in names {
                let folded = Self.asWindows1251Writes(name)
                for form in [name, name.uppercased(), name.lowercased(), "  \(name) ", folded, folded.replacingOccurrences(of: "і", with: "i")] {
                    XCTAssertEqual(lists.country(name: form), a3, "name '\(form)'")
                }
            }
        }
    }

    /// The look-alikes windows-1251 files carry instead of the Kazakh letters.
    static func asWindows1251Writes(_ s: String) -> String {
        let map: [Character: Character] = ["Ә": "А", "Ғ": "Г", "Қ": "К", "Ң": "Н", "Ө": "О", "Ұ": "У", "Ү": "У", "Һ": "Х",
                                           "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х"]
        return String(s.map { map[$0] ?? $0 })
    }

    func testKazakhstanStatelessAndUnresolvable() {
        for k in ["398", "KZ", "KAZ"] { XCTAssertEqual(lists.country(code: k), "KAZ") }
        XCTAssertEqual(lists.country(name: "Қазақстан"), "KAZ")
        XCTAssertEqual(lists.country(code: "XXA"), "XXA")
        for s in ["азаматтығы жоқ", "лицо без гражданства", "Stateless"] { XCTAssertEqual(lists.country(name: s), "XXA", s) }
        for n in ["Неизвестно", "н/д", "не указано", "Атлантида", "xxx", "---"] { XCTAssertNil(lists.country(name: n), n) }
        XCTAssertNil(lists.country(code: "999"))
    }

    /// The national page names a region by regions.tsv's kk, ru and en columns, whatever its old names.
    func testARegionsNameIsItsLanguagesColumn() {
        XCTAssertEqual(["kk", "ru", "en"].map { lists.regionName("KZ-71", language: $0) }, ["Астана қаласы", "город Астана", "Astana City"])
        XCTAssertEqual(["kk", "ru", "en"].map { lists.regionName("kz-39", language: $0) }, ["Қостанай облысы", "Костанайская область", "Kostanay Region"])
        XCTAssertNil(lists.regionName("KZ-99", language: "ru"))
    }

    func testRegionsByCodeNameAndOldName() {
        XCTAssertEqual(lists.region(code: "KZ-39"), "KZ-39")
        XCTAssertEqual(lists.region(code: "39"), "KZ-39")
        XCTAssertEqual(lists.region(code: "kz-39"), "KZ-39")
        for n in ["Қостанай облысы", "Костанайская область", "Kostanay Region", "КОСТАНАЙ ОБЛЫСЫ", "Кустанайская область"] {
            XCTAssertEqual(lists.region(name: n), "KZ-39", n)
        }
        XCTAssertEqual(lists.region(name: "Южно-Казахстанская область"), "KZ-51")
        XCTAssertEqual(lists.region(name: "Ақмола"), "KZ-11")
        XCTAssertEqual(lists.region(name: "Целиноград"), "KZ-11")
        for city in ["Астана", "Акмола қаласы", "город Акмола"] { XCTAssertEqual(lists.region(name: city), "KZ-71", city) }
        XCTAssertEqual(lists.region(code: "71"), "KZ-71")
        XCTAssertNil(lists.region(name: "Германия"), "a country is no region")
    }

    func testEthnicFormsMatch() {
        let forms: [String: [String]] = [
            "KAZ": ["қазақ", "казах", "казашка", "казахи", "Kazakh"], "RUS": ["орыс", "русский", "русская", "русские", "Russian"],
            "UKR": ["украин", "украинец", "украинка", "украинцы", "Ukrainian"], "GER": ["неміс", "немец", "немка", "немцы", "German"],
            "TAT": ["татар", "татарин", "татарка", "татары", "Tatar"], "BLR": ["белорус", "белоруска", "белорусы", "Belarusian"],
            "UZB": ["өзбек", "узбек", "узбечка", "узбеки", "Uzbek"], "UIG": ["ұйғыр", "уйгур", "уйгурка", "уйгуры", "Uighur"],
            "KOR": ["кәріс", "кореец", "кореянка", "корейцы", "Korean"],
            "AZE": ["әзірбайжан", "азербайджанец", "азербайджанка", "азербайджанцы", "Azerbaijani"],
            "POL": ["поляк", "полька", "поляки", "Polish"], "OTH": ["другие", "Other"],
        ]
        for (code, names) in forms {
            for n in names { XCTAssertEqual(lists.ethnicity(n.uppercased()), code, n); XCTAssertEqual(lists.ethnicity(" \(n) "), code, n) }
        }
        XCTAssertNil(lists.ethnicity("марсианин"))
    }

    func testCISMembershipByYear() {
        for c in ["ARM", "AZE", "BLR", "GEO", "KGZ", "MDA", "RUS", "TJK", "TKM", "UKR", "UZB"] {
            XCTAssertTrue(lists.isCIS(c, year: 2003), c)
        }
        XCTAssertTrue(lists.isCIS("GEO", year: 2009))
        XCTAssertFalse(lists.isCIS("GEO", year: 2010))
        XCTAssertTrue(lists.isCIS("UKR", year: 2018))
        XCTAssertFalse(lists.isCIS("UKR", year: 2019))
        XCTAssertTrue(lists.isCIS("TKM", year: 2005))
        XCTAssertTrue(lists.isCIS("TKM", year: 2024))
        XCTAssertFalse(lists.isCIS("KAZ", year: 2003))
        XCTAssertFalse(lists.isCIS("CHN", year: 2003))
    }

    /// The report's names are read by column (countries.tsv's header), the
    /// common short name first: rows hold one to nine names, so a name's
    /// place says nothing of its language (issue 27: Үндістан on Russian
    /// pages, "Republic of India" on Kazakh ones, a bare GEO).
    func testTheReportsCountryNamesAreTheShortNameOfEachLanguage() {
        let want: [(String, en: String, kk: String, ru: String)] = [
            ("CHN", "China", "Қытай", "Китай"), ("IND", "India", "Үндістан", "Индия"),
            ("KOR", "South Korea", "Оңтүстік Корея", "Южная Корея"), ("GEO", "Georgia", "Грузия", "Грузия"),
            ("USA", "United States", "АҚШ", "США"), ("TJK", "Tajikistan", "Тәжікстан", "Таджикистан"),
            ("TUR", "Türkiye", "Түркия", "Турция"), ("RUS", "Russia", "Ресей", "Россия"),
            ("AUS", "Australia", "Австралия", "Австралия"), ("PRK", "North Korea", "Солтүстік Корея", "Северная Корея"),
            // The forms Kazakhstan's officials write, not iso-codes' (a reviewer's list, kk/ru).
            ("KGZ", "Kyrgyzstan", "Қырғызстан", "Кыргызстан"), ("MDA", "Moldova", "Молдова", "Молдова"),
            ("MNG", "Mongolia", "Моңғолия", "Монголия"), ("SYR", "Syria", "Сирия", "Сирия"), ("LAO", "Laos", "Лаос", "Лаос"),
            ("TWN", "Taiwan", "Тайвань", "Тайвань"), ("PSE", "Palestine, State of", "Палестина", "Палестина"),
        ]
        for (a3, en, kk, ru) in want {
            XCTAssertEqual(lists.countryName(a3, language: "en"), en, a3)
            XCTAssertEqual(lists.countryName(a3, language: "kk"), kk, a3)
            XCTAssertEqual(lists.countryName(a3, language: "ru"), ru, a3)
        }
        XCTAssertNil(lists.countryName("CHN", language: "de"), "no column, no name: the report shows the code")
        // The long forms a short name replaced are still matched in feeds; Nepal's official name is its own.
        for (name, a3) in [("Российская Федерация", "RUS"), ("Киргизия", "KGZ"), ("Сирийская Арабская Республика", "SYR"),
                           ("Непал Федеративтік Демократиялық Республикасы", "NPL"), ("Исламская Республика Иран", "IRN")] {
            XCTAssertEqual(lists.country(name: name), a3, name)
        }
    }

    /// Every country has a name in each language, and a Kazakh or Russian
    /// name is never an English word (gettext's fallback for no translation).
    func testEveryCountryHasANameInEachLanguageAndNoneIsEnglishInAnother() throws {
        let text = try String(contentsOfFile: "\(pipelinesDir)/codelists/countries.tsv", encoding: .utf8)
        let codes = text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.hasPrefix("alpha3") }.map { String($0.prefix(3)) }
        XCTAssertEqual(codes.count, 249)
        for a3 in codes {
            for language in ["en", "kk", "ru"] {
                XCTAssertNotNil(lists.countryName(a3, language: language), "\(a3) \(language)")
            }
            for language in ["kk", "ru"] {
                let name = lists.countryName(a3, language: language) ?? ""
                XCTAssertFalse(name.unicodeScalars.contains { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }, "\(a3) \(language): \(name)")
            }
        }
    }

    /// Columns are found by the header's names, in any order; a file without the header is refused with what to do.
    func testCountriesAreReadByTheHeadersNames() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("codelists-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.copyItem(atPath: "\(pipelinesDir)/codelists", toPath: dir)
        let file = "\(dir)/countries.tsv"
        try "# reordered\nname_ru\talpha2\tnumeric\tname_kk\talpha3\tofficial_en\tname_en\nКитай\tCN\t156\tҚытай\tCHN\tPeople's Republic of China\tChina\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let reordered = try CodeLists(directory: dir)
        XCTAssertEqual(reordered.countryName("CHN", language: "ru"), "Китай")
        XCTAssertEqual(reordered.countryName("CHN", language: "kk"), "Қытай")
        XCTAssertEqual(reordered.country(code: "CN"), "CHN")
        try "alpha3\tname_ru\talpha2\tnumeric\tofficial_kk\tname_kk\tname_en\nCHN\tКитай\tCN\t156\tҚытай Халық Республикасы\tҚытай\tChina\nTWN\t\tTW\t158\tТайвань\t\tTaiwan\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let lists = try CodeLists(directory: dir)
        XCTAssertEqual(lists.countryName("CHN", language: "kk"), "Қытай")
        XCTAssertEqual(lists.countryName("CHN", language: "ru"), "Китай")
        XCTAssertEqual(lists.countryName("TWN", language: "kk"), "Тайвань", "no short name: the official one")
        XCTAssertNil(lists.countryName("TWN", language: "ru"), "no name in ru at all")
        XCTAssertEqual(lists.country(name: "Қытай Халық Республикасы"), "CHN", "every name column is matched")
        XCTAssertEqual(lists.country(code: "158"), "TWN")
        let headerless = "CHN\tCN\t156\tChina\tҚытай\tКитай\n"
        try headerless.write(toFile: file, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try CodeLists(directory: dir)) { error in
            XCTAssertTrue("\(error)".contains("header") && "\(error)".contains("make codelists"), "\(error)")
        }
    }
}
