/// How a statistics table's measures behave across the periods of a year
/// (STATISTICS.md "Quarterly statistics"): what its quarters are checked
/// against the year by. A table declares it; the engine checks it.
struct PeriodMeasures: Sendable {
    enum Kind: Sendable {
        /// Counts events or money: the quarters add up to the year.
        case events
        /// A stock on the period's first day: the first quarter opens with the year.
        case opening
        /// A stock on the period's last day: the last quarter closes with the year.
        case closing
        /// Already to date at the period's end (a quota or plan the quarters repeat, fulfilment
        /// through the period's end): not additive; the year to date is the last quarter's value.
        case toDate
        /// Distinct persons, a rate within the period: not additive, and not to be had from the quarters.
        case other
    }

    /// The dimension whose code names the measure (`MEASURE`, `FLOW`); nil: every row is `otherwise`.
    let dimension: String?
    let kinds: [String: Kind]
    let otherwise: Kind

    init(dimension: String?, _ kinds: [String: Kind] = [:], otherwise: Kind = .other) {
        (self.dimension, self.kinds, self.otherwise) = (dimension, kinds, otherwise)
    }

    /// Every row counts events (e.g. flows: arrivals, departures and their difference).
    static let allEvents = PeriodMeasures(dimension: nil, otherwise: .events)

    /// The kind of a row, by its dimension codes in the table's column order.
    func kind(_ dimensions: [String], in table: SDMXTable) -> Kind {
        guard let dimension, let at = table.dimensions.firstIndex(where: { $0.name == dimension }) else { return otherwise }
        return kinds[dimensions[at]] ?? otherwise
    }
}
