import Foundation
import Logging

/// What a feed's rules work with during normalise: the year, the code lists,
/// the definition, and the sinks for rejects and warnings.
final class NormaliseContext {
    let year: Int
    let feed: String
    let definition: FeedDefinition
    let codeLists: CodeLists
    /// The reporting region (`KZ-71`): a partner there is a move inside the city.
    let refArea: String
    let files: [InputFile]
    var tally = RecordTally()
    /// Document-level values per file (`D` lines), e.g. an XML schema version.
    var documents: [Int: [String: String]] = [:]
    private let rejects: StagingWriter?
    private let fates: StagingWriter?
    private let inputRoot: String
    /// Where rules that hold records until the year is read spill them (`RecordSpill`).
    let scratchDirectory: String
    /// The record tables records settle into, and how each shows a record as read.
    let tables: [RecordTable]
    private let asRead: [RecordTable.AsRead]
    /// Each input file's record table, by the file's number: looked up once,
    /// not by kind name for each of a million records.
    private let tableOfFile: [Int]

    init(year: Int, feed: String, definition: FeedDefinition, codeLists: CodeLists, refArea: String,
         files: [InputFile], tables: [RecordTable], rejects: StagingWriter?, fates: StagingWriter? = nil,
         inputRoot: String, scratchDirectory: String = NSTemporaryDirectory()) throws {
        self.year = year; self.feed = feed; self.definition = definition; self.codeLists = codeLists
        self.scratchDirectory = scratchDirectory
        self.refArea = refArea
        self.files = files; self.rejects = rejects; self.fates = fates; self.inputRoot = inputRoot
        self.tables = tables
        lineProvenance = RecordLine.Provenance(tables: tables.map(\.name))
        var asRead: [RecordTable.AsRead] = [], tableOfKind: [String: Int] = [:]
        for (i, table) in tables.enumerated() {
            let kinds = table.kind.map { [$0] } ?? definition.files.map(\.kind)
            for kind in kinds { tableOfKind[kind] = i }
            let fileKind = try definition.kind(kinds[0])
            asRead.append(RecordTable.AsRead(table, fieldNames: definition.fieldNames(fileKind)))
        }
        self.asRead = asRead
        for kind in definition.files.map(\.kind) where tableOfKind[kind] == nil {
            throw MigstatError.configuration("\(feed): file kind `\(kind)` has no record table")
        }
        tableOfFile = files.map { file in file.kind.flatMap { tableOfKind[$0] } ?? 0 }
    }

    private func table(file: Int) -> Int { tableOfFile[file] }

    /// The feed's record table of this name, for its rules' rows (`RecordRow`).
    func table(_ name: String) throws -> RecordTable {
        guard let table = tables.first(where: { $0.name == name }) else {
            throw MigstatError.configuration("internal error: \(feed) has no record table \(name) (it has \(tables.map(\.name).joined(separator: ", ")))")
        }
        return table
    }

    /// `Fate` (Records/Fate.swift), by the name rules used before it had a file of its own.
    typealias Fate = MigstatCore.Fate

    /// Settles one record: counted under its fate and written with its
    /// provenance and values to `records.tsv` (`RecordLine`; the values in the
    /// table's column order, already joined).
    /// Every record read is settled exactly once, so the counts are the fates added up.
    func settle(_ fate: Fate, file: Int, line: Int, reason: RejectReason? = nil, values: String) throws {
        var values = values
        try values.withUTF8 { try settle(fate, file: file, line: line, reason: reason, values: $0) }
    }

    /// The same, with the values as staging bytes (a line read back from a `RecordSpill`).
    func settle(_ fate: Fate, file: Int, line: Int, reason: RejectReason? = nil, values: UnsafeBufferPointer<UInt8>) throws {
        try count(fate, reason: reason)
        guard let fates else { return }
        provenance(fates, fate, file: file, line: line, reason: reason)
        try fates.rawLine(values)
    }

    /// Counts a record under its fate (and a reject under its reason).
    private func count(_ fate: Fate, reason: RejectReason?) throws {
        switch fate {
        case .accepted: tally.accepted += 1
        case .rejected: tally.rejected += 1; tally.rejectedByReason[reason?.rawValue ?? "", default: 0] += 1
        case .duplicate: tally.duplicates += 1
        case .superseded: tally.superseded += 1
        case .cancelled: tally.cancelled += 1
        case .excluded: tally.excluded += 1
        }
    }

    private func provenance(_ fates: StagingWriter, _ fate: Fate, file: Int, line: Int, reason: RejectReason?) {
        lineProvenance.write(to: fates, file: file, line: line, fate: fate, reason: reason, table: table(file: file))
    }

    private let lineProvenance: RecordLine.Provenance

