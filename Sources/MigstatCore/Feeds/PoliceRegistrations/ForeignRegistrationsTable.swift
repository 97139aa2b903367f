/// FOREIGN_REG: persons, registrations, administratively liable and expelled
/// persons by citizenship group, citizenship and purpose.
enum ForeignRegistrationsTable {
    static let measures = ["PERSONS", "REGISTRATIONS", "ADMIN_LIABLE", "EXPELLED"]
    static let groups = ["TOTAL", "CIS", "FAR_ABROAD", "STATELESS", "NOT_STATED"]
    static let purposes = ["WORK", "STUDY", "PRIVATE", "BUSINESS", "TOURISM", "TRANSIT", "OTHER"]

    /// A person's latest counted registration so far, and what any of them carried.
    private struct Person {
        var date: Int32 = .min   // yyyymmdd: before any registration
        var id = ""
        var group: UInt8 = 0
        var country: Int32 = -1  // index into `countries`, -1 for none
        var offence = false
        var expelled = false

        /// The latest registration (by date, then id) decides the group; any of them, the flags.
        mutating func add(_ r: CountedRegistration.Bytes, date d: Int32, group g: Int, country c: Int) {
            if d >= date {
                let rid = String(decoding: r.id, as: UTF8.self)
                if d > date || rid >= id { (date, id, group, country) = (d, rid, UInt8(g), Int32(c)) }
            }
            offence = offence || r.offended
            expelled = expelled || r.expelled
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
        var registrationsByGroup = Array(repeating: 0, count: groups.count)
        var registrationsByPurpose = Array(repeating: Array(repeating: 0, count: purposes.count), count: groups.count)
        var registrationsByCountry: [Int] = []
        var persons: [ShortKey: Person] = [:]
        persons.reserveCapacity(context.accepted)   // at most a person per registration: no rehashing
        let groupBytes = groups.map { Array($0.utf8) }, purposeBytes = purposes.map { Array($0.utf8) }
        func damaged() -> MigstatError { .io("\(records.path) is damaged; rerun normalise") }
        while let line = try records.nextLineBytes() { try CountedRegistration.Bytes.read(line) { r in
            guard let r, let g = index(r.group, in: groupBytes), let p = index(r.purpose, in: purposeBytes),
                  let date = dateNumber(r.registered) else { throw damaged() }
            var c = -1
            if !r.country.isEmpty {
                let key = ShortKey(r.country)
                if let known = countryIndex[key] { c = known } else {
                    c = countries.count
                    countryIndex[key] = c
                    countries.append(String(decoding: r.country, as: UTF8.self)); countryGroup.append(g); registrationsByCountry.append(0)
                }
                registrationsByCountry[c] += 1
            }
            registrationsByGroup[0] += 1; registrationsByPurpose[0][p] += 1   // TOTAL
            registrationsByGroup[g] += 1; registrationsByPurpose[g][p] += 1
            // Updated in place: one lookup per registration, new person or not.
            persons[ShortKey(r.person), default: Person()].add(r, date: date, group: g, country: c)
        } }
        // PERSONS, ADMIN_LIABLE, EXPELLED: by group (TOTAL at 0) and by country.
        let personMeasures = ["PERSONS", "ADMIN_LIABLE", "EXPELLED"]
        var byGroup = Array(repeating: Array(repeating: 0, count: groups.count), count: 3)
        var byCountry = Array(repeating: Array(repeating: 0, count: countries.count), count: 3)
        for person in persons.values {
            for (m, counts) in [true, person.offence, person.expelled].enumerated() where counts {
                byGroup[m][0] += 1
                byGroup[m][Int(person.group)] += 1
                if person.country >= 0 { byCountry[m][Int(person.country)] += 1 }
            }
        }
        var table = SDMXTable(id: "FOREIGN_REG",
                              dimensions: [("MEASURE", .enumerated(measures)), ("CITIZENSHIP_GROUP", .enumerated(groups)),
                                           ("CITIZENSHIP", .byteOrder), ("PURPOSE", .enumerated(purposes))],
                              attributes: ["OBS_STATUS", "COVERAGE"])
        let attrs = [context.obsStatus, String(context.coverage)]
        for (gi, g) in groups.enumerated() {
            table.add(["REGISTRATIONS", g, "_T", "_T"], String(registrationsByGroup[gi]), attrs)
            for (pi, p) in purposes.enumerated() where registrationsByPurpose[gi][pi] > 0 {
                table.add(["REGISTRATIONS", g, "_T", p], String(registrationsByPurpose[gi][pi]), attrs)
            }
            for (m, measure) in personMeasures.enumerated() { table.add([measure, g, "_T", "_T"], String(byGroup[m][gi]), attrs) }
        }
        for (c, code) in countries.enumerated() {
            let g = groups[countryGroup[c]]
            table.add(["REGISTRATIONS", g, code, "_T"], String(registrationsByCountry[c]), attrs)
            for (m, measure) in personMeasures.enumerated() where byCountry[m][c] > 0 {
                table.add([measure, g, code, "_T"], String(byCountry[m][c]), attrs)
            }
        }
        return Publication(table: table, checks: [checks(table)])
    }

    static func checks(_ t: SDMXTable) -> QualityCheck {
        func v(_ m: String, _ g: String) -> Int { Int(t.value([m, g, "_T", "_T"]) ?? "") ?? 0 }
        let ok = measures.allSatisfy { m in v(m, "TOTAL") == groups.dropFirst().reduce(0) { $0 + v(m, $1) } }
        return QualityCheck(name: "foreign-registrations: TOTAL = sum of groups", passed: ok)
    }
}
