import CSQLite

private let emptyText: UnsafePointer<CChar> = {
    let p = UnsafeMutablePointer<CChar>.allocate(capacity: 1)
    p.pointee = 0
    return UnsafePointer(p)
}()

/// SQLite's side of a bulk insert: rows of values bound one by one, and the
/// record tables' staged lines, which go `batchRows` at a time through one
/// multi-row INSERT. Stepping a statement costs SQLite a fixed amount besides
/// the row's own work: measured here in C, 1 M slip-shaped rows took 3.3 s
/// one per statement and 2.4 s sixteen per statement, the same rows in the
/// same table. The rows go in the same order either way.
final class SQLiteInserter: BulkRowSink {
    static let batchRows = 16

    private let columns: [SQLColumn]
    private let single: OpaquePointer?
    private let batch: OpaquePointer?
    private let failure: (Int32) -> Error

    /// The staged lines waiting for a full batch, copied one after another:
    /// their fields are bound where they lie (SQLITE_STATIC), so the copies
    /// must outlive the batch's step, and the reader reuses its own buffer.
    private var lines: [UInt8] = []
    private var pending: [(leading: BoundValues, line: Range<Int>, fields: Range<Int>)] = []
    private var fields: [Range<Int>] = []
    @exclusivity(unchecked) private var scratch: [UInt8] = []

    init(columns: [SQLColumn], single: OpaquePointer?, batch: OpaquePointer?, failure: @escaping (Int32) -> Error) {
        self.columns = columns; self.single = single; self.batch = batch; self.failure = failure
        pending.reserveCapacity(Self.batchRows)
    }

    func finalize() {
        sqlite3_finalize(single)
        sqlite3_finalize(batch)
    }

    func row(_ values: [String]) throws {
        try flush()   // the rows keep their order
        for (i, column) in columns.enumerated() {
            let index = Int32(i + 1)
            let text = i < values.count ? values[i] : ""
            switch column.kind {
            case .integer, .boolean:
                if column.kind == .boolean {
                    sqlite3_bind_int64(single, index, text == "true" || text == "1" ? 1 : 0)
                } else if let n = Int(text) {
                    sqlite3_bind_int64(single, index, Int64(n))
                } else {
                    sqlite3_bind_null(single, index)
                }
            case .numeric:
                // Each value as the type that keeps it exact (SQLiteNumber).
                switch SQLiteNumber(text) {
                case nil: sqlite3_bind_null(single, index)
                case .integer(let n): sqlite3_bind_int64(single, index, n)
                case .real(let d): sqlite3_bind_double(single, index, d)
                case .text(let t): sqlite3_bind_text(single, index, StoredText.withoutNUL(t), -1, csqlite_transient())
                }
            case .timestamp where text.isEmpty, _ where column.emptyIsNull && text.isEmpty:
                sqlite3_bind_null(single, index)
            default:
                var text = StoredText.withoutNUL(text)
                text.withUTF8 { bytes in
                    bytes.withMemoryRebound(to: CChar.self) { chars in
                        // An empty buffer may have no base address; "" must stay text, not NULL.
                        _ = sqlite3_bind_text(single, index, chars.baseAddress ?? emptyText, Int32(chars.count), csqlite_transient())
                    }
                }
            }
        }
        try step(single)
    }

    func row(leading: LeadingValues, staged line: UnsafeBufferPointer<UInt8>, fields staged: ArraySlice<Range<Int>>) throws {
        let bound: BoundValues
        if let made = leading.prepared as? BoundValues { bound = made } else {
            bound = BoundValues(leading.values, columns: columns)
            leading.prepared = bound
        }
        // Every parameter of the row's slot is bound anew: one left over would point into a batch gone by.
        precondition(bound.count + staged.count == columns.count, "a staged row does not fill its table's columns")
        let at = lines.count
        lines.append(contentsOf: line)
        let first = fields.count
        for r in staged { fields.append((r.lowerBound + at)..<(r.upperBound + at)) }
        pending.append((bound, at..<lines.count, first..<fields.count))
        if pending.count == Self.batchRows {
            defer { clear() }   // stepped or failed, these rows are done with
            try step(batch, pending[...])
        }
    }

