/// The repatriates' section of the report (REPORT.md): families and persons
/// planned and resettled, fulfilment, and payments by kind in thousand tenge.
enum RepatriatesReport {
    static let sections = [
        ReportSection(id: "repatriates", labels: [
            "repatriates_title", "chart_repatriates_caption", "legend_planned", "legend_resettled", "axis_families",
            "measure_PERSONS_rep", "measure_PLAN_FAMILIES", "measure_PLAN_PERSONS", "measure_FAMILIES", "measure_PLAN_FULFILMENT",
            "measure_PAY_BENEFIT", "measure_PAY_TRANSPORT", "measure_PAY_HOUSING", "measure_PAY_ADAPTATION",
            "basis__T", "basis_QUOTA", "basis_NON_QUOTA",
        ], periods: RepatriatesTable.periodMeasures) { try Resettlement.read($0) },
    ]

    /// The table's rows: measure, basis and the label of the measure.
    static let rows: [(measure: String, basis: String, label: String)] = [
        ("PLAN_FAMILIES", "QUOTA", "measure_PLAN_FAMILIES"), ("FAMILIES", "QUOTA", "measure_FAMILIES"),
        ("FAMILIES", "NON_QUOTA", "measure_FAMILIES"), ("FAMILIES", "_T", "measure_FAMILIES"),
        ("PLAN_PERSONS", "QUOTA", "measure_PLAN_PERSONS"), ("PERSONS", "_T", "measure_PERSONS_rep"),
        ("FULFILMENT", "QUOTA", "measure_PLAN_FULFILMENT"),
        ("PAY_BENEFIT", "_T", "measure_PAY_BENEFIT"), ("PAY_TRANSPORT", "_T", "measure_PAY_TRANSPORT"),
        ("PAY_HOUSING", "_T", "measure_PAY_HOUSING"), ("PAY_ADAPTATION", "_T", "measure_PAY_ADAPTATION"),
    ]

    /// Decimals of a measure as REPATRIATES publishes it, so that `data-value` is the file's value.
    static func decimals(_ measure: String) -> Int { measure == "FULFILMENT" ? 1 : measure.hasPrefix("PAY_") ? 2 : 0 }

    struct Resettlement: ReportSectionContent {
        /// year → "MEASURE BASIS" → value (origin `_T`).
        var values: [Int: [String: String]] = [:]

        static func read(_ db: ReportReader) throws -> Resettlement {
            var r = Resettlement()
            for row in try db.rows("SELECT time_period, measure, basis, obs_value FROM \(db.statistics("repatriates")) WHERE origin = '_T'") {
                r.values[row.year(0), default: [:]]["\(row[1]) \(row[2])"] = try row.decimal(3, "repatriates.obs_value (\(row[0]))")
            }
            return r
        }

        func context(on page: ReportSectionPage) -> [String: Any]? {
            let years = page.years
            return [
                "rows": RepatriatesReport.rows.map { measure, basis, key -> [String: Any] in
                    let suffix = basis == "_T" || measure.hasPrefix("PLAN") || measure == "FULFILMENT" ? "" : " (\(page.label("basis_\(basis)")))"
                    return ["label": page.label(key) + suffix, "measure": measure, "basis": basis,
                            "cells": years.map { page.cell(String($0), values[$0]?["\(measure) \(basis)"], decimals: decimals(measure)) }]
                },
                "chart": page.yearChart(years, [("legend_planned", { values[$0]?["PLAN_FAMILIES QUOTA"] }),
                                                ("legend_resettled", { values[$0]?["FAMILIES QUOTA"] })],
                                        unit: "axis_families", caption: "chart_repatriates_caption"),
            ]
        }
    }
}
