/// FOREIGN_REG: persons, registrations, administratively liable and expelled
/// persons by citizenship group, citizenship and purpose.
enum ForeignRegistrationsTable {
    static let measures = ["PERSONS", "REGISTRATIONS", "ADMIN_LIABLE", "EXPELLED"]
    static let groups = ["TOTAL", "CIS", "FAR_ABROAD", "STATELESS", "NOT_STATED"]
    static let purposes = ["WORK", "STUDY", "PRIVATE", "BUSINESS", "TOURISM", "TRANSIT", "OTHER"]
    /// Registrations add up; persons (registered, liable, expelled) are distinct within each period.
    static let periodMeasures = PeriodMeasures(dimension: "MEASURE", ["REGISTRATIONS": .events])

    /// A person's latest counted registration so far (by date, then id): it decides their group and country.
    private struct Latest {
        var date: Int32 = .min   // yyyymmdd: before any registration
        var id = ""
        var group: UInt8 = 0
        var country: Int32 = -1  // index into `countries`, -1 for none

        mutating func add(_ r: CountedRegistration.Bytes, date d: Int32, group g: Int, country c: Int) {
            if d >= date {
                let rid = String(decoding: r.id, as: UTF8.self)
                if d > date || rid >= id { (date, id, group, country) = (d, rid, UInt8(g), Int32(c)) }
            }
        }
    }

    /// A person over the year and within each quarter: the quarters they
    /// registered in and carried an offence or an expulsion in (bit n-1 for
    /// quarter n). While all their registrations fall in one quarter, that
    /// quarter's latest is the year's; from a second quarter on, each quarter's
    /// latest is kept apart (`split`, four of them from that index on).
    private struct Person {
        var latest = Latest()
        var quarters: UInt8 = 0, offences: UInt8 = 0, expulsions: UInt8 = 0
        var split: Int32 = -1

        mutating func add(_ r: CountedRegistration.Bytes, date d: Int32, quarter q: Int, group g: Int, country c: Int,
                          split apart: inout [Latest]) {
            let bit: UInt8 = 1 << (q - 1)
            if split < 0, quarters != 0, quarters & bit == 0 {
                split = Int32(apart.count)
                apart.append(contentsOf: repeatElement(Latest(), count: 4))
                apart[Int(split) + quarters.trailingZeroBitCount] = latest
            }
            quarters |= bit
            if r.offended { offences |= bit }
            if r.expelled { expulsions |= bit }
            latest.add(r, date: d, group: g, country: c)
            if split >= 0 { apart[Int(split) + q - 1].add(r, date: d, group: g, country: c) }
        }
    }

    /// Registrations of one period by group, group and purpose, and country.
    private struct Registrations {
        var byGroup = Array(repeating: 0, count: groups.count)
        var byPurpose = Array(repeating: Array(repeating: 0, count: purposes.count), count: groups.count)
        var byCountry: [Int] = []

        mutating func add(group g: Int, purpose p: Int, country c: Int) {
            byGroup[0] += 1; byPurpose[0][p] += 1   // TOTAL
            byGroup[g] += 1; byPurpose[g][p] += 1
            if c >= 0 {
                if c >= byCountry.count { byCountry += repeatElement(0, count: c + 1 - byCountry.count) }
                byCountry[c] += 1
            }
        }
    }

    /// Persons of one period (PERSONS, ADMIN_LIABLE, EXPELLED), by group (TOTAL at 0) and by country.
    private struct Persons {
        var byGroup = Array(repeating: Array(repeating: 0, count: groups.count), count: 3)
        var byCountry: [[Int]]

        mutating func add(_ latest: Latest, offence: Bool, expelled: Bool) {
            for (m, counts) in [true, offence, expelled].enumerated() where counts {
                byGroup[m][0] += 1
                byGroup[m][Int(latest.group)] += 1
                if latest.country >= 0 { byCountry[m][Int(latest.country)] += 1 }
            }
        }
    }

    /// An ISO date's digits as one number (`2003-01-02` → 20030102), which
    /// orders as the text does; nil when it is not one.
    private static func dateNumber(_ b: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard b.count == 10 else { return nil }
        var n: Int32 = 0
        for (i, c) in b.enumerated() where i != 4 && i != 7 {
            guard c >= 0x30, c <= 0x39 else { return nil }
            n = n * 10 + Int32(c - 0x30)
        }
        return n
    }

    /// The position of `bytes` among `names`, compared as bytes.
    private static func index(_ bytes: UnsafeBufferPointer<UInt8>, in names: [[UInt8]]) -> Int? {
        names.firstIndex { $0.elementsEqual(bytes) }
    }

