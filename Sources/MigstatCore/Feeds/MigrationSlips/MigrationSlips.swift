/// The statistics office's slips of arrival and departure → MIGR_FLOWS.
enum MigrationSlips {
    static let plugin = FeedPlugin(
        name: "migration-slips", statisticsFile: "migration-flows.csv",
        makeRules: { try SlipRules(context: $0) },
        aggregate: { try MigrationFlowsTable.build(from: $0, context: $1) },
        statisticsColumns: (["FLOW", "PARTNER_GROUP", "PARTNER", "ETHNICITY"], ["OBS_STATUS", "COVERAGE"]),
        recordTables: [RecordTable("migration_slip", [
            .init("slip_id"), .init("kind"), .init("event_date"), .init("sex"), .init("birth_year", .integer),
            .init("ethnicity"), .init("citizenship"), .init("partner_group", asRead: []),
            .init("partner", asRead: ["partner_code", "partner_name"]),
        ])],
        countedFields: { SlipCount.fieldNames($0) },
        reportSections: MigrationSlipsReport.sections,
        database: MigrationSlipsDatabase.parts,
        nationalSections: MigrationSlipsNational.sections)

    static let fields = ["slip_id", "kind", "event_date", "ethnicity", "partner_kind", "partner_code", "partner_name"]
}
