import Foundation

/// Whether the database agrees with the published files, year by year. Each
/// published year is first checked against its manifest (PublishedYear), then
/// every table the report or an analyst reads is compared with what the files
/// say it holds: the statistics tables row for row, values compared as exact
/// decimals (`237x` is not 237); the record tables row for row with the staged
/// records the load read (StagedRecordCheck); the sums kept as each year loads
/// (`record_fates`, and each feed's rollups) recomputed from the record tables,
/// `record_fates` also against quality.json; every view with its own
/// definition, and with the statistics rows its feed says it holds
/// (`StatisticsAgreement`); the input files, checks and status with quality.json.
/// Rows of a year that is not published, in any table, are a difference.
/// Only this region's rows (`ref_area`) are compared: other regions sharing
/// the database are theirs to check.
extension UnifiedDatabase {
    public func check(workspace: Workspace) throws -> [String] {
        // A database made before a feed was added lacks its tables until a run or `db init` opens it for writing.
        let missing = try missingRelations()
        guard missing.isEmpty else {
            return ["the database lacks \(missing.joined(separator: ", ")) (tables of a feed added since it was made): "
                    + "run `migstat db init` or `migstat run` to add them, then `migstat db check` again"]
        }
        var problems: [String] = []
        let published = PublishedYear.years(in: workspace)
        for (year, tables) in try heldYears() where !published.contains(year) {
            problems.append("\(year): rows in \(tables.joined(separator: ", ")) of a year that is not published "
                            + "(no \(workspace.published(year))/manifest.json): `migstat run` removes them")
        }
        for year in published {
            problems += try check(year: year, workspace: workspace).map { "\(year): \($0)" }
        }
        return problems
    }

    func check(year: Int, workspace: Workspace) throws -> [String] {
        let published: PublishedYear
        do { published = try PublishedYear.read(year: year, workspace: workspace) } catch { return ["\(error)"] }
        guard published.damage.isEmpty else {
            return published.damage + ["the published files are damaged: rerun `migstat run --year \(year) --force`"]
        }
        let quality = published.quality
        let scope = scope(year)
        let state = try connection.rows("SELECT status, manifest_sha256 FROM \(table(DatabaseSchema.yearState)) WHERE \(scope.rows())")
        guard let loaded = state.first else { return ["not in the database: run `migstat db load --year \(year)`"] }
        var problems: [String] = []
        if loaded[1] != published.manifestSHA256 {
            problems.append("the database holds another publication: run `migstat db load --year \(year)`")
        }
        if loaded[0] != quality.status { problems.append("year_state says \(loaded[0] ?? "NULL"), quality.json \(quality.status)") }

        for (_, t, file) in DatabaseSchema.publishedTables {
            let fileRows = (published.statistics[file] ?? "")
                .split(separator: "\n", omittingEmptySubsequences: true).dropFirst()
                .map { Array(PublishedCSV.fields($0).dropFirst()) as [String?] }
            let dbRows = try connection.rows("SELECT \(t.columns.map(\.name).joined(separator: ", ")) FROM \(table(t)) WHERE \(scope.rows(DatabaseSchema.yearColumn(of: t)))")
            problems += Self.differences(t.name, dbRows, file, fileRows, kinds: t.columns.map(\.kind))
        }

        problems += try checkRecords(year: year, quality: quality, workspace: workspace)
        problems += try checkRecordFates(year: year, quality: quality)
        problems += try checkRollups(year: year)
        problems += try checkViews(year: year)
        problems += try checkOperations(year: year, quality: quality)
        problems += try checkAgreements(year: year, published: published)
        return problems
    }

    /// Every year of this region that has rows in any table that holds rows per year, with those tables.
    func heldYears() throws -> [Int: [String]] {
        var held: [Int: [String]] = [:]
        for (t, column) in DatabaseSchema.yearTables {
            for row in try connection.rows("SELECT DISTINCT \(column) FROM \(table(t)) WHERE \(ownRows)") {
                // A year edited into text is still a year the files do not publish.
                held[row[0].flatMap { Int($0) } ?? -1, default: []].append(t.name)
            }
        }
        return held
    }

