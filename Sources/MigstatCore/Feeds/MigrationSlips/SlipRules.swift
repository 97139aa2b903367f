/// Validates slips, drops repeated slip ids (first counts), excludes moves
/// inside the city, and resolves partner and ethnicity through the code lists.
/// Streams, counting the slips that count by what the table needs of them
/// (`CountedSlip`); the counts are written at the end (`SlipCount`).
final class SlipRules: FeedRules {
    private let ctx: NormaliseContext
    private let f: Columns
    /// The record table's columns, looked up once, and the row each accepted slip fills.
    private let c: TableColumns
    private let row: RecordRow
    private let kinds: Vocabulary
    private let partnerKinds: Vocabulary
    private let dateFormat: DateFormat
    private var seen = Set<ByteKey>()
    /// Counted slips alike, by a small number for what they are alike in
    /// (`slot`, with the month): bounded by the code lists, not by the slips.
    private var counted: [Int: Int] = [:]
    /// The distinct partners and ethnicities counted so far, each numbered once.
    private var partnerSlots: [String: Int] = [:], partnerOfSlot: [(group: String, code: String)] = []
    private var ethnicitySlots: [String: Int] = [:], ethnicityOfSlot: [String] = []

    init(context: NormaliseContext) throws {
        ctx = context
        let def = context.definition
        let kind = def.files[0].kind
        f = Columns(try FieldIndex(def, kind: kind, requiring: MigrationSlips.fields))
        let table = try context.table("migration_slip")
        c = TableColumns(table)
        row = RecordRow(table)
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

    /// The columns of `migration_slip` the rules set.
    private struct TableColumns {
        let slipID, kind, eventDate, sex, birthYear, ethnicity, citizenship, partnerGroup, partner: RecordTable.ColumnIndex
        init(_ t: RecordTable) {
            (slipID, kind, eventDate, sex, birthYear) = (t.column("slip_id"), t.column("kind"), t.column("event_date"), t.column("sex"), t.column("birth_year"))
            (ethnicity, citizenship, partnerGroup, partner) = (t.column("ethnicity"), t.column("citizenship"), t.column("partner_group"), t.column("partner"))
        }
    }

    /// What a field's distinct values resolve to, computed once per value
    /// (`FieldMemo`), as numbers: each value written is staged once
    /// (`StagedValues`), so a record's resolved fields hold no String.
    private var staged = StagedValues()
    private var kindOf = FieldMemo<(arrival: Bool, staged: Int32)?>()
    private var dateOf = FieldMemo<(date: CivilDate, iso: Int32)?>()
    private var partnerOf = FieldsMemo<ResolvedPartner>()
    private var ethnicityOf = FieldMemo<(known: Bool, code: Int32, slot: Int)>()
    private var citizenshipOf = FieldMemo<Int32>()
    private var sexOf = FieldMemo<Int32>()
    private var birthYearOf = FieldMemo<Int32>()

    /// A partner's statistics group and code (staged), and their slot.
    private struct ResolvedPartner {
        let city: Bool
        let mismatch: Bool
        let group: Int32
        let code: Int32
        let slot: Int
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
        let (group, code): (String, String)
        switch partner {
        case .region(let c): (group, code) = ("KZ_REGIONS", c)
        case .country(let c): (group, code) = (ctx.codeLists.isCIS(c, year: ctx.year) ? "CIS" : "FAR_ABROAD", c)
        case .notStated, .city: (group, code) = ("NOT_STATED", "")
        }
        let numbered = slot("\(group)\t\(code)", &partnerSlots) { partnerOfSlot.append((group, code)) }
        return ResolvedPartner(city: partner == .city, mismatch: mismatch, group: staged.number(group),
                               code: staged.number(code), slot: numbered)
    }

    func consume(_ r: ExtractedRecord, into out: StagingWriter) throws {
        let id = r.trimmed(f.id)
        guard !id.isEmpty else { return try ctx.reject(r, .missingSlipID) }
        guard let kind = kindOf.value(r, f.kind, { kinds.match(r[f.kind]).map { ($0 == "A", staged.number($0)) } }) else {
            return try ctx.reject(r, .invalidKind)
        }
        guard let date = dateOf.value(r, f.date, { dateFormat.parse(r.trimmed(f.date)).map { ($0, staged.number($0.description)) } }) else {
            return try ctx.reject(r, .impossibleDate)
        }
        guard date.date.year == ctx.year else { return try ctx.reject(r, .outsideReportingYear) }
        guard seen.insert(ByteKey(id)).inserted else { return try ctx.settle(.duplicate, r) }

        let partner = partnerOf.value(r, f.partnerKind, f.partnerCode, f.partnerName) { resolvePartner(r) }
        if partner.city { return try ctx.settle(.excluded, r) }
        if partner.mismatch { ctx.warn(.partnerMismatch) }

        // nil: given but not in the code list (a warning); "_U": not given.
        let ethnicity = ethnicityOf.value(r, f.ethnicity) {
            let text = r.trimmed(f.ethnicity)
            let code = text.isEmpty ? "_U" : ctx.codeLists.ethnicity(text)
            return (code != nil, staged.number(code ?? "_U"), slot(code ?? "_U", &ethnicitySlots) { ethnicityOfSlot.append(code ?? "_U") })
        }
        if !ethnicity.known { ctx.warn(.unknownEthnicity) }
        let citizenship = citizenshipOf.value(r, f.citizenship) {
            let text = r.trimmed(f.citizenship)
            return staged.number(text.isEmpty ? "" : ctx.codeLists.country(code: text, name: text).alpha3 ?? "")
        }
        let sex = sexOf.value(r, f.sex) { staged.number(r.trimmed(f.sex).uppercased()) }
        // Informational, not validated (FEEDS.md): a whole number is kept in its plain form (`+1989`, `01989` → 1989),
        // so that the database's integer column holds what was accepted; anything else is not stated.
        let birthYear = birthYearOf.value(r, f.birthYear) { staged.number(Int(r.trimmed(f.birthYear)).map(String.init) ?? "") }
        try ctx.settle(.accepted, r) { w in
            row.stream(c.slipID, id, to: w)
            row.stream(c.kind, kind.staged, values: staged, to: w); row.stream(c.eventDate, date.iso, values: staged, to: w)
            row.stream(c.sex, sex, values: staged, to: w); row.stream(c.birthYear, birthYear, values: staged, to: w)
            row.stream(c.ethnicity, ethnicity.code, values: staged, to: w); row.stream(c.citizenship, citizenship, values: staged, to: w)
            row.stream(c.partnerGroup, partner.group, values: staged, to: w); row.stream(c.partner, partner.code, values: staged, to: w)
            row.endStream()
        }
        counted[((ethnicity.slot << 32 | partner.slot) << 4 | date.date.month) << 1 | (kind.arrival ? 1 : 0), default: 0] += 1
    }

    func finish(into out: StagingWriter) throws {
        let slips = counted.map { slot, count in
            let partner = partnerOfSlot[slot >> 5 & 0xFFFF_FFFF]
            return SlipCount(slip: CountedSlip(arrival: slot & 1 == 1, group: partner.group, partner: partner.code,
                                               ethnicity: ethnicityOfSlot[slot >> 37], month: slot >> 1 & 0xF), count: count)
        }
        for slip in slips.sorted(by: { $0.slip < $1.slip }) { try out.append(slip) }
        counted = [:]
    }
}
