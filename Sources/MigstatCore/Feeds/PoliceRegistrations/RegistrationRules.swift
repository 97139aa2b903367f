/// Validates registrations and resolves record-level corrections: the highest
/// revision of an id wins, the same revision again is a duplicate, a lower one
/// arriving later is superseded, and a winning `cancelled` counts nowhere.
/// Every valid registration is held until the year is read; winners are
/// written at the end, in file order (`CountedRegistration`).
final class RegistrationRules: FeedRules {
    /// A valid registration, as held until the year is read. Its values wait in
    /// the spill file: held in memory, a joined String each, the year's map
    /// took 235 MB for 500 000 registrations.
    private struct Candidate {
        var revision: Int
        var order: (file: Int32, line: Int32)
        /// In the spill file, in staging form: the record-table values, then
        /// the `CountedRegistration` (none when cancelled).
        var values: RecordSpill.Entry
        var cancelled: Bool
        var mismatch: Bool
        var unknownPurpose: Bool
        /// Still its id's best: not yet replaced by a higher revision.
        var best = true
    }

    private let ctx: NormaliseContext
    private let f: Columns
    /// The record table's columns, looked up once, and the row each valid registration fills.
    private let c: TableColumns
    private let row: RecordRow
    private let purposes: Vocabulary
    private let statuses: Vocabulary
    private let formats: [String: DateFormat]
    /// Every registration that was its id's best when read, in reading order
    /// (which is spill order): the winners are read back in that order, no sort.
    private var candidates: [Candidate] = []
    private var best: [ByteKey: Int] = [:]   // index into `candidates`
    private var spill: RecordSpill?

    init(context: NormaliseContext) throws {
        ctx = context
        let def = context.definition
        let kind = def.files[0].kind
        f = Columns(try FieldIndex(def, kind: kind, requiring: PoliceRegistrations.fields))
        let table = try context.table("police_registration")
        c = TableColumns(table)
        row = RecordRow(table)
        purposes = try def.vocabulary("purposes")
        statuses = try def.vocabulary("statuses")
        formats = (def.dateFormats ?? [:]).compactMapValues(DateFormat.init)
        guard !formats.isEmpty else { throw MigstatError.configuration("\(def.feed): date_formats is empty") }
        let records = context.files.compactMap(\.records).reduce(0, +)
        best.reserveCapacity(records)
        candidates.reserveCapacity(records)
    }

    /// Field positions, looked up once.
    private struct Columns {
        let id, revision, status, docHash, citizenshipCode, citizenshipName: Int
        let arrivalDate, purpose, registeredDate, offences, expulsions: Int
        init(_ f: FieldIndex) {
            (id, revision, status, docHash) = (f["id"], f["revision"], f["status"], f["doc_hash"])
            (citizenshipCode, citizenshipName, arrivalDate) = (f["citizenship_code"], f["citizenship_name"], f["arrival_date"])
            (purpose, registeredDate, offences, expulsions) = (f["purpose"], f["registered_date"], f["offences"], f["expulsions"])
        }
    }

    /// The columns of `police_registration` the rules set.
    private struct TableColumns {
        let id, revision, status, person, citizenship, citizenshipGroup, purpose: RecordTable.ColumnIndex
        let arrivalDate, registeredDate, offences, expulsions: RecordTable.ColumnIndex
        init(_ t: RecordTable) {
            (id, revision, status, person) = (t.column("registration_id"), t.column("revision"), t.column("status"), t.column("person"))
            (citizenship, citizenshipGroup, purpose) = (t.column("citizenship"), t.column("citizenship_group"), t.column("purpose"))
            (arrivalDate, registeredDate) = (t.column("arrival_date"), t.column("registered_date"))
            (offences, expulsions) = (t.column("offences"), t.column("expulsions"))
        }
    }

    private var formatOfFile: [Int: DateFormat?] = [:]

    /// The schema version's date format; a file of an unknown version may use any declared format.
    private func date(_ text: String, file: Int) -> CivilDate? {
        if formatOfFile[file] == nil { formatOfFile[file] = ctx.document(file, "schema_version").flatMap { formats[$0] } }
        if let format = formatOfFile[file]! { return format.parse(text) }
        for key in formats.keys.sorted() { if let d = formats[key]!.parse(text) { return d } }
        return nil
    }

