/// The statistics office's slips of arrival and departure → MIGR_FLOWS.
public enum MigrationSlips {
    public static let plugin = FeedPlugin(
        name: "migration-slips", statisticsFile: "migration-flows.csv",
        makeRules: { try SlipRules(context: $0) },
        aggregate: { try MigrationFlowsTable.build(from: $0, context: $1) })

    static let fields = ["slip_id", "kind", "event_date", "ethnicity", "partner_kind", "partner_code", "partner_name"]
}

/// Where a mover came from or went to.
enum Partner: Equatable {
    case notStated
    case city
    case region(String)
    case country(String)
}

/// Validates slips, drops repeated slip ids (first counts), excludes moves
/// inside the city, and resolves partner and ethnicity through the code lists.
/// Streams: each counted slip is written at once as `kind group partner ethnicity`.
final class SlipRules: FeedRules {
    private let ctx: NormaliseContext
    private let f: Columns
    private let kinds: Vocabulary
    private let partnerKinds: Vocabulary
    private let dateFormat: DateFormat
    private var seen = Set<ByteKey>()

    init(context: NormaliseContext) throws {
        ctx = context
        let def = context.definition
        let kind = def.files[0].kind
        try def.require(fields: MigrationSlips.fields, of: kind)
        f = Columns(try FieldIndex(def, kind: kind))
        kinds = try def.vocabulary("kinds")
        partnerKinds = try def.vocabulary("partner_kinds")
        guard let df = DateFormat(def.dateFormat ?? "dd.mm.yyyy") else { throw MigstatError.configuration("bad date_format") }
        dateFormat = df
        seen.reserveCapacity(context.files.compactMap(\.records).reduce(0, +))
    }

    /// Field positions, looked up once.
    private struct Columns {
        let id, kind, date, ethnicity, partnerKind, partnerCode, partnerName: Int
        init(_ f: FieldIndex) {
            (id, kind, date, ethnicity) = (f["slip_id"], f["kind"], f["event_date"], f["ethnicity"])
            (partnerKind, partnerCode, partnerName) = (f["partner_kind"], f["partner_code"], f["partner_name"])
        }
    }

    func consume(_ r: ExtractedRecord, into out: StagingWriter) throws {
        let id = r.trimmed(f.id)
        guard !id.isEmpty else { return try ctx.reject(r, "missing slip_id") }
        guard let kind = kinds.match(r[f.kind]) else { return try ctx.reject(r, "invalid kind") }
        guard let date = dateFormat.parse(r.trimmed(f.date)) else { return try ctx.reject(r, "impossible date") }
        guard date.year == ctx.year else { return try ctx.reject(r, "outside reporting year") }
        guard seen.insert(ByteKey(id)).inserted else { ctx.tally.duplicates += 1; return }

        let (partner, mismatch) = PartnerResolver.resolve(
            kind: partnerKinds.match(r[f.partnerKind]), code: r.trimmed(f.partnerCode),
            name: r[f.partnerName], lists: ctx.codeLists, city: ctx.refArea)
        if partner == .city { ctx.tally.excluded += 1; return }
        if mismatch { ctx.warn("partner code/name mismatch") }

        let ethnicityText = r.trimmed(f.ethnicity)
        var ethnicity = "_U"
        if !ethnicityText.isEmpty {
            if let e = ctx.codeLists.ethnicity(ethnicityText) { ethnicity = e } else { ctx.warn("unknown ethnicity") }
        }
        let (group, code): (String, String)
        switch partner {
        case .region(let c): (group, code) = ("KZ_REGIONS", c)
        case .country(let c): (group, code) = (ctx.codeLists.isCIS(c, year: ctx.year) ? "CIS" : "FAR_ABROAD", c)
        case .notStated, .city: (group, code) = ("NOT_STATED", "")
        }
        ctx.tally.accepted += 1
        try out.line([kind, group, code, ethnicity])
    }

    func finish(into out: StagingWriter) throws {}
}

