/// What the labour-quota table counts: a category's quota, or a permit in
/// force (its latest row) with the month of its first issue (its quarter).
enum LabourCount: StagedRecord {
    case quota(category: String, quota: Int)
    case permit(category: String, country: String, workers: Int, month: Int)   // country empty: none named

    /// The fields of each kind of line, in order; the first says which kind.
    static let quotaFields = ["kind", "category", "quota"]
    static let permitFields = ["kind", "category", "country", "workers", "month"]

    static func fieldNames(_ staged: [String]) -> [String] {
        switch staged.first { case "Q": quotaFields; case "P": permitFields; default: [] }
    }

    var staged: [String] {
        switch self {
        case .quota(let category, let quota): return ["Q", category, String(quota)]
        case .permit(let category, let country, let workers, let month): return ["P", category, country, String(workers), String(month)]
        }
    }

    init?(staged f: [String]) {
        switch (f.first, f.count) {
        case ("Q", 3): guard let n = Int(f[2]) else { return nil }; self = .quota(category: f[1], quota: n)
        case ("P", 5):
            guard let n = Int(f[3]), let month = Int(f[4]), (1...12).contains(month) else { return nil }
            self = .permit(category: f[1], country: f[2], workers: n, month: month)
        default: return nil
        }
    }
}
