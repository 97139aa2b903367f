/// A view of the unified database: its schema, its name and its SELECT over
/// tables named through `TableNames`, so one text serves both dialects. Every
/// view has a `year` column: `db check` compares each year of it with its
/// definition run afresh.
struct DatabaseView: Sendable {
    /// `statistics` or `records` (PostgreSQL schemas; SQLite has plain views).
    let schema: String
    let name: String
    /// Its definition reads every feed's tables (it is made again when a feed's tables are added).
    var everyFeed = false
    /// It has a `ref_area` column (a region's rows); false for a view over every region (`national_table1`).
    var perRegion = true
    let select: @Sendable (TableNames) -> String

    init(schema: String, name: String, everyFeed: Bool = false, perRegion: Bool = true, select: @escaping @Sendable (TableNames) -> String) {
        self.schema = schema; self.name = name; self.everyFeed = everyFeed; self.perRegion = perRegion; self.select = select
    }

    func qualified(_ dialect: SQLDialect) -> String { dialect == .postgresql ? "\(schema).\(name)" : name }

    func create(_ dialect: SQLDialect) -> String { "CREATE VIEW \(qualified(dialect)) AS\n\(select(TableNames(dialect: dialect)))" }
}
