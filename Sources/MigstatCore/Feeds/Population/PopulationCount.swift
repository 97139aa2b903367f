/// What the population table counts: the population on 1 January of one
/// sex, an adjustment, or one month's births and deaths of one sex.
enum PopulationCount: StagedRecord {
    case start(sex: String, persons: Int)
    case adjustment(sex: String, persons: Int)
    case vital(sex: String, births: Int, deaths: Int)

    var staged: [String] {
        switch self {
        case .start(let sex, let persons): return ["START", sex, String(persons)]
        case .adjustment(let sex, let persons): return ["ADJUSTMENT", sex, String(persons)]
        case .vital(let sex, let births, let deaths): return ["VITAL", sex, String(births), String(deaths)]
        }
    }

    init?(staged f: [String]) {
        switch (f.first, f.count) {
        case ("START", 3): guard let n = Int(f[2]) else { return nil }; self = .start(sex: f[1], persons: n)
        case ("ADJUSTMENT", 3): guard let n = Int(f[2]) else { return nil }; self = .adjustment(sex: f[1], persons: n)
        case ("VITAL", 4):
            guard let b = Int(f[2]), let d = Int(f[3]) else { return nil }
            self = .vital(sex: f[1], births: b, deaths: d)
        default: return nil
        }
    }
}
