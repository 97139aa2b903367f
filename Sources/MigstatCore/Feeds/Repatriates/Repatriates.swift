/// The migration agency's resettled repatriate families → REPATRIATES.
public enum Repatriates {
    public static let plugin = FeedPlugin(
        name: "repatriates", statisticsFile: "repatriates.csv",
        makeRules: { try FamilyRules(context: $0) },
        aggregate: { try RepatriatesTable.build(from: $0, context: $1) })

    static let paymentKinds = ["benefit", "transport", "housing", "adaptation"]
}
