/// A line of `records.tsv` (docs/staging-format.md): a record read, settled
/// once, as `file line fate reason table value…`, the values in the record
/// table's column order. Normalise writes it (`Provenance`, then a
/// `RecordRow` or the fields as read); the database load reads it over bytes
/// by `Field`, `db check` and `migstat debug staging` as this type: the
/// layout is written down here only.
struct RecordLine: Equatable {
    /// The input file, by its place in the year's inventory (`files.json`).
    var file: Int
    var line: Int
    var fate: Fate
    /// A reject's reason; nil for every other fate.
    var reason: RejectReason?
    /// The record table the values are columns of.
    var table: String
    var values: [String]

    /// The fields before the values, in order: a field's place is its case's.
    enum Field: Int, CaseIterable {
        case file, line, fate, reason, table

        /// Where the values start.
        static let values = allCases.count
    }

    /// The names of a line's fields: the provenance's, then the table's columns.
    static func fieldNames(_ table: RecordTable) -> [String] {
        Field.allCases.map { "\($0)" } + table.columns.map(\.name)
    }

    var staged: [String] {
        var fields = [String](repeating: "", count: Field.values)
        fields[Field.file.rawValue] = String(file)
        fields[Field.line.rawValue] = String(line)
        fields[Field.fate.rawValue] = fate.rawValue
        fields[Field.reason.rawValue] = reason?.rawValue ?? ""
        fields[Field.table.rawValue] = table
        return fields + values
    }

    /// A line's fields read back; nil when they are not a record's (a damaged
    /// file): a number that is none, a fate or reason that is not one of ours,
    /// a reason on a record that was not rejected.
    init?(staged f: [String]) {
        guard f.count >= Field.values, let file = Int(f[Field.file.rawValue]), file >= 0,
              let line = Int(f[Field.line.rawValue]), let fate = Fate(rawValue: f[Field.fate.rawValue]) else { return nil }
        let reasonText = f[Field.reason.rawValue]
        let reason = reasonText.isEmpty ? nil : RejectReason(rawValue: reasonText)
        guard (reason == nil) == reasonText.isEmpty, (reason != nil) == (fate == .rejected) else { return nil }
        self.init(file: file, line: line, fate: fate, reason: reason, table: f[Field.table.rawValue],
                  values: Array(f[Field.values...]))
    }

    init(file: Int, line: Int, fate: Fate, reason: RejectReason? = nil, table: String, values: [String]) {
        (self.file, self.line, self.fate, self.reason, self.table, self.values) = (file, line, fate, reason, table, values)
    }

    /// Writes the provenance of normalise's lines, the values to follow: a
    /// million records a year, so the fate, empty reason and table that end
    /// nearly every one are one staged piece, made once per table and fate.
    final class Provenance {
        private let tables: [String]
        private let withoutReason: [[UInt8]]

        init(tables: [String]) {
            self.tables = tables
            withoutReason = tables.flatMap { table in
                Fate.allCases.map { fate in
                    var fields = [String](repeating: "", count: Field.values - Field.fate.rawValue)
                    fields[Field.fate.rawValue - Field.fate.rawValue] = fate.rawValue
                    fields[Field.table.rawValue - Field.fate.rawValue] = table
                    return Array(StagingWriter.join(fields).utf8)
                }
            }
        }

        /// `file line fate reason table` of a record of `tables[table]`.
        func write(to sink: StagingWriter, file: Int, line: Int, fate: Fate, reason: RejectReason?, table: Int) {
            sink.field(file); sink.field(line)
            guard let reason else {
                return withoutReason[table * Fate.allCases.count + fate.index].withUnsafeBufferPointer { sink.escapedFields($0) }
            }
            sink.field(fate.rawValue); sink.field(reason.rawValue); sink.field(tables[table])
        }
    }
}
