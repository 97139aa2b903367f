import Foundation

/// Loads one published year into the database, in one transaction that
/// replaces everything the database held for it in this region (`ref_area`),
/// and nothing of another region's: the statistics files' rows, every record normalise settled (from the year's staging, sealed to
/// its counts), the input files, the quality checks, and the year's state.
/// The records' fates must add up to the published quality.json, or nothing loads.
extension UnifiedDatabase {
    public struct LoadSummary: Sendable {
        public var statistics = 0
        public var records = 0
        /// The rollups summed as their records loaded, not by their query afterwards (RollupFold).
        var foldedRollups: [String] = []
        /// Whether the load ran beside the year's pipeline (`YearLoadStream`) or after its publication.
        public var besidePipeline = false
    }

    /// What one feed's staged records came to as they loaded: checked against
    /// quality.json once the year is published (`YearLoadStream` loads them before).
    struct StagedCounts: Sendable {
        var total = 0
        var fates: [String: Int] = [:]
        var reasons: [String: Int] = [:]
        var folded: [String] = []
    }

    @discardableResult
    public func load(year: Int, workspace: Workspace) throws -> LoadSummary {
        // Every published file against its manifest first: a file deleted or edited by hand loads nothing.
        let published = try PublishedYear.verified(year: year, workspace: workspace)
        var summary = LoadSummary()
        try transaction {
            try beginYear(year)
            summary = try finishYear(year, published: published, workspace: workspace, staged: [:])
        }
        return summary
    }

    /// The start of a year's load, inside the caller's transaction: another run
    /// of this region's year (another output) waits here, other regions do not
    /// (SchemaLock); then the year's rows go.
    func beginYear(_ year: Int) throws {
        try lockRegionYear(year)
        try deleteRows(ofYear: year)
    }

    /// The rest of a year's load once it is published, inside the caller's
    /// transaction: the statistics files, the records of every feed not in
    /// `staged` (loaded while the pipeline ran), each feed's counts against
    /// quality.json, the input files, the checks, the release.
    func finishYear(_ year: Int, published: PublishedYear, workspace: Workspace,
                    staged: [String: StagedCounts]) throws -> LoadSummary {
        let dir = workspace.published(year), quality = published.quality
        var summary = LoadSummary()
        for (plugin, t, file) in DatabaseSchema.publishedTables {
            // A feed with no file read publishes no statistics file (nor, with no quarter, a quarterly one).
            guard let text = published.statistics[file] else { continue }
            summary.statistics += try loadStatistics(plugin: plugin, table: t, text: text, path: "\(dir)/\(file)")
        }
        let feeds = quality.feeds.filter { FeedRegistry.plugin($0.key) != nil }
        // Records loaded for a feed the publication does not hold would stay in the database uncounted.
        if let stray = staged.keys.sorted().first(where: { feeds[$0] == nil }) {
            throw MigstatError.io("\(stray) \(year) was staged but is not in its published quality.json; rerun `migstat run --year \(year) --force`")
        }
        for (name, feed) in feeds.sorted(by: { $0.key < $1.key }) {
            let counts = try staged[name] ?? loadRecords(plugin: FeedRegistry.plugin(name)!, year: year, workspace: workspace)
            try agree(counts, with: feed, feed: name, year: year)
            summary.records += counts?.total ?? 0
            summary.foldedRollups += counts?.folded ?? []
        }
        try loadOperations(year: year, quality: quality, manifest: published.manifestSHA256)
        try keepRelease(year: year, published: published)
        return summary
    }

    /// Deletes this region's rows of the year from every table that holds rows per year (inside the caller's transaction).
    func deleteRows(ofYear year: Int) throws {
        for (t, column) in DatabaseSchema.yearTables {
            try connection.execute("DELETE FROM \(table(t)) WHERE \(scope(year).rows(column))")
        }
    }

