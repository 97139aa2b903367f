/// What the repatriates table counts: a resettled family (with the month it
/// arrived in: its quarter), or the year's plan.
enum RepatriateCount: StagedRecord {
    /// `payments` in tiyn, in `Repatriates.paymentKinds` order.
    case family(basis: String, origin: String, persons: Int, payments: [Int], month: Int)
    /// The plan as the file states it (empty: not stated).
    case plan(families: String, persons: String)

    /// The fields of each kind of line, in order; the first says which kind.
    static let familyFields = ["kind", "basis", "origin", "persons"] + Repatriates.paymentKinds.map { "pay_\($0)" } + ["month"]
    static let planFields = ["kind", "families", "persons"]

    static func fieldNames(_ staged: [String]) -> [String] {
        switch staged.first { case "F": familyFields; case "PLAN": planFields; default: [] }
    }

    var staged: [String] {
        switch self {
        case .family(let basis, let origin, let persons, let payments, let month):
            return ["F", basis, origin, String(persons)] + payments.map(String.init) + [String(month)]
        case .plan(let families, let persons): return ["PLAN", families, persons]
        }
    }

    init?(staged f: [String]) {
        switch f.first {
        case "PLAN" where f.count == 3: self = .plan(families: f[1], persons: f[2])
        case "F" where f.count == 5 + Repatriates.paymentKinds.count:
            guard let persons = Int(f[3]), let month = Int(f[f.count - 1]), (1...12).contains(month) else { return nil }
            let payments = f[4..<(f.count - 1)].compactMap { Int($0) }
            guard payments.count == Repatriates.paymentKinds.count else { return nil }
            self = .family(basis: f[1], origin: f[2], persons: persons, payments: payments, month: month)
        default: return nil
        }
    }
}
