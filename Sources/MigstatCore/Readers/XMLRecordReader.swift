import CLibXML2
import Foundation

/// Streams an XML file through libxml2's SAX2 push parser and hands out one
/// record at a time as byte values; no tree of the file is ever built.
///
/// Hardened for untrusted files: no network, no entity substitution, no DTD
/// loading, an external-entity loader that refuses everything, a DOCTYPE
/// refused outright (`DTD not allowed`), nesting and value sizes bounded.
public final class XMLRecordReader {
    /// `values` are the reader's own memory, valid during the call only.
    public typealias RecordHandler = (_ line: Int, _ values: XMLRecordValues) throws -> Void
    public typealias DocumentHandler = (_ line: Int, _ name: String, _ value: [UInt8]) throws -> Void

    private let layout: XMLRecordLayout
    @exclusivity(unchecked) private var onRecord: RecordHandler = { _, _ in }
    @exclusivity(unchecked) private var onDocument: DocumentHandler = { _, _, _ in }

    // The plan by name, compiled once from the layout.
    @exclusivity(unchecked) private var recordAttrs: [(name: String, field: Int)] = []
    private struct ChildPlan {
        var name: String
        var attrs: [(name: String, field: Int, list: Bool)] = []
        var textField = -1
        var countField = -1
    }
    @exclusivity(unchecked) private var children: [ChildPlan] = []
    @exclusivity(unchecked) private var docRootAttrs: [(name: String, field: String)] = []
    @exclusivity(unchecked) private var docChildren: [(element: String, attrs: [(name: String, field: String)])] = []

    // The plan again per parse, every name interned in the parser's dictionary:
    // libxml2's SAX2 hands element and attribute names out of that dictionary, so
    // a name matches by pointer alone, and the record arrays hold only trivial
    // values (no reference counting on the hot path).
    private typealias Name = UnsafePointer<xmlChar>?
    private struct InternedChild { var name: Name; var textField: Int; var countField: Int; var attrs: Range<Int> }
    @exclusivity(unchecked) private var ctxt: xmlParserCtxtPtr?
    @exclusivity(unchecked) private var rootName: Name = nil
    @exclusivity(unchecked) private var recordName: Name = nil
    @exclusivity(unchecked) private var iRecordAttrs: [(name: Name, field: Int)] = []
    @exclusivity(unchecked) private var iChildren: [InternedChild] = []
    @exclusivity(unchecked) private var iChildAttrs: [(name: Name, field: Int, list: Bool)] = []
    @exclusivity(unchecked) private var iDocRootAttrs: [(name: Name, field: String)] = []
    @exclusivity(unchecked) private var iDocChildren: [(element: Name, attrs: [(name: Name, field: String)])] = []

    private func internPlan() {
        rootName = intern(layout.rootElement)
        recordName = intern(layout.recordElement)
        iRecordAttrs = recordAttrs.map { (intern($0.name), $0.field) }
        iChildren = []
        iChildAttrs = []
        for c in children {
            let start = iChildAttrs.count
            iChildAttrs += c.attrs.map { (intern($0.name), $0.field, $0.list) }
            iChildren.append(InternedChild(name: intern(c.name), textField: c.textField,
                                           countField: c.countField, attrs: start..<iChildAttrs.count))
        }
        iDocRootAttrs = docRootAttrs.map { (intern($0.name), $0.field) }
        iDocChildren = docChildren.map { d in (intern(d.element), d.attrs.map { (intern($0.name), $0.field) }) }
    }

    // Parse state.
    @exclusivity(unchecked) private var depth = 0
    @exclusivity(unchecked) private var inRecord = false
    @exclusivity(unchecked) private var recordLine = 0
    /// The record's values as they build up: a slot of `maxValueBytes` (the
    /// bound on a value anyway) for each field, in raw memory, so a value set
    /// or appended in a callback is a copy, with no array to check for
    /// uniqueness or retain (a tenth of police extract's own time).
    private let fieldCount: Int
    private let store: UnsafeMutablePointer<UInt8>
    private let lengths: UnsafeMutablePointer<Int>
    private let seen: UnsafeMutablePointer<Bool>
    private let counts: UnsafeMutablePointer<Int>
    @exclusivity(unchecked) private var textTarget: Int?
    @exclusivity(unchecked) private var failure: DamagedFile?
    @exclusivity(unchecked) private var handlerError: Error?
    @exclusivity(unchecked) private var firstLibxmlError: DamagedFile?

    /// libxml2's global set-up, done once before any parse: it is not safe
    /// to run twice at once, and a feed's files are parsed side by side (two
    /// first parses racing leaked an encoding table under LeakSanitizer).
    /// Swift runs a static's initialiser once, other threads waiting.
    private static let libxml2Ready: Void = xmlInitParser()

