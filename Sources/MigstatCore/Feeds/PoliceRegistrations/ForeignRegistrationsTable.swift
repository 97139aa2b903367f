/// FOREIGN_REG: persons, registrations, administratively liable and expelled
/// persons by citizenship group, citizenship and purpose.
enum ForeignRegistrationsTable {
    static let measures = ["PERSONS", "REGISTRATIONS", "ADMIN_LIABLE", "EXPELLED"]
    static let groups = ["TOTAL", "CIS", "FAR_ABROAD", "STATELESS", "NOT_STATED"]
    static let purposes = ["WORK", "STUDY", "PRIVATE", "BUSINESS", "TOURISM", "TRANSIT", "OTHER"]

    /// A person's latest counted registration so far, and what any of them carried.
    private struct Person {
        var date: String
        var id: String
        var group: Int
        var country: Int     // index into `countries`, -1 for none
        var offence: Bool
        var expelled: Bool

        /// Before any registration: the first one sorts after it.
        static let none = Person(date: "", id: "", group: 0, country: -1, offence: false, expelled: false)

        /// The latest registration decides the group; any of them, the flags.
        mutating func add(_ r: CountedRegistration, group g: Int, country c: Int) {
            if (r.registered, r.id) >= (date, id) { (date, id, group, country) = (r.registered, r.id, g, c) }
            offence = offence || r.offended
            expelled = expelled || r.expelled
        }
    }

    static func build(from records: StagingReader, context: AggregateContext) throws -> Publication {
        // Codes are interned to small integers: one hash per record, not one per key built.
        var countries: [String] = [], countryIndex: [String: Int] = [:], countryGroup: [Int] = []
        var registrationsByGroup = Array(repeating: 0, count: groups.count)
        var registrationsByPurpose = Array(repeating: Array(repeating: 0, count: purposes.count), count: groups.count)
        var registrationsByCountry: [Int] = []
        var persons: [ShortKey: Person] = [:]
        persons.reserveCapacity(context.accepted)   // at most a person per registration: no rehashing
        var fields: [ArraySlice<UInt8>] = []
        while let line = try records.nextLineBytes() {
            guard let r = CountedRegistration(stagedLine: line, fields: &fields) else { throw MigstatError.io("\(records.path) is damaged; rerun normalise") }
            guard let g = groups.firstIndex(of: r.group), let p = purposes.firstIndex(of: r.purpose) else {
                throw MigstatError.io("\(records.path) is damaged; rerun normalise")
            }
            var c = -1
            if !r.country.isEmpty {
                if let known = countryIndex[r.country] { c = known } else {
                    c = countries.count
                    countryIndex[r.country] = c
                    countries.append(r.country); countryGroup.append(g); registrationsByCountry.append(0)
                }
                registrationsByCountry[c] += 1
            }
            registrationsByGroup[0] += 1; registrationsByPurpose[0][p] += 1   // TOTAL
            registrationsByGroup[g] += 1; registrationsByPurpose[g][p] += 1
            // Updated in place: one lookup per registration, new person or not.
            persons[r.person, default: Person.none].add(r, group: g, country: c)
        }
        // PERSONS, ADMIN_LIABLE, EXPELLED: by group (TOTAL at 0) and by country.
        let personMeasures = ["PERSONS", "ADMIN_LIABLE", "EXPELLED"]
        var byGroup = Array(repeating: Array(repeating: 0, count: groups.count), count: 3)
        var byCountry = Array(repeating: Array(repeating: 0, count: countries.count), count: 3)
        for person in persons.values {
            for (m, counts) in [true, person.offence, person.expelled].enumerated() where counts {
                byGroup[m][0] += 1
                byGroup[m][person.group] += 1
                if person.country >= 0 { byCountry[m][person.country] += 1 }
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
