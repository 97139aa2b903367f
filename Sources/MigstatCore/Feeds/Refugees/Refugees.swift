/// The city commission's asylum cases: the opening register and the monthly
/// cases → REFUGEES, stocks and flows of persons by citizenship.
enum Refugees {
    static let plugin = FeedPlugin(
        name: "refugees", statisticsFile: "refugees.csv",
        makeRules: { try CaseRules(context: $0) },
        aggregate: { try RefugeesTable.build(from: $0, context: $1) },
        statisticsColumns: (["MEASURE", "CITIZENSHIP_GROUP", "CITIZENSHIP"], ["UNIT_MEASURE", "OBS_STATUS", "COVERAGE"]),
        recordTables: [recordTable("refugee_case", kind: "cases"), recordTable("refugee_register_case", kind: "register")],
        countedFields: { RefugeeCount.fieldNames($0) },
        previousYearChecks: [openingRegisterCheck], reportSections: RefugeesReport.sections)

    /// The same columns for the monthly cases and the register (DATABASE.md).
    private static func recordTable(_ name: String, kind: String) -> RecordTable {
        RecordTable(name, kind: kind, [
            .init("case_id", asRead: ["id"]), .init("revision", .integer), .init("status"),
            .init("applicant", asRead: ["doc_hash"]), .init("citizenship", asRead: ["citizenship_code", "citizenship_name"]),
            .init("citizenship_group", asRead: []), .init("persons", .integer), .init("applied_date"),
            .init("decision_date"), .init("outcome"), .init("ceased_date"), .init("ceased_basis"),
        ])
    }

    static let fields = ["id", "revision", "status", "doc_hash", "citizenship_code", "citizenship_name", "persons",
                         "applied_date", "decisions", "decision_date", "outcome", "cessations", "ceased_date", "ceased_basis"]

    /// STATISTICS.md: this year's opening stocks are the previous year's closing ones.
    static let openingRegisterCheck = PreviousYearCheck(
        name: "refugees: opening register = previous year's end", feeds: ["refugees"], reads: ["refugees.csv"]
    ) { current, previous in
        guard let now = current["refugees.csv"], let before = previous["refugees.csv"] else { return false }
        func total(_ file: PublishedStatistics, _ measure: String) -> String? {
            file.value(["MEASURE": measure, "CITIZENSHIP_GROUP": "TOTAL"])
        }
        return [("HOLDERS_START", "HOLDERS_END"), ("PENDING_START", "PENDING_END")].allSatisfy { start, end in
            total(now, start) != nil && total(now, start) == total(before, end)
        }
    }
}
