/// The tables a database holds as its own catalog describes them (SQLite's
/// `PRAGMA table_info`, PostgreSQL's `pg_attribute` and `pg_index`): what
/// this build's definitions are compared with, so that a database made by
/// another version (a table or column missing, another key, on SQLite
/// another declared type) is found and brought to this build's definitions
/// (`SchemaUpgrade`).
struct HeldTable: Equatable {
    struct Column: Equatable {
        let name: String
        let notNull: Bool
        /// SQLite's declared type (it decides the column's affinity, so how a value is stored);
        /// nil on PostgreSQL, whose types this build has not changed.
        var declaredType: String? = nil
    }
    let columns: [Column]
    let primaryKey: [String]

    /// How `expected` differs from this table; empty when it does not. Column order aside
    /// (an upgraded PostgreSQL table has its added columns last), and a column of the
    /// database's own that this build does not define (it is kept, and read by nothing).
    func differences(from expected: DatabaseSchema.Table) -> [String] {
        var out: [String] = []
        let held = Dictionary(columns.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let missing = expected.columns.filter { held[$0.name] == nil }.map(\.name)
        if !missing.isEmpty { out.append("lacks \(missing.joined(separator: ", "))") }
        let nullability = expected.columns.filter { c in held[c.name].map { $0.notNull != c.notNull } ?? false }.map(\.name)
        if !nullability.isEmpty { out.append("another NOT NULL on \(nullability.joined(separator: ", "))") }
        let retyped = expected.columns.compactMap { c -> String? in
            guard let type = held[c.name]?.declaredType, type.uppercased() != c.typeName(.sqlite) else { return nil }
            return "\(c.name) \(type.isEmpty ? "untyped" : type)"
        }
        if !retyped.isEmpty { out.append("another type on \(retyped.joined(separator: ", "))") }
        if primaryKey != expected.primaryKey { out.append("key (\(primaryKey.joined(separator: ", "))), not (\(expected.primaryKey.joined(separator: ", ")))") }
        return out
    }
}

extension UnifiedDatabase {
    /// The table as the catalog has it; nil when the database has no such table.
    func heldTable(_ t: DatabaseSchema.Table) throws -> HeldTable? {
        if dialect == .sqlite {
            let info = try connection.rows("SELECT name, \"notnull\", pk, type FROM pragma_table_info(\(sqlLiteral(t.name)))")
            guard !info.isEmpty else { return nil }
            let key = info.filter { Int($0[2] ?? "") ?? 0 > 0 }.sorted { Int($0[2]!)! < Int($1[2]!)! }.compactMap { $0[0] }
            // An INTEGER PRIMARY KEY is the rowid: NOT NULL whatever the catalog says.
            return HeldTable(columns: info.map { HeldTable.Column(name: $0[0] ?? "", notNull: $0[1] == "1" || (key.count == 1 && $0[0] == key[0]),
                                                                  declaredType: $0[3] ?? "") },
                             primaryKey: key)
        }
        let relation = "\(sqlLiteral(t.qualified(.postgresql)))::regclass"
        let exists = try connection.rows("""
            SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = \(sqlLiteral(t.schema)) AND c.relname = \(sqlLiteral(t.name)) AND c.relkind IN ('r', 'p')
            """)
        guard !exists.isEmpty else { return nil }
        let columns = try connection.rows("""
            SELECT attname, attnotnull FROM pg_catalog.pg_attribute
            WHERE attrelid = \(relation) AND attnum > 0 AND NOT attisdropped ORDER BY attnum
            """)
        let key = try connection.rows("""
            SELECT a.attname FROM pg_catalog.pg_index i
            JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
            WHERE i.indrelid = \(relation) AND i.indisprimary ORDER BY array_position(i.indkey::int2[], a.attnum)
            """)
        return HeldTable(columns: columns.map { HeldTable.Column(name: $0[0] ?? "", notNull: $0[1] == "t") }, primaryKey: key.compactMap { $0[0] })
    }

    /// Every table of this build that the database holds with another definition, and how.
    func differingTables() throws -> [(table: DatabaseSchema.Table, differences: [String])] {
        try (DatabaseSchema.tables + [DatabaseSchema.run]).compactMap { t in
            guard let held = try heldTable(t) else { return nil }
            let d = held.differences(from: t)
            return d.isEmpty ? nil : (t, d)
        }
    }
}
