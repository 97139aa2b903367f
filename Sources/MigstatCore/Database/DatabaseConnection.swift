/// What migstat needs of a database, written once for SQLite and PostgreSQL:
/// statements, small queries, a transaction, and a bulk path that streams
/// rows (prepared inserts on SQLite, `COPY ... FROM STDIN` on PostgreSQL).
protocol DatabaseConnection: AnyObject {
    var dialect: SQLDialect { get }
    /// One or more statements, no result.
    func execute(_ sql: String) throws
    /// A small result, every value as text (nil for NULL).
    func rows(_ sql: String) throws -> [[String?]]
    /// Streams rows into `table`: `fill` calls the sink once per row.
    func bulkInsert(into table: String, columns: [SQLColumn], _ fill: (BulkRowSink) throws -> Void) throws
    func close()
}

/// Receives one row's values in column order: text columns take the text,
/// integer columns parse it (NULL when empty or not an integer), numeric
/// columns keep the decimal text (NULL when empty).
protocol BulkRowSink: AnyObject {
    func row(_ values: [String]) throws
    /// A row of the leading values as text, then `fields` of a staging line,
    /// still escaped as StagingWriter writes them (`\\`, `\t`, `\n`, `\r`): the
    /// bulk path of the record tables, with no String per field.
    func row(leading: LeadingValues, staged line: UnsafeBufferPointer<UInt8>, fields: ArraySlice<Range<Int>>) throws
}

/// The first values of many rows (a record's year and file): a sink keeps
/// its encoding of them here, made once, not once per row.
final class LeadingValues {
    let values: [String]
    var encoded: [UInt8]?
    /// The sink's own form of the values when it is no byte string (SQLite's bound values).
    var prepared: AnyObject?
    init(_ values: [String]) { self.values = values }
}

/// Byte-level helpers for staged fields.
enum StagedField {
    /// A whole number as Int parses it (an optional sign, then digits, within
    /// 64 bits); nil otherwise: the integer columns take every number a rule accepted.
    @inline(__always)
    static func integer(_ line: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int64? {
        var i = r.lowerBound
        var negative = false
        if i < r.upperBound && (line[i] == UInt8(ascii: "-") || line[i] == UInt8(ascii: "+")) { negative = line[i] == UInt8(ascii: "-"); i += 1 }
        guard i < r.upperBound else { return nil }
        var n: Int64 = 0
        while i < r.upperBound {
            let d = line[i] &- 0x30
            guard d < 10 else { return nil }
            // Accumulated negative: Int64.min has no positive twin.
            let (times, o1) = n.multipliedReportingOverflow(by: 10)
            let (next, o2) = times.subtractingReportingOverflow(Int64(d))
            guard !o1, !o2 else { return nil }
            n = next
            i += 1
        }
        if negative { return n }
        return n == Int64.min ? nil : -n
    }
}

enum SQLDialect: Sendable { case sqlite, postgresql }

/// A column of a table migstat creates.
struct SQLColumn: Sendable {
    enum Kind: Sendable { case text, integer, numeric, timestamp, boolean }
    let name: String
    let kind: Kind
    var notNull = false
    /// A text column whose empty value is stored as NULL (SQL's empty value),
    /// so that `IS NULL` finds it: a record's `reason` when it was not rejected.
    var emptyIsNull = false

    init(_ name: String, _ kind: Kind, notNull: Bool = false, emptyIsNull: Bool = false) {
        self.name = name; self.kind = kind; self.notNull = notNull; self.emptyIsNull = emptyIsNull
    }

    func typeName(_ dialect: SQLDialect) -> String {
        switch (kind, dialect) {
        case (.text, _): return "TEXT"
        case (.integer, .sqlite): return "INTEGER"
        case (.integer, .postgresql): return "BIGINT"
        // No declared type on SQLite, so no affinity: NUMERIC would turn a value of
        // more than 15 significant digits into an inexact REAL (SQLiteNumber binds each value).
        case (.numeric, .sqlite): return ""
        case (.numeric, .postgresql): return "NUMERIC"
        case (.timestamp, .sqlite): return "TEXT"
        case (.timestamp, .postgresql): return "TIMESTAMPTZ"
        case (.boolean, .sqlite): return "INTEGER"
        case (.boolean, .postgresql): return "BOOLEAN"
        }
    }

    /// A value as the column stores it: nil is NULL.
    func storedValue(_ text: String) -> String? {
        switch kind {
        case .text: return emptyIsNull && text.isEmpty ? nil : text
        case .integer: return Int(text).map(String.init)
        case .numeric, .timestamp: return text.isEmpty ? nil : text
        case .boolean: return text == "true" || text == "1" ? "true" : "false"
        }
    }
}

/// Quotes a string literal for SQL (both dialects).
func sqlLiteral(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "''") + "'" }
