/// The migration agency's resettled repatriate families → REPATRIATES.
enum Repatriates {
    static let plugin = FeedPlugin(
        name: "repatriates", statisticsFile: "repatriates.csv",
        makeRules: { try FamilyRules(context: $0) },
        aggregate: { try RepatriatesTable.build(from: $0, context: $1) },
        statisticsColumns: (["MEASURE", "BASIS", "ORIGIN"], ["UNIT_MEASURE", "OBS_STATUS", "COVERAGE"]),
        recordTables: [RecordTable("repatriate_family", [
            .init("family_id", asRead: ["id"]), .init("arrival_date", asRead: ["arrived"]),
            .init("basis", asRead: ["quota"]), .init("origin"), .init("persons", .integer, asRead: []),
            .init("pay_benefit", .integer, asRead: []), .init("pay_transport", .integer, asRead: []),
            .init("pay_housing", .integer, asRead: []), .init("pay_adaptation", .integer, asRead: []),
        ])],
        countedFields: { RepatriateCount.fieldNames($0) },
        reportSections: RepatriatesReport.sections)

    static let paymentKinds = ["benefit", "transport", "housing", "adaptation"]
}