    /// The rows of one statistics file, its header checked against the table and
    /// every row's REF_AREA against this region's: a file published for another
    /// region (migstat.yaml's `ref_area` changed since) would replace the wrong rows.
    private func loadStatistics(plugin: FeedPlugin, table t: DatabaseSchema.Table, text: String, path: String) throws -> Int {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).makeIterator()
        let expected = ["DATAFLOW", "REF_AREA", "TIME_PERIOD"] + plugin.statisticsColumns.dimensions + ["OBS_VALUE"]
            + plugin.statisticsColumns.attributes
        guard let header = lines.next(), PublishedCSV.fields(header) == expected else {
            throw MigstatError.io("\(path) does not have the columns of \(plugin.statisticsFile); rerun the year with --force")
        }
        var count = 0
        try connection.bulkInsert(into: table(t), columns: t.columns) { sink in
            while let line = lines.next() {
                let values = Array(PublishedCSV.fields(line).dropFirst())
                guard values.first == refArea else {
                    throw MigstatError.io("\(path) was published for REF_AREA \(values.first ?? "") and migstat.yaml's ref_area is \(refArea): "
                                          + "nothing loaded; rerun the year with --force to publish it for \(refArea)")
                }
                try sink.row(values)
                count += 1
            }
        }
        return count
    }

    /// Every record of one feed, by record table, with its provenance, and
    /// the fates counted on the way (`agree` holds them to quality.json's);
    /// nil when the feed staged no records.
    func loadRecords(plugin: FeedPlugin, year: Int, workspace: Workspace) throws -> StagedCounts? {
        let feed = plugin.name
        guard FileManager.default.fileExists(atPath: workspace.records(year, feed)) else { return nil }
        var folded: [String] = []
        let files = try JSONFile.read([InputFile].self, from: workspace.inventory(year, feed), stage: "run --year \(year) --force")
        let seal = NormaliseStage.seal(workspace: workspace, year: year, feed: feed)
        var fates: [String: Int] = [:], reasons: [String: Int] = [:]
        var total = 0
        let fateNames = Fate.allCases.map { Array($0.rawValue.utf8) }
        var fateCounts = [Int](repeating: 0, count: fateNames.count)
        let rejected = Fate.rejected.index
        // A staged line's fields by place (`RecordLine`): the provenance, then the values.
        let (fileField, lineField, fateField) = (RecordLine.Field.file.rawValue, RecordLine.Field.line.rawValue, RecordLine.Field.fate.rawValue)
        let (reasonField, tableField, valuesField) = (RecordLine.Field.reason.rawValue, RecordLine.Field.table.rawValue, RecordLine.Field.values)
        // The rollups that fold the rows on their way in, instead of a query over them afterwards.
        let folding = RollupFolding(plugin.database.rollups, scope: scope(year))
        for recordTable in plugin.recordTables {
            let t = DatabaseSchema.records(recordTable)
            try folding.begin(recordTable)
            let name = Array(recordTable.name.utf8)
            let reader = try StagingReader(path: workspace.records(year, feed), seal: seal, stage: "`migstat run --year \(year) --force`")
            let width = valuesField + recordTable.columns.count
            let leading = files.map { LeadingValues([refArea, String(year), $0.path]) }
            func damaged() -> MigstatError { .io("\(reader.path) is damaged; rerun `migstat run --year \(year) --force`") }
            try connection.bulkInsert(into: table(t), columns: t.columns) { sink in
                // Field ranges of a line; the row is its line, fate and reason, then its values.
                let widest = valuesField + plugin.recordTables.map(\.columns.count).max()!
                var ranges = [Range<Int>](repeating: 0..<0, count: widest)
                while let line = try reader.nextLineBytes() {
                    try line.withUnsafeBufferPointer { bytes in
                        var n = 0, start = 0
                        for k in 0..<bytes.count where bytes[k] == 0x09 {
                            guard n < widest - 1 else { throw damaged() }
                            ranges[n] = start..<k; n += 1; start = k + 1
                        }
                        ranges[n] = start..<bytes.count
                        guard n >= valuesField - 1 else { throw damaged() }
                        guard bytes[ranges[tableField]].elementsEqual(name) else {
                            // Another table of the feed (labour: quota rows and permits).
                            if plugin.recordTables.contains(where: { bytes[ranges[tableField]].elementsEqual($0.name.utf8) }) { return }
                            throw damaged()
                        }
                        guard n == width - 1 else { throw damaged() }
                        guard let file = StagedField.integer(bytes, ranges[fileField]).map(Int.init), file >= 0, file < files.count,
                              let fate = fateNames.firstIndex(where: { bytes[ranges[fateField]].elementsEqual($0) }) else { throw damaged() }
                        fateCounts[fate] += 1
                        if fate == rejected { reasons[String(decoding: bytes[ranges[reasonField]], as: UTF8.self), default: 0] += 1 }
                        if folding.isFolding { folding.accumulate(bytes, ranges) }
                        // The row's line, fate and reason go just before the values.
                        let (at, fateAt, reasonAt) = (ranges[lineField], ranges[fateField], ranges[reasonField])
                        (ranges[valuesField - 3], ranges[valuesField - 2], ranges[valuesField - 1]) = (at, fateAt, reasonAt)
                        try sink.row(leading: leading[file], staged: bytes, fields: ranges[(valuesField - 3)..<width])
                        total += 1
                    }
                }
            }
        }
        for (k, name) in fateNames.enumerated() where fateCounts[k] > 0 { fates[String(decoding: name, as: UTF8.self)] = fateCounts[k] }
        let f = DatabaseSchema.recordFates
        try connection.bulkInsert(into: table(f), columns: f.columns) { sink in
            for (fate, n) in fates.sorted(by: { $0.key < $1.key }) where fate != "rejected" { try sink.row([refArea, String(year), feed, fate, "", String(n)]) }
            for (reason, n) in reasons.sorted(by: { $0.key < $1.key }) { try sink.row([refArea, String(year), feed, "rejected", reason, String(n)]) }
        }
        // The feed's sums, folded as its records loaded or else queried from them (db check runs the queries).
        for rollup in plugin.database.rollups {
            let t = rollup.table
            if let rows = folding.rows(of: rollup) {
                try connection.bulkInsert(into: table(t), columns: t.columns) { sink in
                    for row in rows { try sink.row([refArea] + row) }
                }
                folded.append(t.name)
                continue
            }
            try connection.execute("""
                INSERT INTO \(table(t)) (\(t.columns.map(\.name).joined(separator: ", ")))
                SELECT \(sqlLiteral(refArea)), rollup.* FROM (\(rollup.select(names, scope(year)))) AS rollup
                """)
        }
        return StagedCounts(total: total, fates: fates, reasons: reasons, folded: folded)
    }

    /// A feed's loaded records against its published quality.json: the same
    /// number read, fate by fate and reason by reason, or the year does not load.
    private func agree(_ counts: StagedCounts?, with quality: QualityReport.FeedQuality, feed: String, year: Int) throws {
        let r = quality.records
        guard let counts else {
            guard r.read == 0 else { throw stagingGone(year) }
            return
        }
        let published = ["accepted": r.accepted, "rejected": r.rejected, "duplicate": r.duplicates, "superseded": r.superseded,
                         "cancelled": r.cancelled, "excluded": r.excluded].filter { $0.value > 0 }
        guard counts.total == r.read, counts.fates == published, counts.reasons == quality.rejectedByReason else {
            throw MigstatError.io("the staged records of \(feed) \(year) do not add up to its published quality.json "
                                  + "(staging from another run?); rerun `migstat run --year \(year) --force`")
        }
    }

    private func stagingGone(_ year: Int) -> MigstatError {
        .io("the staging of \(year) is missing (output/.staging removed?); rerun `migstat run --year \(year) --force`")
    }

    private func loadOperations(year: Int, quality: QualityReport, manifest: String) throws {
        let f = DatabaseSchema.inputFile
        try connection.bulkInsert(into: table(f), columns: f.columns) { sink in
            for (feed, q) in quality.feeds.sorted(by: { $0.key < $1.key }) {
                for file in q.files {
                    try sink.row([refArea, String(year), feed, file.path, file.sha256, file.status, file.records.map(String.init) ?? "", file.error ?? ""])
                }
            }
        }
        let c = DatabaseSchema.qualityCheck
        try connection.bulkInsert(into: table(c), columns: c.columns) { sink in
            for check in quality.checks {
                let split = CheckName(check.name)
                try sink.row([refArea, String(year), split.name, check.passed ? "true" : "false", split.detail ?? ""])
            }
        }
        let s = DatabaseSchema.yearState
        try connection.bulkInsert(into: table(s), columns: s.columns) { sink in
            try sink.row([refArea, String(year), quality.status, Self.now(), manifest])
        }
    }
}
