import Foundation

/// The population's sections of the report (REPORT.md): the population and
/// its change by year, with the year's adjustments and their notes on its
/// page; then the programme's §6 population outlook beside its targets.
enum PopulationReport {
    static let sections = [
        ReportSection(id: "population", labels: [
            "population_title", "population_notes", "chart_population_caption", "chart_population_change_caption",
            "axis_persons", "sex_M", "sex_F", "population_POP_START_period",
        ] + PopulationTable.measures.map { "population_\($0)" }, periods: PopulationTable.periodMeasures) { try Figures.read($0) },
        ReportSection(id: "population-outlook", labels: [
            "population_outlook_title", "population_outlook_from", "population_outlook_rate", "population_outlook_none",
            "outlook_years", "outlook_PROJECTED_END", "outlook_TARGET_END", "population_NATURAL_INCREASE",
            "population_NET_MIGRATION",
        ], inputs: [ProgrammeTargets.file]) { Outlook(figures: try .read($0), targets: try ProgrammeTargets.load(pipelines: $0.pipelines)) },
    ]

    /// The measures that change the population, shown with a sign.
    static let signed: Set = ["NATURAL_INCREASE", "NET_MIGRATION", "ADJUSTMENT"]

    /// POPULATION by year, and the adjustments the office recorded with their notes.
    struct Figures: ReportSectionContent {
        /// year → "MEASURE SEX" → value.
        var values: [Int: [String: String]] = [:]
        /// Months the population feed covers, by year.
        var coverage: [Int: Int] = [:]
        /// Months POP_END covers (the smaller of the population's and the slips'), by year.
        var endCoverage: [Int: Int] = [:]
        /// year → its accepted adjustments, both sexes together by date and note, in date order.
        var adjustments: [Int: [(date: String, persons: Int, note: String)]] = [:]

        static func read(_ db: ReportReader) throws -> Figures {
            var f = Figures()
            for row in try db.rows("SELECT time_period, measure, sex, obs_value, coverage FROM \(db.statistics("population"))") {
                let year = row.year(0), place = "population.obs_value (\(row[0]) \(row[1]) \(row[2]))"
                f.values[year, default: [:]]["\(row[1]) \(row[2])"] = try row.decimal(3, place)
                let months = try row.integer(4, "population.coverage (\(row[0]))")
                if row[1] == "POP_END" { f.endCoverage[year] = months } else { f.coverage[year] = months }
            }
            for row in try db.rows("""
                SELECT year, date, note, persons FROM \(db.records("population_row"))
                WHERE fate = 'accepted' AND item = 'ADJUSTMENT' ORDER BY year, date, source_file, source_line
                """) {
                let persons = try row.integer(3, "population_row.persons (\(row[0]) \(row[1]))")
                var list = f.adjustments[row.year(0), default: []]
                if let i = list.firstIndex(where: { $0.date == row[1] && $0.note == row[2] }) { list[i].persons += persons }
                else { list.append((row[1], persons, row[2])) }
                f.adjustments[row.year(0)] = list
            }
            return f
        }

        func value(_ year: Int, _ measure: String, _ sex: String = "_T") -> String? { values[year]?["\(measure) \(sex)"] }

