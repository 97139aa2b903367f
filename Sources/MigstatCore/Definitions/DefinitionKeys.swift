import Yams

/// The keys a definition may use. A key migstat does not know (a typo such as
/// `reject_treshold`) is an error naming it, never silently ignored.
enum DefinitionKeys {
    static let feed: Set<String> = ["feed", "title", "format", "encoding", "delimiter", "decimal_separator",
                                    "date_format", "date_formats", "reject_threshold", "files", "vocabularies"]
    static let fileKind: Set<String> = ["kind", "pattern", "extension", "covers", "columns", "root", "namespace",
                                        "record", "document", "fields"]
    static let column: Set<String> = ["field", "header"]
    static let field: Set<String> = ["field", "path"]
    static let settings: Set<String> = ["ref_area", "codelists", "database", "database_group"]

    /// Throws naming the first unknown key of a feed definition.
    static func checkFeed(_ root: Node, path: String) throws {
        guard let top = root.mapping else { return }
        try check(top, allowed: feed, at: "", path: path)
        for (i, kind) in (top["files"]?.sequence ?? []).enumerated() {
            guard let k = kind.mapping else { continue }
            try check(k, allowed: fileKind, at: "files[\(i)].", path: path)
            for (j, c) in (k["columns"]?.sequence ?? []).enumerated() {
                if let m = c.mapping { try check(m, allowed: column, at: "files[\(i)].columns[\(j)].", path: path) }
            }
            for list in ["fields", "document"] {
                for (j, f) in (k[list]?.sequence ?? []).enumerated() {
                    if let m = f.mapping { try check(m, allowed: field, at: "files[\(i)].\(list)[\(j)].", path: path) }
                }
            }
        }
    }

    static func checkSettings(_ root: Node, path: String) throws {
        guard let top = root.mapping else { return }
        try check(top, allowed: settings, at: "", path: path)
    }

    private static func check(_ mapping: Node.Mapping, allowed: Set<String>, at prefix: String, path: String) throws {
        for key in mapping.keys {
            guard let name = key.string, allowed.contains(name) else {
                throw MigstatError.configuration(
                    "pipeline definition \(path): unknown key '\(prefix)\(key.string ?? "?")' (known here: \(allowed.sorted().joined(separator: ", ")))")
            }
        }
    }
}
