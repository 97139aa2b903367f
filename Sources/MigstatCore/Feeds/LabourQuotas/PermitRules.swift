/// Quota rows are accepted per category (a repeated category is a reject).
/// A permit's latest valid row (by date, then file order) decides its state,
/// category, country and workers; its earlier rows are superseded. A permit
/// revoked at its latest row is cancelled; one with no issue row in the year
/// (issued earlier) is excluded. Writes `Q category quota` and
/// `P category country workers month`, the month of its first issue row.
final class PermitRules: FeedRules {
    private struct Row {
        var date: CivilDate
        var order: (file: Int, line: Int)
        var status: String
        var category: String
        var country: CodeLists.Country
        var workers: Int
        /// The record-table values, joined in staging form.
        var values: String
    }

    private let ctx: NormaliseContext
    private let quota: (year: Int, category: Int, quota: Int)
    private let permit: (number: Int, date: Int, bin: Int, category: Int, country: Int, workers: Int, status: Int,
                         validUntil: Int, employer: Int, oked: Int)
    private let categories: Vocabulary
    private let statuses: Vocabulary
    private let dateFormat: DateFormat
    private let decimal: Character
    private var quotaCategories = Set<String>()
    /// The record tables' columns, looked up once, and the rows the rules fill.
    private let quotaColumns: (category: RecordTable.ColumnIndex, quota: RecordTable.ColumnIndex)
    private let permitColumns: PermitColumns
    private let quotaRow: RecordRow
    private let permitRow: RecordRow
    private var permits: [String: [Row]] = [:]
    private var firstSeen: [String] = []

    init(context: NormaliseContext) throws {
        ctx = context
        let def = context.definition
        let q = try FieldIndex(def, kind: "quota", requiring: ["year", "category", "quota"])
        let p = try FieldIndex(def, kind: "permits", requiring: ["permit_number", "issue_date", "employer_bin", "category",
                                                                 "country", "workers", "status"])
        quota = (q["year"], q["category"], q["quota"])
        permit = (p["permit_number"], p["issue_date"], p["employer_bin"], p["category"], p["country"], p["workers"], p["status"],
                  p["valid_until"], p["employer"], p["oked"])
        let quotaTable = try context.table("labour_quota_row"), permitTable = try context.table("labour_permit")
        quotaColumns = (quotaTable.column("category"), quotaTable.column("quota"))
        permitColumns = PermitColumns(permitTable)
        quotaRow = RecordRow(quotaTable)
        permitRow = RecordRow(permitTable)
        categories = try def.vocabulary("categories")
        statuses = try def.vocabulary("statuses")
        dateFormat = DateFormat(def.dateFormat ?? "dd.mm.yyyy")!
        decimal = def.decimalSeparator?.first ?? "."
    }

    /// The columns of `labour_permit` the rules set.
    private struct PermitColumns {
        let id, issueDate, validUntil, employerBIN, employer, oked, category, citizenship, workers, status: RecordTable.ColumnIndex
        init(_ t: RecordTable) {
            (id, issueDate, validUntil, employerBIN) = (t.column("permit_id"), t.column("issue_date"), t.column("valid_until"), t.column("employer_bin"))
            (employer, oked, category, citizenship) = (t.column("employer"), t.column("oked"), t.column("category"), t.column("citizenship"))
            (workers, status) = (t.column("workers"), t.column("status"))
        }
    }

    /// The most workers one permit may name, and the largest quota of a category:
    /// far beyond any real value, low enough that no sum overflows.
    static let maxWorkers = 1_000_000
    static let maxQuota = 10_000_000

    /// A whole number written with the feed's decimal separator: `12` and `12,0` are 12.
    private enum Count { case whole(Int), fraction, malformed }
    private func count(_ text: String) -> Count {
        guard let scaled = DecimalText.parseScaled(text, places: 6, separator: decimal) else {
            // More digits than any number migstat reads: a whole number, and too large.
            let whole = text.split(separator: decimal, omittingEmptySubsequences: false)[0].drop { $0 == "+" }
            return whole.count > DecimalText.maxWholeDigits && whole.allSatisfy({ $0.isASCII && $0.isNumber }) ? .whole(Int.max) : .malformed
        }
        return scaled % 1_000_000 == 0 ? .whole(scaled / 1_000_000) : .fraction
    }

    func consume(_ r: ExtractedRecord, into out: StagingWriter) throws {
        r.kind == "quota" ? try consumeQuota(r, out) : try consumePermit(r)
    }

