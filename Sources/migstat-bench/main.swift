import Foundation

// migstat-bench: throughput and peak memory of migstat on large generated inputs.
// A benchmark, not a test: it prints figures and asserts nothing.
//
//   make bench                 (release build, then this)
//   .build/release/migstat-bench [--dir /tmp/migstat-bench] [--slips 1000000]
//                               [--registrations 500000] [--runs 3]

var settings = (dir: "/tmp/migstat-bench", slips: 1_000_000, registrations: 500_000, runs: 3)
var args = CommandLine.arguments.dropFirst()
while let a = args.popFirst() {
    switch a {
    case "--dir": settings.dir = args.popFirst() ?? settings.dir
    case "--slips": settings.slips = Int(args.popFirst() ?? "") ?? settings.slips
    case "--registrations": settings.registrations = Int(args.popFirst() ?? "") ?? settings.registrations
    case "--runs": settings.runs = Int(args.popFirst() ?? "") ?? settings.runs
    default:
        print("usage: migstat-bench [--dir DIR] [--slips N] [--registrations N] [--runs N]")
        exit(a == "--help" ? 0 : 2)
    }
}

let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
let migstat = here.appendingPathComponent("migstat").path
let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let pipelines = repo.appendingPathComponent("pipelines").path
let generator = repo.appendingPathComponent("tools/generate_feeds.py").path
let year = "2005"

func generate(_ name: String, _ extra: [String]) -> String {
    let input = "\(settings.dir)/\(name)"
    if !FileManager.default.fileExists(atPath: input) {
        print("generating \(input) ...")
        let m = Measure.once(["python3", generator, "--out", input] + extra)
        guard m.status == 0 else { print("generator failed"); exit(1) }
    }
    return input
}

func files(_ dir: String) -> [String] {
    ((FileManager.default.enumerator(atPath: dir)?.allObjects as? [String]) ?? [])
        .filter { $0.hasSuffix(".xml") || $0.hasSuffix(".csv") }.sorted().map { "\(dir)/\($0)" }
}

func megabytes(_ paths: [String]) -> Double {
    paths.reduce(0.0) { $0 + Double(((try? FileManager.default.attributesOfItem(atPath: $1))?[.size] as? Int) ?? 0) } / 1e6
}

/// migstat's stages, the database load off (it has its own figures below).
func migstatRun(_ command: [String], input: String, output: String) -> Measurement {
    Measure.median([migstat] + command + ["--input", input, "--output", output, "--pipelines", pipelines, "--quiet", "--database", "none"],
                   runs: settings.runs)
}

func row(_ label: String, _ m: Measurement, mb: Double, records: Int? = nil) {
    var line = label.padding(toLength: 44, withPad: " ", startingAt: 0)
    line += String(format: "%7.2f s  %7.1f MB/s", m.seconds, mb / m.seconds)
    if let records { line += String(format: "  %9.0f records/s", Double(records) / m.seconds) }
    line += String(format: "  peak %6.1f MB", m.peakMB)
    if m.status != 0 && m.status != 3 { line += "  (exit \(m.status)!)" }
    print(line)
}

print("migstat-bench: medians of \(settings.runs) runs; machine noise: compare ratios within one run\n")

// Slips: the bulk CSV feed.
let slipsInput = generate("slips-\(settings.slips)", ["--years", year, "--slips", String(settings.slips), "--feeds", "migration-slips"])
let slipFiles = files("\(slipsInput)/migration-slips/\(year)")
let slipsMB = megabytes(slipFiles)
let slipRows = settings.slips / 12 * 12
print(String(format: "migration-slips %@: %d rows, %.1f MB", year, slipRows, slipsMB))
row("  extract alone", migstatRun(["extract", "--year", year], input: slipsInput, output: "\(settings.dir)/out-slips"), mb: slipsMB, records: slipRows)
row("  whole run (extract+normalise+aggregate)", migstatRun(["run", "--year", year, "--force"], input: slipsInput, output: "\(settings.dir)/out-slips"), mb: slipsMB, records: slipRows)

// Police: the bulk XML feed.
let policeInput = generate("police-\(settings.registrations)", ["--years", year, "--registrations", String(settings.registrations), "--feeds", "police-registrations"])
let policeFiles = files("\(policeInput)/police-registrations/\(year)")
let policeMB = megabytes(policeFiles)
let regs = settings.registrations / 12 * 12
print(String(format: "\npolice-registrations %@: %d registrations, %.1f MB", year, regs, policeMB))
let bare = (0..<settings.runs).map { _ in BareSAX.parse(policeFiles) }.sorted()[settings.runs / 2]
row("  bare libxml2 SAX2 push parse (in process)", Measurement(seconds: bare, peakMB: 0, status: 0), mb: policeMB, records: regs)
if FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint") {
    row("  xmllint --stream --noout", Measure.median(["xmllint", "--stream", "--noout"] + policeFiles, runs: settings.runs), mb: policeMB, records: regs)
} else {
    print("  xmllint --stream --noout                    (not installed: apt-get install libxml2-utils)")
}
let pExtract = migstatRun(["extract", "--year", year], input: policeInput, output: "\(settings.dir)/out-police")
row("  migstat extract alone", pExtract, mb: policeMB, records: regs)
let pRun = migstatRun(["run", "--year", year, "--force"], input: policeInput, output: "\(settings.dir)/out-police")
row("  migstat whole run", pRun, mb: policeMB, records: regs)
print(String(format: "  whole run / bare SAX2 parse: %.1f×   extract / bare SAX2 parse: %.1f×", pRun.seconds / bare, pExtract.seconds / bare))