    /// `record_fates` against the record tables, and both against quality.json.
    private func checkRecordFates(year: Int, quality: QualityReport) throws -> [String] {
        var problems: [String] = []
        let f = DatabaseSchema.recordFates
        let stored = try connection.rows("SELECT feed, fate, reason, records FROM \(table(f)) WHERE \(scope(year).rows())")
        for plugin in FeedRegistry.all {
            var counted: [[String?]] = []
            for recordTable in plugin.recordTables {
                counted += try connection.rows("""
                    SELECT fate, CASE WHEN fate = 'rejected' THEN reason ELSE '' END, COUNT(*)
                    FROM \(table(DatabaseSchema.records(recordTable))) WHERE \(scope(year).rows())
                    GROUP BY fate, CASE WHEN fate = 'rejected' THEN reason ELSE '' END
                    """)
            }
            // Summed over the feed's tables (labour: quota rows and permits).
            var sums: [[String]: Int] = [:]
            for row in counted { sums[[row[0] ?? "", row[1] ?? ""], default: 0] += Int(row[2] ?? "") ?? 0 }
            let fromRecords = sums.map { [$0.key[0], $0.key[1], String($0.value)] as [String?] }
            let mine = stored.filter { $0[0] == plugin.name }.map { Array($0.dropFirst()) }
            problems += Self.differences(f.name, mine, "the \(plugin.name) record tables", fromRecords, kinds: [.text, .text, .integer],
                                         label: "\(f.name) (\(plugin.name))")

            var want: [[String?]] = []
            if let q = quality.feeds[plugin.name] {
                let r = q.records
                for (fate, n) in [("accepted", r.accepted), ("duplicate", r.duplicates), ("superseded", r.superseded),
                                  ("cancelled", r.cancelled), ("excluded", r.excluded)] where n > 0 {
                    want.append([fate, "", String(n)])
                }
                want += q.rejectedByReason.map { ["rejected", $0.key, String($0.value)] }
            }
            problems += Self.differences(f.name, mine, "quality.json", want, kinds: [.text, .text, .integer], label: "\(f.name) (\(plugin.name))")
        }
        let feeds = Set(FeedRegistry.all.map(\.name))
        for row in stored where !feeds.contains(row[0] ?? "") { problems.append("\(f.name): a row for feed \(row[0] ?? "NULL"), which migstat does not have") }
        return problems
    }

    /// Each feed's rollups against their own query run afresh over the records.
    private func checkRollups(year: Int) throws -> [String] {
        try DatabaseSchema.rollups.flatMap { plugin, rollup in
            let t = rollup.table
            // ref_area aside: the query gives the region's rows without it.
            let own = t.columns.dropFirst()
            let got = try connection.rows("SELECT \(own.map(\.name).joined(separator: ", ")) FROM \(table(t)) WHERE \(scope(year).rows())")
            let want = try connection.rows(rollup.select(names, scope(year)))
            return Self.differences(t.name, got, "the \(plugin.name) records", want, kinds: own.map(\.kind))
        }
    }

    /// Each view against its own definition run afresh: a view replaced by hand shows other rows.
    private func checkViews(year: Int) throws -> [String] {
        var problems: [String] = []
        for view in DatabaseSchema.views {
            let name = view.qualified(dialect)
            // A view over every region (national_table1) is checked by its year.
            let rows = view.perRegion ? scope(year).rows() : "year = \(year)"
            do {
                let got = try connection.rows("SELECT * FROM \(name) WHERE \(rows)")
                let want = try connection.rows("SELECT * FROM (\(view.select(names))) AS definition WHERE \(rows)")
                problems += Self.differences(name, got, "its definition", want, kinds: nil)
            } catch {
                problems.append("\(name) cannot be read (\(error)): run `migstat db init` on a fresh database and `migstat db load`")
            }
        }
        return problems
    }

    /// `input_file`, `quality_check` against quality.json.
    private func checkOperations(year: Int, quality: QualityReport) throws -> [String] {
        let i = DatabaseSchema.inputFile
        let files = try connection.rows("SELECT feed, path, sha256, status, records, error FROM \(table(i)) WHERE \(scope(year).rows())")
        let wantFiles = quality.feeds.flatMap { feed, q in
            q.files.map { [feed, $0.path, $0.sha256, $0.status, $0.records.map(String.init), $0.error ?? ""] as [String?] }
        }
        let c = DatabaseSchema.qualityCheck
        let checks = try connection.rows("SELECT name, detail, CASE WHEN passed THEN 'true' ELSE 'false' END FROM \(table(c)) WHERE \(scope(year).rows())")
        let wantChecks = quality.checks.map { check -> [String?] in
            let split = CheckName(check.name)
            return [split.name, split.detail, check.passed ? "true" : "false"]
        }
        return Self.differences(i.name, files, "quality.json", wantFiles, kinds: [.text, .text, .text, .text, .integer, .text])
            + Self.differences(c.name, checks, "quality.json", wantChecks, kinds: nil)
    }