    /// Settles a record the rules hold: `values` are the table's columns as the
    /// rules produced them; without them, the record's fields as read.
    func settle(_ fate: Fate, _ record: ExtractedRecord, values: [String]? = nil, reason: RejectReason? = nil) throws {
        try count(fate, reason: reason)
        guard let fates else { return }
        provenance(fates, fate, file: record.file, line: record.line, reason: reason)
        for v in values ?? asRead(record) { fates.field(v) }   // written field by field: no joined copy
        try fates.endLine()
    }

    /// The same, the rules writing the values field by field (`write`): no
    /// array of Strings for each of a million records.
    func settle(_ fate: Fate, _ record: ExtractedRecord, reason: RejectReason? = nil,
                write: (StagingWriter) -> Void) throws {
        try count(fate, reason: reason)
        guard let fates else { return }
        provenance(fates, fate, file: record.file, line: record.line, reason: reason)
        write(fates)
        try fates.endLine()
    }

    /// Settles a record with the row the rules set, by column name (`RecordRow`);
    /// the row is emptied for the next record. Rules hold their rows in a `let`:
    /// a `var` is retained and released around each value set.
    func settle(_ fate: Fate, _ record: ExtractedRecord, row: RecordRow, values: borrowing StagedValues) throws {
        try count(fate, reason: nil)
        guard let fates else { return row.clear() }
        provenance(fates, fate, file: record.file, line: record.line, reason: nil)
        row.write(to: fates, values: values)
        try fates.endLine()
    }

    /// The same for rules that stage no values.
    func settle(_ fate: Fate, _ record: ExtractedRecord, row: RecordRow) throws {
        try count(fate, reason: nil)
        guard let fates else { return row.clear() }
        provenance(fates, fate, file: record.file, line: record.line, reason: nil)
        row.write(to: fates)
        try fates.endLine()
    }

    /// The same, for rules that hold their row in a `var` and pass it `&row`.
    func settle(_ fate: Fate, _ record: ExtractedRecord, row: inout RecordRow, values: borrowing StagedValues) throws {
        try settle(fate, record, row: row, values: values)
    }

    func settle(_ fate: Fate, _ record: ExtractedRecord, row: inout RecordRow) throws {
        try settle(fate, record, row: row)
    }

    /// The record's fields as read, in its table's column order.
    func asRead(_ record: ExtractedRecord) -> [String] { asRead[table(file: record.file)].values(record) }

    /// Rejects a record: counted by reason, written to rejects (`RejectLine`) with its
    /// file, line and the raw CSV line (or, for XML, `recordText`: the record's id).
    func reject(_ record: ExtractedRecord, _ reason: RejectReason, recordText: String? = nil) throws {
        try settle(.rejected, record, reason: reason)
        try rejects?.line(RejectLine(feed: feed, path: files[record.file].path, line: record.line, reason: reason,
                                     record: recordText ?? rawLine(record)).staged)
    }

    /// Rejects a record extract could not read into fields: no values.
    func reject(file: Int, line: Int, reason: RejectReason, record: String) throws {
        let empty = [String](repeating: "", count: tables[table(file: file)].columns.count)
        try settle(.rejected, file: file, line: line, reason: reason, values: StagingWriter.join(empty))
        try rejects?.line(RejectLine(feed: feed, path: files[file].path, line: line, reason: reason, record: record).staged)
    }

    func warn(_ kind: RecordWarning, count: Int = 1) {
        tally.warningsByKind[kind.rawValue, default: 0] += count
    }

    func document(_ file: Int, _ name: String) -> String? { documents[file]?[name] }

    /// Rereads a CSV record's raw bytes from its input file: rejects are rare,
    /// so extract does not carry raw lines for every record. Records come
    /// file by file, so one file is kept open at a time.
    private func rawLine(_ r: ExtractedRecord) -> String {
        guard r.rawLength > 0 else { return "" }
        if openFile?.index != r.file {
            if let fd = openFile?.fd, fd >= 0 { close(fd) }
            openFile = (r.file, open("\(inputRoot)/\(files[r.file].path)", O_RDONLY | O_CLOEXEC))
        }
        let fd = openFile!.fd
        guard fd >= 0 else { return "" }
        rawBytes.removeAll(keepingCapacity: true)
        rawBytes.append(contentsOf: repeatElement(0, count: r.rawLength))
        let n = rawBytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, r.rawLength, off_t(r.rawOffset)) }
        guard n == r.rawLength else { return "" }
        var utf8: [UInt8] = []
        let ok = rawBytes.withUnsafeBufferPointer { textEncoding.appendUTF8($0, to: &utf8) }
        return ok ? String(decoding: utf8, as: UTF8.self) : ""
    }

    private lazy var textEncoding = definition.textEncoding
    private var openFile: (index: Int, fd: Int32)?
    private var rawBytes: [UInt8] = []

    deinit { if let fd = openFile?.fd, fd >= 0 { close(fd) } }
}

