import Foundation

/// What migstat knows about one feed beyond its YAML: the rules that turn
/// extracted records into counted ones, and the statistics built from them.
/// The stages know nothing about any particular feed; they ask the registry.
struct FeedPlugin: Sendable {
    let name: String
    /// The statistics file it publishes, e.g. `migration-flows.csv`.
    let statisticsFile: String
    let makeRules: @Sendable (NormaliseContext) throws -> FeedRules
    let aggregate: @Sendable (StagingReader, AggregateContext) throws -> Publication
    /// The statistics file's dimension and attribute columns (after `DATAFLOW,
    /// REF_AREA, TIME_PERIOD`, around `OBS_VALUE`): the database's statistics table.
    let statisticsColumns: (dimensions: [String], attributes: [String])
    /// The database's record tables this feed's records settle into.
    let recordTables: [RecordTable]
}

enum FeedRegistry {
    static let all: [FeedPlugin] = [
        MigrationSlips.plugin, PoliceRegistrations.plugin, LabourQuotas.plugin, Repatriates.plugin,
    ]
    static var known: [String] { all.map(\.name) }
    static func plugin(_ name: String) -> FeedPlugin? { all.first { $0.name == name } }
}

/// A feed's record rules. `consume` sees every extracted record in file
/// order and may write counted records at once (a streaming feed) or keep
/// what it needs; `finish` resolves what needs the whole year (revisions,
/// latest rows) and writes the rest of the counted records for aggregate.
protocol FeedRules: AnyObject {
    func consume(_ record: ExtractedRecord, into out: StagingWriter) throws
    func finish(into out: StagingWriter) throws
}

/// One record as extract left it: where it came from and its fields in the
/// definition's order, each with its id in its column's dictionary
/// (docs/staging-format.md), so rules can resolve a distinct value once (`FieldMemo`).
struct ExtractedRecord {
    let file: Int
    let line: Int
    let kind: String
    let rawOffset: Int
    let rawLength: Int
    let fields: [String]
    /// Each field's dictionary id, or -1 for a value written inline (or none given).
    private let valueIDs: [Int32]

    init(file: Int, line: Int, kind: String, rawOffset: Int = 0, rawLength: Int = 0, fields: [String], valueIDs: [Int32] = []) {
        self.file = file; self.line = line; self.kind = kind
        self.rawOffset = rawOffset; self.rawLength = rawLength; self.fields = fields; self.valueIDs = valueIDs
    }

    subscript(_ index: Int) -> String { index < fields.count ? fields[index] : "" }

    /// The field trimmed of spaces; empty when absent.
    func trimmed(_ index: Int) -> String { self[index].trimmedOfSpaces }

    /// The field's id in its column's dictionary: the same id is the same value.
    /// -1 when the value was written inline: compare it by its text.
    func valueID(_ index: Int) -> Int { index < valueIDs.count ? Int(valueIDs[index]) : -1 }
}

/// The position of each named field within a kind's records.
struct FieldIndex {
    private let positions: [String: Int]

    /// Fails (a definition error, exit 2) when the kind lacks a field the rules read.
    init(_ def: FeedDefinition, kind: String, requiring fields: [String]) throws {
        try def.require(fields: fields, of: kind)
        let k = try def.kind(kind)
        positions = Dictionary(uniqueKeysWithValues: def.fieldNames(k).enumerated().map { ($1, $0) })
    }
    subscript(_ name: String) -> Int { positions[name] ?? Int.max }
}
