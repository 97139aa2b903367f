import Foundation
@testable import MigstatCore
import XCTest

/// The quarterly statistics files (STATISTICS.md "Quarterly statistics"):
/// beside every yearly file its quarters with data, by the same rules; the
/// quarters add up to the year, the stocks open and close with it, and the
/// yearly files keep their bytes.
final class QuarterlyTests: XCTestCase {
    /// How each file's measures behave across periods, as STATISTICS.md states it.
    struct Contract {
        var measure: String
        var events: Set<String> = []
        var money: Set<String> = []
        var repeated: Set<String> = []
        var opening: Set<String> = []
        var closing: Set<String> = []
    }

    static let contracts: [String: Contract] = [
        "migration-flows.csv": Contract(measure: "FLOW", events: ["ARR", "DEP", "NET"]),
        "foreign-registrations.csv": Contract(measure: "MEASURE", events: ["REGISTRATIONS"]),
        "labour-quota.csv": Contract(measure: "MEASURE", events: ["PERMITS", "WORKERS"], repeated: ["QUOTA"]),
        "repatriates.csv": Contract(measure: "MEASURE", events: ["FAMILIES", "PERSONS"],
                                    money: ["PAY_BENEFIT", "PAY_TRANSPORT", "PAY_HOUSING", "PAY_ADAPTATION"],
                                    repeated: ["PLAN_FAMILIES", "PLAN_PERSONS"]),
        "refugees.csv": Contract(measure: "MEASURE",
                                 events: ["APPLIED", "GRANTED", "REFUSED", "WITHDRAWN", "CEASED_RETURNED", "CEASED_NATURALISED",
                                          "CEASED_RESETTLED", "CEASED_REVOKED"],
                                 opening: ["HOLDERS_START", "PENDING_START"], closing: ["HOLDERS_END", "PENDING_END"]),
        "population.csv": Contract(measure: "MEASURE",
                                   events: ["BIRTHS", "DEATHS", "NATURAL_INCREASE", "ARRIVALS", "DEPARTURES", "NET_MIGRATION", "ADJUSTMENT"],
                                   opening: ["POP_START"], closing: ["POP_END"]),
    ]

    /// One published file read back: its header and, by TIME_PERIOD, each row's value and attributes by its dimensions.
    struct Published {
        var header: [String]
        var dataflow: Set<String> = []
        var periods: [String] = []   // in file order, each once
        var values: [String: [[String]: (value: String, attributes: [String])]] = [:]

        init(_ text: String, file: String) throws {
            let rows = try XCTUnwrap(PublishedCSV.rows(text), file)
            header = try XCTUnwrap(rows.first, file)
            let obs = try XCTUnwrap(header.firstIndex(of: "OBS_VALUE"))
            for row in rows.dropFirst() {
                dataflow.insert(row[0])
                if periods.last != row[2] {
                    XCTAssertFalse(periods.contains(row[2]), "\(file): rows by period, each period's rows together")
                    periods.append(row[2])
                }
                values[row[2], default: [:]][Array(row[3..<obs])] = (row[obs], Array(row[(obs + 1)...]))
            }
        }
    }

