import Foundation

// migstat-bench: throughput and peak memory of migstat on large generated inputs.
// A benchmark, not a test: it prints figures; it checks only that what it
// times did the work (exit statuses, and the database loads' rows).
//
//   make bench                 (release build, then this)
//   .build/release/migstat-bench [--dir /tmp/migstat-bench] [--slips 1000000]
//                               [--registrations 500000] [--runs 3] [--only year|night|database]
//
// Prints one year of all six feeds next to its floors (a byte CSV tokenizer,
// SAX2, sha256 in process; sha256sum shown beside), each stage of each feed
// from the run's own JSON log, a multi-year cron night (one year failed), and
// the database load next to bare loads of the same rows (DatabaseBench.swift).

var settings = (dir: "/tmp/migstat-bench", slips: 1_000_000, registrations: 500_000, runs: 3, only: "")
var args = CommandLine.arguments.dropFirst()
while let a = args.popFirst() {
    switch a {
    case "--dir": settings.dir = args.popFirst() ?? settings.dir
    case "--slips": settings.slips = Int(args.popFirst() ?? "") ?? settings.slips
    case "--registrations": settings.registrations = Int(args.popFirst() ?? "") ?? settings.registrations
    case "--runs": settings.runs = Int(args.popFirst() ?? "") ?? settings.runs
    case "--only": settings.only = args.popFirst() ?? ""   // one part, for a quick look while working
    default:
        print("usage: migstat-bench [--dir DIR] [--slips N] [--registrations N] [--runs N] [--only year|night|database]")
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

func wants(_ part: String) -> Bool { settings.only.isEmpty || settings.only == part }

if wants("year") {
    // One national-scale year of all six feeds.
    let yearInput = generate("year-\(settings.slips)", ["--years", year, "--slips", String(settings.slips),
                                                        "--registrations", String(settings.registrations),
                                                        "--permits", "20000", "--families", "20000"])
    let feeds = ["migration-slips", "police-registrations", "labour-quotas", "repatriates", "refugees", "population"]
    let feedFiles = Dictionary(uniqueKeysWithValues: feeds.map { ($0, files("\(yearInput)/\($0)/\(year)")) })
    let allFiles = feeds.flatMap { feedFiles[$0]! }
    let yearMB = megabytes(allFiles)
    print(String(format: "one year (%@) of all six feeds: %d slips, %d registrations, %.1f MB", year,
                 settings.slips / 12 * 12, settings.registrations / 12 * 12, yearMB))

    // The floors, in process on one core: what any reader of these bytes must
    // at least do; and migstat's whole run of the year, the database load off
    // (it has its own figures below). Measured in turns, floors then runs, so
    // each ratio compares figures taken minutes apart at most: the machine's
    // noise drifts more than that.
    let yearOut = "\(settings.dir)/out-year"
    var floorRounds: [[String: (parse: Double, sha: Double, sha256sum: Double)]] = []
    var runRounds: [[String: Measurement]] = []
    for _ in 0..<settings.runs {
        var floor: [String: (parse: Double, sha: Double, sha256sum: Double)] = [:]
        for feed in feeds {
            let paths = feedFiles[feed]!
            let parse = paths.first?.hasSuffix(".xml") == true ? BareSAX.parse(paths) : BareCSV.tokenize(paths).seconds
            floor[feed] = (parse, BareSHA.hash(paths), Measure.once(["sha256sum"] + paths).seconds)
        }
        floorRounds.append(floor)
        var runs: [String: Measurement] = [:]
        for jobs in ["1", "2"] {
            // Each run hashes its input, as a year's first run does (no hashes remembered).
            runs[jobs] = Measure.once(["sh", "-c", "rm -f \(yearOut)/.staging/file-hashes.json && \(migstat) run --year \(year) --force --jobs \(jobs) --input \(yearInput) --output \(yearOut) --pipelines \(pipelines) --quiet --database none"])
        }
        // The run users run: the default database (a new SQLite file, loaded beside the pipeline) and the report.
        runs["sqlite"] = Measure.once(["sh", "-c", "rm -rf \(yearOut)-sqlite && \(migstat) run --year \(year) --force --input \(yearInput) --output \(yearOut)-sqlite --pipelines \(pipelines) --quiet"])
        runRounds.append(runs)
    }
    let floor = Dictionary(uniqueKeysWithValues: feeds.map { feed in
        (feed, (parse: Turns(floorRounds.map { $0[feed]!.parse }).median, sha: Turns(floorRounds.map { $0[feed]!.sha }).median,
                sha256sum: Turns(floorRounds.map { $0[feed]!.sha256sum }).median))
    })
    let parseFloor = floor.values.map(\.parse).reduce(0, +), shaFloor = floor.values.map(\.sha).reduce(0, +)
    print("\nfloors (one core): CSV = RFC 4180 byte tokenizer, XML = libxml2 SAX2 push parse, sha256 = swift-crypto in process")
    print("(sha256sum, which hashes in software, beside it: not part of the floor)")
    for feed in feeds {
        print(feed.padding(toLength: 24, withPad: " ", startingAt: 0)
              + String(format: "  parse %6.2f s   sha256 %6.2f s   (sha256sum %5.2f s)   %7.1f MB", floor[feed]!.parse, floor[feed]!.sha,
                       floor[feed]!.sha256sum, megabytes(feedFiles[feed]!)))
    }
    print(String(format: "%@  parse %6.2f s   sha256 %6.2f s   (sha256sum %5.2f s)   together %.2f s",
                 "all".padding(toLength: 24, withPad: " ", startingAt: 0),
                 parseFloor, shaFloor, floor.values.map(\.sha256sum).reduce(0, +), parseFloor + shaFloor))

    print("\nmigstat run --year \(year) --force (database off)")
    for jobs in ["1", "2"] { row("  --jobs \(jobs)", runRounds.map { $0[jobs]! }.middle, mb: yearMB) }
    row("  --jobs 2, the default database (SQLite)", runRounds.map { $0["sqlite"]! }.middle, mb: yearMB)
    for jobs in ["1", "2"] {
        // Each turn's run over the same turn's floors, then the median of those.
        let ratios = Turns(zip(runRounds, floorRounds).map { runs, floors in
            runs[jobs]!.seconds / floors.values.reduce(0) { $0 + $1.parse + $1.sha }
        })
        print(String(format: "  --jobs %@ / floor (parse + sha256), median of %d turns: %.2f× (turns: %.2f× to %.2f×)",
                     jobs, settings.runs, ratios.median, ratios.lowest, ratios.highest))
    }
    let withDatabase = Turns(runRounds.map { $0["sqlite"]!.seconds / $0["2"]!.seconds })
    print(String(format: "  default database (SQLite) / --database none, --jobs 2, median of %d turns: %.2f× (target 2×; turns: %.2f× to %.2f×)",
                 settings.runs, withDatabase.median, withDatabase.lowest, withDatabase.highest))

    // Where the time goes: each stage of each feed, from one --jobs 1 run's JSON log.
    let logFile = "\(settings.dir)/year-run.log"
    _ = Measure.once([migstat, "run", "--year", year, "--force", "--jobs", "1", "--verbose", "--log-format", "json",
                      "--input", yearInput, "--output", yearOut, "--pipelines", pipelines, "--database", "none"], stderrTo: logFile)
    var stageSeconds: [String: [String: Double]] = [:]   // stage → feed → seconds
    var publishSeconds = 0.0
    for line in ((try? String(contentsOfFile: logFile, encoding: .utf8)) ?? "").split(separator: "\n") {
        guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let seconds = obj["duration_s"] as? Double else { continue }
        switch (obj["message"] as? String, obj["feed"] as? String) {
        case ("extracted", let feed?): stageSeconds["extract", default: [:]][feed] = seconds
        case ("normalised", let feed?): stageSeconds["normalise", default: [:]][feed] = seconds
        case ("aggregated", let feed?): stageSeconds["aggregate", default: [:]][feed] = seconds
        case ("published", nil): publishSeconds = seconds
        default: break
        }
    }
    print("\nper stage and feed (--jobs 1, one run), next to the feed's parse floor")
    print("feed".padding(toLength: 24, withPad: " ", startingAt: 0) + "   extract  normalise  aggregate     floor   extract/floor")
    for feed in feeds {
        let e = stageSeconds["extract"]?[feed] ?? 0, n = stageSeconds["normalise"]?[feed] ?? 0, a = stageSeconds["aggregate"]?[feed] ?? 0
        print(feed.padding(toLength: 24, withPad: " ", startingAt: 0)
              + String(format: "  %7.2f s  %7.2f s  %7.2f s  %7.2f s  %6.1f×", e, n, a, floor[feed]!.parse, e / max(floor[feed]!.parse, 0.001)))
    }
    print(String(format: "aggregate of the year (tables side by side, rejects.csv, manifest): %.2f s", publishSeconds))
}

if wants("night") {
    // Cron: a full multi-year run against a night with no new files.
    let multiInput = generate("multi-year", ["--years", "2001", "2002", "2003", "2004", "--slips", "100000", "--registrations", "30000",
                                            "--permits", "2000", "--families", "2000"])
    // One police file of 2002 is cut off: the year is quarantined and fails, as a
    // year does while an agency has not re-sent a damaged file.
    if let victim = files("\(multiInput)/police-registrations/2002").first,
       let handle = FileHandle(forUpdatingAtPath: victim) {
        let marker = Data("<cut-off".utf8)
        let size = (try? handle.seekToEnd()) ?? 0
        try? handle.seek(toOffset: size - UInt64(marker.count))
        if handle.readDataToEndOfFile() != marker { _ = try? handle.seekToEnd(); try? handle.write(contentsOf: marker) }
        try? handle.close()
    }
    let multiMB = megabytes(files(multiInput))
    let multiOut = "\(settings.dir)/out-multi"
    print(String(format: "\nfour years of all six feeds: %.1f MB (2002 fails: a police file is cut off)", multiMB))
    // In turns: a full run from fresh output, then a night with nothing new
    // (`--runs` of them, the median kept); each night over its own turn's full run.
    var turns: [(full: Measurement, none: Measurement)] = []
    for _ in 0..<settings.runs {
        let full = Measure.once(["sh", "-c", "rm -rf \(multiOut) && \(migstat) run --input \(multiInput) --output \(multiOut) --pipelines \(pipelines) --quiet --database none"])
        turns.append((full, migstatRun(["run"], input: multiInput, output: multiOut)))
    }
    row("  full run (fresh output)", turns.map(\.full).middle, mb: multiMB)
    row("  no-change run (every year skipped)", turns.map(\.none).middle, mb: multiMB)
    let ratios = Turns(turns.map { $0.none.seconds / $0.full.seconds })
    print(String(format: "  no-change run / full run, median of %d turns: %.3f (turns: %.3f to %.3f)",
                 settings.runs, ratios.median, ratios.lowest, ratios.highest))
}

if wants("database") { benchDatabase() }   // DatabaseBench.swift
