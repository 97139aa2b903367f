/// The labour department's quota and work permits → LABOUR_QUOTA.
enum LabourQuotas {
    static let plugin = FeedPlugin(
        name: "labour-quotas", statisticsFile: "labour-quota.csv",
        makeRules: { try PermitRules(context: $0) },
        aggregate: { try LabourQuotaTable.build(from: $0, context: $1) },
        statisticsColumns: (["MEASURE", "CATEGORY", "CITIZENSHIP"], ["UNIT_MEASURE", "OBS_STATUS", "COVERAGE"]),
        recordTables: [
            RecordTable("labour_quota_row", kind: "quota", [.init("category"), .init("quota", .integer)]),
            RecordTable("labour_permit", kind: "permits", [
                .init("permit_id", asRead: ["permit_number"]), .init("issue_date"), .init("valid_until"),
                .init("employer_bin"), .init("employer"), .init("oked"), .init("category"),
                .init("citizenship", asRead: ["country"]), .init("workers", .integer), .init("status"),
            ]),
        ],
        countedFields: { LabourCount.fieldNames($0) },
        reportSections: LabourQuotasReport.sections,
        database: LabourQuotasDatabase.parts)
}
