/// What the refugees table counts: persons under one measure (an opening
/// stock or an event of the year) and the case's citizenship.
struct RefugeeCount: StagedRecord, Equatable {
    /// `HOLDERS_START`, `PENDING_START`, `APPLIED`, `GRANTED`, `REFUSED`, `WITHDRAWN` or `CEASED_<BASIS>`.
    var measure: String
    var group: String     // CIS, FAR_ABROAD, STATELESS, NOT_STATED
    var country: String   // alpha-3; empty for stateless or not stated
    var persons: Int

    /// The fields in order: a field's place is its case's.
    enum Field: Int, CaseIterable { case measure, group, country, persons }

    static func fieldNames(_ staged: [String]) -> [String] { Field.allCases.map { "\($0)" } }

    var staged: [String] { [measure, group, country, String(persons)] }

    init(measure: String, group: String, country: String, persons: Int) {
        (self.measure, self.group, self.country, self.persons) = (measure, group, country, persons)
    }

    init?(staged f: [String]) {
        guard f.count == 4, let persons = Int(f[3]) else { return nil }
        self.init(measure: f[0], group: f[1], country: f[2], persons: persons)
    }
}
