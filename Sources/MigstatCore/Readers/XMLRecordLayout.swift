import Foundation

/// What an XML feed's records look like, compiled from its pipeline definition:
/// a root element in a namespace, document-level values (root attributes and
/// attributes of other second-level elements), and one record element whose
/// values come from its attributes and its children.
public struct XMLRecordLayout: Sendable {
    enum Source: Hashable, Sendable {
        case attribute(String)                    // `@id` on the record element
        case childAttribute(String, String)       // `Person/@docHash`, first such child
        case childText(String)                    // `Citizenship`, its text
        case childCount(String)                   // `count(Offence)`
        case childAttributeList(String, String)   // `list(Payment/@kind)`, joined by U+001F
    }

    var rootElement: String
    var namespace: String
    var documentFields: [(name: String, element: String?, attribute: String)]
    var recordElement: String
    var recordFields: [(name: String, source: Source)]
    /// Deeper nesting than this, counting the root as 1, makes the file damaged.
    var maxDepth = 3
    var maxValueBytes = 64 * 1024
    /// More attributes than this on one element make the file damaged (see XMLMarkupGuard).
    var maxAttributes = 64
    /// What an XML prolog may declare (FEEDS.md: UTF-8 or windows-1251).
    static let allowedEncodings: Set<String> = ["utf-8", "windows-1251", "cp1251"]

    init(rootElement: String, namespace: String,
                documentFields: [(name: String, element: String?, attribute: String)],
                recordElement: String, recordFields: [(name: String, source: Source)]) {
        self.rootElement = rootElement
        self.namespace = namespace
        self.documentFields = documentFields
        self.recordElement = recordElement
        self.recordFields = recordFields
    }

    /// Parses the definition's path syntax: `@a`, `E/@a`, `E`, `count(E)`, `list(E/@a)`.
    static func source(_ path: String) -> Source? {
        let p = path.trimmingCharacters(in: .whitespaces)
        func inner(_ prefix: String) -> String? {
            guard p.hasPrefix(prefix + "("), p.hasSuffix(")") else { return nil }
            return String(p.dropFirst(prefix.count + 1).dropLast())
        }
        if let e = inner("count") { return isName(e) ? .childCount(e) : nil }
        if let l = inner("list") {
            let parts = l.components(separatedBy: "/@")
            return parts.count == 2 && isName(parts[0]) && isName(parts[1]) ? .childAttributeList(parts[0], parts[1]) : nil
        }
        if p.hasPrefix("@") { return isName(String(p.dropFirst())) ? .attribute(String(p.dropFirst())) : nil }
        let parts = p.components(separatedBy: "/@")
        if parts.count == 2 { return isName(parts[0]) && isName(parts[1]) ? .childAttribute(parts[0], parts[1]) : nil }
        return isName(p) ? .childText(p) : nil
    }

    static func isName(_ s: String) -> Bool {
        !s.isEmpty && s.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." }
    }
}
