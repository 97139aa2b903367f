/// The migration police's registrations of foreign citizens → FOREIGN_REG.
public enum PoliceRegistrations {
    public static let plugin = FeedPlugin(
        name: "police-registrations", statisticsFile: "foreign-registrations.csv",
        makeRules: { try RegistrationRules(context: $0) },
        aggregate: { try ForeignRegistrationsTable.build(from: $0, context: $1) })

    static let fields = ["id", "revision", "status", "doc_hash", "citizenship_code", "citizenship_name",
                         "arrival_date", "purpose", "registered_date", "offences", "expulsions"]
}
