/// Validates cases and resolves record-level corrections as for the police:
/// the highest revision of an id counts, the same revision again is a
/// duplicate, a lower one arriving later is superseded, and a winning
/// `cancelled` counts nowhere. The register and the monthly files are resolved
/// each on their own: the register gives the opening stocks, the monthly
/// files the year's events, each counted in the year of its own date.
/// A small feed: valid cases are held in memory until the year is read.
final class CaseRules: FeedRules {
    private let ctx: NormaliseContext
    private let f: Columns
    private let outcomes: Vocabulary
    private let bases: Vocabulary
    private let statuses: Vocabulary
    private let dateFormat: DateFormat
    /// Each input file's kind is the register (else monthly cases), by file number.
    private let isRegister: [Bool]
    /// The record tables' columns, looked up once, and the row of each that a settled case fills.
    private let columns: RefugeeCase.Columns
    private var caseRow: RecordRow
    private var registerRow: RecordRow

    /// A valid case, held until the year is read.
    private struct Candidate {
        var value: RefugeeCase
        var file: Int
        var line: Int
        var best = true
    }
    private var candidates: [Candidate] = []
    /// Index into `candidates` of each id's best, the register and the monthly files apart.
    private var best: [Bool: [String: Int]] = [true: [:], false: [:]]

    init(context: NormaliseContext) throws {
        ctx = context
        let def = context.definition
        let layouts = try def.files.map { try FieldIndex(def, kind: $0.kind, requiring: Refugees.fields) }
        f = Columns(layouts[0])
        // The rules read both kinds by the same positions.
        for (kind, layout) in zip(def.files.map(\.kind), layouts) where Columns(layout) != f {
            throw MigstatError.configuration("\(def.feed): file kind `\(kind)` lists the fields in another order than `\(def.files[0].kind)`")
        }
        outcomes = try def.vocabulary("outcomes")
        bases = try def.vocabulary("bases")
        statuses = try def.vocabulary("statuses")
        dateFormat = DateFormat(def.dateFormat ?? "yyyy-mm-dd")!
        isRegister = context.files.map { $0.kind == "register" }
        let cases = try context.table("refugee_case"), register = try context.table("refugee_register_case")
        columns = RefugeeCase.Columns(cases)
        guard register.columns.map(\.name) == cases.columns.map(\.name) else {
            throw MigstatError.configuration("\(def.feed): refugee_register_case must have refugee_case's columns")
        }
        caseRow = RecordRow(cases)
        registerRow = RecordRow(register)
    }

    /// Field positions, looked up once.
    private struct Columns: Equatable {
        let id, revision, status, docHash, citizenshipCode, citizenshipName, persons: Int
        let applied, decisions, decisionDate, outcome, cessations, ceasedDate, ceasedBasis: Int
        init(_ f: FieldIndex) {
            (id, revision, status, docHash) = (f["id"], f["revision"], f["status"], f["doc_hash"])
            (citizenshipCode, citizenshipName, persons) = (f["citizenship_code"], f["citizenship_name"], f["persons"])
            (applied, decisions, decisionDate, outcome) = (f["applied_date"], f["decisions"], f["decision_date"], f["outcome"])
            (cessations, ceasedDate, ceasedBasis) = (f["cessations"], f["ceased_date"], f["ceased_basis"])
        }
    }

    private var countryOf = FieldsMemo<CodeLists.Country>()

    func consume(_ r: ExtractedRecord, into out: StagingWriter) throws {
        let register = isRegister[r.file]
        let valid: RefugeeCase
        switch validate(r, register: register) {
        case .rejected(let reason): return try ctx.reject(r, reason, recordText: r.trimmed(f.id))
        case .valid(let c): valid = c
        }
        let candidate = Candidate(value: valid, file: r.file, line: r.line)
        guard let index = best[register]![valid.id] else {
            best[register]![valid.id] = candidates.count
            candidates.append(candidate)
            return
        }
        let current = candidates[index]
        if valid.revision > current.value.revision {
            try settle(.superseded, current)
            candidates[index].best = false
            best[register]![valid.id] = candidates.count
            candidates.append(candidate)
        } else {
            try settle(valid.revision == current.value.revision ? .duplicate : .superseded, candidate)
        }
    }

    private enum Validated { case valid(RefugeeCase), rejected(RejectReason) }

