import Foundation
import Yams

/// One agency feed as `pipelines/<feed>.yaml` declares it: what its files are
/// called and how they are laid out. Rules live in Swift; layout lives here,
/// so a renamed column or a new delimiter is an edit to the YAML.
public struct FeedDefinition: Decodable, Sendable {
    var feed: String
    var title: String?
    public var format: Format
    /// CSV only: XML files declare their encoding in the prolog.
    var encoding: String?
    var delimiter: String?
    var decimalSeparator: String?
    var dateFormat: String?
    /// XML: date format by the document's schema version.
    var dateFormats: [String: String]?
    /// Rejects above this fraction of records read fail the year's quality.
    var rejectThreshold: Double?
    public var files: [FileKind]
    /// Controlled words (statuses, purposes, categories ...): canonical value → words agencies write.
    var vocabularies: [String: [String: [String]]]?

    public enum Format: String, Decodable, Sendable { case csv, xml }

    public struct FileKind: Decodable, Sendable {
        var kind: String
        /// The file name without version and extension, e.g. `slips-{year}-{month}`.
        var pattern: String
        var `extension`: String
        /// Months of the year one file covers: `month`, `quarter`, `year` or `none`.
        var covers: Coverage
        var columns: [Column]?
        var root: String?
        var namespace: String?
        var record: String?
        var document: [Field]?
        var fields: [Field]?
    }

    enum Coverage: String, Decodable, Sendable { case month, quarter, year, none }

    struct Column: Decodable, Sendable {
        var field: String
        var header: String
    }

    struct Field: Decodable, Sendable {
        var field: String
        var path: String
    }

    enum CodingKeys: String, CodingKey {
        case feed, title, format, encoding, delimiter, files, vocabularies
        case decimalSeparator = "decimal_separator", dateFormat = "date_format", dateFormats = "date_formats"
        case rejectThreshold = "reject_threshold"
    }

    public static func load(path: String) throws -> FeedDefinition {
        guard let text = TextFile.read(path) else {
            throw MigstatError.configuration("cannot read pipeline definition \(path)")
        }
        // Composed once, then decoded and checked for unknown keys from the same tree.
        let def: FeedDefinition, tree: Node?
        do {
            tree = try Yams.compose(yaml: text, Resolver.basic.appending(.merge))   // as YAMLDecoder composes: every scalar a string
            def = try tree.map { try YAMLDecoder().decode(FeedDefinition.self, from: $0) }
                ?? YAMLDecoder().decode(FeedDefinition.self, from: text)
        } catch {
            throw MigstatError.configuration("pipeline definition \(path) is not valid: \(Self.explain(error))")
        }
        if let tree { try DefinitionKeys.checkFeed(tree, path: path) }
        try def.validate(path: path)
        return def
    }

    private static func explain(_ error: Error) -> String {
        if case DecodingError.keyNotFound(let key, let ctx) = error {
            return "missing key '\(key.stringValue)' at \(ctx.codingPath.map(\.stringValue).joined(separator: "."))"
        }
        if case DecodingError.dataCorrupted(let ctx) = error {
            return "\(ctx.debugDescription) at \(ctx.codingPath.map(\.stringValue).joined(separator: "."))"
        }
        if case DecodingError.typeMismatch(_, let ctx) = error {
            return "\(ctx.debugDescription) at \(ctx.codingPath.map(\.stringValue).joined(separator: "."))"
        }
        return "\(error)"
    }

