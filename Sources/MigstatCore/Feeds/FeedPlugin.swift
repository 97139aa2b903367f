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
    /// The names of a `normalised.tsv` line's fields (its `StagedRecord.fieldNames`),
    /// for `migstat debug staging`.
    var countedFields: @Sendable ([String]) -> [String] = { _ in [] }
    /// Checks against the previous year's published statistics (`CrossYearChecks`).
    var previousYearChecks: [PreviousYearCheck] = []
    /// Feeds whose statistics of the same year its table reads (`AggregateContext.reading`):
    /// its table is built after theirs.
    var reads: [String] = []
    /// Its tables in the report, in the page's order (`ReportSection`).
    var reportSections: [ReportSection] = []
    /// Its views, the sums kept as its records load, and what `db check` holds its views to (`FeedDatabase`).
    var database = FeedDatabase()
    /// Its tables on the national page, written when the database holds several regions (`NationalReport`).
    var nationalSections: [ReportSection] = []
}

enum FeedRegistry {
    static let all: [FeedPlugin] = [
        MigrationSlips.plugin, PoliceRegistrations.plugin, LabourQuotas.plugin, Repatriates.plugin, Refugees.plugin,
        Population.plugin,
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
    let rawOffset: Int
    let rawLength: Int
    private let storage: Fields

    /// The record's kind and fields, in one object the reader reuses from
    /// record to record: handing a record to the rules retains one reference,
    /// not one per array and String (those were a tenth of slips normalise).
    final class Fields {
        var kind: String
        /// Each field's id in its column's dictionary (>= 0), or `-1 - n` for the
        /// n-th of `inline`: a record retains no String per field.
        var codes: [Int32]
        var inline: [String]
        let columns: ExtractedColumns?

        init(kind: String, codes: [Int32], inline: [String], columns: ExtractedColumns?) {
            (self.kind, self.codes, self.inline, self.columns) = (kind, codes, inline, columns)
        }
    }

    /// A record of the given fields, none of them in a dictionary.
    init(file: Int, line: Int, kind: String, rawOffset: Int = 0, rawLength: Int = 0, fields: [String]) {
        self.init(file: file, line: line, rawOffset: rawOffset, rawLength: rawLength,
                  fields: Fields(kind: kind, codes: fields.indices.map { -1 - Int32($0) }, inline: fields, columns: nil))
    }

    init(file: Int, line: Int, rawOffset: Int, rawLength: Int, fields: Fields) {
        self.file = file; self.line = line
        self.rawOffset = rawOffset; self.rawLength = rawLength
        self.storage = fields
    }

    var kind: String { storage.kind }

    var count: Int { storage.codes.count }

    /// The fields in the definition's order.
    var fields: [String] { (0..<count).map { self[$0] } }

    subscript(_ index: Int) -> String {
        guard index < storage.codes.count else { return "" }
        let code = Int(storage.codes[index])
        return code >= 0 ? storage.columns!.values[index + 1][code] : storage.inline[-1 - code]
    }

    /// The field trimmed of spaces; empty when absent.
    func trimmed(_ index: Int) -> String { self[index].trimmedOfSpaces }

    /// The field's id in its column's dictionary: the same id is the same value.
    /// -1 when the value was written inline: compare it by its text.
    func valueID(_ index: Int) -> Int { index < storage.codes.count ? max(-1, Int(storage.codes[index])) : -1 }
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
