/// One of the unified database's record tables (DATABASE.md): the kind of a
/// feed's files whose records fill it, and its own columns. Normalise settles
/// every record read into one of these rows: the values the rules produced
/// where the record was accepted (or held as valid), and the fields as read
/// where it was not. The database loads the rows; it never re-derives them.
struct RecordTable: Sendable {
    enum ColumnType: String, Sendable { case text, integer }

    struct Column: Sendable {
        let name: String
        let type: ColumnType
        /// The definition fields that show the value as read: the first non-empty one.
        let asRead: [String]

        init(_ name: String, _ type: ColumnType = .text, asRead: [String]) {
            self.name = name; self.type = type; self.asRead = asRead
        }
        /// A column whose field has the column's name in the definition.
        init(_ name: String, _ type: ColumnType = .text) { self.init(name, type, asRead: [name]) }
    }

    let name: String
    /// The file kind (FeedDefinition) whose records land here; nil: every kind of the feed.
    let kind: String?
    let columns: [Column]

    init(_ name: String, kind: String? = nil, _ columns: [Column]) {
        self.name = name; self.kind = kind; self.columns = columns
    }

    /// The columns every record table starts with.
    static let commonColumns = ["year", "source_file", "source_line", "fate", "reason"]

    /// A column's place in its table's rows, found by name once (`column(_:)`)
    /// and then used for each record (`RecordRow`).
    struct ColumnIndex: Sendable {
        let position: Int
    }

    /// The column of this name: rules look their columns up once, when they
    /// are built (every test and every run builds them first, `checkRules`),
    /// so a name the table lacks stops there, naming it.
    func column(_ name: String) -> ColumnIndex {
        guard let position = columns.firstIndex(where: { $0.name == name }) else {
            preconditionFailure("record table \(self.name) has no column \(name) (it has \(columns.map(\.name).joined(separator: ", ")))")
        }
        return ColumnIndex(position: position)
    }

    /// The value of each column as read from an extracted record, by field
    /// position in its kind (positions looked up once per table).
    struct AsRead {
        let positions: [[Int]]

        init(_ table: RecordTable, fieldNames: [String]) {
            let index = Dictionary(fieldNames.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
            positions = table.columns.map { $0.asRead.compactMap { index[$0] } }
        }

        func values(_ r: ExtractedRecord) -> [String] {
            positions.map { candidates in
                for p in candidates { let v = r.trimmed(p); if !v.isEmpty { return v } }
                return ""
            }
        }
    }
}
