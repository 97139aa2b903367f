/// What the population table counts: the population on 1 January of one
/// sex, an adjustment, or one month's births and deaths of one sex; the
/// latter two with the month of their own date (their quarter).
enum PopulationCount: StagedRecord {
    case start(sex: String, persons: Int)
    case adjustment(sex: String, persons: Int, month: Int)
    case vital(sex: String, births: Int, deaths: Int, month: Int)

    var staged: [String] {
        switch self {
        case .start(let sex, let persons): return ["START", sex, String(persons)]
        case .adjustment(let sex, let persons, let month): return ["ADJUSTMENT", sex, String(persons), String(month)]
        case .vital(let sex, let births, let deaths, let month): return ["VITAL", sex, String(births), String(deaths), String(month)]
        }
    }

    init?(staged f: [String]) {
        func month(_ text: String) -> Int? { Int(text).flatMap { (1...12).contains($0) ? $0 : nil } }
        switch (f.first, f.count) {
        case ("START", 3): guard let n = Int(f[2]) else { return nil }; self = .start(sex: f[1], persons: n)
        case ("ADJUSTMENT", 4):
            guard let n = Int(f[2]), let m = month(f[3]) else { return nil }
            self = .adjustment(sex: f[1], persons: n, month: m)
        case ("VITAL", 5):
            guard let b = Int(f[2]), let d = Int(f[3]), let m = month(f[4]) else { return nil }
            self = .vital(sex: f[1], births: b, deaths: d, month: m)
        default: return nil
        }
    }
}