    public init(layout: XMLRecordLayout) {
        Self.libxml2Ready
        self.layout = layout
        fieldCount = layout.recordFields.count
        store = .allocate(capacity: max(1, fieldCount * layout.maxValueBytes))   // pages are touched only as values fill them
        lengths = .allocate(capacity: max(1, fieldCount)); lengths.initialize(repeating: 0, count: max(1, fieldCount))
        seen = .allocate(capacity: max(1, fieldCount)); seen.initialize(repeating: false, count: max(1, fieldCount))
        counts = .allocate(capacity: max(1, fieldCount)); counts.initialize(repeating: 0, count: max(1, fieldCount))
        for (i, f) in layout.recordFields.enumerated() {
            switch f.source {
            case .attribute(let a): recordAttrs.append((a, i))
            case .childAttribute(let e, let a): plan(e) { $0.attrs.append((a, i, false)) }
            case .childAttributeList(let e, let a): plan(e) { $0.attrs.append((a, i, true)) }
            case .childText(let e): plan(e) { $0.textField = i }
            case .childCount(let e): plan(e) { $0.countField = i }
            }
        }
        for d in layout.documentFields {
            if let e = d.element {
                if let k = docChildren.firstIndex(where: { $0.element == e }) {
                    docChildren[k].attrs.append((d.attribute, d.name))
                } else {
                    docChildren.append((e, [(d.attribute, d.name)]))
                }
            } else {
                docRootAttrs.append((d.attribute, d.name))
            }
        }
    }

    deinit {
        store.deallocate(); lengths.deallocate(); seen.deallocate(); counts.deallocate()
    }

    private func plan(_ element: String, _ edit: (inout ChildPlan) -> Void) {
        if let k = children.firstIndex(where: { $0.name == element }) { edit(&children[k]) }
        else { var p = ChildPlan(name: element); edit(&p); children.append(p) }
    }

    /// Reads the whole file, calling the handlers in document order.
    /// Throws `DamagedFile` when the file cannot be read as a whole.
    public func read(path: String, chunkSize: Int = 256 * 1024,
                     onDocument: @escaping DocumentHandler, onRecord: @escaping RecordHandler) throws {
        try read(InputSource(path: path), chunkSize: chunkSize, onDocument: onDocument, onRecord: onRecord)
    }

