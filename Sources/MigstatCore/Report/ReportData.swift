import Foundation

/// What the report shows, read from the unified database: the statistics
/// tables for the published figures, the record tables for what only
/// records can tell (arrivals by month, employers), the operations tables
/// for data quality. Values stay as the database returns them (text), each
/// checked by `ReportValue` first: a hand-edited value that cannot be shown
/// stops the report (exit 4), it never traps a conversion.
struct ReportData {
    var years: [Int] = []
    var status: [Int: String] = [:]
    /// Months covered by the slips feed per year (12: a complete year).
    var coverage: [Int: Int] = [:]
    /// year → "GROUP FLOW" → value (partner `_T`, ethnicity `_T`).
    var flows: [Int: [String: String]] = [:]
    /// year → "MEASURE GROUP PURPOSE" → value (citizenship `_T`).
    var police: [Int: [String: String]] = [:]
    /// year → the ten largest countries by registered persons.
    var policeCountries: [Int: [(country: String, persons: Double)]] = [:]
    /// year → "MEASURE CATEGORY" → value (citizenship `_T`).
    var labour: [Int: [String: String]] = [:]
    /// year → "MEASURE BASIS" → value (origin `_T`).
    var repatriates: [Int: [String: String]] = [:]
    /// year → month → (arrivals, departures), from the accepted slips.
    var slipsByMonth: [Int: [Int: (Double, Double)]] = [:]
    /// year → largest employers by workers on accepted permits.
    var employers: [Int: [(name: String, bin: String, permits: Int, workers: Int)]] = [:]
    struct Quality { var feed: String; var filesRead, quarantined, read, accepted, rejected: Int }
    var quality: [Int: [Quality]] = [:]

    static func read(_ db: UnifiedDatabase) throws -> ReportData {
        let c = db.connection
        let s = c.dialect == .postgresql ? "statistics." : "", r = c.dialect == .postgresql ? "records." : ""
        var d = ReportData()
        for row in try c.rows("SELECT year, status FROM \(s)year_state ORDER BY year") {
            let y = try ReportValue.integer(row[0], "year_state.year")
            guard (1...9999).contains(y) else { throw ReportValue.unshowable(row[0] ?? "", "year_state.year") }
            d.years.append(y)
            d.status[y] = row[1] ?? ""
        }
        func year(_ v: String?) -> Int { Int(v ?? "") ?? 0 }
        for row in try c.rows("SELECT time_period, partner_group, flow, obs_value, coverage FROM \(s)migration_flows WHERE partner = '_T' AND ethnicity = '_T'") {
            d.flows[year(row[0]), default: [:]]["\(row[1] ?? "") \(row[2] ?? "")"] = try ReportValue.decimal(row[3], "migration_flows.obs_value (\(row[0] ?? ""))")
            d.coverage[year(row[0])] = try ReportValue.integer(row[4], "migration_flows.coverage (\(row[0] ?? ""))")
        }
        for row in try c.rows("SELECT time_period, measure, citizenship_group, purpose, obs_value FROM \(s)foreign_registrations WHERE citizenship = '_T'") {
            d.police[year(row[0]), default: [:]]["\(row[1] ?? "") \(row[2] ?? "") \(row[3] ?? "")"] = try ReportValue.decimal(row[4], "foreign_registrations.obs_value (\(row[0] ?? ""))")
        }
        for row in try c.rows("SELECT time_period, citizenship, obs_value FROM \(s)foreign_registrations WHERE measure = 'PERSONS' AND citizenship <> '_T' AND purpose = '_T'") {
            let persons = try ReportValue.decimal(row[2], "foreign_registrations.obs_value (\(row[0] ?? ""), \(row[1] ?? ""))")
            d.policeCountries[year(row[0]), default: []].append(((row[1] ?? ""), ReportValue.number(persons) ?? 0))
        }
        for (y, list) in d.policeCountries {
            d.policeCountries[y] = Array(list.sorted { ($0.persons, $1.country) > ($1.persons, $0.country) }.prefix(10))
        }
        for row in try c.rows("SELECT time_period, measure, category, obs_value FROM \(s)labour_quota WHERE citizenship = '_T'") {
            d.labour[year(row[0]), default: [:]]["\(row[1] ?? "") \(row[2] ?? "")"] = try ReportValue.decimal(row[3], "labour_quota.obs_value (\(row[0] ?? ""))")
        }
        for row in try c.rows("SELECT time_period, measure, basis, obs_value FROM \(s)repatriates WHERE origin = '_T'") {
            d.repatriates[year(row[0]), default: [:]]["\(row[1] ?? "") \(row[2] ?? "")"] = try ReportValue.decimal(row[3], "repatriates.obs_value (\(row[0] ?? ""))")
        }
        for row in try c.rows("SELECT year, month, arrivals, departures FROM \(s)slips_by_month") {
            let place = "slips_by_month (\(row[0] ?? "") month \(row[1] ?? ""))"
            let arrivals = try ReportValue.integer(row[2], "\(place).arrivals"), departures = try ReportValue.integer(row[3], "\(place).departures")
            d.slipsByMonth[year(row[0]), default: [:]][Int(row[1] ?? "") ?? 0] = (Double(arrivals), Double(departures))
        }
        for row in try c.rows("SELECT year, employer, employer_bin, permits, workers FROM \(r)permits_by_employer") {
            let place = "permits_by_employer (\(row[0] ?? ""), BIN \(row[2] ?? ""))"
            d.employers[year(row[0]), default: []].append((row[1] ?? "", row[2] ?? "", try ReportValue.integer(row[3], "\(place).permits"),
                                                           try ReportValue.integer(row[4], "\(place).workers")))
        }
        for (y, list) in d.employers {
            d.employers[y] = Array(list.sorted { ($0.workers, $1.bin) > ($1.workers, $0.bin) }.prefix(5))
        }
        var files: [String: (read: Int, quarantined: Int)] = [:]
        for row in try c.rows("SELECT year, feed, status, COUNT(*) FROM \(s)input_file GROUP BY year, feed, status") {
            let key = "\(row[0] ?? "") \(row[1] ?? "")", n = try ReportValue.integer(row[3], "input_file (\(key))")
            if row[2] == "read" { files[key, default: (0, 0)].read += n }
            if row[2] == "quarantined" { files[key, default: (0, 0)].quarantined += n }
        }
        var fates: [String: [String: [String: Int]]] = [:]   // feed → year → fate → records
        for row in try c.rows("SELECT feed, year, fate, SUM(records) FROM \(s)record_fates GROUP BY feed, year, fate") {
            fates[(row[0] ?? ""), default: [:]][(row[1] ?? ""), default: [:]][(row[2] ?? "")] = try ReportValue.integer(row[3], "record_fates.records (\(row[0] ?? "") \(row[1] ?? "") \(row[2] ?? ""))")
        }
        for plugin in FeedRegistry.all {
            let counts = fates[plugin.name] ?? [:]
            for y in d.years {
                let f = counts[String(y)] ?? [:], fl = files["\(y) \(plugin.name)"] ?? (0, 0)
                d.quality[y, default: []].append(Quality(feed: plugin.name, filesRead: fl.read, quarantined: fl.quarantined,
                                                         read: f.values.reduce(0, +), accepted: f["accepted"] ?? 0,
                                                         rejected: f["rejected"] ?? 0))
            }
        }
        return d
    }
}
