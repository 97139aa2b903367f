/// What the refugees table counts: persons under one measure (an opening
/// stock or an event of the year), the case's citizenship, and the month of
/// the event's own date (its quarter; 0 for an opening stock, before the year).
struct RefugeeCount: StagedRecord, Equatable {
    /// `HOLDERS_START`, `PENDING_START`, `APPLIED`, `GRANTED`, `REFUSED`, `WITHDRAWN` or `CEASED_<BASIS>`.
    var measure: String
    var group: String     // CIS, FAR_ABROAD, STATELESS, NOT_STATED
    var country: String   // alpha-3; empty for stateless or not stated
    var persons: Int
    var month: Int

    /// The fields in order: a field's place is its case's.
    enum Field: Int, CaseIterable { case measure, group, country, persons, month }

    static func fieldNames(_ staged: [String]) -> [String] { Field.allCases.map { "\($0)" } }

    var staged: [String] { [measure, group, country, String(persons), String(month)] }

    init(measure: String, group: String, country: String, persons: Int, month: Int) {
        (self.measure, self.group, self.country, self.persons, self.month) = (measure, group, country, persons, month)
    }

    init?(staged f: [String]) {
        guard f.count == Field.allCases.count, let persons = Int(f[Field.persons.rawValue]),
              let month = Int(f[Field.month.rawValue]), (0...12).contains(month) else { return nil }
        self.init(measure: f[Field.measure.rawValue], group: f[Field.group.rawValue], country: f[Field.country.rawValue],
                  persons: persons, month: month)
    }
}
