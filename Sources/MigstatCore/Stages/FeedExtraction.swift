import Foundation
import Logging

/// Extract (stage 1) of one feed and year, a file at a time: each file read
/// is a task of its own writing a segment of its own (`extract`), so a feed's
/// files are read side by side, and a large feed does not hold one core while
/// the other waits. Once every file is read, `finish` puts the segments
/// together in file order and seals `extracted.bin` with the inventory: the
/// same bytes however many tasks ran at once. A damaged file's segment is
/// dropped and the file quarantined; the others are kept.
final class FeedExtraction: @unchecked Sendable {
    private let year: Int
    private let feed: String
    private let definition: FeedDefinition
    private let workspace: Workspace
    private let logger: Logger
    private let progress: Progress?
    private var files: [InputFile]
    /// The files to read, by their place in the inventory.
    let reading: [Int]
    /// Each file's segment and records, or why it was not read; set by the file's task.
    private var outcomes: [Int: Result<(segment: StagingWriter.Detached, records: Int), Error>] = [:]
    /// The sha256 of each file hashed as it was read (damaged or not).
    private var hashed: [Int: String] = [:]
    private let lock = NSLock()
    /// Seconds spent on the feed's files, whichever threads read them: its
    /// extract's cost, not the time from the first file to the last.
    private var busy: TimeInterval = 0

    /// Lists the feed's files and hashes those it will not read (`jobs` at a
    /// time); the others are hashed as their tasks read them.
    init(year: Int, feed: String, definition: FeedDefinition, workspace: Workspace, logger: Logger,
         progress: Progress?, jobs: Int) throws {
        (self.year, self.feed, self.definition, self.workspace) = (year, feed, definition, workspace)
        (self.logger, self.progress) = (logger, progress)
        AtomicFile.removeLeftovers(in: workspace.staging(year, feed))
        let files = try FileInventory.scan(feed: definition, year: year, inputRoot: workspace.inputRoot, hashes: .whileRead, jobs: jobs)
        reading = files.indices.filter { files[$0].status == .read }
        self.files = files
    }

    /// Reads file `i` (one of `reading`) into its segment; true when it was the
    /// feed's last file to be read, and `finish` may follow.
    func extract(_ i: Int) -> Bool {
        let started = Date()
        let outcome = Result { try segment(i) }
        progress?.advance(bytes: files[i].size)
        return lock.withLock {
            busy += Date().timeIntervalSince(started)
            outcomes[i] = outcome
            return outcomes.count == reading.count
        }
    }

    private func segment(_ i: Int) throws -> (segment: StagingWriter.Detached, records: Int) {
        let file = files[i]
        let kind = try definition.kind(file.kind!)
        let writer = try ExtractedWriter(segmentOf: workspace.extracted(year, feed), file: i)
        // The very version the inventory listed, or the run stops (exit 1).
        let source = try InputSource(path: file.realPath ?? "\(workspace.inputRoot)/\(file.path)", expected: file.identity)
        if file.sha256.isEmpty { source.hashWhileReading() }
        let records: Int
        do {
            switch definition.format {
            case .csv: records = try ExtractStage.extractCSV(source, def: definition, kind: kind, fileIndex: i, to: writer)
            case .xml: records = try ExtractStage.extractXML(source, def: definition, kind: kind, fileIndex: i, to: writer)
            }
        } catch let damage as DamagedFile {
            try keepHash(i, source)   // a quarantined file is named by its sha256 too
            throw damage
        }
        try keepHash(i, source)
        // A delivery with no records (a header alone, a bare root) covers no month.
        guard records > 0 else { throw DamagedFile(line: 1, message: "empty file: no records") }
        return (try writer.finishSegment(), records)
    }

    /// The file's sha256, when its task hashed it as it read it.
    private func keepHash(_ i: Int, _ source: InputSource) throws {
        guard files[i].sha256.isEmpty, let real = files[i].realPath else { return }
        let sha = try source.sha256OfWhole()
        Hashing.remember(path: real, identity: source.identity, sha256: sha, size: source.bytesRead)
        lock.withLock { hashed[i] = sha }
    }

    /// Puts the read files' segments together in file order, quarantines the
    /// damaged ones, and writes `extracted.bin` and the inventory. Any other
    /// error stops the feed: the first in file order is thrown.
    func finish() throws {
        let started = Date()
        var segments: [StagingWriter.Detached] = []
        defer { outcomes = [:] }   // the segments' files go
        for (i, sha) in hashed { files[i].sha256 = sha }
        for i in reading {
            switch outcomes[i]! {
            case .success(let read):
                files[i].records = read.records
                segments.append(read.segment)
            case .failure(let damage as DamagedFile):
                files[i].status = .quarantined
                files[i].error = damage.description
                logger.warning("file quarantined", metadata: [
                    "year": .number(year), "feed": .string(feed), "file": .string(files[i].path), "error": .text(damage)])
            case .failure(let error):
                throw error
            }
        }
        // The inventory's sha256 seals the records: normalise refuses a pair from two runs.
        let inventory = try JSONFile.encode(files)
        try ExtractedWriter.assemble(segments, into: workspace.extracted(year, feed), seal: Hashing.sha256(inventory))
        try AtomicFile.write(inventory, to: URL(fileURLWithPath: workspace.inventory(year, feed)))
        logger.log(level: files.isEmpty ? .debug : .info, "extracted", metadata: [
            "year": .number(year), "feed": .string(feed), "stage": "extract",
            "files_read": .number(files.filter { $0.status == .read }.count),
            "records": .number(files.compactMap(\.records).reduce(0, +)), "duration_s": .seconds(busy + Date().timeIntervalSince(started))])
    }
}
