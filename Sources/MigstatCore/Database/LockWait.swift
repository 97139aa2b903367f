/// A PostgreSQL statement that waits on a lock another session holds (a
/// table locked by hand, a row another load has not committed, the schema
/// lock) gives up after `lock_timeout`, so a stuck lock ends the run (exit
/// 4, the output lock released) instead of hanging the night, and the
/// message names what waited. 60 s unless the URL (`options=-c
/// lock_timeout=…`) or the server (ALTER ROLE … SET lock_timeout) sets one.
enum LockWait {
    static let defaultTimeout = "60s"

    /// Sets the default unless a timeout is set already; returns the one in force.
    static func setTimeout(_ c: DatabaseConnection) throws -> String {
        let current = (try c.rows("SELECT current_setting('lock_timeout')").first?.first ?? nil) ?? "0"
        guard current == "0" else { return current }
        try c.execute("SET lock_timeout = \(sqlLiteral(defaultTimeout))")
        return defaultTimeout
    }

    /// What waited (the table the statement writes or reads, or the schema
    /// lock), how long, and what the operator does about it.
    static func message(database: String, statement: String, context: String, timeout: String, deadlock: Bool) -> String {
        let what = waited(statement)
        let detail = context.isEmpty ? "" : " (\(context.split(separator: "\n").first ?? ""))"
        let wait = deadlock ? "a deadlock with another session over \(what)" : "waited \(timeout) for \(what), which another session holds locked"
        return "\(database): \(wait)\(detail); nothing of the year was written and the database keeps its previous load: "
            + "find the session holding it (SELECT pid, state, query FROM pg_stat_activity WHERE pid = ANY (SELECT pid FROM pg_locks WHERE NOT granted) "
            + "or pg_blocking_pids), let it finish or end it, then run again; a longer wait is options=-c lock_timeout=… in the URL"
    }

    /// The object a statement waits on: the table after FROM, INTO, COPY, UPDATE or TABLE, or the schema's advisory lock.
    static func waited(_ statement: String) -> String {
        if statement.contains(SchemaLock.loadKey) { return "the load lock of this region's year (another migstat loading the same year of the same region)" }
        if statement.contains(SchemaLock.schemaKey) { return "the schema lock (another migstat creating or upgrading the schema)" }
        let words = statement.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "(" })
        for (i, word) in words.enumerated().dropLast() where ["FROM", "INTO", "COPY", "UPDATE", "TABLE", "VIEW"].contains(word.uppercased()) {
            return "table \(words[i + 1])"
        }
        return "a lock (\(statement))"
    }
}
