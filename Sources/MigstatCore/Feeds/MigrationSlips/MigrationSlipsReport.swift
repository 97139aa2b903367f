import Foundation

/// The slips' sections of the report (REPORT.md): Table 1 of the programme,
/// then the §6 outlook of the balance, from MIGRATION_FLOWS and the accepted
/// slips by month.
enum MigrationSlipsReport {
    static let sections = [
        ReportSection(id: "table1", labels: [
            "table1_title", "chart_balance_caption", "chart_months_caption", "axis_persons", "axis_month", "legend_arrivals", "legend_departures",
        ] + rowLabels + groups.map { "partner_\($0)" }, periods: .allEvents) { try Table1(flows: .read($0), byMonth: byMonth($0)) },
        ReportSection(id: "outlook", labels: [
            "outlook_title", "outlook_avg", "outlook_three_years", "outlook_years", "outlook_none",
        ] + groups.map { "table1_NET_\($0)" }) { Outlook(flows: try .read($0)) },
    ]

    /// Each row's whole phrase (`table1_ARR_FAR_ABROAD`: "Arrivals from far-abroad countries"),
    /// written per flow and group in labels.yaml: flow and group words put together read badly in kk and ru.
    static let rowLabels = groups.flatMap { g in flows.map { "table1_\($0)_\(g)" } }

    static let flows = ["ARR", "DEP", "NET"]
    /// Partner groups in Table 1's order (`NOT_STATED` only where not zero).
    static let groups = ["TOTAL", "FAR_ABROAD", "CIS", "KZ_REGIONS", "NOT_STATED"]

    /// MIGRATION_FLOWS over all partners and ethnicities, and the months each year covers.
    struct Flows {
        /// year → "GROUP FLOW" → value.
        var values: [Int: [String: String]] = [:]
        var coverage: [Int: Int] = [:]

        static func read(_ db: ReportReader) throws -> Flows {
            var f = Flows()
            for row in try db.rows("SELECT time_period, partner_group, flow, obs_value, coverage FROM \(db.statistics("migration_flows")) WHERE partner = '_T' AND ethnicity = '_T'") {
                f.values[row.year(0), default: [:]]["\(row[1]) \(row[2])"] = try row.decimal(3, "migration_flows.obs_value (\(row[0]))")
                f.coverage[row.year(0)] = try row.integer(4, "migration_flows.coverage (\(row[0]))")
            }
            return f
        }

        func value(_ year: Int, _ group: String, _ flow: String) -> String? { values[year]?["\(group) \(flow)"] }
    }

    /// year → month → (arrivals, departures), from the accepted slips.
    static func byMonth(_ db: ReportReader) throws -> [Int: [Int: (Double, Double)]] {
        var out: [Int: [Int: (Double, Double)]] = [:]
        for row in try db.rows("SELECT year, month, arrivals, departures FROM \(db.statistics("slips_by_month"))") {
            let place = "slips_by_month (\(row[0]) month \(row[1]))"
            let arrivals = try row.integer(2, "\(place).arrivals"), departures = try row.integer(3, "\(place).departures")
            out[row.year(0), default: [:]][row.year(1)] = (Double(arrivals), Double(departures))
        }
        return out
    }

    /// Table 1: all, then with far abroad, the CIS, other regions (and not
    /// stated where not zero); the balance by year on the index, the months on a year's page.
    struct Table1: ReportSectionContent {
        let flows: Flows
        let byMonth: [Int: [Int: (Double, Double)]]

        var coverage: [Int: Int] { flows.coverage }

        func context(on page: ReportSectionPage) -> [String: Any]? {
            // One column per year that has migration flows, and their whole span (REPORT.md).
            let years = page.years.filter { flows.values[$0] != nil }
            var shown = Array(groups.dropLast())
            if years.contains(where: { y in ["ARR", "DEP"].contains { (Double(flows.value(y, "NOT_STATED", $0) ?? "") ?? 0) != 0 } }) {
                shown.append("NOT_STATED")
            }
            let rows = shown.flatMap { group in
                MigrationSlipsReport.flows.map { flow -> [String: Any] in
                    var cells = years.map { page.cell(String($0), flows.value($0, group, flow), signed: flow == "NET") }
                    if let span = page.span(of: years) {
                        let total = years.reduce(Decimal(0)) { $0 + (Decimal(string: flows.value($1, group, flow) ?? "") ?? 0) }
                        cells.append(page.cell(span, "\(total)", signed: flow == "NET"))
                    }
                    return ["label": page.label("table1_\(flow)_\(group)"), "group": group, "flow": flow, "cells": cells, "total": group == "TOTAL"]
                }
            }
            let chart: String
            switch page.kind {
            case .index:
                chart = page.figure(page.yearChart(years, groups.dropLast().map { g in ("partner_\(g)", { flows.value($0, g, "NET") }) },
                                                   unit: "axis_persons", caption: "chart_balance_caption"), caption: "chart_balance_caption")
            case .year(let y):
                // A month with no slips has no bar, not a zero.
                let months = byMonth[y] ?? [:]
                let svg = page.chart(categories: (1...12).map(String.init),
                                     series: [SVGChart.Series(page.label("legend_arrivals"), (1...12).map { months[$0]?.0 }),
                                              SVGChart.Series(page.label("legend_departures"), (1...12).map { months[$0]?.1 })],
                                     unit: page.label("axis_persons"), axis: page.label("axis_month")).render(caption: page.label("chart_months_caption"))
                chart = page.figure(svg, caption: "chart_months_caption")
            case .quarter:
                chart = ""   // the quarterly page draws no chart
            }
            return ["rows": rows, "chart": chart, "columns": page.columns(years)]
        }
    }

    /// Programme §6, on the index: the average yearly balance of the last
    /// three complete years (12 months of slips) by partner group, and what
    /// it adds over the next three years.
    struct Outlook: ReportSectionContent {
        let flows: Flows

        func context(on page: ReportSectionPage) -> [String: Any]? {
            guard page.kind == .index else { return nil }
            let complete = page.years.filter { (flows.coverage[$0] ?? 0) == 12 }.suffix(3)
            guard complete.count == 3 else { return ["available": false] }
            var rows: [[String: Any]] = []
            for group in groups {
                let sum = complete.reduce(Decimal(0)) { $0 + (Decimal(string: flows.value($1, group, "NET") ?? "") ?? 0) }
                if group == "NOT_STATED" && sum == 0 { continue }
                // Each figure from the exact average (the sum over three), rounded once, half away from zero:
                // three rounded averages would add up to 336 where the years sum to 337.
                let avg = ReportNumber.fixed(sum / 3, 0), three = ReportNumber.fixed(sum / 3 * 3, 0)
                rows.append(["group": group, "label": page.label("table1_NET_\(group)"), "total": group == "TOTAL",
                             "average": ["value": avg, "text": page.number(avg, signed: true)],
                             "three": ["value": three, "text": page.number(three, signed: true)]])
            }
            return ["available": true, "baseYears": complete.map(String.init).joined(separator: ", "), "rows": rows]
        }
    }
}
