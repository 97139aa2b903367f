/// A feed's normalised record: what its rules hand to its table through
/// `normalised.tsv`. The layout lives in one type per feed, written and read
/// in one place, so the rules and the table cannot disagree on a field's place:
/// a field added or moved is a compile error, not a silent shift.
protocol StagedRecord {
    /// The record's fields in staging order.
    var staged: [String] { get }
    /// Reads a line's fields back; nil when they are not this record's (a damaged file).
    init?(staged fields: [String])
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