/// A partner from `partner_kind`, `partner_code` and `partner_name`: the code
/// wins when both resolve (a mismatch is reported), Kazakhstan, stateless or
/// anything that does not resolve within its kind is not stated.
enum PartnerResolver {
    static func resolve(kind: String?, code: String, name: String, lists: CodeLists, city: String) -> (Partner, Bool) {
        let byCode: String?, byName: String?
        switch kind {
        case "REGION":
            byCode = code.isEmpty ? nil : lists.region(code: code)
            byName = name.isEmpty ? nil : lists.region(name: name)
        case "COUNTRY":
            byCode = code.isEmpty ? nil : lists.country(code: code)
            byName = name.isEmpty ? nil : lists.country(name: name)
        default:
            return (.notStated, false)
        }
        guard let chosen = byCode ?? byName else { return (.notStated, false) }
        let mismatch = byCode != nil && byName != nil && byCode != byName
        if kind == "REGION" { return (chosen == city ? .city : .region(chosen), mismatch) }
        if chosen == CodeLists.kazakhstan || chosen == CodeLists.stateless { return (.notStated, mismatch) }
        return (.country(chosen), mismatch)
    }
}

/// MIGR_FLOWS: arrivals, departures and net migration by partner group,
/// partner and ethnicity.
enum MigrationFlowsTable {
    static let groups = ["TOTAL", "FAR_ABROAD", "CIS", "KZ_REGIONS", "NOT_STATED"]
    static let flows = ["ARR", "DEP", "NET"]

    static func build(from records: StagingReader, context: AggregateContext) throws -> Publication {
        struct Pair { var arr = 0, dep = 0 }
        var byGroupEthnicity: [String: [String: Pair]] = [:]   // group → ethnicity (_T included)
        var byPartner: [String: [String: Pair]] = [:]          // group → partner
        while let r = try records.next() {
            guard r.count == 4 else { throw MigstatError.io("\(records.path) is damaged; rerun normalise") }
            let arrival = r[0] == "A"
            for g in ["TOTAL", r[1]] {
                for e in ["_T", r[3]] {
                    if arrival { byGroupEthnicity[g, default: [:]][e, default: Pair()].arr += 1 }
                    else { byGroupEthnicity[g, default: [:]][e, default: Pair()].dep += 1 }
                }
            }
            if !r[2].isEmpty {
                if arrival { byPartner[r[1], default: [:]][r[2], default: Pair()].arr += 1 }
                else { byPartner[r[1], default: [:]][r[2], default: Pair()].dep += 1 }
            }
        }
        var table = SDMXTable(id: "MIGR_FLOWS",
                              dimensions: [("FLOW", .enumerated(flows)), ("PARTNER_GROUP", .enumerated(groups)),
                                           ("PARTNER", .byteOrder), ("ETHNICITY", .byteOrder)],
                              attributes: ["OBS_STATUS", "COVERAGE"])
        let attrs = [context.obsStatus, String(context.coverage)]
        func add(_ group: String, _ partner: String, _ ethnicity: String, _ p: Pair) {
            table.add(["ARR", group, partner, ethnicity], String(p.arr), attrs)
            table.add(["DEP", group, partner, ethnicity], String(p.dep), attrs)
            table.add(["NET", group, partner, ethnicity], String(p.arr - p.dep), attrs)
        }
        for g in groups {
            add(g, "_T", "_T", byGroupEthnicity[g]?["_T"] ?? Pair())
            for (e, p) in byGroupEthnicity[g] ?? [:] where e != "_T" && (p.arr > 0 || p.dep > 0) { add(g, "_T", e, p) }
            for (partner, p) in byPartner[g] ?? [:] where p.arr > 0 || p.dep > 0 { add(g, partner, "_T", p) }
        }
        return Publication(table: table, checks: checks(table))
    }

    static func checks(_ t: SDMXTable) -> [QualityCheck] {
        func v(_ flow: String, _ group: String) -> Int { Int(t.value([flow, group, "_T", "_T"]) ?? "") ?? 0 }
        let sums = flows.allSatisfy { f in v(f, "TOTAL") == groups.dropFirst().reduce(0) { $0 + v(f, $1) } }
        let net = groups.allSatisfy { g in v("NET", g) == v("ARR", g) - v("DEP", g) }
        return [QualityCheck(name: "migration-flows: TOTAL = sum of groups", passed: sums),
                QualityCheck(name: "migration-flows: NET = ARR - DEP", passed: net)]
    }
}