    /// Each feed's views against the rows of its statistics file they must hold.
    private func checkAgreements(year: Int, published: PublishedYear) throws -> [String] {
        var problems: [String] = []
        for plugin in FeedRegistry.all {
            let file = plugin.statisticsFile
            var lines = (published.statistics[file] ?? "").split(separator: "\n").makeIterator()
            let header = lines.next().map { PublishedCSV.fields($0) } ?? []
            let rows = Array(IteratorSequence(lines)).map { PublishedCSV.fields($0) }
            let kinds = Dictionary(DatabaseSchema.statistics(plugin).columns.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
            for agreement in plugin.database.agreements {
                let position = { (column: String) in header.firstIndex(of: column) }
                let wanted = agreement.columns + agreement.matching.keys.sorted()
                if !rows.isEmpty, let absent = wanted.first(where: { position($0) == nil }) {
                    problems.append("\(file) has no column \(absent), which \(agreement.view) is checked by: rerun the year with --force")
                    continue
                }
                let want = rows.filter { row in
                    agreement.matching.allSatisfy { column, values in
                        let p = position(column)!
                        return p < row.count && values.contains(row[p])
                    }
                }.map { row in agreement.columns.map { column -> String? in let p = position(column)!; return p < row.count ? row[p] : nil } }
                let got = try connection.rows(agreement.query(names, scope(year)))
                problems += Self.differences(agreement.view, got, file, want,
                                             kinds: agreement.columns.map { kinds[$0.lowercased()] ?? .text })
            }
        }
        return problems
    }

    /// The rows of `table` that differ from `source`'s, as one line naming the
    /// first of each side; nil values and "" alike, numbers compared as exact
    /// decimals in the columns `kinds` says are numbers (all as text without).
    static func differences(_ table: String, _ got: [[String?]], _ source: String, _ want: [[String?]],
                            kinds: [SQLColumn.Kind]?, label: String? = nil) -> [String] {
        func line(_ row: [String?]) -> String {
            row.enumerated().map { i, v in
                let text = v ?? ""
                guard let kinds, i < kinds.count, kinds[i] == .integer || kinds[i] == .numeric else { return text }
                return DecimalValue.canonical(text) ?? "\u{1}\(text)"   // not a number: never equal to one
            }.joined(separator: "\u{1F}")
        }
        var balance: [String: Int] = [:]
        for row in got { balance[line(row), default: 0] += 1 }
        for row in want { balance[line(row), default: 0] -= 1 }
        let extra = balance.filter { $0.value > 0 }, missing = balance.filter { $0.value < 0 }
        guard !extra.isEmpty || !missing.isEmpty else { return [] }
        func show(_ l: String) -> String { l.replacingOccurrences(of: "\u{1}", with: "").replacingOccurrences(of: "\u{1F}", with: ",") }
        var text = "\(label ?? table) differs from \(source):"
        if let first = extra.keys.min() { text += " \(extra.values.reduce(0, +)) rows only in the database (first: \(show(first)))" }
        if let first = missing.keys.min() { text += "\(extra.isEmpty ? "" : ";") \(-missing.values.reduce(0, +)) rows only in \(source) (first: \(show(first)))" }
        return [text]
    }
}

/// Numbers as exact decimals: an optional `-`, digits, optionally `.` and
/// digits, nothing else (no prefix of a longer text, no exponent, no spaces).
enum DecimalValue {
    /// The value's one spelling (`012.50` → `12.5`, `-0` → `0`); nil when the text is not such a number.
    static func canonical(_ text: String) -> String? {
        var bytes = Array(text.utf8)[...]
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { bytes = bytes.dropFirst() }
        let parts = bytes.split(separator: UInt8(ascii: "."), maxSplits: 1, omittingEmptySubsequences: false)
        let isDigit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }
        guard let whole = parts.first, !whole.isEmpty, whole.allSatisfy(isDigit) else { return nil }
        var fraction = parts.count == 2 ? parts[1] : []
        guard parts.count == 1 || (!fraction.isEmpty && fraction.allSatisfy(isDigit)) else { return nil }
        while fraction.last == 0x30 { fraction = fraction.dropLast() }
        let digits = whole.drop { $0 == 0x30 }
        let magnitude = (digits.isEmpty ? "0" : String(decoding: digits, as: UTF8.self))
            + (fraction.isEmpty ? "" : "." + String(decoding: fraction, as: UTF8.self))
        return negative && magnitude != "0" ? "-" + magnitude : magnitude
    }
}
