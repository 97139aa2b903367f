/// A feed's normalised record: what its rules hand to its table through
/// `normalised.tsv`. The layout lives in one type per feed: `staged` writes
/// the fields in the order `fieldNames` names them and `init?(staged:)` reads
/// them back by the same places, so the rules and the table share one
/// definition; a round trip per type in the tests (StagingLineTests) pins the
/// bytes, and `migstat debug staging` shows each field by its name.
protocol StagedRecord {
    /// The record's fields in staging order.
    var staged: [String] { get }
    /// Reads a line's fields back; nil when they are not this record's (a damaged file).
    init?(staged fields: [String])
    /// The names of a line's fields (a line of several kinds is named by its first field).
    static func fieldNames(_ staged: [String]) -> [String]
}

extension StagedRecord {
    /// Unnamed: `migstat debug staging` shows the fields by number.
    static func fieldNames(_ staged: [String]) -> [String] { [] }
}

extension StagingWriter {
    func append<R: StagedRecord>(_ record: R) throws { try line(record.staged) }
}

extension StagingReader {
    /// The next normalised record, or nil at the end; a line that is not one is damage.
    func next<R: StagedRecord>(_ type: R.Type) throws -> R? {
        guard let fields = try next() else { return nil }
        guard let record = R(staged: fields) else { throw MigstatError.io("\(path) is damaged; rerun normalise") }
        return record
    }
}
