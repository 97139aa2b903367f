import Foundation
import Logging

/// Stage 3: build each feed's statistics from its normalised records and
/// publish the year: statistics files, quality.json, rejects.csv and, last,
/// manifest.json. Every file is written beside its target and renamed over it.
public enum AggregateStage {
    public static let version = "1.0.0"
    static let agency = "KZ71"
    /// The folder of a year's quarterly statistics files, beside the yearly ones.
    static let quarterly = "quarterly"

    public struct YearResult: Sendable {
        public var year: Int
        public var status: String
        var failedChecks: [String]
    }

    /// `built`: feeds' parts a run already built (`Pipeline`), by feed.
    static func run(year: Int, config: PipelineConfig, workspace: Workspace, logger: Logger,
                    jobs: Int = 1, built: [String: FeedPart] = [:]) throws -> YearResult {
        let started = Date()
        let report = try buildReport(year: year, config: config, workspace: workspace, logger: logger, jobs: jobs, built: built)
        return try publish(year: year, config: config, workspace: workspace, built: report, logger: logger, started: started)
    }

    struct Built {
        var report: QualityReport
        var files: [(name: String, data: Data)]
        var inputs: [Manifest.Entry]
        /// rejects.csv, streamed to a temporary file beside its target.
        var rejects: StreamedFile
        /// Other years' statistics the year's checks read (`CrossYearChecks`).
        var readFrom: [Manifest.Entry] = []
    }

    /// One feed's part of the year, built from its normalised staging alone.
    struct FeedPart {
        var files: [InputFile]
        var tally: RecordTally
        var seal: String
        /// The statistics file and the checks its table made, when a file was read;
        /// its quarterly twin when a quarter has data.
        var statistics: (name: String, data: Data, checks: [QualityCheck])?
        var quarterly: Data?
        /// The same table, for the feeds whose plugins read it.
        var table: FeedStatistics?
    }

    /// `reading`: the parts of the feeds the plugin `reads`, built before it.
    static func feedPart(year: Int, feed name: String, definition def: FeedDefinition, plugin: FeedPlugin,
                         config: PipelineConfig, workspace: Workspace, logger: Logger,
                         reading: [String: FeedPart] = [:]) throws -> FeedPart {
        let started = Date()
        let files = try JSONFile.read([InputFile].self, from: workspace.inventory(year, name), stage: "extract")
        let tally = try JSONFile.read(RecordTally.self, from: workspace.counts(year, name), stage: "normalise")
        let seal = NormaliseStage.seal(workspace: workspace, year: year, feed: name)
        var part = FeedPart(files: files, tally: tally, seal: seal)
        guard files.contains(where: { $0.status == .read }) else { return part }
        var context = AggregateContext(year: year, definition: def, codeLists: config.codeLists.withOwnMemo(),
                                       coverage: FileInventory.coverage(files), accepted: tally.accepted,
                                       reading: reading.compactMapValues(\.table))
        context.months = FileInventory.coveredMonths(files)
        let records = try StagingReader(path: workspace.normalised(year, name), seal: seal, stage: "`migstat normalise`")
        var publication = try plugin.aggregate(records, context)
        if let measures = publication.measures {
            publication.checks += QuarterChecks.run(name: String(plugin.statisticsFile.dropLast(".csv".count)), year: publication.table,
                                                    quarters: publication.quarters, measures: measures)
        }
        let csv = publication.table.render(agency: agency, refArea: config.refArea, year: year)
        part.statistics = (plugin.statisticsFile, Data(csv.utf8), publication.checks)
        part.quarterly = SDMXTable.renderQuarters(publication.quarters, agency: agency, refArea: config.refArea, year: year)
            .map { Data($0.utf8) }
        part.table = FeedStatistics(feed: name, coverage: context.coverage, table: publication.table,
                                    quarters: publication.quarters, months: context.months)
        logger.debug("aggregated", metadata: ["year": .number(year), "feed": .string(name), "stage": "aggregate",
                                              "duration_s": .seconds(since: started)])
        return part
    }

