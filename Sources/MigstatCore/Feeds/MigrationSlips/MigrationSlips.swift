/// The statistics office's slips of arrival and departure → MIGR_FLOWS.
public enum MigrationSlips {
    public static let plugin = FeedPlugin(
        name: "migration-slips", statisticsFile: "migration-flows.csv",
        makeRules: { try SlipRules(context: $0) },
        aggregate: { try MigrationFlowsTable.build(from: $0, context: $1) })

    static let fields = ["slip_id", "kind", "event_date", "ethnicity", "partner_kind", "partner_code", "partner_name"]
}
