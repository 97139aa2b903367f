/// PostgreSQL's roles (DATABASE.md): `migstat_loader` owns both schemas and
/// writes, `migstat_analyst` reads both, `migstat_reader` reads the
/// statistics only, so the server itself refuses a reader the record tables;
/// `migstat_region_loader` is the group of the regions' own login roles,
/// which write only their region's rows (`RegionSecurity`).
enum PostgresRoles {
    static let loader = "migstat_loader", analyst = "migstat_analyst", reader = "migstat_reader"
    static let regionLoader = "migstat_region_loader"

    /// The roles made when the connecting user may, then the loader's own work.
    static func prepare(_ c: DatabaseConnection) throws {
        try createRoles(c)
        try actAsLoader(c)
    }

    /// Creates the roles when the connecting user may, and lets the loader
    /// create its schemas in this database. Runs under the schema lock
    /// (`SchemaLock`), before `actAsLoader`: the database's GRANT is one
    /// catalogue row that two sessions updating at once fail on ("tuple concurrently updated").
    static func createRoles(_ c: DatabaseConnection) throws {
        let mayCreate = try c.rows("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user").first?.first ?? nil == "t"
        guard mayCreate else { return }
        for role in [loader, analyst, reader] { try create(role, login: true, c) }
        // A group: its members log in as themselves, each mapped to its region.
        try create(regionLoader, login: false, c)
        // Roles are the server's, databases many: the loader may create its schemas in this one.
        let database = sqlIdentifier(try self.database(c))
        try c.execute("""
            GRANT CREATE, CONNECT, TEMPORARY ON DATABASE \(database) TO \(sqlIdentifier(loader));
            GRANT CONNECT, TEMPORARY ON DATABASE \(database) TO \(sqlIdentifier(regionLoader))
            """)
    }

    /// Works as the loader when the connecting user is one of its members, so
    /// that the loader owns what is created; a region's own role stays itself
    /// (its rows are limited by row-level security, which the owner would bypass).
    static func actAsLoader(_ c: DatabaseConnection) throws {
        let member = try c.rows("SELECT pg_has_role(current_user, \(sqlLiteral(loader)), 'MEMBER') FROM pg_roles WHERE rolname = \(sqlLiteral(loader))")
        if member.first?.first ?? nil == "t" { try c.execute("SET ROLE \(sqlIdentifier(loader))") }
    }

    /// Creates `role` unless it exists. Roles are shared by every database of
    /// the server, and the schema lock is one database's: a first run in
    /// another database may create the same role at the same instant, and
    /// the one that comes second finds it made ("already exists" is no error).
    private static func create(_ role: String, login: Bool, _ c: DatabaseConnection) throws {
        guard try c.rows("SELECT 1 FROM pg_roles WHERE rolname = \(sqlLiteral(role))").isEmpty else { return }
        try c.execute("""
            DO $migstat$ BEGIN CREATE ROLE \(sqlIdentifier(role))\(login ? " LOGIN" : " NOLOGIN");
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $migstat$
            """)
    }

    static func database(_ c: DatabaseConnection) throws -> String {
        (try c.rows("SELECT current_database()").first?.first ?? nil) ?? ""
    }

    static func exists(_ role: String, _ c: DatabaseConnection) throws -> Bool {
        try !c.rows("SELECT 1 FROM pg_roles WHERE rolname = \(sqlLiteral(role))").isEmpty
    }

    /// What the analyst and the reader may read (future tables too), and the regions' rights.
    static func grant(_ c: DatabaseConnection) throws {
        let roles = Set(try c.rows("SELECT rolname FROM pg_roles WHERE rolname IN (\(sqlLiteral(analyst)), \(sqlLiteral(reader)))").compactMap { $0.first ?? nil })
        try c.execute("REVOKE ALL ON SCHEMA records FROM PUBLIC")
        for role in [analyst, reader] where roles.contains(role) {
            let r = sqlIdentifier(role)
            try c.execute("""
                GRANT USAGE ON SCHEMA statistics TO \(r);
                GRANT SELECT ON ALL TABLES IN SCHEMA statistics TO \(r);
                ALTER DEFAULT PRIVILEGES IN SCHEMA statistics GRANT SELECT ON TABLES TO \(r)
                """)
        }
        if roles.contains(analyst) {
            let r = sqlIdentifier(analyst)
            try c.execute("""
                GRANT USAGE ON SCHEMA records TO \(r);
                GRANT SELECT ON ALL TABLES IN SCHEMA records TO \(r);
                ALTER DEFAULT PRIVILEGES IN SCHEMA records GRANT SELECT ON TABLES TO \(r)
                """)
        }
        try RegionSecurity.apply(c)
    }
}