    static func buildReport(year: Int, config: PipelineConfig, workspace: Workspace, logger: Logger, jobs: Int = 1,
                            built: [String: FeedPart] = [:]) throws -> Built {
        var report = QualityReport(year: year, status: "ok", feeds: [:], checks: [])
        var publish: [(name: String, data: Data)] = []
        var inputs: [Manifest.Entry] = []
        var quarantined = false
        try FileManager.default.createDirectory(atPath: workspace.published(year), withIntermediateDirectories: true)
        AtomicFile.removeLeftovers(in: workspace.published(year))
        AtomicFile.removeLeftovers(in: "\(workspace.published(year))/\(quarterly)")
        let rejects = try StreamedFile(target: "\(workspace.published(year))/rejects.csv")
        try rejects.write("feed,file,location,reason,record\n")

        // Each feed's table is built side by side; they are put together in name order.
        let feeds = config.definitions.sorted(by: { $0.key < $1.key }).compactMap { name, def in
            FeedRegistry.plugin(name).map { (name, def, $0) }
        }
        let parts = try orderedParts(feeds.map { ($0.0, $0.2) }, built: built, jobs: jobs) { i, reading in
            try feedPart(year: year, feed: feeds[i].0, definition: feeds[i].1, plugin: feeds[i].2, config: config,
                         workspace: workspace, logger: logger, reading: reading)
        }
        for ((name, def, _), part) in zip(feeds, parts) {
            let files = part.files, tally = part.tally
            report.feeds[name] = QualityReport.feed(files: files, tally: tally)
            inputs += files.map { Manifest.Entry(path: $0.path, size: $0.size, sha256: $0.sha256) }
            quarantined = quarantined || files.contains { $0.status == .quarantined || $0.isMissedDelivery }
            try streamRejects(from: StagingReader(path: workspace.rejects(year, name), seal: part.seal, stage: "`migstat normalise`"),
                              to: rejects)

            if let threshold = def.rejectThreshold, tally.read > 0 {
                let share = Double(tally.rejected) / Double(tally.read)
                report.checks.append(QualityCheck(
                    name: "\(name): rejects within threshold (\(tally.rejected) of \(tally.read), limit \(threshold))",
                    passed: share <= threshold))
            }
            guard let statistics = part.statistics else { continue }
            report.checks += statistics.checks
            publish.append((statistics.name, statistics.data))
            if let data = part.quarterly { publish.append(("\(quarterly)/\(statistics.name)", data)) }
        }

        // Checks against the previous year's published statistics, after the feeds' own.
        let crossYear = CrossYearChecks.run(year: year, plugins: feeds.map(\.2),
                                            current: Dictionary(publish, uniquingKeysWith: { a, _ in a }), workspace: workspace)
        report.checks += crossYear.checks

        let failedChecks = report.checks.filter { !$0.passed }.map(\.name)
        report.status = quarantined || !failedChecks.isEmpty ? "failed" : "ok"
        publish.append(("quality.json", try JSONFile.encode(report)))
        return Built(report: report, files: publish, inputs: inputs, rejects: rejects, readFrom: crossYear.readFrom)
    }

    /// Every feed's part, in the feeds' order: first those that read no other
    /// feed's statistics (side by side), then, round by round, those whose
    /// inputs are built, each handed the parts of the configured feeds it reads.
    /// A feed that reads itself, or a circle of feeds, is a definition error.
    static func orderedParts(_ feeds: [(name: String, plugin: FeedPlugin)], built: [String: FeedPart], jobs: Int,
                             make: (Int, [String: FeedPart]) throws -> FeedPart) throws -> [FeedPart] {
        let configured = Set(feeds.map(\.name))
        var parts = [FeedPart?](repeating: nil, count: feeds.count)
        var done: [String: FeedPart] = [:]
        while parts.contains(where: { $0 == nil }) {
            let inputs = done
            let ready = feeds.indices.filter { i in
                parts[i] == nil && feeds[i].plugin.reads.allSatisfy { !configured.contains($0) || inputs[$0] != nil }
            }
            guard !ready.isEmpty else {
                let left = feeds.indices.filter { parts[$0] == nil }.map { feeds[$0].name }
                throw MigstatError.configuration("the statistics of \(left.joined(separator: ", ")) read each other's (or their own): no order builds them")
            }
            let round = try WorkPool.map(ready.count, jobs: jobs) { k in
                let i = ready[k]
                if let part = built[feeds[i].name] { return part }
                return try make(i, inputs.filter { feeds[i].plugin.reads.contains($0.key) })
            }
            for (k, i) in ready.enumerated() { parts[i] = round[k]; done[feeds[i].name] = round[k] }
        }
        return parts.map { $0! }
    }

    static func publish(year: Int, config: PipelineConfig, workspace: Workspace, built: Built, logger: Logger,
                        started: Date = Date()) throws -> YearResult {
        let report = built.report, publish = built.files, inputs = built.inputs
        let failedChecks = report.checks.filter { !$0.passed }.map(\.name)

        // Publish: statistics, quality and rejects first, the manifest last, so a
        // crash in between leaves a manifest that no longer matches (and a rerun).
        let dir = workspace.published(year)
        // The manifest being replaced names the previous release (Release).
        let previous = Release.previousManifest(year: year, in: dir)
        var outputs: [Manifest.Entry] = []
        if publish.contains(where: { $0.name.hasPrefix("\(quarterly)/") }) {
            try FileManager.default.createDirectory(atPath: "\(dir)/\(quarterly)", withIntermediateDirectories: true)
        }
        for (file, data) in publish {
            try AtomicFile.write(data, to: URL(fileURLWithPath: "\(dir)/\(file)"), unlessUnchanged: true)
            outputs.append(Manifest.Entry(path: "\(year)/\(file)", size: nil, sha256: Hashing.sha256(data)))
        }
        outputs.append(Manifest.Entry(path: "\(year)/rejects.csv", size: nil, sha256: try built.rejects.commit()))
        let current = Set(publish.map(\.name))
        for plugin in FeedRegistry.all {
            for file in [plugin.statisticsFile, "\(quarterly)/\(plugin.statisticsFile)"] where !current.contains(file) {
                try? FileManager.default.removeItem(atPath: "\(dir)/\(file)")
            }
        }
        rmdir("\(dir)/\(quarterly)")   // only when empty: no quarter had data
        let manifest = Manifest(tool: "migstat", version: version, build: BuildIdentity.current, year: year, status: report.status,
                                configuration: try configurationEntries(config),
                                inputs: inputs, outputs: outputs.sorted { $0.path < $1.path },
                                readFrom: built.readFrom.isEmpty ? nil : built.readFrom,
                                release: Release.of(year: year, outputs: outputs, report: report, previous: previous))
        try AtomicFile.write(try JSONFile.encode(manifest), to: URL(fileURLWithPath: "\(dir)/manifest.json"), unlessUnchanged: true)
        logger.info("published", metadata: ["year": .number(year), "stage": "aggregate", "status": .string(report.status),
                                             "files": .number(outputs.count + 1),
                                             "duration_s": .seconds(since: started)])
        return YearResult(year: year, status: report.status, failedChecks: failedChecks)
    }

