import Foundation

/// The values one language's pages show, as Mustache contexts: every table
/// row with its coordinates (`data-group`, `data-flow`, ...) and every cell
/// with its plain value (`data-value`) and its text for people.
struct ReportPage {
    let data: ReportData
    let labels: ReportLabels
    let language: String
    let codeLists: CodeLists

    typealias Context = [String: Any]

    private func label(_ key: String) -> String { labels.text(key, language) }

    /// Published decimals of a measure, so that `data-value` is the file's value.
    private static func decimals(_ measure: String) -> Int {
        measure == "FULFILMENT" ? 1 : measure.hasPrefix("PAY_") ? 2 : 0
    }

    private func cell(_ year: String, _ value: String?, measure: String = "", signed: Bool = false) -> Context {
        guard let value, !value.isEmpty, let number = Decimal(string: value) else {
            return ["year": year, "value": "", "text": "–"]
        }
        let places = Self.decimals(measure)
        let plain = Self.fixed(number, places)
        return ["year": year, "value": plain, "text": ReportNumber.format(plain, signed: signed)]
    }

    /// A decimal with exactly `places` decimals, rounded half away from zero
    /// (no NumberFormatter: ICU's setup per cell cost most of a report's time).
    static func fixed(_ d: Decimal, _ places: Int) -> String {
        var value = d, rounded = Decimal()
        NSDecimalRound(&rounded, &value, places, .plain)
        var text = "\(rounded)"
        if places > 0 {
            let decimals = text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? -1
            if decimals < 0 { text += "." }
            text += String(repeating: "0", count: places - max(decimals, 0))
        }
        return text
    }

    private func heading(_ year: Int) -> String {
        let months = data.coverage[year] ?? 12
        return months < 12 ? "\(year) (\(months) \(label("months")))" : String(year)
    }

    private var span: String? {
        guard let first = data.years.first, let last = data.years.last, data.years.count > 1 else { return nil }
        return "\(first)-\(last)"
    }

    private func common(page: String) -> Context {
        [
            "lang": language,
            "label": labels.all(language),
            "languages": labels.languages.map { ["code": $0, "href": "../\($0)/\(page)", "current": $0 == language] as Context },
            "years": data.years.map { ["year": $0, "href": "\($0).html", "failed": data.status[$0] != "ok"] as Context },
        ]
    }

    // MARK: Pages

    func index() -> Context {
        var c = common(page: "index.html")
        c.merge(sections(years: data.years, withSpan: true)) { a, _ in a }
        c["outlook"] = outlook()
        c["table1Chart"] = figure(balanceChart(), caption: "chart_balance_caption")
        return c
    }

    func year(_ y: Int) -> Context {
        var c = common(page: "\(y).html")
        c.merge(sections(years: [y], withSpan: false)) { a, _ in a }
        c["year"] = y
        c["yearHeading"] = heading(y)
        c["table1Chart"] = figure(monthsChart(y), caption: "chart_months_caption")
        c["employers"] = (data.employers[y] ?? []).map {
            ["name": $0.name, "bin": $0.bin, "permits": cell(String(y), String($0.permits)),
             "workers": cell(String(y), String($0.workers))] as Context
        }
        return c
    }

