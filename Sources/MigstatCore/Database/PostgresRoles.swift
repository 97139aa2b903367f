/// PostgreSQL's three roles (DATABASE.md): `migstat_loader` owns both schemas
/// and writes, `migstat_analyst` reads both, `migstat_reader` reads the
/// statistics only, so the server itself refuses a reader the record tables.
enum PostgresRoles {
    static let loader = "migstat_loader", analyst = "migstat_analyst", reader = "migstat_reader"

    /// Creates the roles when the connecting user may, then works as the
    /// loader so that it owns what it creates.
    static func prepare(_ c: DatabaseConnection) throws {
        let mayCreate = try c.rows("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user").first?.first ?? nil == "t"
        for role in [loader, analyst, reader] {
            let exists = try !c.rows("SELECT 1 FROM pg_roles WHERE rolname = \(sqlLiteral(role))").isEmpty
            if !exists && mayCreate { try c.execute("CREATE ROLE \(role) LOGIN") }
        }
        // Roles are the server's, databases many: the loader may create its schemas in this one.
        if mayCreate { try c.execute("GRANT CREATE, CONNECT, TEMPORARY ON DATABASE \"\(try database(c))\" TO \(loader)") }
        let member = try c.rows("SELECT pg_has_role(current_user, \(sqlLiteral(loader)), 'MEMBER') FROM pg_roles WHERE rolname = \(sqlLiteral(loader))")
        if member.first?.first ?? nil == "t" { try c.execute("SET ROLE \(loader)") }
    }

    static func database(_ c: DatabaseConnection) throws -> String {
        (try c.rows("SELECT current_database()").first?.first ?? nil) ?? ""
    }

    /// What the analyst and the reader may read; future tables too.
    static func grant(_ c: DatabaseConnection) throws {
        let roles = Set(try c.rows("SELECT rolname FROM pg_roles WHERE rolname IN ('\(analyst)', '\(reader)')").compactMap { $0.first ?? nil })
        try c.execute("REVOKE ALL ON SCHEMA records FROM PUBLIC")
        for role in [analyst, reader] where roles.contains(role) {
            try c.execute("""
                GRANT USAGE ON SCHEMA statistics TO \(role);
                GRANT SELECT ON ALL TABLES IN SCHEMA statistics TO \(role);
                ALTER DEFAULT PRIVILEGES IN SCHEMA statistics GRANT SELECT ON TABLES TO \(role)
                """)
        }
        if roles.contains(analyst) {
            try c.execute("""
                GRANT USAGE ON SCHEMA records TO \(analyst);
                GRANT SELECT ON ALL TABLES IN SCHEMA records TO \(analyst);
                ALTER DEFAULT PRIVILEGES IN SCHEMA records GRANT SELECT ON TABLES TO \(analyst)
                """)
        }
    }
}
