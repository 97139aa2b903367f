/// Quotes an identifier (a database, role, schema or table name) for SQL:
/// in double quotes, a quote inside doubled, so that a database named
/// `city"db` or a role with capitals is named as it is and never ends the statement.
func sqlIdentifier(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
