/// The statistics office's population on 1 January, adjustments, births and
/// deaths → POPULATION, whose migration measures are the same year's
/// migration-flows totals: the first table built from two feeds.
enum Population {
    static let plugin: FeedPlugin = {
        var p = FeedPlugin(
            name: "population", statisticsFile: "population.csv",
            makeRules: { try PopulationRules(context: $0) },
            aggregate: { try PopulationTable.build(from: $0, context: $1) },
            statisticsColumns: (["MEASURE", "SEX"], ["OBS_STATUS", "COVERAGE"]),
            recordTables: [
                RecordTable("population_row", kind: "population", [
                    .init("item"), .init("date"), .init("sex"), .init("persons", .integer), .init("note"),
                ]),
                RecordTable("vital_row", kind: "vital", [
                    .init("month"), .init("sex"), .init("births", .integer), .init("deaths", .integer),
                ]),
            ])
        p.reads = [migrationFeed]
        p.previousYearChecks = [startCheck]
        p.reportSections = PopulationReport.sections
        return p
    }()

    /// The feed whose `TOTAL` arrivals, departures and net migration the table reads.
    static let migrationFeed = "migration-slips"
    /// STATISTICS.md: the population on 1 January is the previous year's at its end
    /// (when that year is published with 12 months of both feeds).
    static let startCheck = PreviousYearCheck(
        name: "population: start = previous year's end", feeds: ["population", migrationFeed], reads: ["population.csv"]
    ) { current, previous in
        guard let start = current["population.csv"]?.value(["MEASURE": "POP_START"]),
              let end = previous["population.csv"]?.value(["MEASURE": "POP_END"]) else { return false }
        return start == end
    }

    /// The vocabularies' canonical words, as the rules and the record tables write them.
    static let items = ["START", "ADJUSTMENT"]
    static let sexes = ["M", "F"]
}