    /// The definitions and code lists that shaped a year, relative to the pipelines folder.
    static func configurationEntries(_ config: PipelineConfig) throws -> [Manifest.Entry] {
        try (config.definitionFiles + config.codeLists.files).map { path in
            let (sha, size) = try Hashing.sha256(file: path)
            let rel = path.hasPrefix(config.directory + "/") ? String(path.dropFirst(config.directory.count + 1)) : path
            return Manifest.Entry(path: rel, size: size, sha256: sha)
        }.sorted { $0.path < $1.path }
    }

    /// Appends one feed's rejects as `feed,file,location,reason,record` lines.
    /// Normalise writes them in file and line order and feeds come in name
    /// order, so rejects.csv comes out sorted by feed, file and line without
    /// holding it in memory; the order is checked as it streams. Over bytes:
    /// through Strings, this was most of the year's work after the tables.
    static func streamRejects(from reader: StagingReader, to out: StreamedFile) throws {
        var previous: (file: [UInt8], line: Int)?
        var fields: [ArraySlice<UInt8>] = [], csv: [UInt8] = []
        func damaged() -> MigstatError { .io("\(reader.path) is damaged; rerun normalise") }
        while let staged = try reader.nextLineBytes() {
            if !StagingReader.fieldBytes(staged, into: &fields) {   // an escaped field: rare, read through Strings
                fields = StagingReader.split(staged).map { ArraySlice($0.utf8) }
            }
            // A `RejectLine`'s fields, by place.
            let (feed, path, reason, record) = (RejectLine.Field.feed.rawValue, RejectLine.Field.path.rawValue,
                                                RejectLine.Field.reason.rawValue, RejectLine.Field.record.rawValue)
            guard fields.count == RejectLine.Field.allCases.count,
                  let line = Int(String(decoding: fields[RejectLine.Field.line.rawValue], as: UTF8.self)) else { throw damaged() }
            let sameFile = previous?.file.elementsEqual(fields[path]) ?? false
            if let p = previous,
               sameFile ? p.line > line : String(decoding: p.file, as: UTF8.self) > String(decoding: fields[path], as: UTF8.self) {
                throw MigstatError.io("internal error: \(reader.path) is not in file and line order")
            }
            previous = (sameFile ? previous!.file : Array(fields[path]), line)
            csv.removeAll(keepingCapacity: true)
            CSVText.appendQuoted(fields[feed], to: &csv); csv.append(0x2C)
            CSVText.appendQuoted(fields[path], to: &csv); csv.append(0x2C)
            csv.append(contentsOf: "line \(line),".utf8)   // digits: nothing to quote
            CSVText.appendQuoted(fields[reason], to: &csv); csv.append(0x2C)
            CSVText.appendQuoted(CSVText.inert(fields[record]), to: &csv)
            csv.append(0x0A)
            try out.write(csv)
        }
    }

    /// `output/summary/<name>.csv`: every published year's rows of one statistics file, years ascending.
    static func rebuildSummary(workspace: Workspace) throws {
        for plugin in FeedRegistry.all {
            // Lines as bytes: splitting a String walks it Character by Character.
            var header: [UInt8]?
            var body: [UInt8] = []
            for year in workspace.publishedYears() {
                guard let text = TextFile.read("\(workspace.published(year))/\(plugin.statisticsFile)") else { continue }
                let lines = Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: true)
                guard let first = lines.first else { continue }
                if header == nil { header = Array(first) }
                for l in lines.dropFirst() { body += l; body.append(0x0A) }
            }
            let path = "\(workspace.summary)/\(plugin.statisticsFile)"
            if let header {
                try AtomicFile.write(Data(header + [0x0A] + body), to: URL(fileURLWithPath: path), unlessUnchanged: true)
            } else {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
    }
}