    /// The rows still waiting, one statement each.
    func flush() throws {
        defer { clear() }
        for k in pending.indices { try step(single, pending[k...k]) }
    }

    /// `rows` bound to `statement` one after another, and stepped.
    private func step(_ statement: OpaquePointer?, _ rows: ArraySlice<(leading: BoundValues, line: Range<Int>, fields: Range<Int>)>) throws {
        try lines.withUnsafeBufferPointer { arena in
            for (k, row) in rows.enumerated() {
                let base = Int32(k * columns.count)
                row.leading.bind(to: statement, from: base + 1)
                bind(arena, row.line, fields[row.fields], to: statement, from: base + Int32(row.leading.count) + 1, column: row.leading.count)
            }
            try step(statement)
        }
    }

    private func clear() {
        pending.removeAll(keepingCapacity: true)
        lines.removeAll(keepingCapacity: true)
        fields.removeAll(keepingCapacity: true)
    }

    /// One staged line's fields, still escaped as StagingWriter writes them.
    private func bind(_ arena: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, _ fields: ArraySlice<Range<Int>>,
                      to statement: OpaquePointer?, from first: Int32, column: Int) {
        var index = first, c = column
        let hasNUL = StoredText.hasNUL(UnsafeBufferPointer(rebasing: arena[line]))
        for r in fields {
            if columns[c].kind == .integer {
                if let n = StagedField.integer(arena, r) { sqlite3_bind_int64(statement, index, n) } else { sqlite3_bind_null(statement, index) }
            } else if columns[c].emptyIsNull && r.isEmpty {
                sqlite3_bind_null(statement, index)
            } else if hasNUL || arena[r].contains(0x5C) {
                StagingFormat.unescape(arena, r, into: &scratch)
                if hasNUL { scratch = StoredText.withoutNUL(scratch) }
                scratch.withUnsafeBufferPointer { b in
                    b.withMemoryRebound(to: CChar.self) { _ = sqlite3_bind_text(statement, index, $0.baseAddress ?? emptyText, Int32($0.count), csqlite_transient()) }
                }
            } else {
                // Bound where it lies, not copied (SQLITE_STATIC): the batch's lines outlive its step.
                arena.baseAddress!.withMemoryRebound(to: CChar.self, capacity: arena.count) { base in
                    _ = sqlite3_bind_text(statement, index, r.isEmpty ? emptyText : base + r.lowerBound, Int32(r.count), nil)
                }
            }
            index += 1
            c += 1
        }
    }

    private func step(_ statement: OpaquePointer?) throws {
        let rc = sqlite3_step(statement)
        sqlite3_reset(statement)
        guard rc == SQLITE_DONE else { throw failure(rc) }
    }
}

/// The leading values of many rows (a record's region, year and file), as
/// the columns store them, made once: bound by reference for every row.
private final class BoundValues {
    private enum Value { case integer(Int64), text(UnsafeMutableBufferPointer<CChar>) }
    private let values: [Value]
    var count: Int { values.count }

    init(_ texts: [String], columns: [SQLColumn]) {
        values = zip(texts, columns).map { text, column in
            if column.kind == .integer, let n = Int64(text) { return .integer(n) }
            let bytes = StoredText.withoutNUL(text.utf8)
            let copy = UnsafeMutableBufferPointer<CChar>.allocate(capacity: max(bytes.count, 1))
            for (k, b) in bytes.enumerated() { copy[k] = CChar(bitPattern: b) }
            return .text(UnsafeMutableBufferPointer(rebasing: copy[0..<bytes.count]))
        }
    }

    deinit {
        for case .text(let b) in values { b.baseAddress?.deallocate() }
    }

    func bind(to statement: OpaquePointer?, from first: Int32) {
        for (i, value) in values.enumerated() {
            switch value {
            case .integer(let n): sqlite3_bind_int64(statement, first + Int32(i), n)
            case .text(let b): sqlite3_bind_text(statement, first + Int32(i), UnsafePointer(b.baseAddress!), Int32(b.count), nil)
            }
        }
    }
}
