/// The migration police's registrations of foreign citizens → FOREIGN_REG.
public enum PoliceRegistrations {
    public static let plugin = FeedPlugin(
        name: "police-registrations", statisticsFile: "foreign-registrations.csv",
        makeRules: { try RegistrationRules(context: $0) },
        aggregate: { try ForeignRegistrationsTable.build(from: $0, context: $1) })

    static let fields = ["id", "revision", "status", "doc_hash", "citizenship_code", "citizenship_name",
                         "arrival_date", "purpose", "registered_date", "offences", "expulsions"]
}

/// Validates registrations and resolves record-level corrections: the highest
/// revision of an id wins, the same revision again is a duplicate, a lower one
/// arriving later is superseded, and a winning `cancelled` counts nowhere.
/// Winners are written at the end, in file order, as
/// `docHash date id group citizenship purpose offence expelled`.
final class RegistrationRules: FeedRules {
    private struct Candidate {
        var revision: Int
        var cancelled: Bool
        var order: (file: Int, line: Int)
        var line: [String]
        var mismatch: Bool
        var unknownPurpose: Bool
    }

    private let ctx: NormaliseContext
    private let f: FieldIndex
    private let purposes: Vocabulary
    private let statuses: Vocabulary
    private let formats: [String: DateFormat]
    private var best: [String: Candidate] = [:]

    init(context: NormaliseContext) throws {
        ctx = context
        let def = context.definition
        let kind = def.files[0].kind
        try def.require(fields: PoliceRegistrations.fields, of: kind)
        f = try FieldIndex(def, kind: kind)
        purposes = try def.vocabulary("purposes")
        statuses = try def.vocabulary("statuses")
        formats = (def.dateFormats ?? [:]).compactMapValues(DateFormat.init)
        guard !formats.isEmpty else { throw MigstatError.configuration("\(def.feed): date_formats is empty") }
    }

    /// The schema version's date format; a file of an unknown version may use any declared format.
    private func date(_ text: String, file: Int) -> CivilDate? {
        if let v = ctx.document(file, "schema_version"), let format = formats[v] { return format.parse(text) }
        for key in formats.keys.sorted() { if let d = formats[key]!.parse(text) { return d } }
        return nil
    }

    func consume(_ r: ExtractedRecord, into out: StagingWriter) throws {
        let id = r.trimmed(f["id"])
        func reject(_ reason: String) throws { try ctx.reject(r, reason, recordText: id) }
        guard !id.isEmpty else { return try reject("missing id") }
        let docHash = r.trimmed(f["doc_hash"])
        guard !docHash.isEmpty else { return try reject("missing docHash") }
        let registeredText = r.trimmed(f["registered_date"])
        guard !registeredText.isEmpty else { return try reject("missing registration date") }
        guard let registered = date(registeredText, file: r.file) else { return try reject("impossible date") }
        let arrivalText = r.trimmed(f["arrival_date"])
        let arrival = arrivalText.isEmpty ? nil : date(arrivalText, file: r.file)
        if !arrivalText.isEmpty && arrival == nil { return try reject("impossible date") }
        guard registered.year == ctx.year else { return try reject("outside reporting year") }
        if let arrival, arrival > registered { return try reject("arrival after registration") }

        let code = r.trimmed(f["citizenship_code"]), name = r[f["citizenship_name"]]
        let byCode = code.isEmpty ? nil : ctx.codeLists.country(code: code)
        let byName = name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : ctx.codeLists.country(name: name)
        let citizenship = byCode ?? byName
        if citizenship == CodeLists.kazakhstan { return try reject("citizen of Kazakhstan") }

        let revisionText = r.trimmed(f["revision"])
        guard let revision = revisionText.isEmpty ? 1 : Int(revisionText) else { return try reject("invalid revision") }
        let statusText = r.trimmed(f["status"])
        guard let status = statusText.isEmpty ? "active" : statuses.match(statusText) else { return try reject("invalid status") }

        let purposeText = r.trimmed(f["purpose"])
        let purpose = purposeText.isEmpty ? nil : purposes.match(purposeText)
        let group: String
        switch citizenship {
        case nil: group = "NOT_STATED"
        case CodeLists.stateless?: group = "STATELESS"
        case let c?: group = ctx.codeLists.isCIS(c, year: ctx.year) ? "CIS" : "FAR_ABROAD"
        }
        let country = group == "CIS" || group == "FAR_ABROAD" ? citizenship! : ""
        let candidate = Candidate(
            revision: revision, cancelled: status == "cancelled", order: (r.file, r.line),
            line: [docHash, registered.description, id, group, country, purpose ?? "OTHER",
                   (Int(r.trimmed(f["offences"])) ?? 0) > 0 ? "1" : "0",
                   (Int(r.trimmed(f["expulsions"])) ?? 0) > 0 ? "1" : "0"],
            mismatch: byCode != nil && byName != nil && byCode != byName,
            unknownPurpose: purpose == nil)

        guard let current = best[id] else { best[id] = candidate; return }
        if revision > current.revision { ctx.tally.superseded += 1; best[id] = candidate }
        else if revision == current.revision { ctx.tally.duplicates += 1 }
        else { ctx.tally.superseded += 1 }
    }