    private func validate(path: String) throws {
        func bad(_ m: String) -> MigstatError { .configuration("pipeline definition \(path): \(m)") }
        guard !files.isEmpty else { throw bad("no files: declared") }
        for f in files {
            // Without {year} a name says nothing of its period; the right period token for the coverage.
            guard f.pattern.contains("{year}") else { throw bad("pattern '\(f.pattern)' of file kind '\(f.kind)' has no {year}") }
            if f.covers == .month && !f.pattern.contains("{month}") { throw bad("file kind '\(f.kind)' covers a month but its pattern has no {month}") }
            if f.covers == .quarter && !f.pattern.contains("{quarter}") { throw bad("file kind '\(f.kind)' covers a quarter but its pattern has no {quarter}") }
            guard !f.extension.isEmpty, !f.extension.contains("/") else { throw bad("file kind '\(f.kind)' needs an extension") }
        }
        if let t = rejectThreshold, !(0...1).contains(t) { throw bad("reject_threshold must be a fraction between 0 and 1") }
        if let d = dateFormat, DateFormat(d) == nil { throw bad("date_format '\(d)' is not a layout of dd, mm and yyyy") }
        for (_, d) in dateFormats ?? [:] where DateFormat(d) == nil { throw bad("date format '\(d)' is not a layout of dd, mm and yyyy") }
        switch format {
        case .csv:
            guard let e = encoding, TextEncoding(name: e) != nil else { throw bad("encoding must be utf-8 or windows-1251") }
            guard let d = delimiter, d.utf8.count == 1, !["\"", "\n", "\r"].contains(d) else {
                throw bad("delimiter must be one character other than a quote or a line break")
            }
            for f in files where (f.columns ?? []).isEmpty { throw bad("file kind '\(f.kind)' declares no columns") }
        case .xml:
            for f in files {
                guard f.root != nil, f.namespace != nil, f.record != nil, !(f.fields ?? []).isEmpty else {
                    throw bad("file kind '\(f.kind)' needs root, namespace, record and fields")
                }
                for p in (f.fields ?? []) + (f.document ?? []) where XMLRecordLayout.source(p.path) == nil {
                    throw bad("path '\(p.path)' of field '\(p.field)' is not @attr, Element/@attr, Element, count(Element) or list(Element/@attr)")
                }
            }
        }
    }

    public var csvDialect: CSVDialect { CSVDialect(delimiter: delimiter!.utf8.first!) }
    var textEncoding: TextEncoding { TextEncoding(name: encoding ?? "utf-8") ?? .utf8 }

    func vocabulary(_ name: String) throws -> Vocabulary {
        guard let v = vocabularies?[name] else {
            throw MigstatError.configuration("pipeline definition of \(feed) has no vocabulary '\(name)'")
        }
        return Vocabulary(v)
    }

    func kind(_ name: String) throws -> FileKind {
        guard let k = files.first(where: { $0.kind == name }) else {
            throw MigstatError.configuration("pipeline definition of \(feed) has no file kind '\(name)'")
        }
        return k
    }

    /// Checks that a kind declares the fields the feed's rules read.
    func require(fields: [String], of kindName: String) throws {
        let k = try kind(kindName)
        let have = Set((k.columns?.map(\.field) ?? []) + (k.fields?.map(\.field) ?? []))
        let missing = fields.filter { !have.contains($0) }
        guard missing.isEmpty else {
            throw MigstatError.configuration("pipeline definition of \(feed), file kind \(kindName): missing field(s) \(missing.joined(separator: ", "))")
        }
    }

    public func xmlLayout(_ k: FileKind) -> XMLRecordLayout {
        XMLRecordLayout(
            rootElement: k.root!, namespace: k.namespace!,
            documentFields: (k.document ?? []).map { f in
                switch XMLRecordLayout.source(f.path)! {
                case .attribute(let a): return (f.field, nil, a)
                case .childAttribute(let e, let a): return (f.field, e, a)
                default: return (f.field, nil, f.path)
                }
            },
            recordElement: k.record!,
            recordFields: (k.fields ?? []).map { ($0.field, XMLRecordLayout.source($0.path)!) })
    }

    /// The field names of a kind, in the order extract writes them.
    func fieldNames(_ k: FileKind) -> [String] {
        format == .csv ? (k.columns ?? []).map(\.field) : (k.fields ?? []).map(\.field)
    }
}