    /// Checks a published year's quarterly files against its yearly files; returns the quarters of each file.
    @discardableResult
    static func checkQuarters(output: String, year: Int, file: StaticString = #filePath, line: UInt = #line) throws -> [String: [String]] {
        var quartersOf: [String: [String]] = [:]
        for (name, contract) in contracts {
            guard let yearText = try? String(contentsOfFile: "\(output)/\(year)/\(name)", encoding: .utf8) else { continue }
            let quarterText = try XCTUnwrap(try? String(contentsOfFile: "\(output)/\(year)/quarterly/\(name)", encoding: .utf8),
                                            "\(year) \(name) has its quarterly twin", file: file, line: line)
            let y = try Published(yearText, file: name), q = try Published(quarterText, file: "quarterly/\(name)")
            XCTAssertEqual(q.header, y.header, "\(name): the same columns", file: file, line: line)
            XCTAssertEqual(q.dataflow, Set(y.dataflow.map { $0.replacingOccurrences(of: "(1.0)", with: "_Q(1.0)") }), name, file: file, line: line)
            let quarters = q.periods
            XCTAssertEqual(quarters, quarters.sorted(), "\(name): quarters in order", file: file, line: line)
            XCTAssertTrue(quarters.allSatisfy { ["1", "2", "3", "4"].map { "\(year)-Q\($0)" }.contains($0) }, "\(quarters)", file: file, line: line)
            quartersOf[name] = quarters
            let yearRows = y.values[String(year)] ?? [:]
            let m = try XCTUnwrap(y.header.firstIndex(of: contract.measure)) - 3
            let coverage = y.header.firstIndex(of: "COVERAGE")! - y.header.firstIndex(of: "OBS_VALUE")! - 1
            let status = y.header.firstIndex(of: "OBS_STATUS")! - y.header.firstIndex(of: "OBS_VALUE")! - 1
            var rows = Set(yearRows.keys)
            for p in quarters { rows.formUnion(q.values[p]!.keys) }
            for dims in rows.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
                let measure = dims[m]
                let here = "\(name) \(dims.joined(separator: ","))"
                if contract.events.contains(measure) {
                    let sum = quarters.reduce(0) { $0 + (Int(q.values[$1]![dims]?.value ?? "0") ?? .min) }
                    XCTAssertEqual(sum, Int(yearRows[dims]?.value ?? "0"), "\(here): the quarters add up to the year", file: file, line: line)
                } else if contract.money.contains(measure) {
                    let sum = quarters.reduce(Decimal(0)) { $0 + Decimal(string: q.values[$1]![dims]?.value ?? "0")! }
                    let diff = sum - Decimal(string: yearRows[dims]?.value ?? "0")!
                    XCTAssertLessThanOrEqual(abs(diff), Decimal(quarters.count) / 100, "\(here): money within a quarter's rounding",
                                             file: file, line: line)
                } else if contract.repeated.contains(measure) {
                    for p in quarters {
                        XCTAssertEqual(q.values[p]![dims]?.value, yearRows[dims]?.value, "\(here) \(p): the year's value repeated",
                                       file: file, line: line)
                    }
                } else if contract.opening.contains(measure), quarters.first == "\(year)-Q1", yearRows[dims] != nil {
                    XCTAssertEqual(q.values[quarters.first!]![dims]?.value ?? "0", yearRows[dims]!.value, "\(here): opens with the year",
                                   file: file, line: line)
                } else if contract.closing.contains(measure) {
                    XCTAssertEqual(q.values[quarters.last!]![dims]?.value ?? "0", yearRows[dims]?.value ?? "0", "\(here): closes with the year",
                                   file: file, line: line)
                }
            }
            // A quarter's coverage is its months covered (0-3; 0: only records dated in it), provisional below 3.
            for p in quarters {
                for (dims, row) in q.values[p]! where row.attributes[status] != "M" {
                    let months = try XCTUnwrap(Int(row.attributes[coverage]))
                    XCTAssertTrue((0...3).contains(months), "\(name) \(p) \(dims)", file: file, line: line)
                    XCTAssertEqual(row.attributes[status], months == 3 ? "A" : "P", "\(name) \(p) \(dims)", file: file, line: line)
                }
            }
        }
        return quartersOf
    }

    private func scratch(copying input: URL) throws -> Scratch {
        let s = Scratch()
        try FileManager.default.copyItem(at: input, to: s.root.appendingPathComponent("input"))
        return s
    }

    private static let sample = repositoryRoot.appendingPathComponent("Tests/Fixtures/samples")

    func testTheSampleYearsQuartersAddUpAndItsYearlyFilesKeepTheirBytes() throws {
        let s = try scratch(copying: Self.sample.appendingPathComponent("input"))
        try s.run(year: 2003)
        let expected = Self.sample.appendingPathComponent("expected/2003")
        let names = try FileManager.default.contentsOfDirectory(atPath: expected.path).filter { $0.hasSuffix(".csv") }.sorted()
        XCTAssertEqual(names.count, 6)
        for name in names {
            XCTAssertEqual(FileManager.default.contents(atPath: "\(s.output)/2003/\(name)"),
                           try Data(contentsOf: expected.appendingPathComponent(name)), "\(name) keeps its bytes")
        }
        let quarters = try Self.checkQuarters(output: s.output, year: 2003)
        XCTAssertEqual(Set(quarters.keys), Set(names))
        XCTAssertEqual(quarters["migration-flows.csv"], ["2003-Q1", "2003-Q2", "2003-Q3", "2003-Q4"])

        // Listed in the manifest as the yearly files are, and checked in quality.json.
        let manifest = try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: URL(fileURLWithPath: "\(s.output)/2003/manifest.json")))
        for name in names {
            let entry = try XCTUnwrap(manifest.outputs.first { $0.path == "2003/quarterly/\(name)" }, name)
            XCTAssertEqual(entry.sha256, Hashing.sha256(FileManager.default.contents(atPath: "\(s.output)/2003/quarterly/\(name)")!))
        }
        let checks = try s.quality(2003).checks
        for name in names {
            let stem = String(name.dropLast(4))
            XCTAssertEqual(checks.first { $0.name == "\(stem): quarters add up to the year" }?.passed, true, stem)
        }
        for stem in ["refugees", "population"] {
            XCTAssertEqual(checks.first { $0.name == "\(stem): stocks open and close with the year" }?.passed, true, stem)
        }
    }

    func testTheDemoYearsQuartersAddUp() throws {
        let s = try scratch(copying: repositoryRoot.appendingPathComponent("input"))
        for year in [2001, 2002, 2003] {
            try s.run(year: year)
            let quarters = try Self.checkQuarters(output: s.output, year: year)
            XCTAssertEqual(quarters.count, 6, "\(year): every feed")
            XCTAssertTrue(try s.quality(year).checks.filter { $0.name.contains("quarter") || $0.name.contains("stocks") }.allSatisfy(\.passed))
        }
    }

    /// The quarterly tables (DATABASE.md) hold the quarterly files, and there
    /// too the quarters add up to the year and the stocks open and close with it.
    func testTheQuartersAddUpInSQLite() throws {
        let s = try scratch(copying: Self.sample.appendingPathComponent("input"))
        try quartersAddUpInTheDatabase(s, .sqlite(path: "\(s.root.path)/quarters.sqlite"))
    }

    func testTheQuartersAddUpInPostgreSQL() throws {
        let s = try scratch(copying: Self.sample.appendingPathComponent("input"))
        try quartersAddUpInTheDatabase(s, .postgresql(url: try PostgresScratch.fresh()))
    }

    private func quartersAddUpInTheDatabase(_ s: Scratch, _ location: DatabaseLocation) throws {
        try s.run(year: 2003)
        let db = try XCTUnwrap(UnifiedDatabase.open(location))
        try db.load(year: 2003, workspace: Workspace(input: s.input, output: s.output))
        XCTAssertEqual(try db.check(year: 2003, workspace: Workspace(input: s.input, output: s.output)), [], "the tables hold the files")
        for ((plugin, yearTable), (_, quarterTable)) in zip(DatabaseSchema.statisticsTables, DatabaseSchema.quarterlyTables) {
            let contract = try XCTUnwrap(Self.contracts[plugin.statisticsFile])
            let dims = ReleaseTables.dimensions(yearTable), m = try XCTUnwrap(dims.firstIndex(of: contract.measure.lowercased()))
            func values(_ t: DatabaseSchema.Table) throws -> [String: [[String]: Decimal]] {
                var out: [String: [[String]: Decimal]] = [:]
                let sql = "SELECT CAST(time_period AS TEXT), \(dims.joined(separator: ", ")), obs_value FROM \(t.qualified(db.dialect))"
                for row in try db.connection.rows(sql) {
                    guard let v = row.last!.flatMap({ Decimal(string: $0) }) else { continue }
                    out[row[0]!, default: [:]][row[1..<(row.count - 1)].map { $0 ?? "" }] = v
                }
                return out
            }
            let year = try XCTUnwrap(values(yearTable)["2003"], yearTable.name), quarters = try values(quarterTable)
            let periods = quarters.keys.sorted()
            XCTAssertEqual(periods, ["2003-Q1", "2003-Q2", "2003-Q3", "2003-Q4"], quarterTable.name)
            var compared = 0
            for key in Set(year.keys).union(quarters.values.flatMap(\.keys)) {
                let here = "\(quarterTable.name) \(key)", measure = key[m]
                let sum = periods.reduce(Decimal(0)) { $0 + (quarters[$1]![key] ?? 0) }
                if contract.events.contains(measure) {
                    XCTAssertEqual(sum, year[key] ?? 0, here)
                } else if contract.money.contains(measure) {
                    XCTAssertLessThanOrEqual(abs(sum - (year[key] ?? 0)), Decimal(periods.count) / 100, here)
                } else if contract.opening.contains(measure) {
                    XCTAssertEqual(quarters[periods.first!]![key] ?? 0, year[key] ?? 0, here)
                } else if contract.closing.contains(measure) {
                    XCTAssertEqual(quarters[periods.last!]![key] ?? 0, year[key] ?? 0, here)
                } else { continue }
                compared += 1
            }
            XCTAssertGreaterThan(compared, 5, quarterTable.name)
        }
        // db check compares the quarterly tables with the quarterly files too.
        let flows = DatabaseSchema.quarterlyTables[0].table
        try db.connection.execute("UPDATE \(flows.qualified(db.dialect)) SET obs_value = obs_value + 1 WHERE time_period = '2003-Q2'")
        let problems = try db.check(year: 2003, workspace: Workspace(input: s.input, output: s.output))
        XCTAssertTrue(problems.contains { $0.contains(flows.name) }, "\(problems)")
    }

    /// A year whose slips cover nine months (as 2002 does in the programme's Table 1): Q1-Q3, adding up to it.
    func testANineMonthYearHasThreeQuartersThatAddUpToIt() throws {
        let s = try scratch(copying: Self.sample.appendingPathComponent("input"))
        let slips = s.root.appendingPathComponent("input/migration-slips/2003")
        for name in try FileManager.default.contentsOfDirectory(atPath: slips.path)
        where ["10", "11", "12"].contains { name.hasPrefix("slips-2003-\($0)") } {
            try FileManager.default.removeItem(at: slips.appendingPathComponent(name))
        }
        try s.run(year: 2003)
        let quarters = try Self.checkQuarters(output: s.output, year: 2003)
        XCTAssertEqual(quarters["migration-flows.csv"], ["2003-Q1", "2003-Q2", "2003-Q3"])
        let flows = try Published(XCTUnwrap(s.text("2003/quarterly/migration-flows.csv")), file: "flows")
        XCTAssertEqual(flows.values["2003-Q3"]?[["ARR", "TOTAL", "_T", "_T"]]?.attributes, ["A", "3"])
        XCTAssertEqual(s.rows("2003/migration-flows.csv").first?.suffix(2), ["P", "9"])
        // The population's fourth quarter has its vital months but no slips: no migration in it, covered 0 months.
        let population = try Published(XCTUnwrap(s.text("2003/quarterly/population.csv")), file: "population")
        XCTAssertEqual(population.values["2003-Q4"]?[["NET_MIGRATION", "_T"]]?.value, "0")
        XCTAssertEqual(population.values["2003-Q4"]?[["NET_MIGRATION", "_T"]]?.attributes, ["P", "0"])
        XCTAssertEqual(population.values["2003-Q4"]?[["BIRTHS", "_T"]]?.attributes, ["A", "3"])
    }

    /// A quarter whose months are incomplete is provisional, with its coverage; one with no month read is absent.
    func testAQuarterWithMissingMonthsIsProvisional() throws {
        let r = PoliceRegistrationsTests.registration
        let s = Scratch()
        s.write("police-registrations", 2003, "registrations-2003-01.xml", PoliceRegistrationsTests.document([
            r("R1", "1", "active", "p1", "<Citizenship code=\"643\"/>", "01.01.2003", "work", "10.01.2003", ""),
        ].joined(separator: "\n"), encoding: "UTF-8"))
        s.write("police-registrations", 2003, "registrations-2003-05.xml", PoliceRegistrationsTests.document([
            r("R2", "1", "active", "p2", "<Citizenship code=\"643\"/>", "01.05.2003", "work", "10.05.2003", ""),
        ].joined(separator: "\n"), encoding: "UTF-8"))
        try s.run(year: 2003)
        let q = try Published(XCTUnwrap(s.text("2003/quarterly/foreign-registrations.csv")), file: "police")
        XCTAssertEqual(q.periods, ["2003-Q1", "2003-Q2"])
        XCTAssertEqual(q.values["2003-Q1"]?[["REGISTRATIONS", "TOTAL", "_T", "_T"]].map { [$0.value] + $0.attributes }, ["1", "P", "1"])
        XCTAssertEqual(q.values["2003-Q2"]?[["REGISTRATIONS", "TOTAL", "_T", "_T"]].map { [$0.value] + $0.attributes }, ["1", "P", "1"])
        try Self.checkQuarters(output: s.output, year: 2003)
    }

    /// Distinct persons are distinct within the quarter, grouped by their latest
    /// registration in it; in the year once, by their latest of the year.
    func testPersonsAreDistinctWithinEachQuarter() throws {
        let r = PoliceRegistrationsTests.registration
        let s = Scratch()
        s.write("police-registrations", 2003, "registrations-2003-01.xml", PoliceRegistrationsTests.document([
            // p1: Russian in January (an offence), Chinese later in March, Chinese again in May; p2 once in February.
            r("R1", "1", "active", "p1", "<Citizenship code=\"643\"/>", "01.01.2003", "work", "10.01.2003",
              "\n<Offence article=\"394\" date=\"11.01.2003\"/>"),
            r("R2", "1", "active", "p1", "<Citizenship code=\"156\"/>", "01.03.2003", "work", "20.03.2003", ""),
            r("R3", "1", "active", "p1", "<Citizenship code=\"643\"/>", "01.05.2003", "work", "10.05.2003", ""),
            r("R4", "1", "active", "p2", "<Citizenship code=\"156\"/>", "01.02.2003", "study", "05.02.2003", ""),
        ].joined(separator: "\n"), encoding: "UTF-8"))
        try s.run(year: 2003)
        let q = try Published(XCTUnwrap(s.text("2003/quarterly/foreign-registrations.csv")), file: "police")
        func v(_ p: String, _ dims: [String]) -> String? { q.values[p]?[dims]?.value }
        XCTAssertEqual(v("2003-Q1", ["PERSONS", "TOTAL", "_T", "_T"]), "2")
        XCTAssertEqual(v("2003-Q1", ["PERSONS", "FAR_ABROAD", "CHN", "_T"]), "2", "p1's latest in Q1 is Chinese")
        XCTAssertNil(v("2003-Q1", ["PERSONS", "CIS", "RUS", "_T"]))
        XCTAssertEqual(v("2003-Q1", ["ADMIN_LIABLE", "FAR_ABROAD", "CHN", "_T"]), "1")
        XCTAssertEqual(v("2003-Q1", ["REGISTRATIONS", "TOTAL", "_T", "_T"]), "3")
        XCTAssertEqual(v("2003-Q2", ["PERSONS", "CIS", "RUS", "_T"]), "1", "p1 again in Q2, Russian there")
        XCTAssertEqual(v("2003-Q2", ["ADMIN_LIABLE", "TOTAL", "_T", "_T"]), "0", "the offence was in Q1")
        XCTAssertEqual(s.value("2003/foreign-registrations.csv", ["PERSONS", "TOTAL", "_T", "_T"]), "2", "the year counts p1 once")
        XCTAssertEqual(s.value("2003/foreign-registrations.csv", ["PERSONS", "CIS", "RUS", "_T"]), "1", "by the year's latest")
        XCTAssertEqual(s.value("2003/foreign-registrations.csv", ["ADMIN_LIABLE", "CIS", "RUS", "_T"]), "1")
        try Self.checkQuarters(output: s.output, year: 2003)
    }

    /// The check fails when a quarter does not add up or a stock does not close with the year.
    func testTheQuarterChecksFailWhenTheQuartersDisagreeWithTheYear() {
        func table(_ rows: [(String, String)]) -> SDMXTable {
            var t = SDMXTable(id: "T", dimensions: [("MEASURE", .enumerated(["IN", "MONEY", "END"]))], attributes: [])
            for (m, v) in rows { t.add([m], v, []) }
            return t
        }
        let measures = PeriodMeasures(dimension: "MEASURE", ["IN": .events, "MONEY": .events, "END": .closing])
        let year = table([("IN", "5"), ("MONEY", "10.01"), ("END", "7")])
        func run(_ q1: [(String, String)], _ q2: [(String, String)]) -> [String: Bool] {
            let checks = QuarterChecks.run(name: "t", year: year, quarters: [(.quarter(1), table(q1)), (.quarter(2), table(q2))],
                                           measures: measures)
            return Dictionary(uniqueKeysWithValues: checks.map { ($0.name, $0.passed) })
        }
        let agree = run([("IN", "2"), ("MONEY", "5.00"), ("END", "3")], [("IN", "3"), ("MONEY", "5.00"), ("END", "7")])
        XCTAssertEqual(agree, ["t: quarters add up to the year": true, "t: stocks open and close with the year": true],
                       "money within a unit of the last place a quarter")
        XCTAssertEqual(run([("IN", "2"), ("MONEY", "5.00"), ("END", "3")], [("IN", "4"), ("MONEY", "5.00"), ("END", "7")])["t: quarters add up to the year"],
                       false)
        XCTAssertEqual(run([("IN", "2"), ("MONEY", "4.00"), ("END", "3")], [("IN", "3"), ("MONEY", "5.00"), ("END", "7")])["t: quarters add up to the year"],
                       false, "money off by more than the rounding")
        XCTAssertEqual(run([("IN", "2"), ("MONEY", "5.00"), ("END", "3")], [("IN", "3"), ("MONEY", "5.00"), ("END", "6")])["t: stocks open and close with the year"],
                       false)
        XCTAssertEqual(QuarterChecks.run(name: "t", year: year, quarters: [], measures: measures), [], "no quarter, nothing to check")
    }
}