    static func build(from records: StagingReader, context: AggregateContext) throws -> Publication {
        // Codes are interned to small integers: one hash per record, not one per key built.
        var countries: [String] = [], countryIndex: [ShortKey: Int] = [:], countryGroup: [Int] = []
        var registrations = PeriodValues(repeating: Registrations())
        var persons: [ShortKey: Person] = [:], apart: [Latest] = []
        persons.reserveCapacity(context.accepted)   // at most a person per registration: no rehashing
        let groupBytes = groups.map { Array($0.utf8) }, purposeBytes = purposes.map { Array($0.utf8) }
        func damaged() -> MigstatError { .io("\(records.path) is damaged; rerun normalise") }
        while let line = try records.nextLineBytes() { try CountedRegistration.Bytes.read(line) { r in
            guard let r, let g = index(r.group, in: groupBytes), let p = index(r.purpose, in: purposeBytes),
                  let date = dateNumber(r.registered), (1...12).contains(date / 100 % 100) else { throw damaged() }
            var c = -1
            if !r.country.isEmpty {
                let key = ShortKey(r.country)
                if let known = countryIndex[key] { c = known } else {
                    c = countries.count
                    countryIndex[key] = c
                    countries.append(String(decoding: r.country, as: UTF8.self)); countryGroup.append(g)
                }
            }
            let month = Int(date / 100 % 100)
            registrations.add(month: month) { $0.add(group: g, purpose: p, country: c) }
            // Updated in place: one lookup per registration, new person or not.
            persons[ShortKey(r.person), default: Person()].add(r, date: date, quarter: StatisticsPeriod.of(month: month).index,
                                                               group: g, country: c, split: &apart)
        } }
        var counted = PeriodValues(repeating: Persons(byCountry: Array(repeating: Array(repeating: 0, count: countries.count), count: 3)))
        for person in persons.values {
            counted[.year].add(person.latest, offence: person.offences != 0, expelled: person.expulsions != 0)
            for q in 1...4 where person.quarters & 1 << (q - 1) != 0 {
                let bit: UInt8 = 1 << (q - 1)
                counted[.quarter(q)].add(person.split < 0 ? person.latest : apart[Int(person.split) + q - 1],
                                         offence: person.offences & bit != 0, expelled: person.expulsions & bit != 0)
            }
        }
        return Publication(context, dated: registrations.dated, measures: periodMeasures) { period in
            let t = table(registrations[period], counted[period], countries: countries, countryGroup: countryGroup,
                          context: context, period: period)
            return (t, [checks(t)])
        }
    }

    /// The table of one period from its registrations and persons.
    private static func table(_ registrations: Registrations, _ persons: Persons, countries: [String], countryGroup: [Int],
                              context: AggregateContext, period: StatisticsPeriod) -> SDMXTable {
        let personMeasures = ["PERSONS", "ADMIN_LIABLE", "EXPELLED"]
        var table = SDMXTable(id: "FOREIGN_REG",
                              dimensions: [("MEASURE", .enumerated(measures)), ("CITIZENSHIP_GROUP", .enumerated(groups)),
                                           ("CITIZENSHIP", .byteOrder), ("PURPOSE", .enumerated(purposes))],
                              attributes: ["OBS_STATUS", "COVERAGE"])
        let attrs = [context.obsStatus(period), String(context.coverage(period))]
        for (gi, g) in groups.enumerated() {
            table.add(["REGISTRATIONS", g, "_T", "_T"], String(registrations.byGroup[gi]), attrs)
            for (pi, p) in purposes.enumerated() where registrations.byPurpose[gi][pi] > 0 {
                table.add(["REGISTRATIONS", g, "_T", p], String(registrations.byPurpose[gi][pi]), attrs)
            }
            for (m, measure) in personMeasures.enumerated() { table.add([measure, g, "_T", "_T"], String(persons.byGroup[m][gi]), attrs) }
        }
        for (c, code) in countries.enumerated() {
            let g = groups[countryGroup[c]]
            let n = c < registrations.byCountry.count ? registrations.byCountry[c] : 0
            if n > 0 { table.add(["REGISTRATIONS", g, code, "_T"], String(n), attrs) }
            for (m, measure) in personMeasures.enumerated() where persons.byCountry[m][c] > 0 {
                table.add([measure, g, code, "_T"], String(persons.byCountry[m][c]), attrs)
            }
        }
        return table
    }

    static func checks(_ t: SDMXTable) -> QualityCheck {
        func v(_ m: String, _ g: String) -> Int { Int(t.value([m, g, "_T", "_T"]) ?? "") ?? 0 }
        let ok = measures.allSatisfy { m in v(m, "TOTAL") == groups.dropFirst().reduce(0) { $0 + v(m, $1) } }
        return QualityCheck(name: "foreign-registrations: TOTAL = sum of groups", passed: ok)
    }
}