    /// Each value written is staged once (`StagedValues`): the memos below
    /// hold its number, and a record's fields hold no String of their own.
    private var staged = StagedValues()

    /// A date field's values per file (formats differ by schema version), each
    /// parsed once: `.invalid` given but not a date, `.none` not given.
    private enum DateField { case valid(CivilDate, iso: Int32), invalid, none }
    private var datesOf: [Int: FieldMemo<DateField>] = [:]

    private func date(_ r: ExtractedRecord, _ field: Int) -> DateField {
        datesOf[r.file << 16 | field, default: FieldMemo()].value(r, field) {
            let text = r.trimmed(field)
            guard !text.isEmpty else { return .none }
            return date(text, file: r.file).map { .valid($0, iso: staged.number($0.description)) } ?? .invalid
        }
    }

    /// What the other fields' distinct values resolve to, once per value (`FieldMemo`).
    private var countryOf = FieldsMemo<Citizenship>()
    private var revisionOf = FieldMemo<(value: Int, text: Int32)?>()
    private var statusOf = FieldMemo<(cancelled: Bool, text: Int32)?>()
    private var purposeOf = FieldMemo<(known: Bool, text: Int32)>()
    private var offencesOf = FieldMemo<(value: Int, text: Int32)>()
    private var expulsionsOf = FieldMemo<(value: Int, text: Int32)>()

    /// A citizenship as the records and the table write it, staged.
    private struct Citizenship {
        let kazakhstan: Bool
        let mismatch: Bool
        /// Alpha-3, or empty: the record table's column.
        let code: Int32
        /// Alpha-3, or empty for Kazakhstan, stateless and not stated: the table's country.
        let named: Int32
        let group: Int32
    }

    private func citizenship(_ c: CodeLists.Country) -> Citizenship {
        let group: String
        switch c.alpha3 {
        case nil: group = "NOT_STATED"
        case CodeLists.stateless?: group = "STATELESS"
        case let code?: group = ctx.codeLists.isCIS(code, year: ctx.year) ? "CIS" : "FAR_ABROAD"
        }
        return Citizenship(kazakhstan: c.isKazakhstan, mismatch: c.mismatch, code: staged.number(c.alpha3 ?? ""),
                           named: staged.number(c.named ?? ""), group: staged.number(group))
    }

    /// A count as given, blank or unreadable as 0.
    private func count(_ text: String) -> (value: Int, text: Int32) {
        let n = Int(text) ?? 0
        return (n, staged.number(String(n)))
    }