    private func consumeQuota(_ r: ExtractedRecord, _ out: StagingWriter) throws {
        guard Int(r.trimmed(quota.year)) == ctx.year else { return try ctx.reject(r, .outsideReportingYear) }
        guard let category = categories.match(r[quota.category]) else { return try ctx.reject(r, .unknownCategory) }
        guard case .whole(let n) = count(r.trimmed(quota.quota)), (0...Self.maxQuota).contains(n) else {
            return try ctx.reject(r, .invalidQuota)
        }
        guard quotaCategories.insert(category).inserted else { return try ctx.reject(r, .duplicateCategory) }
        quotaRow[quotaColumns.category] = .text(category); quotaRow[quotaColumns.quota] = .number(n)
        try ctx.settle(.accepted, r, row: quotaRow)
        try out.append(LabourCount.quota(category: category, quota: n))
    }

    /// What the fields' distinct values resolve to, once per value (`FieldMemo`).
    private var dateOf = FieldMemo<CivilDate?>()
    private var countryOf = FieldMemo<CodeLists.Country>()

    private func consumePermit(_ r: ExtractedRecord) throws {
        let number = r.trimmed(permit.number)
        guard !number.isEmpty else { return try ctx.reject(r, .missingPermitNumber) }
        guard let date = dateOf.value(r, permit.date, { dateFormat.parse(r.trimmed(permit.date)) }) else {
            return try ctx.reject(r, .impossibleDate)
        }
        guard date.year == ctx.year else { return try ctx.reject(r, .outsideReportingYear) }
        guard BusinessIdentificationNumber.isValid(r.trimmed(permit.bin)) else { return try ctx.reject(r, .invalidBIN) }
        guard let category = categories.match(r[permit.category]) else { return try ctx.reject(r, .unknownCategory) }
        guard let status = statuses.match(r[permit.status]) else { return try ctx.reject(r, .unknownStatus) }
        let workers: Int
        switch count(r.trimmed(permit.workers)) {
        case .whole(let n) where n > Self.maxWorkers: return try ctx.reject(r, .workerCountTooLarge)
        case .whole(let n) where n > 0: workers = n
        case .whole: return try ctx.reject(r, .nonPositiveWorkerCount)
        case .fraction, .malformed: return try ctx.reject(r, .nonIntegerWorkerCount)
        }
        let country = countryOf.value(r, permit.country) {
            let text = r[permit.country]   // a code or a name, in one column
            return ctx.codeLists.country(code: text, name: text)
        }
        let validText = r.trimmed(permit.validUntil)
        let validUntil = dateFormat.parse(validText)?.description ?? validText
        let p = permitColumns
        permitRow[p.id] = .text(number); permitRow[p.issueDate] = .text(date.description); permitRow[p.validUntil] = .text(validUntil)
        permitRow[p.employerBIN] = .text(r.trimmed(permit.bin)); permitRow[p.employer] = .text(r.trimmed(permit.employer))
        permitRow[p.oked] = .text(r.trimmed(permit.oked)); permitRow[p.category] = .text(category)
        permitRow[p.citizenship] = .text(country.alpha3 ?? ""); permitRow[p.workers] = .number(workers); permitRow[p.status] = .text(status)
        let values = permitRow.joined()
        if permits[number] == nil { firstSeen.append(number) }
        permits[number, default: []].append(Row(date: date, order: (r.file, r.line), status: status, category: category,
                                                country: country, workers: workers, values: values))
    }

    func finish(into out: StagingWriter) throws {
        if !ctx.files.contains(where: { $0.kind == "quota" && $0.status == .read }) { ctx.warn(.noQuotaFile) }
        for number in firstSeen {
            let rows = permits[number]!
            let latest = rows.max { ($0.date, $0.order.file, $0.order.line) < ($1.date, $1.order.file, $1.order.line) }!
            for row in rows where row.order != latest.order {
                try ctx.settle(.superseded, file: row.order.file, line: row.order.line, values: row.values)
            }
            let fate: Fate = !rows.contains(where: { $0.status == "issued" }) ? .excluded
                : latest.status == "revoked" ? .cancelled : .accepted
            try ctx.settle(fate, file: latest.order.file, line: latest.order.line, values: latest.values)
            guard fate == .accepted else { continue }
            // Kazakhstan is no permit country: unknown. Stateless workers have no per-country row.
            if latest.country.alpha3 == nil || latest.country.isKazakhstan { ctx.warn(.unknownCountry) }
            let issued = rows.filter { $0.status == "issued" }.map(\.date).min()!   // an accepted permit has an issue row
            try out.append(LabourCount.permit(category: latest.category, country: latest.country.named ?? "", workers: latest.workers,
                                              month: issued.month))
        }
    }
}
