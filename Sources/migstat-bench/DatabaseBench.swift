import Foundation

/// The database part (`--only database`): a year of slips alone (1 M records by
/// default) loaded by migstat into SQLite and PostgreSQL next to bare loads of
/// the same rows into the same table (BareLoad), then the whole default run
/// (SQLite) next to the same run with `--database none`. Measured in turns,
/// bare then migstat, each turn's ratio kept: the machine's speed drifts
/// between minutes. Every load's exit status and row count are checked, and
/// the bare rows are compared with migstat's once, row by row: a floor over
/// other rows than migstat's would be no floor.
func benchDatabase() {
    let slipsInput = generate("slips-\(settings.slips)", ["--years", year, "--slips", String(settings.slips), "--feeds", "migration-slips"])
    let slipsOut = "\(settings.dir)/out-slips"
    let errors = "\(settings.dir)/database-part.err"
    // Any failed load or check ends the part with exit status 1, after what could still be measured.
    var failed = false
    /// A child's failure shown with its last lines of stderr; true when it ended as expected.
    func succeeded(_ what: String, _ m: Measurement, allowed: Set<Int32> = [0]) -> Bool {
        guard !allowed.contains(m.status) else { return true }
        failed = true
        let tail = ((try? String(contentsOfFile: errors, encoding: .utf8)) ?? "").split(separator: "\n").suffix(3).joined(separator: "\n    ")
        print("  error: \(what) exited \(m.status)\n    \(tail)")
        return false
    }
    func migstatCommand(_ args: [String], output: String, database: String?) -> Measurement {
        Measure.once([migstat] + args + ["--input", slipsInput, "--output", output, "--pipelines", pipelines, "--quiet"]
                     + (database.map { ["--database", $0] } ?? []), stderrTo: errors)
    }
    // Published once, database off: the loads below read its statistics and staging.
    guard succeeded("migstat run (publishing the year)", migstatCommand(["run", "--year", year, "--force"], output: slipsOut, database: "none"),
                    allowed: [0, 3]) else { exit(1) }
    let inventory = (try? JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(slipsOut)/.staging/\(year)/migration-slips/files.json")))) as? [[String: Any]] ?? []
    let files = inventory.map { $0["path"] as? String ?? "" }
    // The region the year was published for (REF_AREA of its statistics): every row's ref_area.
    let flows = ((try? String(contentsOfFile: "\(slipsOut)/\(year)/migration-flows.csv", encoding: .utf8)) ?? "").split(separator: "\n")
    guard let header = flows.first?.split(separator: ","), let column = header.firstIndex(of: "REF_AREA"), flows.count > 1,
          case let fields = flows[1].split(separator: ",", omittingEmptySubsequences: false), column < fields.count
    else { print("  error: no REF_AREA in \(slipsOut)/\(year)/migration-flows.csv"); exit(1) }
    let refArea = String(fields[column])
    let records = "\(slipsOut)/.staging/\(year)/migration-slips/records.tsv"

    var loadRows = 0
    /// The rows the bench expects against those a table holds for the year.
    func rowsAgree(_ what: String, _ found: Int?) -> Bool {
        guard found != loadRows else { return true }
        failed = true
        print("  error: \(what) holds \(found.map(String.init) ?? "no count") rows of \(year), expected \(loadRows)")
        return false
    }
    /// Bare and migstat's figures of each turn: their medians and the median of the turns' ratios.
    func report(_ database: String, bare: String, _ turns: [(bare: Double, migstat: Double)]) {
        guard turns.count == settings.runs else { return print("  \(database): no figure (see the error above)") }
        for (label, seconds) in [(bare, Turns(turns.map(\.bare)).median), ("migstat db load (whole year)", Turns(turns.map(\.migstat)).median)] {
            print("  \(database): \(label)".padding(toLength: 52, withPad: " ", startingAt: 0)
                  + String(format: "%7.2f s  %9.0f rows/s  %d rows", seconds, Double(loadRows) / seconds, loadRows))
        }
        let ratios = Turns(turns.map { $0.migstat / $0.bare })
        print(String(format: "  %@: migstat / bare, median of %d turns: %.2f× (target 1.3×; turns %.2f× to %.2f×)",
                     database, turns.count, ratios.median, ratios.lowest, ratios.highest))
    }
    /// The row-by-row comparison's outcome shown; true when the bare rows are migstat's.
    func sameRows(_ database: String, _ differing: Int?) -> Bool {
        switch differing {
        case 0?: print("  \(database): the bare load's rows equal migstat's, row by row"); return true
        case let n?: print("  error: \(database): \(n) rows differ between the bare load and migstat's (in one and not the other)")
        case nil: print("  error: \(database): the bare load's rows could not be compared with migstat's")
        }
        failed = true
        return false
    }

    // SQLite: each load into a fresh file made by `migstat db init`, migstat's
    // and the bare one in files of their own, compared after the last turn.
    let bareFile = "\(settings.dir)/bare.sqlite", loadFile = "\(settings.dir)/load.sqlite"
    func freshSQLite(_ path: String) -> Bool {
        for s in ["", "-wal", "-shm"] { unlink(path + s) }
        return succeeded("migstat db init (SQLite)", migstatCommand(["db", "init"], output: slipsOut, database: "sqlite:\(path)"))
    }
    func sqliteCount(_ path: String, _ table: String) -> Int? {
        BareLoad.sqliteCount(database: path, "SELECT count(*) FROM \(table) WHERE year = \(year)")
    }
    guard freshSQLite(bareFile), let liteLayout = BareLoad.sqliteLayout(database: bareFile, table: "migration_slip"),
          let liteRows = BareLoad.rows(records: records, table: "migration_slip", files: files, refArea: refArea, year: year, layout: liteLayout)
    else { print("  error: no migration_slip table in a fresh SQLite database, or records.tsv does not fit it"); exit(1) }
    loadRows = liteRows.count
    print(String(format: "\ndatabase load of migration-slips %@: %d records into %@ (%d columns: %@)", year, loadRows, liteLayout.table,
                 liteLayout.columns.count, liteLayout.columns.map(\.name).joined(separator: " ")))
    var liteTurns: [(bare: Double, migstat: Double)] = []
    for _ in 0..<settings.runs {
        guard freshSQLite(bareFile), let bare = BareLoad.sqlite(database: bareFile, rows: liteRows),
              rowsAgree("the bare insert's \(liteLayout.table)", sqliteCount(bareFile, liteLayout.table)), freshSQLite(loadFile) else { break }
        let load = migstatCommand(["db", "load", "--year", year], output: slipsOut, database: "sqlite:\(loadFile)")
        guard succeeded("migstat db load (SQLite)", load), rowsAgree("migstat's \(liteLayout.table)", sqliteCount(loadFile, liteLayout.table))
        else { break }
        liteTurns.append((bare, load.seconds))
    }
    // Compared after the last turn, which left both files: figures only over the same rows.
    let liteSame = liteTurns.count == settings.runs
        && sameRows("SQLite", BareLoad.sqliteDiffering(database: loadFile, other: bareFile, table: liteLayout.table, year: year))
    report("SQLite", bare: "bare prepared insert, commit, close", liteSame ? liteTurns : [])

    if let admin = ProcessInfo.processInfo.environment["MIGSTAT_TEST_PG"] {
        let url = admin.replacingOccurrences(of: "postgresql:///postgres?", with: "postgresql:///migstat_bench?")
        func freshPostgres() -> Bool {
            guard succeeded("dropping and creating migstat_bench",
                            Measure.once(["psql", admin, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", "DROP DATABASE IF EXISTS migstat_bench",
                                          "-c", "CREATE DATABASE migstat_bench"], stderrTo: errors)) else { return false }
            return succeeded("migstat db init (PostgreSQL)", migstatCommand(["db", "init"], output: slipsOut, database: url))
        }
        func count(_ table: String) -> Int? { BareLoad.psql(url, ["SELECT count(*) FROM \(table) WHERE year = \(year)"])?.first.flatMap { Int($0[0]) } }
        let copyFile = "\(settings.dir)/slip-rows.copy"
        if freshPostgres(), let layout = BareLoad.postgresLayout(url: url, table: "migration_slip"),
           let pgRows = BareLoad.rows(records: records, table: "migration_slip", files: files, refArea: refArea, year: year, layout: layout),
           pgRows.count == loadRows, BareLoad.writeCopy(pgRows, to: copyFile) {
            let copy = "\\copy \(layout.table) (\(layout.columns.map(\.name).joined(separator: ", "))) FROM '\(copyFile)'"
            var pgTurns: [(bare: Double, migstat: Double)] = []
            for _ in 0..<settings.runs {
                guard freshPostgres() else { break }
                let bare = Measure.once(["psql", url, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", copy], stderrTo: errors)
                guard succeeded("psql \\copy", bare), rowsAgree("the bare copy's \(layout.table)", count(layout.table)), freshPostgres() else { break }
                let load = migstatCommand(["db", "load", "--year", year], output: slipsOut, database: url)
                guard succeeded("migstat db load (PostgreSQL)", load), rowsAgree("migstat's \(layout.table)", count(layout.table)) else { break }
                pgTurns.append((bare.seconds, load.seconds))
            }
            // The last turn left migstat's rows in the database: the COPY file's are compared with them.
            let pgSame = pgTurns.count == settings.runs
                && sameRows("PostgreSQL", BareLoad.postgresDiffering(url: url, layout: layout, copyFile: copyFile, year: year))
            report("PostgreSQL", bare: "bare psql \\copy", pgSame ? pgTurns : [])
        } else {
            print("  error: no records.migration_slip table in a fresh PostgreSQL database, or records.tsv does not fit it")
            failed = true
        }
    } else {
        print("  PostgreSQL: no server (make bench starts one: scripts/with-postgres.sh)")
    }

    // The run users run: the year from its input to the database (SQLite in the
    // output folder, a fresh file each turn), next to the same run without one.
    // Each run hashes its input, as a year's first run does.
    let runOut = "\(settings.dir)/out-slips-run"
    func run(_ database: String?) -> Measurement {
        if database == nil { for s in ["", "-wal", "-shm"] { unlink("\(runOut)/migstat.sqlite" + s) } }
        unlink("\(runOut)/.staging/file-hashes.json")
        return migstatCommand(["run", "--year", year, "--force"], output: runOut, database: database)
    }
    var turns: [(none: Double, sqlite: Double)] = []
    for _ in 0..<settings.runs {
        let none = run("none")
        guard succeeded("migstat run --database none", none, allowed: [0, 3]) else { break }
        let lite = run(nil)
        guard succeeded("migstat run (SQLite)", lite, allowed: [0, 3]),
              rowsAgree("the run's migration_slip", sqliteCount("\(runOut)/migstat.sqlite", "migration_slip"))
        else { break }
        turns.append((none.seconds, lite.seconds))
    }
    guard turns.count == settings.runs else {
        print("\nmigstat run (SQLite) against --database none: no figure (see the error above)")
        exit(1)
    }
    let ratios = Turns(turns.map { $0.sqlite / $0.none })
    print(String(format: "\nmigstat run --year %@ --force, the default database (SQLite, a new file, %d rows) %.2f s, --database none %.2f s",
                 year, loadRows, Turns(turns.map(\.sqlite)).median, Turns(turns.map(\.none)).median))
    print(String(format: "  SQLite / none, median of %d turns: %.2f× (target 2×; turns %.2f× to %.2f×)",
                 settings.runs, ratios.median, ratios.lowest, ratios.highest))
    if failed { exit(1) }
}
