/// How SQLite stores a statistic's value (`obs_value`) so that it reads back
/// as the file has it. SQLite has no exact decimal: a NUMERIC column turns
/// '20000000003527.83' into a REAL that reads back as 20000000003527.8. So
/// the column has no type affinity (SQLColumn.typeName), nothing converts
/// what is bound, and each value goes in as the most useful type that keeps it:
/// - a whole number within 64 bits as INTEGER;
/// - a decimal of at most 15 significant digits (DBL_DIG: it survives a
///   double) that SQLite prints without an exponent (`%!.15g`: no more than
///   three zeros after the point) as REAL;
/// - anything else (more digits, a tiny fraction, a whole number beyond 64
///   bits) as TEXT, in its one spelling (DecimalValue), so that equal values are equal text.
/// Text that is no number at all is kept as given: `db check` names it.
enum SQLiteNumber: Equatable {
    case integer(Int64)
    case real(Double)
    case text(String)

    /// nil for an empty value (NULL).
    init?(_ text: String) {
        guard !text.isEmpty else { return nil }
        guard let canonical = DecimalValue.canonical(text) else { self = .text(text); return }
        guard let point = canonical.firstIndex(of: ".") else {
            self = Int64(canonical).map(Self.integer) ?? .text(canonical)
            return
        }
        let digits = canonical.filter(\.isNumber)
        let significant = digits.drop { $0 == "0" }
        let whole = canonical[..<point].filter(\.isNumber)
        let zerosAfterPoint = canonical[canonical.index(after: point)...].prefix { $0 == "0" }.count
        let printsPlain = whole != "0" || zerosAfterPoint <= 3
        if significant.count <= 15, printsPlain, let d = Double(canonical) {
            self = .real(d)
        } else {
            self = .text(canonical)
        }
    }
}
