/// The police registrations' parts of the unified database.
enum PoliceRegistrationsDatabase {
    static let parts = FeedDatabase(views: [foreignCitizensByPurpose])

    /// Foreign citizens by purpose of stay, per year (all citizenships).
    static let foreignCitizensByPurpose = DatabaseView(schema: "statistics", name: "foreign_citizens_by_purpose") { t in
        """
        SELECT ref_area, time_period AS year, purpose, obs_value AS registrations
        FROM \(t("foreign_registrations"))
        WHERE measure = 'REGISTRATIONS' AND citizenship_group = 'TOTAL' AND citizenship = '_T' AND purpose <> '_T'
        """
    }
}
