/// Validates the population file (the population on 1 January by sex, and
/// adjustments, which may be negative) and the monthly vital files (births
/// and deaths by sex), in FEEDS.md's order: item, date, sex, count, then a
/// repeat. A sex given twice as the population on 1 January, or twice for
/// one month, is a reject (`duplicate row`): the first counts. Streams,
/// writing `START`, `ADJUSTMENT` and `VITAL` records (`PopulationCount`).
final class PopulationRules: FeedRules {
    private let ctx: NormaliseContext
    private let row: (item: Int, date: Int, sex: Int, persons: Int, note: Int)
    private let vital: (month: Int, sex: Int, births: Int, deaths: Int)
    private let items: Vocabulary
    private let sexes: Vocabulary
    private let dateFormat: DateFormat
    private var startSexes = Set<String>()
    private var monthSexes = Set<String>()
    /// The record tables' columns, looked up once, and the rows the rules fill.
    private let rowColumns: (item: RecordTable.ColumnIndex, date: RecordTable.ColumnIndex, sex: RecordTable.ColumnIndex,
                             persons: RecordTable.ColumnIndex, note: RecordTable.ColumnIndex)
    private let vitalColumns: (month: RecordTable.ColumnIndex, sex: RecordTable.ColumnIndex, births: RecordTable.ColumnIndex,
                               deaths: RecordTable.ColumnIndex)
    private var populationRow: RecordRow
    private var vitalRow: RecordRow

    init(context: NormaliseContext) throws {
        ctx = context
        let def = context.definition
        let p = try FieldIndex(def, kind: "population", requiring: ["item", "date", "sex", "persons"])
        let v = try FieldIndex(def, kind: "vital", requiring: ["month", "sex", "births", "deaths"])
        row = (p["item"], p["date"], p["sex"], p["persons"], p["note"])   // a note is optional
        vital = (v["month"], v["sex"], v["births"], v["deaths"])
        let rows = try context.table("population_row"), vitals = try context.table("vital_row")
        rowColumns = (rows.column("item"), rows.column("date"), rows.column("sex"), rows.column("persons"), rows.column("note"))
        vitalColumns = (vitals.column("month"), vitals.column("sex"), vitals.column("births"), vitals.column("deaths"))
        populationRow = RecordRow(rows)
        vitalRow = RecordRow(vitals)
        items = try def.vocabulary("items")
        sexes = try def.vocabulary("sexes")
        // A word the table has no row for would be counted into nothing.
        for (name, known) in [("items", Population.items), ("sexes", Population.sexes)] {
            let extra = Set((def.vocabularies?[name] ?? [:]).keys).subtracting(known)
            guard extra.isEmpty else {
                throw MigstatError.configuration("\(def.feed): \(name) names \(extra.sorted().joined(separator: ", ")); the statistics know only \(known.joined(separator: ", "))")
            }
        }
        dateFormat = DateFormat(def.dateFormat ?? "dd.mm.yyyy")!
    }

    /// The largest count a row may give: far beyond any city, low enough that no sum overflows.
    static let maxCount = 999_999_999

    /// A whole number of persons (`-` allowed for an adjustment); nil when it is not one.
    static func count(_ text: String, negative: Bool) -> Int? {
        let digits = negative && text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.utf8.count <= 9, digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(text)
    }

    /// `yyyy-mm` → (year, month); nil when it is not a month.
    static func month(_ text: String) -> (year: Int, month: Int)? {
        let b = Array(text.utf8)
        guard b.count == 7, b[4] == 0x2D, let y = Int(text.prefix(4)), let m = Int(text.suffix(2)),
              b[0..<4].allSatisfy({ (0x30...0x39).contains($0) }), b[5...].allSatisfy({ (0x30...0x39).contains($0) }),
              (1...12).contains(m) else { return nil }
        return (y, m)
    }

    func consume(_ r: ExtractedRecord, into out: StagingWriter) throws {
        r.kind == "vital" ? try consumeVital(r, out) : try consumeRow(r, out)
    }

    /// The sex's code, or why the record is rejected: an empty sex is missing,
    /// a word not in the vocabulary unknown.
    private func sex(_ text: String) -> (code: String?, reject: RejectReason) {
        text.isEmpty ? (nil, .missingSex) : (sexes.match(text), .unknownSex)
    }

    private func consumeRow(_ r: ExtractedRecord, _ out: StagingWriter) throws {
        guard let item = items.match(r[row.item]) else { return try ctx.reject(r, .unknownItem) }
        guard let date = dateFormat.parse(r.trimmed(row.date)) else { return try ctx.reject(r, .impossibleDate) }
        // The population is counted on 1 January of the year; an adjustment on any day of it.
        guard date.year == ctx.year, item == "ADJUSTMENT" || (date.month, date.day) == (1, 1) else {
            return try ctx.reject(r, .outsideReportingYear)
        }
        let s = sex(r.trimmed(row.sex))
        guard let sex = s.code else { return try ctx.reject(r, s.reject) }
        guard let persons = Self.count(r.trimmed(row.persons), negative: item == "ADJUSTMENT") else {
            return try ctx.reject(r, .invalidCount)
        }
        if item == "START" {
            guard startSexes.insert(sex).inserted else { return try ctx.reject(r, .duplicateRow) }
        }
        let c = rowColumns
        populationRow[c.item] = .text(item); populationRow[c.date] = .text(date.description); populationRow[c.sex] = .text(sex)
        populationRow[c.persons] = .number(persons); populationRow[c.note] = .text(r.trimmed(row.note))
        try ctx.settle(.accepted, r, row: &populationRow)
        try out.append(item == "START" ? PopulationCount.start(sex: sex, persons: persons)
                                       : PopulationCount.adjustment(sex: sex, persons: persons, month: date.month))
    }

    private func consumeVital(_ r: ExtractedRecord, _ out: StagingWriter) throws {
        let text = r.trimmed(vital.month)
        guard let month = Self.month(text) else { return try ctx.reject(r, .impossibleDate) }
        guard month.year == ctx.year else { return try ctx.reject(r, .outsideReportingYear) }
        let s = sex(r.trimmed(vital.sex))
        guard let sex = s.code else { return try ctx.reject(r, s.reject) }
        guard let births = Self.count(r.trimmed(vital.births), negative: false),
              let deaths = Self.count(r.trimmed(vital.deaths), negative: false) else { return try ctx.reject(r, .invalidCount) }
        guard monthSexes.insert("\(text) \(sex)").inserted else { return try ctx.reject(r, .duplicateRow) }
        let c = vitalColumns
        vitalRow[c.month] = .text(text); vitalRow[c.sex] = .text(sex); vitalRow[c.births] = .number(births); vitalRow[c.deaths] = .number(deaths)
        try ctx.settle(.accepted, r, row: &vitalRow)
        try out.append(PopulationCount.vital(sex: sex, births: births, deaths: deaths, month: month.month))
    }

    func finish(into out: StagingWriter) throws {}
}
