/// SQLite before this build kept `obs_value` in a NUMERIC column, which
/// stored a value of more than 15 significant digits as a REAL that no
/// longer reads back as the file has it (SQLiteNumber). The upgrade cannot
/// restore those digits, but the published files hold them: every year
/// with such a value is marked as not holding its publication, so the next
/// plain run loads it again (RunPlan), exactly this time. A REAL has lost
/// digits when its printed text does not read back as the same double: a
/// value SQLiteNumber stores as REAL always does, so the step finds nothing
/// in a database this build loaded, and a reload clears the mark.
extension UnifiedDatabase {
    /// `year_state.manifest_sha256` of a year to reload: never a manifest's sha256.
    static let lostDigitsMark = "reload: a value lost digits in a NUMERIC column"

    /// The upgrade's step that marks those years; none on PostgreSQL, whose NUMERIC is exact.
    func lostDigitSteps() throws -> [String] {
        guard dialect == .sqlite, try heldTable(DatabaseSchema.yearState) != nil else { return [] }
        let years = try DatabaseSchema.publishedTables.compactMap { _, t, _ -> String? in
            guard try heldTable(t) != nil else { return nil }
            return "SELECT ref_area, \(DatabaseSchema.yearColumn(of: t)) FROM \(t.name) "
                + "WHERE typeof(obs_value) = 'real' AND CAST(CAST(obs_value AS TEXT) AS REAL) <> obs_value"
        }
        guard !years.isEmpty else { return [] }
        return ["""
            UPDATE \(DatabaseSchema.yearState.name) SET manifest_sha256 = \(sqlLiteral(Self.lostDigitsMark))
            WHERE (ref_area, year) IN (\(years.joined(separator: " UNION ")))
            """]
    }
}