    /// The first rule a record fails (FEEDS.md's order of the reasons), or the case it is.
    private func validate(_ r: ExtractedRecord, register: Bool) -> Validated {
        let id = r.trimmed(f.id)
        guard !id.isEmpty else { return .rejected(.missingID) }
        let applicant = r.trimmed(f.docHash)
        guard !applicant.isEmpty else { return .rejected(.missingDocHash) }
        let appliedText = r.trimmed(f.applied)
        guard !appliedText.isEmpty else { return .rejected(.missingApplicationDate) }
        guard let applied = dateFormat.parse(appliedText) else { return .rejected(.impossibleDate) }
        // A Decision or Ceased element is an event only with a date.
        var decisionDate: CivilDate?, ceasedDate: CivilDate?
        if (Int(r.trimmed(f.decisions)) ?? 0) > 0 {
            guard let d = dateFormat.parse(r.trimmed(f.decisionDate)) else { return .rejected(.impossibleDate) }
            decisionDate = d
        }
        if (Int(r.trimmed(f.cessations)) ?? 0) > 0 {
            guard let d = dateFormat.parse(r.trimmed(f.ceasedDate)) else { return .rejected(.impossibleDate) }
            ceasedDate = d
        }
        let dates = [applied, decisionDate, ceasedDate].compactMap { $0 }
        // The register is the state on 1 January: its events are all earlier.
        // A monthly record must hold an event of the year.
        if register ? dates.contains(where: { $0.year >= ctx.year }) : !dates.contains(where: { $0.year == ctx.year }) {
            return .rejected(.outsideReportingYear)
        }
        var decision: (date: CivilDate, outcome: String)?
        if let decisionDate {
            guard decisionDate >= applied else { return .rejected(.decisionBeforeApplication) }
            guard let outcome = outcomes.match(r.trimmed(f.outcome)) else { return .rejected(.unknownOutcome) }
            decision = (decisionDate, outcome)
        }
        var ceased: (date: CivilDate, basis: String)?
        if let ceasedDate {
            guard let decision, decision.outcome == "granted", ceasedDate >= decision.date else {
                return .rejected(.cessationWithoutGrant)
            }
            guard let basis = bases.match(r.trimmed(f.ceasedBasis)) else { return .rejected(.unknownBasis) }
            ceased = (ceasedDate, basis)
        }
        let personsText = r.trimmed(f.persons)
        guard let persons = personsText.isEmpty ? 1 : Self.wholeNumber(personsText), (1...50).contains(persons) else {
            return .rejected(.invalidPersons)
        }
        let country = countryOf.value(r, f.citizenshipCode, f.citizenshipName) {
            ctx.codeLists.country(code: r.trimmed(f.citizenshipCode), name: r[f.citizenshipName])
        }
        if country.isKazakhstan { return .rejected(.citizenOfKazakhstan) }
        let revisionText = r.trimmed(f.revision)
        guard let revision = revisionText.isEmpty ? 1 : Self.wholeNumber(revisionText) else { return .rejected(.invalidRevision) }
        let statusText = r.trimmed(f.status)
        guard let status = statusText.isEmpty ? "active" : statuses.match(statusText) else { return .rejected(.invalidStatus) }
        return .valid(RefugeeCase(
            id: id, revision: revision, cancelled: status == "cancelled", applicant: applicant,
            citizenship: country.alpha3 ?? "", group: group(country), country: country.named ?? "", mismatch: country.mismatch,
            persons: persons, applied: applied, decision: decision, ceased: ceased))
    }

    /// Digits only (no sign, no spaces inside), at most 9 of them.
    private static func wholeNumber(_ text: String) -> Int? {
        guard !text.isEmpty, text.utf8.count <= 9, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(text)
    }

    private func group(_ c: CodeLists.Country) -> String {
        switch c.alpha3 {
        case nil: "NOT_STATED"
        case CodeLists.stateless?: "STATELESS"
        case let code?: ctx.codeLists.isCIS(code, year: ctx.year) ? "CIS" : "FAR_ABROAD"
        }
    }

    /// Settles a held case with its record-table row.
    private func settle(_ fate: NormaliseContext.Fate, _ c: Candidate) throws {
        let values: String
        if isRegister[c.file] {
            c.value.fill(&registerRow, columns)
            values = registerRow.joined()
        } else {
            c.value.fill(&caseRow, columns)
            values = caseRow.joined()
        }
        try ctx.settle(fate, file: c.file, line: c.line, values: values)
    }

    func finish(into out: StagingWriter) throws {
        for c in candidates where c.best {
            let value = c.value
            // An opening stock is dated before the year (month 0); an event in the month of its own date.
            let measures = value.cancelled ? [] : isRegister[c.file] ? value.openingStock.map { [($0, 0)] } ?? [] : value.events(in: ctx.year)
            // A register case no longer open (refused, withdrawn, ceased) is in no opening stock.
            let fate: NormaliseContext.Fate = value.cancelled ? .cancelled : isRegister[c.file] && measures.isEmpty ? .excluded : .accepted
            try settle(fate, c)
            guard fate == .accepted else { continue }
            if value.mismatch { ctx.warn(.citizenshipMismatch) }
            for (m, month) in measures {
                try out.append(RefugeeCount(measure: m, group: value.group, country: value.country, persons: value.persons, month: month))
            }
        }
        candidates = []
    }
}
