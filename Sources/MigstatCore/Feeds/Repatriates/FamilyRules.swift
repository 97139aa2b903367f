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

    init(context: NormaliseContext) throws {
        ctx = context
        let def = context.definition
        let kind = def.files[0].kind
        f = Columns(try FieldIndex(def, kind: kind, requiring: ["id", "arrived", "quota", "origin", "member_roles", "payment_kinds", "payment_amounts"]))
        kinds = try def.vocabulary("payment_kinds")
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

    static func list(_ field: String) -> [String] {
        field.isEmpty ? [] : field.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
    }

    /// What the fields' distinct values resolve to, once per value (`FieldMemo`).
    private var dateOf = FieldMemo<CivilDate?>()
    private var countryOf = FieldMemo<CodeLists.Country>()

    func consume(_ r: ExtractedRecord, into out: StagingWriter) throws {
        let id = r.trimmed(f.id)
        func reject(_ reason: RejectReason) throws { try ctx.reject(r, reason, recordText: id) }
        guard !id.isEmpty else { return try reject(.missingID) }
        guard let arrived = dateOf.value(r, f.arrived, { dateFormat.parse(r.trimmed(f.arrived)) }) else {
            return try reject(.impossibleDate)
        }
        guard arrived.year == ctx.year else { return try reject(.outsideReportingYear) }
        let memberRoles = Self.list(r[f.roles])
        let heads = memberRoles.filter { roles.match($0) == "head" }.count
        guard heads > 0 else { return try reject(.noHeadMember) }
        guard heads == 1 else { return try reject(.moreThanOneHeadMember) }

        var paid = Dictionary(uniqueKeysWithValues: Repatriates.paymentKinds.map { ($0, 0) })
        let amounts = Self.list(r[f.amounts])
        for (i, kindText) in Self.list(r[f.kinds]).enumerated() {
            let text = i < amounts.count ? amounts[i].trimmedOfSpaces : ""
            if text.hasPrefix("-") { return try reject(.negativeAmount) }
            guard let tiyn = DecimalText.parseScaled(text, places: 2) else { return try reject(.invalidAmount) }
            guard let kind = kinds.match(kindText) else { return try reject(.unknownPaymentKind) }
            // Amounts have at most 12 whole digits; a family's sum is checked all the same.
            let (sum, overflow) = paid[kind, default: 0].addingReportingOverflow(tiyn)
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
        try ctx.settle(.accepted, r, values: [id, arrived.description, basis, country.alpha3 ?? "", String(memberRoles.count)]
                                           + Repatriates.paymentKinds.map { String(paid[$0]!) })
        try out.append(RepatriateCount.family(basis: basis, origin: origin, persons: memberRoles.count,
                                             payments: Repatriates.paymentKinds.map { paid[$0]! }))
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
