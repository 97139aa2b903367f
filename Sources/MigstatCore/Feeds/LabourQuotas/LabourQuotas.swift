/// The labour department's quota and work permits → LABOUR_QUOTA.
public enum LabourQuotas {
    public static let plugin = FeedPlugin(
        name: "labour-quotas", statisticsFile: "labour-quota.csv",
        makeRules: { try PermitRules(context: $0) },
        aggregate: { try LabourQuotaTable.build(from: $0, context: $1) })
}
