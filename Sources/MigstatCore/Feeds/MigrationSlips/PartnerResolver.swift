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
        switch kind {
        case "REGION":
            let byCode = code.isEmpty ? nil : lists.region(code: code)
            let byName = name.isEmpty ? nil : lists.region(name: name)
            guard let chosen = byCode ?? byName else { return (.notStated, false) }
            return (chosen == city ? .city : .region(chosen), byCode != nil && byName != nil && byCode != byName)
        case "COUNTRY":
            let c = lists.country(code: code, name: name)
            guard c.alpha3 != nil else { return (.notStated, false) }
            return (c.named.map(Partner.country) ?? .notStated, c.mismatch)
        default:
            return (.notStated, false)
        }
    }
}
