/// The police's section of the report (REPORT.md): foreign citizens
/// registered, liable and expelled (all and CIS), registrations by purpose,
/// and a chart by citizenship group and the ten largest countries.
enum PoliceRegistrationsReport {
    static let sections = [
        ReportSection(id: "police", labels: [
            "police_title", "chart_police_caption", "axis_persons",
        ] + measures.map { "measure_\($0)" } + measures.map { "police_\($0)_CIS" } + purposes.map { "purpose_\($0)" }
          + chartGroups.map { "citizens_\($0)" }, periods: ForeignRegistrationsTable.periodMeasures) { try Police.read($0) },
    ]

    static let measures = ["PERSONS", "ADMIN_LIABLE", "EXPELLED", "REGISTRATIONS"]
    static let purposes = ["WORK", "STUDY", "PRIVATE", "BUSINESS", "TOURISM", "TRANSIT", "OTHER"]
    static let chartGroups = ["CIS", "FAR_ABROAD", "STATELESS", "NOT_STATED"]

    struct Police: ReportSectionContent {
        /// year → "MEASURE GROUP PURPOSE" → value (citizenship `_T`).
        var values: [Int: [String: String]] = [:]
        /// year → the ten largest countries by registered persons.
        var countries: [Int: [(country: String, persons: Double)]] = [:]

        static func read(_ db: ReportReader) throws -> Police {
            var p = Police()
            let table = db.statistics("foreign_registrations")
            for row in try db.rows("SELECT time_period, measure, citizenship_group, purpose, obs_value FROM \(table) WHERE citizenship = '_T'") {
                p.values[row.year(0), default: [:]]["\(row[1]) \(row[2]) \(row[3])"] = try row.decimal(4, "foreign_registrations.obs_value (\(row[0]))")
            }
            for row in try db.rows("SELECT time_period, citizenship, obs_value FROM \(table) WHERE measure = 'PERSONS' AND citizenship <> '_T' AND purpose = '_T'") {
                let persons = try row.decimal(2, "foreign_registrations.obs_value (\(row[0]), \(row[1]))")
                p.countries[row.year(0), default: []].append((row[1], ReportValue.number(persons) ?? 0))
            }
            for (y, list) in p.countries {
                p.countries[y] = Array(list.sorted { ($0.persons, $1.country) > ($1.persons, $0.country) }.prefix(10))
            }
            return p
        }

        func context(on page: ReportSectionPage) -> [String: Any]? {
            let years = page.years
            var rows: [[String: Any]] = []
            for measure in measures {
                for group in ["TOTAL", "CIS"] {
                    // "of them citizens of the CIS": a phrase per measure, as each reads in kk and ru; indented as a sub-row.
                    let name = group == "TOTAL" ? page.label("measure_\(measure)") : page.label("police_\(measure)_CIS")
                    rows.append(["label": name, "measure": measure, "group": group, "hasPurpose": false, "sub": group != "TOTAL",
                                 "cells": years.map { page.cell(String($0), values[$0]?["\(measure) \(group) _T"]) }])
                }
            }
            for purpose in purposes {
                // A purpose the file has no row for in a year with registrations had none (0); a year without police figures shows a dash.
                // "including for work": the label says these break down all registrations, not the CIS row above them.
                rows.append(["label": page.label("purpose_\(purpose)"), "measure": "REGISTRATIONS", "group": "TOTAL", "purpose": purpose,
                             "hasPurpose": true, "sub": true,
                             "cells": years.map { y in page.cell(String(y), values[y].map { $0["REGISTRATIONS TOTAL \(purpose)"] ?? "0" }) }])
            }
            // The chart is of the last year with police figures, and its caption names that year.
            guard let last = years.last(where: { values[$0] != nil }) else { return ["rows": rows, "hasChart": false] }
            return ["rows": rows, "hasChart": true, "chart": chart(last, page), "caption": page.label("chart_police_caption", ["year": String(last)])]
        }

        /// Registered persons by citizenship group, then the ten largest countries (names from the code lists).
        private func chart(_ y: Int, _ page: ReportSectionPage) -> String {
            var categories = chartGroups.map { page.label("citizens_\($0)") }
            var bars = chartGroups.map { Double(values[y]?["PERSONS \($0) _T"] ?? "") }
            for (country, persons) in countries[y] ?? [] {
                categories.append(page.countryName(country))
                bars.append(persons)
            }
            return page.chart(categories: categories, series: [SVGChart.Series(page.label("measure_PERSONS"), bars)],
                              unit: page.label("axis_persons"), axis: String(y))
                .render(caption: page.label("chart_police_caption", ["year": String(y)]))
        }
    }
}