    func finish(into out: StagingWriter) throws {
        let winners = best.values.sorted { ($0.order.file, $0.order.line) < ($1.order.file, $1.order.line) }
        for c in winners {
            if c.cancelled { ctx.tally.cancelled += 1; continue }
            ctx.tally.accepted += 1
            if c.mismatch { ctx.warn("citizenship code/name mismatch") }
            if c.unknownPurpose { ctx.warn("unknown purpose") }
            try out.line(c.line)
        }
    }
}

/// FOREIGN_REG: persons, registrations, administratively liable and expelled
/// persons by citizenship group, citizenship and purpose.
enum ForeignRegistrationsTable {
    static let measures = ["PERSONS", "REGISTRATIONS", "ADMIN_LIABLE", "EXPELLED"]
    static let groups = ["TOTAL", "CIS", "FAR_ABROAD", "STATELESS", "NOT_STATED"]
    static let purposes = ["WORK", "STUDY", "PRIVATE", "BUSINESS", "TOURISM", "TRANSIT", "OTHER"]

    private struct Person {
        var latest: (date: String, id: String)
        var group: String
        var country: String
        var offence = false
        var expelled = false
    }

    static func build(from records: StagingReader, context: AggregateContext) throws -> Publication {
        var registrations: [String: Int] = [:]              // "group|country|purpose" with _T
        var persons: [String: Person] = [:]
        while let r = try records.next() {
            guard r.count == 8 else { throw MigstatError.io("\(records.path) is damaged; rerun normalise") }
            let (docHash, date, id, group, country, purpose) = (r[0], r[1], r[2], r[3], r[4], r[5])
            for g in ["TOTAL", group] {
                registrations["\(g)|_T|_T", default: 0] += 1
                registrations["\(g)|_T|\(purpose)", default: 0] += 1
            }
            if !country.isEmpty { registrations["\(group)|\(country)|_T", default: 0] += 1 }
            var p = persons[docHash] ?? Person(latest: (date, id), group: group, country: country)
            if (date, id) >= p.latest { p.latest = (date, id); p.group = group; p.country = country }
            p.offence = p.offence || r[6] == "1"
            p.expelled = p.expelled || r[7] == "1"
            persons[docHash] = p
        }
        var personCounts: [String: [String: Int]] = [:]      // measure → "group|country"
        for p in persons.values {
            for (measure, counts) in [("PERSONS", true), ("ADMIN_LIABLE", p.offence), ("EXPELLED", p.expelled)] where counts {
                for key in ["TOTAL|_T", "\(p.group)|_T"] + (p.country.isEmpty ? [] : ["\(p.group)|\(p.country)"]) {
                    personCounts[measure, default: [:]][key, default: 0] += 1
                }
            }
        }
        var table = SDMXTable(id: "FOREIGN_REG",
                              dimensions: [("MEASURE", .enumerated(measures)), ("CITIZENSHIP_GROUP", .enumerated(groups)),
                                           ("CITIZENSHIP", .byteOrder), ("PURPOSE", .enumerated(purposes))],
                              attributes: ["OBS_STATUS", "COVERAGE"])
        let attrs = [context.obsStatus, String(context.coverage)]
        for m in measures {
            for g in groups {
                let total = m == "REGISTRATIONS" ? registrations["\(g)|_T|_T"] : personCounts[m]?["\(g)|_T"]
                table.add([m, g, "_T", "_T"], String(total ?? 0), attrs)
            }
        }
        for (key, n) in registrations where n > 0 {
            let k = key.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            if k[1] == "_T" && k[2] == "_T" { continue }
            table.add(["REGISTRATIONS", k[0], k[1], k[2]], String(n), attrs)
        }
        for (m, counts) in personCounts {
            for (key, n) in counts where n > 0 {
                let k = key.split(separator: "|").map(String.init)
                if k[1] != "_T" { table.add([m, k[0], k[1], "_T"], String(n), attrs) }
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
