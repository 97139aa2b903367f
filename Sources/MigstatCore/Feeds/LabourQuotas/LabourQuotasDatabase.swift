/// The labour quotas' parts of the unified database.
enum LabourQuotasDatabase {
    static let parts = FeedDatabase(views: [permitsByEmployer])

    /// Accepted permits by employer: permits and workers per region and year.
    static let permitsByEmployer = DatabaseView(schema: "records", name: "permits_by_employer") { t in
        """
        SELECT ref_area, year, employer_bin, MAX(employer) AS employer, COUNT(*) AS permits, SUM(workers) AS workers
        FROM \(t("labour_permit")) WHERE fate = 'accepted'
        GROUP BY ref_area, year, employer_bin
        """
    }
}