    /// The tables every page has, over `years`.
    private func sections(years: [Int], withSpan: Bool) -> Context {
        let spanLabel = withSpan ? span : nil
        var c: Context = [
            "columns": years.map { ["heading": heading($0), "span": false] as Context }
                + (spanLabel.map { _ in [["heading": label("whole_span"), "span": true] as Context] } ?? []),
        ]
        // Table 1: all, then with far abroad, the CIS, other regions (and not stated where not zero).
        var groups = ["TOTAL", "FAR_ABROAD", "CIS", "KZ_REGIONS"]
        if years.contains(where: { y in ["ARR", "DEP"].contains { (Double(data.flows[y]?["NOT_STATED \($0)"] ?? "") ?? 0) != 0 } }) {
            groups.append("NOT_STATED")
        }
        c["table1"] = groups.flatMap { group in
            ["ARR", "DEP", "NET"].map { flow -> Context in
                let name = group == "TOTAL" ? label("flow_\(flow)") : "\(label("flow_\(flow)")) \(label("group_\(group)"))"
                var cells = years.map { cell(String($0), data.flows[$0]?["\(group) \(flow)"], signed: flow == "NET") }
                if let spanLabel {
                    let total = years.reduce(Decimal(0)) { $0 + (Decimal(string: data.flows[$1]?["\(group) \(flow)"] ?? "") ?? 0) }
                    cells.append(cell(spanLabel, "\(total)", signed: flow == "NET"))
                }
                return ["label": name, "group": group, "flow": flow, "cells": cells, "total": group == "TOTAL"]
            }
        }
        // Police: persons, liable, expelled (all and CIS), registrations and their purposes.
        var police: [Context] = []
        for measure in ["PERSONS", "ADMIN_LIABLE", "EXPELLED", "REGISTRATIONS"] {
            for group in ["TOTAL", "CIS"] {
                let name = group == "TOTAL" ? label("measure_\(measure)") : "… \(label("of_them_cis"))"
                police.append(["label": name, "measure": measure, "group": group, "hasPurpose": false,
                               "cells": years.map { cell(String($0), data.police[$0]?["\(measure) \(group) _T"]) }])
            }
        }
        for purpose in ["WORK", "STUDY", "PRIVATE", "BUSINESS", "TOURISM", "TRANSIT", "OTHER"] {
            police.append(["label": "… \(label("purpose_\(purpose)"))", "measure": "REGISTRATIONS", "group": "TOTAL", "purpose": purpose, "hasPurpose": true,
                           "cells": years.map { cell(String($0), data.police[$0]?["REGISTRATIONS TOTAL \(purpose)"] ?? "0") }])
        }
        c["police"] = police
        c["policeChart"] = years.last.map { policeChart($0) } ?? ""
        // Labour: per measure and category.
        c["labour"] = ["QUOTA", "PERMITS", "WORKERS", "FULFILMENT"].flatMap { measure in
            ["_T", "I", "II", "III", "IV"].map { category -> Context in
                ["label": "\(label("measure_\(measure)")): \(label("category_\(category)"))", "measure": measure, "category": category,
                 "cells": years.map { cell(String($0), data.labour[$0]?["\(measure) \(category)"], measure: measure) }]
            }
        }
        c["labourChart"] = chart(years, [("legend_quota", "QUOTA _T"), ("legend_workers", "WORKERS _T")], from: data.labour, unit: "axis_persons")
        // Repatriates: planned and resettled, fulfilment, payments.
        let rows: [(String, String, String)] = [
            ("PLAN_FAMILIES", "QUOTA", "measure_PLAN_FAMILIES"), ("FAMILIES", "QUOTA", "measure_FAMILIES"),
            ("FAMILIES", "NON_QUOTA", "measure_FAMILIES"), ("FAMILIES", "_T", "measure_FAMILIES"),
            ("PLAN_PERSONS", "QUOTA", "measure_PLAN_PERSONS"), ("PERSONS", "_T", "measure_PERSONS_rep"),
            ("FULFILMENT", "QUOTA", "measure_FULFILMENT"),
            ("PAY_BENEFIT", "_T", "measure_PAY_BENEFIT"), ("PAY_TRANSPORT", "_T", "measure_PAY_TRANSPORT"),
            ("PAY_HOUSING", "_T", "measure_PAY_HOUSING"), ("PAY_ADAPTATION", "_T", "measure_PAY_ADAPTATION"),
        ]
        c["repatriates"] = rows.map { measure, basis, key -> Context in
            let suffix = basis == "_T" || measure.hasPrefix("PLAN") || measure == "FULFILMENT" ? "" : " (\(label("basis_\(basis)")))"
            return ["label": label(key) + suffix, "measure": measure, "basis": basis,
                    "cells": years.map { cell(String($0), data.repatriates[$0]?["\(measure) \(basis)"], measure: measure) }]
        }
        c["repatriatesChart"] = chart(years, [("legend_planned", "PLAN_FAMILIES QUOTA"), ("legend_resettled", "FAMILIES QUOTA")],
                                      from: data.repatriates, unit: "axis_families")
        // Data quality: per year and feed.
        c["quality"] = years.flatMap { y in
            (data.quality[y] ?? []).map { q -> Context in
                let rate = q.read > 0 ? Self.fixed(Decimal(q.rejected) * 100 / Decimal(q.read), 1) : ""
                return ["year": y, "href": "\(y).html", "feed": q.feed, "feedLabel": label("feed_\(q.feed)"),
                        "filesRead": q.filesRead, "quarantined": q.quarantined,
                        "read": cell(String(y), String(q.read)), "accepted": cell(String(y), String(q.accepted)),
                        "rejected": cell(String(y), String(q.rejected)),
                        "rate": ["value": rate, "text": rate.isEmpty ? "–" : rate],
                        "status": label(data.status[y] == "ok" ? "status_ok" : "status_failed"), "failed": data.status[y] != "ok"]
            }
        }
        return c
    }

