/// Where a mover came from or went to.
enum Partner: Equatable {
    case notStated
    case city
    case region(String)
    case country(String)
}

/// A partner from `partner_kind`, `partner_code` and `partner_name`: the code
/// wins when both resolve (a mismatch is reported), Kazakhstan, stateless or
/// anything that does not resolve within its kind is not stated.
enum PartnerResolver {
    static func resolve(kind: String?, code: String, name: String, lists: CodeLists, city: String) -> (Partner, Bool) {
        let byCode: String?, byName: String?
        switch kind {
        case "REGION":
            byCode = code.isEmpty ? nil : lists.region(code: code)
            byName = name.isEmpty ? nil : lists.region(name: name)
        case "COUNTRY":
            byCode = code.isEmpty ? nil : lists.country(code: code)
            byName = name.isEmpty ? nil : lists.country(name: name)
        default:
            return (.notStated, false)
        }
        guard let chosen = byCode ?? byName else { return (.notStated, false) }
        let mismatch = byCode != nil && byName != nil && byCode != byName
        if kind == "REGION" { return (chosen == city ? .city : .region(chosen), mismatch) }
        if chosen == CodeLists.kazakhstan || chosen == CodeLists.stateless { return (.notStated, mismatch) }
        return (.country(chosen), mismatch)
    }
}
