/// One valid case record, normalised: what the rules hold until the year is
/// read (the highest revision of an id counts), and its row of the record table.
struct RefugeeCase {
    var id: String
    var revision: Int
    var cancelled: Bool
    var applicant: String
    /// Alpha-3 (stateless `XXA` included), or empty when not stated.
    var citizenship: String
    var group: String
    /// The per-country rows' code: empty for stateless or not stated.
    var country: String
    var mismatch: Bool
    var persons: Int
    var applied: CivilDate
    var decision: (date: CivilDate, outcome: String)?
    var ceased: (date: CivilDate, basis: String)?

    /// The measures the case counts under in `year`: each event dated in that year, with its month.
    func events(in year: Int) -> [(measure: String, month: Int)] {
        var measures: [(String, Int)] = []
        if applied.year == year { measures.append(("APPLIED", applied.month)) }
        if let decision, decision.date.year == year { measures.append((decision.outcome.uppercased(), decision.date.month)) }
        if let ceased, ceased.date.year == year { measures.append(("CEASED_" + ceased.basis.uppercased(), ceased.date.month)) }
        return measures
    }

    /// The opening stock a register case counts in: a grant not ceased, or an
    /// application not decided; nil for a case no longer open.
    var openingStock: String? {
        switch (decision?.outcome, ceased) {
        case ("granted"?, nil): "HOLDERS_START"
        case (nil, nil): "PENDING_START"
        default: nil
        }
    }

    /// The columns of the record tables (`refugee_case` and `refugee_register_case`
    /// have the same), looked up once by name.
    struct Columns {
        let caseID, revision, status, applicant, citizenship, group: RecordTable.ColumnIndex
        let persons, applied, decisionDate, outcome, ceasedDate, ceasedBasis: RecordTable.ColumnIndex
        init(_ t: RecordTable) {
            (caseID, revision, status, applicant) = (t.column("case_id"), t.column("revision"), t.column("status"), t.column("applicant"))
            (citizenship, group, persons) = (t.column("citizenship"), t.column("citizenship_group"), t.column("persons"))
            (applied, decisionDate, outcome) = (t.column("applied_date"), t.column("decision_date"), t.column("outcome"))
            (ceasedDate, ceasedBasis) = (t.column("ceased_date"), t.column("ceased_basis"))
        }
    }

    /// Sets every column of the case's record-table row.
    func fill(_ row: inout RecordRow, _ c: Columns) {
        row[c.caseID] = .text(id); row[c.revision] = .number(revision); row[c.status] = .text(cancelled ? "cancelled" : "active")
        row[c.applicant] = .text(applicant); row[c.citizenship] = .text(citizenship); row[c.group] = .text(group)
        row[c.persons] = .number(persons); row[c.applied] = .text(applied.description)
        row[c.decisionDate] = .text(decision?.date.description ?? ""); row[c.outcome] = .text(decision?.outcome ?? "")
        row[c.ceasedDate] = .text(ceased?.date.description ?? ""); row[c.ceasedBasis] = .text(ceased?.basis ?? "")
    }
}