        func context(on page: ReportSectionPage) -> [String: Any]? {
            let years = page.years
            guard years.contains(where: { values[$0] != nil }) else { return nil }
            let detail = page.kind != .index   // a year's page adds the figures by sex
            let rows = PopulationTable.measures.flatMap { measure -> [[String: Any]] in
                let sexes = detail && PopulationTable.bySex.contains(measure) ? ["_T"] + Population.sexes : ["_T"]
                return sexes.map { sex in
                    // On the quarterly page the population opens the period (a quarter's first day, or 1 January for the year to date).
                    let key = measure == "POP_START" && page.isQuarterly ? "population_POP_START_period" : "population_\(measure)"
                    let label = page.label(key) + (sex == "_T" ? "" : " (\(page.label("sex_\(sex)")))")
                    return ["label": label, "measure": measure, "sex": sex, "bySex": sex != "_T",
                            "total": ["POP_START", "POP_END"].contains(measure) && sex == "_T",
                            "cells": years.map { page.cell(String($0), value($0, measure, sex), signed: signed.contains(measure)) }]
                }
            }
            let end = page.yearChart(years, [("population_POP_END", { value($0, "POP_END") })],
                                     unit: "axis_persons", caption: "chart_population_caption")
            let change = page.yearChart(years, [("population_NATURAL_INCREASE", { value($0, "NATURAL_INCREASE") }),
                                                ("population_NET_MIGRATION", { value($0, "NET_MIGRATION") })],
                                        unit: "axis_persons", caption: "chart_population_change_caption")
            var context: [String: Any] = [
                "rows": rows,
                "chart": page.figure(end, caption: "chart_population_caption"),
                "changeChart": page.figure(change, caption: "chart_population_change_caption"),
            ]
            if case .year(let y) = page.kind, let notes = adjustments[y], !notes.isEmpty {
                context["hasNotes"] = true
                context["notes"] = notes.map { n -> [String: Any] in
                    let d = n.date.split(separator: "-")
                    return ["date": n.date, "dateText": d.count == 3 ? "\(d[2]).\(d[1]).\(d[0])" : n.date, "value": String(n.persons),
                            "text": page.number(String(n.persons), signed: true), "note": n.note]
                }
            }
            return context
        }
    }

    /// Programme §6, on the index: the population projected at the end of
    /// each of the three years after the last complete one (12 months of both
    /// feeds), from its POP_END at the three-year average natural increase
    /// and net migration, beside the programme's target for that year.
    struct Outlook: ReportSectionContent {
        let figures: Figures
        let targets: [Int: ProgrammeTargets.Target]

        func context(on page: ReportSectionPage) -> [String: Any]? {
            guard page.kind == .index, !figures.values.isEmpty else { return nil }
            let complete = page.years.filter { figures.endCoverage[$0] == 12 && figures.value($0, "POP_END") != nil }.suffix(3)
            guard complete.count == 3, let last = complete.last, let end = Decimal(string: figures.value(last, "POP_END") ?? "") else {
                return ["available": false]
            }
            func sum(_ measure: String) -> Decimal { complete.reduce(0) { $0 + (Decimal(string: figures.value($1, measure) ?? "") ?? 0) } }
            let (natural, net) = (sum("NATURAL_INCREASE"), sum("NET_MIGRATION"))
            let years = (1...3).map { last + $0 }
            let thousands = { (persons: Decimal) -> String in ReportNumber.fixed(persons / 1000, 1) }
            let projected = years.map { y -> [String: Any] in
                let v = thousands(end + Decimal(y - last) * (natural + net) / 3)
                return ["year": String(y), "value": v, "text": page.number(v)]
            }
            let target = years.map { y -> [String: Any] in
                switch targets[y] {
                case .value(let v): return ["year": String(y), "value": v, "text": page.number(v)]
                case .range(let low, let high):
                    return ["year": String(y), "range": true, "from": low, "to": high,
                            "text": "\(page.number(low))–\(page.number(high))"]
                case nil: return ["year": String(y), "value": "", "text": "–"]
                }
            }
            let average = { (d: Decimal) -> String in page.number(ReportNumber.fixed(d / 3, 0), signed: true) }
            return [
                "available": true, "baseYears": complete.map(String.init).joined(separator: ", "), "years": years.map(String.init),
                "lastYear": String(last), "end": page.number(thousands(end)),
                "natural": average(natural), "net": average(net),
                // Whole sentences per language, the year and figures in them (the unit before the figures).
                "from": page.label("population_outlook_from", ["year": String(last)]),
                "rate": page.label("population_outlook_rate", ["natural": average(natural), "net": average(net)]),
                "rows": [["measure": "PROJECTED_END", "label": page.label("outlook_PROJECTED_END"), "cells": projected],
                         ["measure": "TARGET_END", "label": page.label("outlook_TARGET_END"), "cells": target]],
            ]
        }
    }
}