extension PipelineConfig {
    /// Builds every feed's rules once, against no data: a field or vocabulary
    /// the rules need and the definition lacks is found when the definitions
    /// load (exit 2), before any stage writes anything.
    func checkRules() throws {
        for (name, def) in definitions {
            guard let plugin = FeedRegistry.plugin(name) else { continue }
            _ = try plugin.makeRules(NormaliseContext(year: 2000, feed: name, definition: def, codeLists: codeLists,
                                                      refArea: refArea, files: [], tables: plugin.recordTables,
                                                      rejects: nil, inputRoot: ""))
        }
    }
}

/// Stage 2: apply each feed's rules to its extracted records: code lists,
/// validation, duplicates, re-sends, exclusions. Rejects get their reasons.
enum NormaliseStage {
    /// The seal of a feed's normalised files: the sha256 of its counts and its inventory.
    static func seal(workspace: Workspace, year: Int, feed: String) -> String {
        let inventorySeal = Hashing.sha256(FileManager.default.contents(atPath: workspace.inventory(year, feed)) ?? Data())
        return seal(counts: FileManager.default.contents(atPath: workspace.counts(year, feed)) ?? Data(), inventorySeal: inventorySeal)
    }

    /// The seal from the counts' bytes and extract's seal (the inventory's sha256).
    static func seal(counts: Data, inventorySeal: String) -> String { Hashing.sha256(counts + Data(inventorySeal.utf8)) }

    /// Normalises one feed of a year: its extracted records through its rules.
    /// `progressScale` turns staged bytes into the progress bar's units.
    static func run(year: Int, feed name: String, definition def: FeedDefinition, config: PipelineConfig,
                           workspace: Workspace, logger: Logger, progress: Progress? = nil, progressScale: Double = 1) throws {
        guard let plugin = FeedRegistry.plugin(name) else { return }
        let started = Date()
        let inventoryPath = workspace.inventory(year, name)
        let files = try JSONFile.read([InputFile].self, from: inventoryPath, stage: "extract")
        let inventorySeal = Hashing.sha256(FileManager.default.contents(atPath: inventoryPath) ?? Data())
        let rejects = try StagingWriter(path: workspace.rejects(year, name))
        let fates = try StagingWriter(path: workspace.records(year, name))
        let ctx = try NormaliseContext(year: year, feed: name, definition: def, codeLists: config.codeLists.withOwnMemo(),
                                   refArea: config.refArea, files: files, tables: plugin.recordTables,
                                   rejects: rejects, fates: fates, inputRoot: workspace.inputRoot,
                                   scratchDirectory: workspace.staging(year, name))
        let rules = try plugin.makeRules(ctx)
        let reader = try ExtractedReader(path: workspace.extracted(year, name), seal: inventorySeal, stage: "`migstat extract`")
        let out = try StagingWriter(path: workspace.normalised(year, name))
        var reported = 0
        func damaged(_ detail: String = "") -> MigstatError {
            .io("\(reader.path) is damaged\(detail); rerun `migstat extract --year \(year)`")
        }
        while let entry = try reader.next() {
            if let progress, reader.bytesRead - reported >= 1 << 22 {
                progress.advance(bytes: Int(Double(reader.bytesRead - reported) * progressScale))
                reported = reader.bytesRead
            }
            switch entry {
            case .record(let record):
                guard record.file < files.count else { throw damaged() }
                ctx.tally.read += 1
                try rules.consume(record, into: out)
            case .unsplit(let file, let line, let reasonText, let raw):
                guard file < files.count else { throw damaged() }
                guard let reason = RejectReason(rawValue: reasonText) else { throw damaged(" (no such reason: \(reasonText))") }
                ctx.tally.read += 1
                try ctx.reject(file: file, line: line, reason: reason, record: raw)
            case .document(let file, _, let name, let value):
                guard file < files.count else { throw damaged() }
                ctx.documents[file, default: [:]][name] = value
            }
        }
        progress?.advance(bytes: Int(Double(reader.bytesRead - reported) * progressScale))
        try rules.finish(into: out)
        guard ctx.tally.balances else {
            throw MigstatError.io("internal error: \(name) \(year) records do not balance: \(ctx.tally)")
        }
        // The counts' sha256 seals the records and rejects, as extract's inventory sealed its records.
        let counts = try JSONFile.encode(ctx.tally)
        let seal = Self.seal(counts: counts, inventorySeal: inventorySeal)
        for writer in [out, rejects, fates] { try writer.seal(seal) }
        for writer in [out, rejects, fates] { try writer.close() }
        try AtomicFile.write(counts, to: URL(fileURLWithPath: workspace.counts(year, name)))
        logger.log(level: files.isEmpty ? .debug : .info, "normalised", metadata: [
            "year": .number(year), "feed": .string(name), "stage": "normalise",
            "read": .number(ctx.tally.read), "accepted": .number(ctx.tally.accepted), "rejected": .number(ctx.tally.rejected),
            "duration_s": .seconds(since: started)])
    }
}
