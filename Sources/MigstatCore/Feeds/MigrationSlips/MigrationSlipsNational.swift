import Foundation

/// The programme's Table 1 over every region of one database (DATABASE.md
/// "Many regions in one database", REPORT.md's national page): the view
/// `national_table1` sums `table1` over the regions per year and partner
/// group, with the number of regions that reported that year.
enum MigrationSlipsNational {
    /// One row per year and partner group; `regions` counts the regions with Table 1 rows that year.
    static let table1 = DatabaseView(schema: "statistics", name: "national_table1", perRegion: false) { t in
        """
        SELECT r.year, r.partner_group, SUM(r.arrivals) AS arrivals, SUM(r.departures) AS departures,
          SUM(r.balance) AS balance, y.regions
        FROM \(t("table1")) r
        JOIN (SELECT year, COUNT(DISTINCT ref_area) AS regions FROM \(t("table1")) GROUP BY year) y ON y.year = r.year
        GROUP BY r.year, r.partner_group, y.regions
        """
    }
}