// Cron: a full multi-year run against a night with no new files.
let multiInput = generate("multi-year", ["--years", "2001", "2002", "2003", "2004", "--slips", "100000", "--registrations", "30000",
                                        "--permits", "2000", "--families", "2000"])
let multiMB = megabytes(files(multiInput))
let multiOut = "\(settings.dir)/out-multi"
print(String(format: "\nfour years of all four feeds: %.1f MB", multiMB))
let full = Measure.median(["sh", "-c", "rm -rf \(multiOut) && \(migstat) run --input \(multiInput) --output \(multiOut) --pipelines \(pipelines) --quiet --database none"], runs: settings.runs)
row("  full run (fresh output)", full, mb: multiMB)
let none = migstatRun(["run"], input: multiInput, output: multiOut)
row("  no-change run (every year skipped)", none, mb: multiMB)
print(String(format: "  no-change run / full run: %.3f", none.seconds / full.seconds))

// The database load: the slips year (published above) into SQLite and
// PostgreSQL, next to bare bulk loads of the same rows into the same table.
let slipsOut = "\(settings.dir)/out-slips"
let inventory = (try? JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(slipsOut)/.staging/\(year)/migration-slips/files.json")))) as? [[String: Any]] ?? []
let copyFile = "\(settings.dir)/slip-rows.copy"
let loadRows = BareLoad.slipRows(records: "\(slipsOut)/.staging/\(year)/migration-slips/records.tsv",
                                 files: inventory.map { $0["path"] as? String ?? "" }, year: year, to: copyFile)
print(String(format: "\ndatabase load of migration-slips %@: %d records", year, loadRows))
func loadLine(_ label: String, _ seconds: Double) {
    print(label.padding(toLength: 44, withPad: " ", startingAt: 0) + String(format: "%7.2f s  %9.0f rows/s", seconds, Double(loadRows) / seconds))
}
func medianOf(_ runs: Int, _ body: () -> Double) -> Double { (0..<runs).map { _ in body() }.sorted()[runs / 2] }
func dbCommand(_ args: [String], database: String) -> Measurement {
    Measure.once([migstat, "db"] + args + ["--input", slipsInput, "--output", slipsOut, "--pipelines", pipelines, "--database", database])
}

let liteFile = "\(settings.dir)/load.sqlite"
func freshSQLite() { for s in ["", "-wal", "-shm"] { unlink(liteFile + s) }; _ = dbCommand(["init"], database: "sqlite:\(liteFile)") }
let liteBare = medianOf(settings.runs) { freshSQLite(); return BareLoad.sqlite(database: liteFile, rows: copyFile) }
let liteLoad = medianOf(settings.runs) { freshSQLite(); return dbCommand(["load", "--year", year], database: "sqlite:\(liteFile)").seconds }
loadLine("  SQLite: bare C API insert, one transaction", liteBare)
loadLine("  SQLite: migstat db load (whole year)", liteLoad)
print(String(format: "  migstat / bare: %.2f×", liteLoad / liteBare))

if let admin = ProcessInfo.processInfo.environment["MIGSTAT_TEST_PG"] {
    let url = admin.replacingOccurrences(of: "postgresql:///postgres?", with: "postgresql:///migstat_bench?")
    func freshPostgres() {
        _ = Measure.once(["psql", admin, "-q", "-c", "DROP DATABASE IF EXISTS migstat_bench", "-c", "CREATE DATABASE migstat_bench"])
        _ = dbCommand(["init"], database: url)
    }
    let pgBare = medianOf(settings.runs) {
        freshPostgres()
        return Measure.once(["psql", url, "-q", "-c", "\\copy records.migration_slip FROM '\(copyFile)'"]).seconds
    }
    let pgLoad = medianOf(settings.runs) { freshPostgres(); return dbCommand(["load", "--year", year], database: url).seconds }
    loadLine("  PostgreSQL: psql \\copy", pgBare)
    loadLine("  PostgreSQL: migstat db load (whole year)", pgLoad)
    print(String(format: "  migstat / bare: %.2f×", pgLoad / pgBare))
} else {
    print("  PostgreSQL: no server (make bench starts one: scripts/with-postgres.sh)")
}
