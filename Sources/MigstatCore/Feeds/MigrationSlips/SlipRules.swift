/// Validates slips, drops repeated slip ids (first counts), excludes moves
/// inside the city, and resolves partner and ethnicity through the code lists.
/// Streams: each counted slip is written at once (`CountedSlip`).
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
        f = Columns(try FieldIndex(def, kind: kind, requiring: MigrationSlips.fields))
        kinds = try def.vocabulary("kinds")
        partnerKinds = try def.vocabulary("partner_kinds")
        guard let df = DateFormat(def.dateFormat ?? "dd.mm.yyyy") else { throw MigstatError.configuration("bad date_format") }
        dateFormat = df
        seen.reserveCapacity(context.files.compactMap(\.records).reduce(0, +))
    }

    /// Field positions, looked up once.
    private struct Columns {
        let id, kind, date, ethnicity, partnerKind, partnerCode, partnerName: Int
        let sex, birthYear, citizenship: Int
        init(_ f: FieldIndex) {
            (id, kind, date, ethnicity) = (f["slip_id"], f["kind"], f["event_date"], f["ethnicity"])
            (sex, birthYear, citizenship) = (f["sex"], f["birth_year"], f["citizenship"])
            (partnerKind, partnerCode, partnerName) = (f["partner_kind"], f["partner_code"], f["partner_name"])
        }
    }

    func consume(_ r: ExtractedRecord, into out: StagingWriter) throws {
        let id = r.trimmed(f.id)
        guard !id.isEmpty else { return try ctx.reject(r, .missingSlipID) }
        guard let kind = kinds.match(r[f.kind]) else { return try ctx.reject(r, .invalidKind) }
        guard let date = dateFormat.parse(r.trimmed(f.date)) else { return try ctx.reject(r, .impossibleDate) }
        guard date.year == ctx.year else { return try ctx.reject(r, .outsideReportingYear) }
        guard seen.insert(ByteKey(id)).inserted else { return try ctx.settle(.duplicate, r) }

        let (partner, mismatch) = PartnerResolver.resolve(
            kind: partnerKinds.match(r[f.partnerKind]), code: r.trimmed(f.partnerCode),
            name: r[f.partnerName], lists: ctx.codeLists, city: ctx.refArea)
        if partner == .city { return try ctx.settle(.excluded, r) }
        if mismatch { ctx.warn(.partnerMismatch) }

        let ethnicityText = r.trimmed(f.ethnicity)
        var ethnicity = "_U"
        if !ethnicityText.isEmpty {
            if let e = ctx.codeLists.ethnicity(ethnicityText) { ethnicity = e } else { ctx.warn(.unknownEthnicity) }
        }
        let (group, code): (String, String)
        switch partner {
        case .region(let c): (group, code) = ("KZ_REGIONS", c)
        case .country(let c): (group, code) = (ctx.codeLists.isCIS(c, year: ctx.year) ? "CIS" : "FAR_ABROAD", c)
        case .notStated, .city: (group, code) = ("NOT_STATED", "")
        }
        let birthYear = r.trimmed(f.birthYear)
        let citizenship = r.trimmed(f.citizenship)
        try ctx.settle(.accepted, r, values: [
            id, kind, date.description, r.trimmed(f.sex).uppercased(), Int(birthYear) == nil ? "" : birthYear, ethnicity,
            citizenship.isEmpty ? "" : ctx.codeLists.country(code: citizenship, name: citizenship).alpha3 ?? "",
            group, code])
        try out.append(CountedSlip(arrival: kind == "A", group: group, partner: code, ethnicity: ethnicity))
    }

    func finish(into out: StagingWriter) throws {}
}
