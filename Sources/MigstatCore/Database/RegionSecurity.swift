/// Many regions in one PostgreSQL (DATABASE.md): each region loads as its
/// own login role, a member of `migstat_region_loader` that the database's
/// administrator maps to its region in `statistics.region_loader`, and the
/// server itself lets such a role insert, update and delete only the rows of
/// its own `ref_area`, in every table that has one. The statistics stay
/// readable by all; a region reads only its own records (personal data).
/// The loader owns the tables, so row-level security never slows its loads.
enum RegionSecurity {
    static let mapping = "statistics.region_loader"
    /// The policies' names, fixed so that applying again replaces none that stand.
    static let readPolicy = "migstat_read", regionPolicy = "migstat_region"

    /// The rows of the role working now: its `ref_area`s in the mapping.
    static let ownRows = "ref_area IN (SELECT m.ref_area FROM \(mapping) m WHERE m.role_name = current_user)"

    /// Creates the mapping, grants the regions' group what a load needs and
    /// sets the policies on every table with a `ref_area` that lacks them
    /// (inside the schema's transaction, as the loader). Idempotent: a table
    /// whose policies stand is not touched, so no lock is taken on it.
    static func apply(_ c: DatabaseConnection) throws {
        try c.execute("""
            CREATE TABLE IF NOT EXISTS \(mapping) (
              role_name TEXT NOT NULL, ref_area TEXT NOT NULL, PRIMARY KEY (role_name, ref_area))
            """)
        guard try PostgresRoles.exists(PostgresRoles.regionLoader, c) else { return }
        let group = sqlIdentifier(PostgresRoles.regionLoader)
        try c.execute("""
            GRANT USAGE ON SCHEMA statistics, records TO \(group);
            GRANT SELECT ON ALL TABLES IN SCHEMA statistics, records TO \(group);
            GRANT USAGE ON ALL SEQUENCES IN SCHEMA statistics, records TO \(group)
            """)
        for (schema, name) in try regionalTables(c) {
            let t = "\(sqlIdentifier(schema)).\(sqlIdentifier(name))"
            try c.execute("GRANT INSERT, UPDATE, DELETE ON \(t) TO \(group)")
            let held = try policies(on: schema, name, c)
            if !held.enabled { try c.execute("ALTER TABLE \(t) ENABLE ROW LEVEL SECURITY") }
            if !held.names.contains(readPolicy) {
                // Whoever holds SELECT reads every region's statistics; a region's group only its own records.
                let rows = schema == "statistics" ? "true" : "NOT pg_has_role(current_user, \(sqlLiteral(PostgresRoles.regionLoader)), 'MEMBER')"
                try c.execute("CREATE POLICY \(readPolicy) ON \(t) FOR SELECT USING (\(rows))")
            }
            if !held.names.contains(regionPolicy) {
                try c.execute("CREATE POLICY \(regionPolicy) ON \(t) FOR ALL TO \(group) USING (\(ownRows)) WITH CHECK (\(ownRows))")
            }
        }
    }

    /// The tables of both schemas that have a `ref_area` column.
    static func regionalTables(_ c: DatabaseConnection) throws -> [(schema: String, name: String)] {
        try c.rows("""
            SELECT n.nspname, c.relname FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attname = 'ref_area' AND NOT a.attisdropped
            WHERE n.nspname IN ('statistics', 'records') AND c.relkind IN ('r', 'p') AND c.oid <> \(sqlLiteral(mapping))::regclass
            ORDER BY 1, 2
            """).map { ($0[0] ?? "", $0[1] ?? "") }
    }

    /// Whether row-level security is on for the table, and the names of its policies.
    private static func policies(on schema: String, _ name: String, _ c: DatabaseConnection) throws -> (enabled: Bool, names: Set<String>) {
        let oid = "\(sqlLiteral("\(sqlIdentifier(schema)).\(sqlIdentifier(name))"))::regclass"
        let enabled = try c.rows("SELECT relrowsecurity FROM pg_catalog.pg_class WHERE oid = \(oid)").first?.first ?? nil == "t"
        let names = try c.rows("SELECT polname FROM pg_catalog.pg_policy WHERE polrelid = \(oid)").compactMap { $0.first ?? nil }
        return (enabled, Set(names))
    }
}
