/// The slips' parts of the unified database: the programme's Table 1 (a
/// view over migration_flows, held to the file's partner-group rows by
/// `db check`) and arrivals and departures by month, folded as the slips load.
enum MigrationSlipsDatabase {
    static let partnerGroups = ["TOTAL", "FAR_ABROAD", "CIS", "KZ_REGIONS", "NOT_STATED"]

    static let parts = FeedDatabase(views: [table1, MigrationSlipsNational.table1], rollups: [slipsByMonth], agreements: [table1Rows])

    /// The programme's Table 1: one row per region, year and partner group.
    static let table1 = DatabaseView(schema: "statistics", name: "table1") { t in
        """
        SELECT ref_area, time_period AS year, partner_group,
          MAX(CASE WHEN flow = 'ARR' THEN obs_value END) AS arrivals,
          MAX(CASE WHEN flow = 'DEP' THEN obs_value END) AS departures,
          MAX(CASE WHEN flow = 'NET' THEN obs_value END) AS balance,
          MAX(obs_status) AS obs_status, MAX(coverage) AS coverage
        FROM \(t("migration_flows"))
        WHERE partner = '_T' AND ethnicity = '_T'
          AND partner_group IN (\(partnerGroups.map { "'\($0)'" }.joined(separator: ", ")))
        GROUP BY ref_area, time_period, partner_group
        """
    }

    /// Table 1's figures are migration-flows.csv's partner-group rows, flow by flow.
    static let table1Rows = StatisticsAgreement(
        view: "table1",
        query: { t, scope in
            [("ARR", "arrivals"), ("DEP", "departures"), ("NET", "balance")].map { flow, column in
                "SELECT partner_group, '\(flow)', \(column) FROM \(t("table1")) WHERE \(scope.rows()) AND \(column) IS NOT NULL"
            }.joined(separator: "\nUNION ALL\n")
        },
        matching: ["PARTNER": ["_T"], "ETHNICITY": ["_T"], "PARTNER_GROUP": partnerGroups],
        columns: ["PARTNER_GROUP", "FLOW", "OBS_VALUE"])

    /// Arrivals and departures by month from the accepted slips.
    static let slipsByMonth = DatabaseRollup(
        table: DatabaseSchema.Table(schema: "statistics", name: "slips_by_month", columns: [
            SQLColumn("year", .integer, notNull: true), SQLColumn("month", .integer, notNull: true),
            SQLColumn("arrivals", .integer, notNull: true), SQLColumn("departures", .integer, notNull: true),
        ], primaryKey: ["year", "month"]),
        select: { t, scope in
            """
            SELECT year, CAST(substr(event_date, 6, 2) AS INTEGER),
              SUM(CASE WHEN kind = 'A' THEN 1 ELSE 0 END), SUM(CASE WHEN kind = 'D' THEN 1 ELSE 0 END)
            FROM \(t("migration_slip")) WHERE \(scope.rows()) AND fate = 'accepted' GROUP BY year, CAST(substr(event_date, 6, 2) AS INTEGER)
            """
        },
        // The same sums as the slips load (SlipsByMonthFold), so the load does not read them again.
        fold: RollupFold(recordTable: "migration_slip", columns: SlipsByMonthFold.columns) { SlipsByMonthFold(year: $0.year) })
}