    /// Reads the whole source; records reach `onRecord` as they parse, so a
    /// caller must hold them back until this returns (a damaged file counts
    /// for nothing).
    func read(_ source: InputSource, chunkSize: Int = 256 * 1024,
                     onDocument: @escaping DocumentHandler, onRecord: @escaping RecordHandler) throws {
        self.onRecord = onRecord
        self.onDocument = onDocument
        let path = source.path

        migstat_install_safe_entity_loader()
        migstat_silence_global_errors()
        var sax = xmlSAXHandler()
        xmlSAXVersion(&sax, 2)   // built-in entities and character references keep working
        sax.startElementNs = { ctx, localname, _, uri, _, _, nAttrs, _, attrs in
            XMLRecordReader.with(ctx) { $0.start(localname, uri, Int(nAttrs), attrs) }
        }
        sax.endElementNs = { ctx, _, _, _ in
            XMLRecordReader.with(ctx) { $0.end() }
        }
        sax.characters = { ctx, ch, len in
            XMLRecordReader.with(ctx) { $0.text(ch, Int(len)) }
        }
        sax.cdataBlock = sax.characters
        sax.internalSubset = { ctx, _, _, _ in
            XMLRecordReader.from(ctx).fail("DTD not allowed")
        }
        sax.externalSubset = nil
        sax.entityDecl = { ctx, _, _, _, _, _ in
            XMLRecordReader.from(ctx).fail("DTD not allowed")
        }
        sax.reference = nil
        sax.ignorableWhitespace = nil
        sax.comment = nil
        sax.processingInstruction = nil
        sax.serror = { ctx, err in
            guard let ctx, let err else { return }
            let me = XMLRecordReader.from(ctx)
            guard me.firstLibxmlError == nil, err.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let msg = err.pointee.message.map { String(cString: $0) } ?? "XML error \(err.pointee.code)"
            me.firstLibxmlError = DamagedFile(line: Int(err.pointee.line),
                                              message: msg.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        sax.warning = nil
        sax.error = nil
        sax.fatalError = nil

        // No user_data: libxml2's own SAX2 handlers (start of document, entities)
        // need the parser context as theirs; this reader rides in ctxt->_private.
        guard let ctxt = xmlCreatePushParserCtxt(&sax, nil, nil, 0, path) else {
            throw MigstatError.io("libxml2 could not create a parser for \(path)")
        }
        defer {
            // libxml2's SAX2 start-of-document handler makes an (empty) xmlDoc that the
            // context does not own: freed here, or every file read leaks one (found by fuzz-xml).
            if let doc = ctxt.pointee.myDoc { xmlFreeDoc(doc) }
            xmlFreeParserCtxt(ctxt)
            self.ctxt = nil
        }
        ctxt.pointee._private = Unmanaged.passUnretained(self).toOpaque()
        self.ctxt = ctxt
        // No NOENT (entity substitution), no DTDLOAD/DTDVALID, no HUGE; no network.
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        xmlCtxtUseOptions(ctxt, options)
        internPlan()
        depth = 0; inRecord = false; failure = nil; handlerError = nil; firstLibxmlError = nil
        rootSeen = false; recordNamespace = nil

        // A failure found in a callback is only recorded there: libxml2 frees
        // the buffers its callback arguments point into when asked to stop, so
        // the reader never stops it from inside; it stops feeding it instead.
        var guardrail = XMLMarkupGuard(maxAttributes: layout.maxAttributes)
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: chunkSize)
        defer { buffer.deallocate() }
        // A windows-1251 file is turned into UTF-8 here, a table lookup a byte,
        // and libxml2 told to ignore the prolog's encoding: its own conversion
        // goes through iconv twice (to UCS-4 and back), a tenth of the read.
        var windows1251 = false
        let utf8 = UnsafeMutablePointer<UInt8>.allocate(capacity: 3 * chunkSize)
        defer { utf8.deallocate() }
        var finished = false
        while failure == nil && handlerError == nil {
            let n = try source.read(into: buffer, count: chunkSize)
            let raw = UnsafeBufferPointer(start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self), count: n)
            if source.bytesRead == n {
                if let conflict = Self.byteOrderMarkConflict(raw) { throw DamagedFile(line: 1, message: conflict) }
                if Self.declaredEncoding(raw).flatMap(TextEncoding.init(name:)) == .windows1251 {
                    windows1251 = true
                    xmlCtxtUseOptions(ctxt, options | Int32(XML_PARSE_IGNORE_ENC.rawValue))
                }
            }
            var chunk = (bytes: UnsafeRawPointer(buffer), count: n)
            if windows1251 {
                switch Windows1251.toUTF8(raw, into: utf8) {
                case .success(let count): chunk = (UnsafeRawPointer(utf8), count)
                case .failure(let bad):
                    throw DamagedFile(line: source.line(atOffset: source.bytesRead - n + bad.offset),
                                      message: "a byte windows-1251 does not define (0x\(String(raw[bad.offset], radix: 16, uppercase: true)))")
                }
            }
            if n > 0, let at = guardrail.scan(raw) {
                throw DamagedFile(line: source.line(atOffset: source.bytesRead - n + at), message: "too many attributes (more than \(layout.maxAttributes) on one element)")
            }
            let status = xmlParseChunk(ctxt, chunk.bytes.assumingMemoryBound(to: CChar.self), Int32(chunk.count), n == 0 ? 1 : 0)
            if status != 0 { break }
            if n == 0 { finished = true; break }
        }
        if let e = handlerError { throw e }
        if let f = failure { throw f }
        if source.bytesRead == 0 { throw DamagedFile(line: 1, message: "empty file") }
        // Read whole, or not at all: the parser took the last byte and the end of
        // input without an error, and the document was well-formed.
        guard finished, ctxt.pointee.wellFormed != 0, ctxt.pointee.errNo == 0, firstLibxmlError == nil else {
            throw firstLibxmlError ?? DamagedFile(
                line: Int(xmlSAX2GetLineNumber(ctxt)),
                message: "not well-formed XML (libxml2 error \(ctxt.pointee.errNo)) after \(source.bytesRead) bytes")
        }
        if rootSeen == false { throw DamagedFile(line: 1, message: "no root element") }
        try source.finish()
    }

    @exclusivity(unchecked) private var rootSeen = false

    /// A UTF-8 byte-order mark before a prolog that declares another encoding:
    /// libxml2 would quietly believe one of the two; migstat believes neither.
    static func byteOrderMarkConflict(_ first: UnsafeBufferPointer<UInt8>) -> String? {
        guard first.count >= 3, first[0] == 0xEF, first[1] == 0xBB, first[2] == 0xBF,
              let declared = declaredEncoding(UnsafeBufferPointer(rebasing: first.dropFirst(3))),
              declared.lowercased() != "utf-8" else { return nil }
        return "a UTF-8 byte-order mark, but the prolog declares \(declared)"
    }

