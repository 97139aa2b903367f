import Foundation

/// What the report shows, read from the unified database: the statistics
/// tables for the published figures, the record tables for what only
/// records can tell (arrivals by month, employers), the operations tables
/// for data quality. Values stay as the database returns them (text).
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
            guard let y = Int(row[0] ?? "") else { continue }
            d.years.append(y)
            d.status[y] = row[1] ?? ""
        }
        func year(_ v: String?) -> Int { Int(v ?? "") ?? 0 }
        for row in try c.rows("SELECT time_period, partner_group, flow, obs_value, coverage FROM \(s)migration_flows WHERE partner = '_T' AND ethnicity = '_T'") {
            d.flows[year(row[0]), default: [:]]["\(row[1]!) \(row[2]!)"] = row[3] ?? ""
            d.coverage[year(row[0])] = Int(row[4] ?? "") ?? 0
        }
        for row in try c.rows("SELECT time_period, measure, citizenship_group, purpose, obs_value FROM \(s)foreign_registrations WHERE citizenship = '_T'") {
            d.police[year(row[0]), default: [:]]["\(row[1]!) \(row[2]!) \(row[3]!)"] = row[4] ?? ""
        }
        for row in try c.rows("SELECT time_period, citizenship, obs_value FROM \(s)foreign_registrations WHERE measure = 'PERSONS' AND citizenship <> '_T' AND purpose = '_T'") {
            d.policeCountries[year(row[0]), default: []].append((row[1]!, Double(row[2] ?? "") ?? 0))
        }
        for (y, list) in d.policeCountries {
            d.policeCountries[y] = Array(list.sorted { ($0.persons, $1.country) > ($1.persons, $0.country) }.prefix(10))
        }
        for row in try c.rows("SELECT time_period, measure, category, obs_value FROM \(s)labour_quota WHERE citizenship = '_T'") {
            d.labour[year(row[0]), default: [:]]["\(row[1]!) \(row[2]!)"] = row[3] ?? ""
        }
        for row in try c.rows("SELECT time_period, measure, basis, obs_value FROM \(s)repatriates WHERE origin = '_T'") {
            d.repatriates[year(row[0]), default: [:]]["\(row[1]!) \(row[2]!)"] = row[3] ?? ""
        }
        for row in try c.rows("SELECT year, month, arrivals, departures FROM \(s)slips_by_month") {
            d.slipsByMonth[year(row[0]), default: [:]][Int(row[1] ?? "") ?? 0] = (Double(row[2] ?? "") ?? 0, Double(row[3] ?? "") ?? 0)
        }
        for row in try c.rows("SELECT year, employer, employer_bin, permits, workers FROM \(r)permits_by_employer") {
            d.employers[year(row[0]), default: []].append((row[1] ?? "", row[2] ?? "", Int(row[3] ?? "") ?? 0, Int(row[4] ?? "") ?? 0))
        }
        for (y, list) in d.employers {
            d.employers[y] = Array(list.sorted { ($0.workers, $1.bin) > ($1.workers, $0.bin) }.prefix(5))
        }
        var files: [String: (read: Int, quarantined: Int)] = [:]
        for row in try c.rows("SELECT year, feed, status, COUNT(*) FROM \(s)input_file GROUP BY year, feed, status") {
            let key = "\(row[0]!) \(row[1]!)", n = Int(row[3] ?? "") ?? 0
            if row[2] == "read" { files[key, default: (0, 0)].read += n }
            if row[2] == "quarantined" { files[key, default: (0, 0)].quarantined += n }
        }
        var fates: [String: [String: [String: Int]]] = [:]   // feed → year → fate → records
        for row in try c.rows("SELECT feed, year, fate, SUM(records) FROM \(s)record_fates GROUP BY feed, year, fate") {
            fates[row[0]!, default: [:]][row[1]!, default: [:]][row[2]!] = Int(row[3] ?? "") ?? 0
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
