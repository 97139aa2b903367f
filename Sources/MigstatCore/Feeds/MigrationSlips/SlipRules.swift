/// Validates slips, drops repeated slip ids (first counts), excludes moves
/// inside the city, and resolves partner and ethnicity through the code lists.
/// Streams, counting the slips that count by what the table needs of them
/// (`CountedSlip`); the counts are written at the end (`SlipCount`).
final class SlipRules: FeedRules {
    private let ctx: NormaliseContext
    private let f: Columns
    private let kinds: Vocabulary
    private let partnerKinds: Vocabulary
    private let dateFormat: DateFormat
    private var seen = Set<ByteKey>()
    /// Counted slips alike, by a small number for what they are alike in
    /// (`slot`): bounded by the code lists, not by the slips.
    private var counted: [Int: Int] = [:]
    /// The distinct partners and ethnicities counted so far, each numbered once.
    private var partnerSlots: [String: Int] = [:], partnerOfSlot: [(group: String, code: String)] = []
    private var ethnicitySlots: [String: Int] = [:], ethnicityOfSlot: [String] = []

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

    /// What a field's distinct values resolve to, computed once per value (`FieldMemo`).
    private var kindOf = FieldMemo<String?>()
    private var dateOf = FieldMemo<(date: CivilDate, iso: String)?>()   // ISO text printed once too
    private var partnerOf = FieldsMemo<ResolvedPartner>()
    private var ethnicityOf = FieldMemo<(code: String?, slot: Int)>()
    private var citizenshipOf = FieldMemo<String>()
    private var sexOf = FieldMemo<String>()
    private var birthYearOf = FieldMemo<String>()

    /// A partner with its statistics group and code, and their slot.
    private struct ResolvedPartner {
        let partner: Partner
        let mismatch: Bool
        let group: String
        let code: String
        var slot = 0
    }

    private func slot(_ key: String, _ slots: inout [String: Int], _ add: () -> Void) -> Int {
        if let known = slots[key] { return known }
        slots[key] = slots.count
        add()
        return slots.count - 1
    }

    private func resolvePartner(_ r: ExtractedRecord) -> ResolvedPartner {
        let (partner, mismatch) = PartnerResolver.resolve(
            kind: partnerKinds.match(r[f.partnerKind]), code: r.trimmed(f.partnerCode),
            name: r[f.partnerName], lists: ctx.codeLists, city: ctx.refArea)
        switch partner {
        case .region(let c): return ResolvedPartner(partner: partner, mismatch: mismatch, group: "KZ_REGIONS", code: c)
        case .country(let c):
            return ResolvedPartner(partner: partner, mismatch: mismatch,
                                   group: ctx.codeLists.isCIS(c, year: ctx.year) ? "CIS" : "FAR_ABROAD", code: c)
        case .notStated, .city: return ResolvedPartner(partner: partner, mismatch: mismatch, group: "NOT_STATED", code: "")
        }
    }

    func consume(_ r: ExtractedRecord, into out: StagingWriter) throws {
        let id = r.trimmed(f.id)
        guard !id.isEmpty else { return try ctx.reject(r, .missingSlipID) }
        guard let kind = kindOf.value(r, f.kind, { kinds.match(r[f.kind]) }) else { return try ctx.reject(r, .invalidKind) }
        guard let date = dateOf.value(r, f.date, { dateFormat.parse(r.trimmed(f.date)).map { ($0, $0.description) } }) else {
            return try ctx.reject(r, .impossibleDate)
        }
        guard date.date.year == ctx.year else { return try ctx.reject(r, .outsideReportingYear) }
        guard seen.insert(ByteKey(id)).inserted else { return try ctx.settle(.duplicate, r) }

        let partner = partnerOf.value(r, f.partnerKind, f.partnerCode, f.partnerName) {
            var p = resolvePartner(r)
            p.slot = slot("\(p.group)\t\(p.code)", &partnerSlots) { partnerOfSlot.append((p.group, p.code)) }
            return p
        }
        if partner.partner == .city { return try ctx.settle(.excluded, r) }
        if partner.mismatch { ctx.warn(.partnerMismatch) }

        // nil: given but not in the code list (a warning); "_U": not given.
        let ethnicity = ethnicityOf.value(r, f.ethnicity) {
            let text = r.trimmed(f.ethnicity)
            let code = text.isEmpty ? "_U" : ctx.codeLists.ethnicity(text)
            return (code, slot(code ?? "_U", &ethnicitySlots) { ethnicityOfSlot.append(code ?? "_U") })
        }
        if ethnicity.code == nil { ctx.warn(.unknownEthnicity) }
        let citizenship = citizenshipOf.value(r, f.citizenship) {
            let text = r.trimmed(f.citizenship)
            return text.isEmpty ? "" : ctx.codeLists.country(code: text, name: text).alpha3 ?? ""
        }
        let sex = sexOf.value(r, f.sex) { r.trimmed(f.sex).uppercased() }
        let birthYear = birthYearOf.value(r, f.birthYear) { let t = r.trimmed(f.birthYear); return Int(t) == nil ? "" : t }
        try ctx.settle(.accepted, r) { w in
            w.field(id); w.field(kind); w.field(date.iso); w.field(sex); w.field(birthYear); w.field(ethnicity.code ?? "_U")
            w.field(citizenship); w.field(partner.group); w.field(partner.code)
        }
        counted[(ethnicity.slot << 32 | partner.slot) << 1 | (kind == "A" ? 1 : 0), default: 0] += 1
    }

    func finish(into out: StagingWriter) throws {
        let slips = counted.map { slot, count in
            let partner = partnerOfSlot[slot >> 1 & 0xFFFF_FFFF]
            return SlipCount(slip: CountedSlip(arrival: slot & 1 == 1, group: partner.group, partner: partner.code,
                                               ethnicity: ethnicityOfSlot[slot >> 33]), count: count)
        }
        for slip in slips.sorted(by: { $0.slip < $1.slip }) { try out.append(slip) }
        counted = [:]
    }
}
