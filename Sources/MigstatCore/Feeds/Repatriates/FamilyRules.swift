/// Validates families (one head, known payment kinds, amounts of at most two
/// decimals, not negative, arrival in the year); a repeated family id is a
/// reject and the first valid family counts. Amounts are summed exactly in
/// tiyn. Writes `F basis origin persons benefit transport housing adaptation`
/// per family and, at the end, `PLAN families persons` from the quota plan.
final class FamilyRules: FeedRules {
    private let ctx: NormaliseContext
    private let f: Columns
    private let kinds: Vocabulary
    private let roles: Vocabulary
    private let quotaFlags: Vocabulary
    private let dateFormat: DateFormat
    private var ids = Set<String>()
    /// The record table's columns, looked up once, and the row each accepted family fills.
    private let c: TableColumns
    private let row: RecordRow

    init(context: NormaliseContext) throws {
        ctx = context
        let def = context.definition
        let kind = def.files[0].kind
        f = Columns(try FieldIndex(def, kind: kind, requiring: ["id", "arrived", "quota", "origin", "member_roles", "payment_kinds", "payment_amounts"]))
        kinds = try def.vocabulary("payment_kinds")
        // A kind the statistics have no column for would be summed into nothing.
        let extra = Set((def.vocabularies?["payment_kinds"] ?? [:]).keys).subtracting(Repatriates.paymentKinds)
        guard extra.isEmpty else {
            throw MigstatError.configuration("\(def.feed): payment_kinds names \(extra.sorted().joined(separator: ", ")); the statistics count only \(Repatriates.paymentKinds.joined(separator: ", "))")
        }
        let table = try context.table("repatriate_family")
        c = TableColumns(table)
        row = RecordRow(table)
        roles = try def.vocabulary("roles")
        quotaFlags = try def.vocabulary("quota_flags")
        dateFormat = DateFormat(def.dateFormat ?? "yyyy-mm-dd")!
    }

    /// Field positions, looked up once.
    private struct Columns {
        let id, arrived, quota, origin, roles, kinds, amounts: Int
        init(_ f: FieldIndex) {
            (id, arrived, quota, origin) = (f["id"], f["arrived"], f["quota"], f["origin"])
            (roles, kinds, amounts) = (f["member_roles"], f["payment_kinds"], f["payment_amounts"])
        }
    }

    /// The columns of `repatriate_family` the rules set; the payments in `Repatriates.paymentKinds` order.
    private struct TableColumns {
        let id, arrivalDate, basis, origin, persons: RecordTable.ColumnIndex
        let payments: [RecordTable.ColumnIndex]
        init(_ t: RecordTable) {
            (id, arrivalDate, basis, origin, persons) = (t.column("family_id"), t.column("arrival_date"), t.column("basis"), t.column("origin"), t.column("persons"))
            payments = Repatriates.paymentKinds.map { t.column("pay_\($0)") }
        }
    }

    /// A list field's items (XML child attributes joined by U+001F). Split on
    /// the byte: U+001F is a control character, which never joins another
    /// into one Character, so bytes split where Characters would.
    static func list(_ field: String) -> [String] {
        field.isEmpty ? [] : field.utf8.split(separator: 0x1F, omittingEmptySubsequences: false).map { String(Substring($0)) }
    }

    /// What the fields' distinct values resolve to, once per value (`FieldMemo`):
    /// families share a handful of role and payment-kind lists.
    private var dateOf = FieldMemo<CivilDate?>()
    private var countryOf = FieldMemo<CodeLists.Country>()
    private var membersOf = FieldMemo<(members: Int, heads: Int)>()
    /// Each payment's kind as its place in `Repatriates.paymentKinds` (nil: not a known kind).
    private var kindsOf = FieldMemo<[Int?]>()

    func consume(_ r: ExtractedRecord, into out: StagingWriter) throws {
        let id = r.trimmed(f.id)
        func reject(_ reason: RejectReason) throws { try ctx.reject(r, reason, recordText: id) }
        guard !id.isEmpty else { return try reject(.missingID) }
        guard let arrived = dateOf.value(r, f.arrived, { dateFormat.parse(r.trimmed(f.arrived)) }) else {
            return try reject(.impossibleDate)
        }
        guard arrived.year == ctx.year else { return try reject(.outsideReportingYear) }
        let members = membersOf.value(r, f.roles) {
            let memberRoles = Self.list(r[f.roles])
            return (memberRoles.count, memberRoles.filter { roles.match($0) == "head" }.count)
        }
        guard members.heads > 0 else { return try reject(.noHeadMember) }
        guard members.heads == 1 else { return try reject(.moreThanOneHeadMember) }

        var paid = [Int](repeating: 0, count: Repatriates.paymentKinds.count)   // tiyn, by kind
        let amounts = Self.list(r[f.amounts])
        let paymentKinds = kindsOf.value(r, f.kinds) {
            Self.list(r[f.kinds]).map { kinds.match($0).flatMap(Repatriates.paymentKinds.firstIndex) }
        }
        for (i, kind) in paymentKinds.enumerated() {
            let text = i < amounts.count ? amounts[i].trimmedOfSpaces : ""
            if text.hasPrefix("-") { return try reject(.negativeAmount) }
            guard let tiyn = DecimalText.parseScaled(text, places: 2) else { return try reject(.invalidAmount) }
            guard let kind else { return try reject(.unknownPaymentKind) }
            // Amounts have at most 12 whole digits; a family's sum is checked all the same.
            let (sum, overflow) = paid[kind].addingReportingOverflow(tiyn)
            guard !overflow else { return try reject(.invalidAmount) }
            paid[kind] = sum
        }
        guard ids.insert(id).inserted else { return try reject(.duplicateFamilyID) }

        let country = countryOf.value(r, f.origin) {
            let text = r.trimmed(f.origin)   // a code or a name
            return ctx.codeLists.country(code: text, name: text)
        }
        // Kazakhstan is no origin: unknown. Stateless families have no per-country row.
        if country.alpha3 == nil || country.isKazakhstan { ctx.warn(.unknownCountry) }
        let origin = country.named ?? ""
        let basis = quotaFlags.match(r.trimmed(f.quota)) == "true" ? "QUOTA" : "NON_QUOTA"
        row[c.id] = .text(id); row[c.arrivalDate] = .text(arrived.description); row[c.basis] = .text(basis)
        row[c.origin] = .text(country.alpha3 ?? ""); row[c.persons] = .number(members.members)
        for (column, tiyn) in zip(c.payments, paid) { row[column] = .number(tiyn) }
        try ctx.settle(.accepted, r, row: row)
        try out.append(RepatriateCount.family(basis: basis, origin: origin, persons: members.members, payments: paid, month: arrived.month))
    }

    func finish(into out: StagingWriter) throws {
        // The plan of the file read (one file per year; the first if several).
        let file = ctx.files.indices.first { ctx.files[$0].status == .read && ctx.documents[$0] != nil }
        let families = file.flatMap { ctx.document($0, "plan_families") } ?? ""
        let persons = file.flatMap { ctx.document($0, "plan_persons") } ?? ""
        try out.append(RepatriateCount.plan(families: families.trimmingCharacters(in: .whitespaces),
                                           persons: persons.trimmingCharacters(in: .whitespaces)))
    }
}