    /// The encoding an XML declaration at the very start of `first` names
    /// (nil: no declaration there, or none named, or not all of it in `first`).
    static func declaredEncoding(_ first: UnsafeBufferPointer<UInt8>) -> String? {
        let head = String(decoding: first.prefix(256), as: UTF8.self)
        guard head.hasPrefix("<?xml"), let end = head.range(of: "?>"),
              let enc = head[..<end.lowerBound].range(of: #"encoding\s*=\s*["']([^"']*)["']"#, options: .regularExpression)
        else { return nil }
        return head[enc].split(whereSeparator: { $0 == "\"" || $0 == "'" }).dropFirst().first.map(String.init) ?? ""
    }

    /// The reader behind a SAX callback's context (the parser context).
    private static func from(_ ctx: UnsafeMutableRawPointer?) -> XMLRecordReader {
        let ctxt = ctx!.assumingMemoryBound(to: xmlParserCtxt.self)
        return Unmanaged<XMLRecordReader>.fromOpaque(ctxt.pointee._private!).takeUnretainedValue()
    }

    /// The same for the per-element callbacks, without a retain and release
    /// each: `read` holds the reader for as long as libxml2 calls back (those
    /// two were a tenth of police extract's own time).
    @inline(__always)
    private static func with(_ ctx: UnsafeMutableRawPointer?, _ body: (XMLRecordReader) -> Void) {
        let ctxt = ctx!.assumingMemoryBound(to: xmlParserCtxt.self)
        Unmanaged<XMLRecordReader>.fromOpaque(ctxt.pointee._private!)._withUnsafeGuaranteedRef(body)
    }

    private func intern(_ name: String) -> Name {
        guard let dict = ctxt?.pointee.dict else { return nil }
        return Array(name.utf8).withUnsafeBufferPointer { xmlDictLookup(dict, $0.baseAddress, Int32($0.count)) }
    }

    private var line: Int { ctxt.map { Int(xmlSAX2GetLineNumber($0)) } ?? 0 }

    /// Records the file as damaged; every callback after this does nothing.
    private func fail(_ message: String) {
        guard failure == nil else { return }
        failure = DamagedFile(line: line, message: message)
    }

    private func start(_ localname: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?,
                       _ nAttrs: Int, _ attrs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        guard failure == nil, handlerError == nil else { return }
        depth += 1
        if depth > layout.maxDepth { fail("nesting too deep (more than \(layout.maxDepth) levels)"); return }
        if depth == 1 {
            rootSeen = true
            // The prolog has been read by now: only the encodings FEEDS.md names.
            if let enc = migstat_input_encoding(ctxt).map({ String(cString: $0) }),
               !XMLRecordLayout.allowedEncodings.contains(enc.lowercased()) {
                fail("encoding \(enc) is not allowed (UTF-8 or windows-1251)")
                return
            }
            let nsOK = uri.map { String(cString: $0) } == layout.namespace
            guard localname == rootName, nsOK else {
                let got = localname.map { String(cString: $0) } ?? "?"
                let ns = uri.map { String(cString: $0) } ?? "no namespace"
                fail("not a \(layout.rootElement) document in namespace \(layout.namespace) (root element \(got) in \(ns))")
                return
            }
            for (name, field) in iDocRootAttrs {
                if let v = attribute(name, nAttrs, attrs) { emitDocument(field, v) }
            }
            return
        }
        // Elements of another namespace (extensions) are neither records nor their values.
        guard inNamespace(uri) else { return }
        if depth == 2 {
            if localname == recordName {
                inRecord = true
                recordLine = startTagLine()
                for k in 0..<fieldCount { lengths[k] = 0; seen[k] = false; counts[k] = 0 }
                for a in iRecordAttrs {
                    if let v = attribute(a.name, nAttrs, attrs) { set(a.field, v) }
                }
            } else {
                for d in iDocChildren where d.element == localname {
                    for (name, field) in d.attrs {
                        if let v = attribute(name, nAttrs, attrs) { emitDocument(field, v) }
                    }
                }
            }
            return
        }
        guard inRecord, depth == 3 else { return }
        for c in iChildren where c.name == localname {
            if c.countField >= 0 { counts[c.countField] += 1 }
            for k in c.attrs {
                let a = iChildAttrs[k]
                guard let v = attribute(a.name, nAttrs, attrs) else {
                    if a.list { append(a.field, UnsafeBufferPointer(start: nil, count: 0)) }
                    continue
                }
                if a.list { append(a.field, v) } else if !seen[a.field] { set(a.field, v) }
            }
            if c.textField >= 0, !seen[c.textField] { textTarget = c.textField; seen[c.textField] = true }
            return
        }
    }

    /// The feed's namespace, compared by pointer after the first match.
    @exclusivity(unchecked) private var recordNamespace: UnsafePointer<xmlChar>?
    private func inNamespace(_ uri: UnsafePointer<xmlChar>?) -> Bool {
        guard let uri else { return false }
        if uri == recordNamespace { return true }
        guard String(cString: uri) == layout.namespace else { return false }
        recordNamespace = uri
        return true
    }

    /// The line where the current start tag begins: libxml2 reports the line
    /// where it ends. Looks back from the parser's position to the tag's `<`
    /// (never inside an attribute value: XML forbids `<` there), counting line
    /// ends. Called only inside the start-tag callback, while the bytes are valid.
    private func startTagLine() -> Int {
        guard let input = ctxt?.pointee.input, let base = input.pointee.base, var p = input.pointee.cur else { return line }
        var newlines = 0
        while p > base {
            p -= 1
            if p.pointee == UInt8(ascii: "<") { break }
            if p.pointee == 0x0A { newlines += 1 }
        }
        return max(1, Int(input.pointee.line) - newlines)
    }

    /// An unprefixed attribute of that name: a prefixed one (`x:status`) is another vocabulary's.
    private func attribute(_ name: Name, _ n: Int, _ attrs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> UnsafeBufferPointer<UInt8>? {
        guard let attrs, let name else { return nil }
        for k in 0..<n {
            let base = attrs + 5 * k
            if base[0] == name, base[2] == nil, let s = base[3], let e = base[4] {
                return UnsafeBufferPointer(start: s, count: s.distance(to: e))
            }
        }
        return nil
    }

    /// The field's value from now on; the file is damaged past `maxValueBytes`.
    private func set(_ field: Int, _ v: UnsafeBufferPointer<UInt8>) {
        guard v.count <= layout.maxValueBytes else { fail("field too long"); return }
        lengths[field] = 0
        add(field, v)
        seen[field] = true
    }

    /// An item of a list field, after a U+001F when it is not the first.
    private func append(_ field: Int, _ v: UnsafeBufferPointer<UInt8>) {
        if seen[field] {
            guard lengths[field] < layout.maxValueBytes else { fail("field too long"); return }
            store[field * layout.maxValueBytes + lengths[field]] = 0x1F
            lengths[field] += 1
        }
        guard lengths[field] + v.count <= layout.maxValueBytes else { fail("field too long"); return }
        add(field, v)
        seen[field] = true
    }

    private func text(_ ch: UnsafePointer<xmlChar>?, _ len: Int) {
        guard let t = textTarget, let ch, failure == nil, handlerError == nil else { return }
        guard lengths[t] + len <= layout.maxValueBytes else { fail("field too long"); return }
        add(t, UnsafeBufferPointer(start: ch, count: len))
    }

    /// Copies bytes after the field's value (the callers checked the room).
    @inline(__always) private func add(_ field: Int, _ v: UnsafeBufferPointer<UInt8>) {
        guard let source = v.baseAddress, v.count > 0 else { return }
        (store + field * layout.maxValueBytes + lengths[field]).update(from: source, count: v.count)
        lengths[field] += v.count
    }

    private func end() {
        guard failure == nil, handlerError == nil else { return }
        if depth == 3 { textTarget = nil }
        if depth == 2 && inRecord {
            inRecord = false
            for c in iChildren where c.countField >= 0 {
                lengths[c.countField] = 0
                Array(String(counts[c.countField]).utf8).withUnsafeBufferPointer { add(c.countField, $0) }
            }
            let values = XMLRecordValues(store: store, slot: layout.maxValueBytes, lengths: lengths, count: fieldCount)
            do { try onRecord(recordLine, values) } catch { handlerError = error }
        }
        depth -= 1
    }

    private func emitDocument(_ name: String, _ v: UnsafeBufferPointer<UInt8>) {
        do { try onDocument(line, name, Array(v)) } catch { handlerError = error }
    }
}

/// A record's values as `XMLRecordReader` hands them out: its own memory,
/// valid during the `onRecord` call only.
public struct XMLRecordValues: RandomAccessCollection {
    fileprivate let store: UnsafeMutablePointer<UInt8>
    fileprivate let slot: Int
    fileprivate let lengths: UnsafeMutablePointer<Int>
    public let count: Int

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(field: Int) -> UnsafeBufferPointer<UInt8> {
        precondition(field >= 0 && field < count)
        return UnsafeBufferPointer(start: store + field * slot, count: lengths[field])
    }
}