    func consume(_ r: ExtractedRecord, into out: StagingWriter) throws {
        let id = r.trimmed(f.id)
        func reject(_ reason: RejectReason) throws { try ctx.reject(r, reason, recordText: id) }
        guard !id.isEmpty else { return try reject(.missingID) }
        let docHash = r.trimmed(f.docHash)
        guard !docHash.isEmpty else { return try reject(.missingDocHash) }
        let registered: CivilDate, registeredISO: Int32
        switch date(r, f.registeredDate) {
        case .none: return try reject(.missingRegistrationDate)
        case .invalid: return try reject(.impossibleDate)
        case .valid(let d, let iso): (registered, registeredISO) = (d, iso)
        }
        var arrival: CivilDate?, arrivalISO = staged.number("")
        switch date(r, f.arrivalDate) {
        case .none: break
        case .invalid: return try reject(.impossibleDate)
        case .valid(let d, let iso): (arrival, arrivalISO) = (d, iso)
        }
        guard registered.year == ctx.year else { return try reject(.outsideReportingYear) }
        if let arrival, arrival > registered { return try reject(.arrivalAfterRegistration) }

        let resolved = countryOf.value(r, f.citizenshipCode, f.citizenshipName) {
            citizenship(ctx.codeLists.country(code: r.trimmed(f.citizenshipCode), name: r[f.citizenshipName]))
        }
        if resolved.kazakhstan { return try reject(.citizenOfKazakhstan) }

        guard let revision = revisionOf.value(r, f.revision, {
            let text = r.trimmed(f.revision)
            return (text.isEmpty ? 1 : Int(text)).map { ($0, staged.number(String($0))) }
        }) else { return try reject(.invalidRevision) }
        guard let status = statusOf.value(r, f.status, {
            let text = r.trimmed(f.status)
            return (text.isEmpty ? "active" : statuses.match(text)).map { ($0 == "cancelled", staged.number($0)) }
        }) else { return try reject(.invalidStatus) }

        let purpose = purposeOf.value(r, f.purpose) {
            let text = r.trimmed(f.purpose)
            let known = text.isEmpty ? nil : purposes.match(text)
            return (known != nil, staged.number(known ?? "OTHER"))
        }
        let offences = offencesOf.value(r, f.offences) { count(r.trimmed(f.offences)) }
        let expulsions = expulsionsOf.value(r, f.expulsions) { count(r.trimmed(f.expulsions)) }

        // The record-table values, then (unless cancelled) the CountedRegistration, field by field.
        if spill == nil { spill = try RecordSpill(directory: ctx.scratchDirectory) }
        let spill = spill!
        row.stream(c.id, id, to: spill); row.stream(c.revision, revision.text, values: staged, to: spill)
        row.stream(c.status, status.text, values: staged, to: spill); row.stream(c.person, docHash, to: spill)
        row.stream(c.citizenship, resolved.code, values: staged, to: spill)
        row.stream(c.citizenshipGroup, resolved.group, values: staged, to: spill); row.stream(c.purpose, purpose.text, values: staged, to: spill)
        row.stream(c.arrivalDate, arrivalISO, values: staged, to: spill); row.stream(c.registeredDate, registeredISO, values: staged, to: spill)
        row.stream(c.offences, offences.text, values: staged, to: spill); row.stream(c.expulsions, expulsions.text, values: staged, to: spill)
        row.endStream()
        spill.endFirstLine()
        if !status.cancelled {
            CountedRegistration.stage(person: docHash, registered: registeredISO, id: id, group: resolved.group,
                                      country: resolved.named,   // stateless counts in its group, under no country
                                      purpose: purpose.text, offended: offences.value > 0, expelled: expulsions.value > 0,
                                      values: staged, into: spill)
        }
        let candidate = Candidate(revision: revision.value, order: (Int32(r.file), Int32(r.line)), values: try spill.endRecord(),
                                  cancelled: status.cancelled, mismatch: resolved.mismatch, unknownPurpose: !purpose.known)

        // One hash for the common case, an id seen first: the candidate is
        // taken as its id's best at once, and put back only if it loses.
        let key = ByteKey(id)
        guard let index = best.updateValue(candidates.count, forKey: key) else { candidates.append(candidate); return }
        let current = candidates[index]
        if revision.value > current.revision {
            try spill.withLine(current.values) {
                try ctx.settle(.superseded, file: Int(current.order.file), line: Int(current.order.line),
                               values: UnsafeBufferPointer(rebasing: $0.prefix(Int(current.values.firstLength))))
            }
            candidates[index].best = false
            candidates.append(candidate)
        } else {
            best[key] = index
            try ctx.settle(revision.value == current.revision ? .duplicate : .superseded, r)
        }
    }

    func finish(into out: StagingWriter) throws {
        guard let spill else { return }
        best = [:]
        for c in candidates where c.best {
            try spill.withLineInOrder(c.values) { lines in
                let values = UnsafeBufferPointer(rebasing: lines.prefix(Int(c.values.firstLength)))
                try ctx.settle(c.cancelled ? .cancelled : .accepted, file: Int(c.order.file), line: Int(c.order.line), values: values)
                if c.cancelled { return }
                if c.mismatch { ctx.warn(.citizenshipMismatch) }
                if c.unknownPurpose { ctx.warn(.unknownPurpose) }
                try out.rawLine(UnsafeBufferPointer(rebasing: lines.dropFirst(Int(c.values.firstLength))))   // a CountedRegistration
            }
        }
        candidates = []
    }
}
