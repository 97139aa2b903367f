/// The labour quota's section of the report (REPORT.md): quota, permits,
/// workers and fulfilment per category, and on a year's page its largest
/// employers by workers on accepted permits.
enum LabourQuotasReport {
    static let sections = [
        ReportSection(id: "labour", labels: [
            "labour_title", "category", "chart_labour_caption", "top_employers", "employer", "employer_bin", "legend_quota", "legend_workers",
            "axis_persons", "measure_PERMITS", "measure_WORKERS",
        ] + measures.map { "labour_\($0)" } + categories.map { "category_\($0)" }, periods: LabourQuotaTable.periodMeasures) { try Labour.read($0) },
    ]

    static let measures = ["QUOTA", "PERMITS", "WORKERS", "FULFILMENT"]
    static let categories = ["_T", "I", "II", "III", "IV"]

    struct Labour: ReportSectionContent {
        /// year → "MEASURE CATEGORY" → value (citizenship `_T`).
        var values: [Int: [String: String]] = [:]
        /// year → the five largest employers by workers on accepted permits.
        var employers: [Int: [(name: String, bin: String, permits: Int, workers: Int)]] = [:]

        static func read(_ db: ReportReader) throws -> Labour {
            var l = Labour()
            for row in try db.rows("SELECT time_period, measure, category, obs_value FROM \(db.statistics("labour_quota")) WHERE citizenship = '_T'") {
                l.values[row.year(0), default: [:]]["\(row[1]) \(row[2])"] = try row.decimal(3, "labour_quota.obs_value (\(row[0]))")
            }
            for row in try db.rows("SELECT year, employer, employer_bin, permits, workers FROM \(db.records("permits_by_employer"))") {
                let place = "permits_by_employer (\(row[0]), BIN \(row[2]))"
                l.employers[row.year(0), default: []].append((row[1], row[2], try row.integer(3, "\(place).permits"), try row.integer(4, "\(place).workers")))
            }
            for (y, list) in l.employers {
                l.employers[y] = Array(list.sorted { ($0.workers, $1.bin) > ($1.workers, $0.bin) }.prefix(5))
            }
            return l
        }

        func context(on page: ReportSectionPage) -> [String: Any]? {
            let years = page.years
            var c: [String: Any] = [
                "rows": measures.flatMap { measure in
                    categories.map { category -> [String: Any] in
                        // A phrase per measure with the category in it, the unit last ("Выполнение квоты (все категории), %").
                        ["label": page.label("labour_\(measure)", ["category": page.label("category_\(category)")]), "measure": measure, "category": category,
                         "cells": years.map { page.cell(String($0), values[$0]?["\(measure) \(category)"], decimals: measure == "FULFILMENT" ? 1 : 0) }]
                    }
                },
                "chart": page.yearChart(years, [("legend_quota", { values[$0]?["QUOTA _T"] }), ("legend_workers", { values[$0]?["WORKERS _T"] })],
                                        unit: "axis_persons", caption: "chart_labour_caption"),
            ]
            if case .year(let y) = page.kind {
                c["employers"] = ["rows": (employers[y] ?? []).map {
                    ["name": $0.name, "bin": $0.bin, "permits": page.cell(String(y), String($0.permits)),
                     "workers": page.cell(String(y), String($0.workers))] as [String: Any]
                }]
            }
            return c
        }
    }
}
