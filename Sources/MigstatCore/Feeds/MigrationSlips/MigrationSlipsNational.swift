import Foundation

/// The programme's Table 1 over every region of one database (DATABASE.md
/// "Many regions in one database", REPORT.md's national page): the view
/// `national_table1` sums `table1` over the regions per year and partner
/// group, with the number of regions that reported that year; the national
/// page shows each region's Table 1 and the sum.
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

    static let sections = [
        ReportSection(id: "national-table1", labels: [
            "national_region", "national_total", "national_regions_reporting",
        ] + MigrationSlipsReport.rowLabels) { try Table1.read($0) },
    ]

    /// Table 1 of each region and of the nation, as the views hold them.
    struct Table1: ReportSectionContent {
        /// ref_area → year → "GROUP FLOW" → value.
        var regions: [String: [Int: [String: String]]] = [:]
        var national: [Int: [String: String]] = [:]
        var reporting: [Int: Int] = [:]

        static func read(_ db: ReportReader) throws -> Table1 {
            var t = Table1()
            let flows = [("ARR", 3), ("DEP", 4), ("NET", 5)]
            for row in try db.rows("SELECT ref_area, year, partner_group, arrivals, departures, balance FROM \(db.everyRegion("table1"))") {
                for (flow, c) in flows {
                    t.regions[row[0], default: [:]][row.year(1), default: [:]]["\(row[2]) \(flow)"] = try row.decimal(c, "table1 (\(row[0]) \(row[1]))")
                }
            }
            for row in try db.rows("SELECT year, partner_group, arrivals, departures, balance, regions FROM \(db.everyRegion("national_table1"))") {
                for (flow, c) in flows {
                    t.national[row.year(0), default: [:]]["\(row[1]) \(flow)"] = try row.decimal(c - 1, "national_table1 (\(row[0]))")
                }
                t.reporting[row.year(0)] = try row.integer(5, "national_table1.regions (\(row[0]))")
            }
            return t
        }

        /// A block of rows per region, then the nation's with the regions reporting, one column per year.
        func context(on page: ReportSectionPage) -> [String: Any]? {
            let years = national.keys.sorted()
            guard !years.isEmpty else { return nil }
            func rows(_ values: [Int: [String: String]]) -> [[String: Any]] {
                let groups = MigrationSlipsReport.groups.filter { g in years.contains { values[$0]?["\(g) ARR"] != nil } }
                return groups.flatMap { group in
                    MigrationSlipsReport.flows.map { flow -> [String: Any] in
                        ["label": page.label("table1_\(flow)_\(group)"), "group": group, "flow": flow, "total": group == "TOTAL",
                         "cells": years.map { page.cell(String($0), values[$0]?["\(group) \(flow)"], signed: flow == "NET") }]
                    }
                }
            }
            let blocks = regions.keys.sorted().map { area -> [String: Any] in
                ["area": area, "heading": page.label("national_region", ["region": page.regionName(area), "code": area]), "rows": rows(regions[area] ?? [:])]
            }
            return [
                "columns": years.map { ["heading": String($0)] },
                "regions": blocks,
                "national": ["heading": page.label("national_total"), "rows": rows(national)],
                "reporting": years.map { page.cell(String($0), String(reporting[$0] ?? 0)) },
            ]
        }
    }
}