    // MARK: Outlook (programme §6)

    /// The average yearly balance of the last three complete years (12 months
    /// of slips) by partner group, and what it adds over the next three years.
    private func outlook() -> Context {
        let complete = data.years.filter { (data.coverage[$0] ?? 0) == 12 }.suffix(3)
        guard complete.count == 3 else { return ["available": false] }
        var rows: [Context] = []
        for group in ["TOTAL", "FAR_ABROAD", "CIS", "KZ_REGIONS", "NOT_STATED"] {
            let sum = complete.reduce(Decimal(0)) { $0 + (Decimal(string: data.flows[$1]?["\(group) NET"] ?? "") ?? 0) }
            if group == "NOT_STATED" && sum == 0 { continue }
            var exact = sum / 3, average = Decimal()
            NSDecimalRound(&average, &exact, 0, .plain)   // half away from zero
            let avg = Self.fixed(average, 0), three = Self.fixed(average * 3, 0)
            rows.append(["group": group, "label": label("group_\(group)"), "total": group == "TOTAL",
                         "average": ["value": avg, "text": ReportNumber.format(avg, signed: true)],
                         "three": ["value": three, "text": ReportNumber.format(three, signed: true)]])
        }
        return ["available": true, "baseYears": complete.map(String.init).joined(separator: ", "), "rows": rows]
    }

    // MARK: Charts

    /// A chart with its caption, as markup for a `{{{triple}}}` tag (the caption escaped here).
    private func figure(_ svg: String, caption: String) -> String {
        "<figure>\(svg)<figcaption>\(HTMLText.escape(label(caption)))</figcaption></figure>"
    }

    private func chart(_ years: [Int], _ series: [(String, String)], from table: [Int: [String: String]], unit: String) -> String {
        SVGChart(categories: years.map(String.init),
                 series: series.map { key, cellKey in SVGChart.Series(label(key), years.map { Double(table[$0]?[cellKey] ?? "") }) },
                 unit: label(unit), axis: label("axis_year")).render(caption: label(unit))
    }

    private func balanceChart() -> String {
        let groups = ["TOTAL", "FAR_ABROAD", "CIS", "KZ_REGIONS"]
        return SVGChart(categories: data.years.map(String.init),
                        series: groups.map { g in SVGChart.Series(label("group_\(g)"), data.years.map { Double(data.flows[$0]?["\(g) NET"] ?? "") }) },
                        unit: label("axis_persons"), axis: label("axis_year")).render(caption: label("chart_balance_caption"))
    }

    private func monthsChart(_ y: Int) -> String {
        let months = data.slipsByMonth[y] ?? [:]
        return SVGChart(categories: (1...12).map(String.init),
                        series: [SVGChart.Series(label("flow_ARR"), (1...12).map { months[$0]?.0 ?? 0 }),
                                 SVGChart.Series(label("flow_DEP"), (1...12).map { months[$0]?.1 ?? 0 })],
                        unit: label("axis_persons"), axis: label("axis_month")).render(caption: label("chart_months_caption"))
    }

    /// Registered persons by citizenship group, then the ten largest countries (names from the code lists).
    private func policeChart(_ y: Int) -> String {
        let groups = ["CIS", "FAR_ABROAD", "STATELESS", "NOT_STATED"]
        var categories = groups.map { label("group_\($0)") }
        var values = groups.map { Double(data.police[y]?["PERSONS \($0) _T"] ?? "") }
        for (country, persons) in data.policeCountries[y] ?? [] {
            categories.append(codeLists.countryName(country, language: language) ?? country)
            values.append(persons)
        }
        var chart = SVGChart(categories: categories, series: [SVGChart.Series(label("measure_PERSONS"), values)],
                             unit: label("axis_persons"), axis: String(y))
        chart.height = 340
        return chart.render(caption: label("chart_police_caption"))
    }
}
