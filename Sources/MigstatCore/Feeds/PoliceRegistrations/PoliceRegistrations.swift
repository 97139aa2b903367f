/// The migration police's registrations of foreign citizens → FOREIGN_REG.
enum PoliceRegistrations {
    static let plugin = FeedPlugin(
        name: "police-registrations", statisticsFile: "foreign-registrations.csv",
        makeRules: { try RegistrationRules(context: $0) },
        aggregate: { try ForeignRegistrationsTable.build(from: $0, context: $1) },
        statisticsColumns: (["MEASURE", "CITIZENSHIP_GROUP", "CITIZENSHIP", "PURPOSE"], ["OBS_STATUS", "COVERAGE"]),
        recordTables: [RecordTable("police_registration", [
            .init("registration_id", asRead: ["id"]), .init("revision", .integer), .init("status"),
            .init("person", asRead: ["doc_hash"]), .init("citizenship", asRead: ["citizenship_code", "citizenship_name"]),
            .init("citizenship_group", asRead: []), .init("purpose"), .init("arrival_date"), .init("registered_date"),
            .init("offences", .integer), .init("expulsions", .integer),
        ])],
        countedFields: { CountedRegistration.fieldNames($0) },
        reportSections: PoliceRegistrationsReport.sections,
        database: PoliceRegistrationsDatabase.parts)

    static let fields = ["id", "revision", "status", "doc_hash", "citizenship_code", "citizenship_name",
                         "arrival_date", "purpose", "registered_date", "offences", "expulsions"]
}
