/// The refugees' section of the report (REPORT.md): per year the opening
/// stocks, applications, decisions, cessations, closing stocks and the
/// recognition rate, for all and by citizenship group; a chart of status
/// holders at year end by the five largest citizenships.
enum RefugeesReport {
    static let sections = [
        ReportSection(id: "refugees", labels: [
            "refugees_title", "chart_refugees_caption", "axis_persons", "axis_year",
        ] + RefugeesTable.measures.map { "measure_\($0)" } + groups.map { "refugees_group_\($0)" }, periods: RefugeesTable.periodMeasures) { try Cases.read($0) },
    ]

    /// The groups shown under each measure's total, where a year has a value other than zero.
    static let groups = ["CIS", "FAR_ABROAD", "STATELESS", "NOT_STATED"]

    struct Cases: ReportSectionContent {
        /// year → "MEASURE GROUP" → value (citizenship `_T`).
        var values: [Int: [String: String]] = [:]
        /// year → status holders at year end by country.
        var holders: [Int: [String: Double]] = [:]

        static func read(_ db: ReportReader) throws -> Cases {
            var c = Cases()
            let table = db.statistics("refugees")
            for row in try db.rows("SELECT time_period, measure, citizenship_group, obs_value FROM \(table) WHERE citizenship = '_T'") {
                c.values[row.year(0), default: [:]]["\(row[1]) \(row[2])"] = try row.decimal(3, "refugees.obs_value (\(row[0]))")
            }
            for row in try db.rows("SELECT time_period, citizenship, obs_value FROM \(table) WHERE measure = 'HOLDERS_END' AND citizenship <> '_T'") {
                let persons = try row.decimal(2, "refugees.obs_value (\(row[0]), \(row[1]))")
                c.holders[row.year(0), default: [:]][row[1]] = ReportValue.number(persons) ?? 0
            }
            return c
        }

        func context(on page: ReportSectionPage) -> [String: Any]? {
            let years = page.years
            var rows: [[String: Any]] = []
            for measure in RefugeesTable.measures {
                let decimals = measure == "RECOGNITION_RATE" ? 1 : 0
                for group in ["TOTAL"] + groups {
                    let shown = years.map { values[$0]?["\(measure) \(group)"] }
                    guard group == "TOTAL" || shown.contains(where: { ($0.flatMap(Double.init) ?? 0) != 0 }) else { continue }
                    let label = group == "TOTAL" ? page.label("measure_\(measure)") : page.label("refugees_group_\(group)")
                    rows.append(["label": label, "measure": measure, "group": group, "sub": group != "TOTAL",
                                 "cells": zip(years, shown).map { page.cell(String($0), $1, decimals: decimals) }])
                }
            }
            return ["rows": rows, "chart": chart(years, page), "caption": page.label("chart_refugees_caption", ["year": String(years.last ?? 0)])]
        }

        /// Status holders at each year's end in the five countries with the most in the last year shown.
        private func chart(_ years: [Int], _ page: ReportSectionPage) -> String {
            guard let last = years.last else { return "" }
            let largest = (holders[last] ?? [:]).sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(5).map(\.key)
            let series = largest.map { country in
                // A year with refugee statistics and no row for the country had none at its end.
                SVGChart.Series(page.countryName(country), years.map { values[$0] == nil ? nil : holders[$0]?[country] ?? 0 })
            }
            return page.chart(categories: years.map(String.init), series: series, unit: page.label("axis_persons"),
                              axis: page.label("axis_year")).render(caption: page.label("chart_refugees_caption", ["year": String(last)]))
        }
    }
}
