/// Every release of a year (DATABASE.md, STATISTICS.md "Releases and
/// revisions"): `release`, one row per release a load brought, and for each
/// statistics table `<table>_history`, its rows as each release published
/// them. Neither is replaced when a year reloads: they are the record of what
/// was published when. The view `revisions` compares each release with the
/// previous one the database holds for its year, figure by figure.
enum ReleaseTables {
    static let release = DatabaseSchema.Table(schema: "statistics", name: "release", columns: [
        DatabaseSchema.refArea, SQLColumn("year", .integer, notNull: true), SQLColumn("release_no", .integer, notNull: true),
        SQLColumn("published_at", .timestamp, notNull: true), SQLColumn("manifest_sha256", .text, notNull: true),
        // manifest.json's coverage as JSON: {"feed": months, …}.
        SQLColumn("coverage", .text, notNull: true),
        // Beyond the contract's columns: manifest.json's `files`, the input files behind the release's changes, as a JSON array.
        SQLColumn("files", .text, notNull: true),
    ], primaryKey: ["ref_area", "year", "release_no"])

    /// The statistics tables whose releases are kept: every feed's, yearly and quarterly.
    static var released: [DatabaseSchema.Table] { DatabaseSchema.publishedTables.map(\.table) }

    /// `<table>_history`: the table's columns, then `release_no`, which joins its key after `time_period`.
    static func history(of t: DatabaseSchema.Table) -> DatabaseSchema.Table {
        var key = t.primaryKey
        key.insert("release_no", at: (key.firstIndex(of: "time_period") ?? 0) + 1)
        return DatabaseSchema.Table(schema: t.schema, name: "\(t.name)_history",
                                    columns: t.columns + [SQLColumn("release_no", .integer, notNull: true)], primaryKey: key)
    }

    static var historyTables: [(of: DatabaseSchema.Table, history: DatabaseSchema.Table)] { released.map { ($0, history(of: $0)) } }

    /// Every table of releases, `release` first.
    static var tables: [DatabaseSchema.Table] { [release] + historyTables.map(\.history) }

    /// The statistic's dimensions: its key after `ref_area` and `time_period`.
    static func dimensions(_ t: DatabaseSchema.Table) -> [String] {
        t.primaryKey.filter { $0 != "ref_area" && $0 != "time_period" }
    }

    /// The year a row of the table belongs to: `time_period` itself, or the
    /// year of a quarter (`2003-Q1`) in a quarterly table.
    static func year(of t: DatabaseSchema.Table, _ alias: String) -> String {
        t.columns.first { $0.name == "time_period" }?.kind == .integer
            ? "\(alias).time_period" : "CAST(substr(\(alias).time_period, 1, 4) AS INTEGER)"
    }

    /// `revisions`: one row per statistic whose value a release changed from the
    /// previous release of its year the database holds (present in only one of
    /// them included: `previous_value` or `value` is NULL). The dimensions differ
    /// from table to table, so they are one text, `column=value` pairs joined by
    /// `;` in the key's order (`measure=ARRIVALS;sex=M`), beside `time_period`
    /// as text (`2003`, `2003-Q1`); `files`, beyond the contract's columns, the
    /// release's files behind the change (`release.files`).
    static let revisions = DatabaseView(schema: "statistics", name: "revisions", everyFeed: true) { names in
        // Each release with the release before it the database holds for that year (NULL for the first).
        let pairs = """
            (SELECT c.ref_area, c.year, c.release_no, c.files, (SELECT MAX(p.release_no) FROM \(names("release")) p
               WHERE p.ref_area = c.ref_area AND p.year = c.year AND p.release_no < c.release_no) AS previous_release_no
             FROM \(names("release")) c) r
            """
        let differs = names.dialect == .postgresql ? "IS DISTINCT FROM" : "IS NOT"
        return historyTables.map { of, history in
            let h = names(history.name), dims = dimensions(of)
            func text(_ a: String) -> String {
                dims.isEmpty ? "''" : dims.enumerated().map { "'\($0.offset == 0 ? "" : ";")\($0.element)=' || \(a).\($0.element)" }
                    .joined(separator: " || ")
            }
            let same = (["time_period"] + dims).map { "o.\($0) = n.\($0)" }.joined(separator: " AND ")
            func row(_ a: String, previous: String, value: String) -> String {
                "SELECT r.ref_area, r.year, '\(of.name)' AS table_name, CAST(\(a).time_period AS TEXT) AS time_period, "
                    + "\(text(a)) AS dimensions, r.release_no, r.previous_release_no, \(previous) AS previous_value, \(value) AS value, r.files"
            }
            // Changed or new in the release, then present only in the previous one.
            return """
                \(row("n", previous: "o.obs_value", value: "n.obs_value"))
                FROM \(pairs)
                JOIN \(h) n ON n.ref_area = r.ref_area AND n.release_no = r.release_no AND \(year(of: of, "n")) = r.year
                LEFT JOIN \(h) o ON o.ref_area = r.ref_area AND o.release_no = r.previous_release_no AND \(same)
                WHERE r.previous_release_no IS NOT NULL AND (o.release_no IS NULL OR o.obs_value \(differs) n.obs_value)
                UNION ALL
                \(row("o", previous: "o.obs_value", value: "NULL"))
                FROM \(pairs)
                JOIN \(h) o ON o.ref_area = r.ref_area AND o.release_no = r.previous_release_no AND \(year(of: of, "o")) = r.year
                WHERE NOT EXISTS (SELECT 1 FROM \(h) n WHERE n.ref_area = r.ref_area AND n.release_no = r.release_no AND \(same))
                """
        }.joined(separator: "\nUNION ALL\n")
    }
}
