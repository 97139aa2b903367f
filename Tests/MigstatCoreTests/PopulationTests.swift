@testable import MigstatCore
import XCTest

final class PopulationTests: XCTestCase {
    let out = "2003/population.csv"
    static let populationHeader = "көрсеткіш;күні;жынысы;адам саны;түсініктеме"
    static let vitalHeader = "айы;жынысы;туғандар;қайтыс болғандар"

    /// A file as the office sends it: UTF-8 with a byte-order mark, CRLF line ends.
    private func write(_ s: Scratch, _ name: String, _ header: String, _ rows: [String], year: Int = 2003) {
        s.write("population", year, name, Data([0xEF, 0xBB, 0xBF]) + Data(([header] + rows).map { $0 + "\r\n" }.joined().utf8))
    }

    private func vital(_ s: Scratch, month: Int, _ rows: [String]? = nil, name: String? = nil, year: Int = 2003) {
        let m = month < 10 ? "0\(month)" : "\(month)"
        write(s, name ?? "vital-\(year)-\(m).csv", Self.vitalHeader, rows ?? ["\(year)-\(m);ер;30;20", "\(year)-\(m);әйел;25;10"], year: year)
    }

    private func slips(_ s: Scratch, month: Int, arrivals: Int, departures: Int, year: Int = 2003) {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let rows = (0..<(arrivals + departures)).map { i in
            "S\(month)-\(i),\(i < arrivals ? "A" : "D"),05.\(m).\(year),F,1970,қазақ,KAZ,REGION,KZ-11,"
        }
        s.write("migration-slips", year, "slips-\(year)-\(m).csv",
                (["slip_id,kind,event_date,sex,birth_year,ethnicity,citizenship,partner_kind,partner_code,partner_name"] + rows)
                    .joined(separator: "\n") + "\n")
    }

    func testTheYearFromBothFeeds() throws {
        let s = Scratch()
        write(s, "population-2003.csv", Self.populationHeader, [
            "халық саны;01.01.2003;ер;1000;",
            "ЧИСЛЕННОСТЬ НАСЕЛЕНИЯ ;01.01.2003; Женский ;1200;",
            "түзету;05.06.2003;м;-7;қала шекарасы өзгерді",
            "корректировка;06.06.2003;ж;3;қайта санау",
        ])
        for month in 1...3 { vital(s, month: month) }
        slips(s, month: 1, arrivals: 5, departures: 2)
        slips(s, month: 2, arrivals: 1, departures: 3)
        try s.run(year: 2003)
        let feed = try XCTUnwrap(try s.quality(2003).feeds["population"])
        XCTAssertEqual(feed.records, .init(read: 10, accepted: 10, rejected: 0, duplicates: 0, superseded: 0, cancelled: 0, excluded: 0))
        XCTAssertEqual(feed.coverageMonths, 3, "the vital files' months; the population file covers none")
        let expected: [(String, String, String)] = [
            ("POP_START", "_T", "2200"), ("POP_START", "M", "1000"), ("POP_START", "F", "1200"),
            ("BIRTHS", "_T", "165"), ("BIRTHS", "M", "90"), ("BIRTHS", "F", "75"),
            ("DEATHS", "_T", "90"), ("DEATHS", "M", "60"), ("DEATHS", "F", "30"),
            ("NATURAL_INCREASE", "_T", "75"), ("NATURAL_INCREASE", "M", "30"), ("NATURAL_INCREASE", "F", "45"),
            ("ARRIVALS", "_T", "6"), ("DEPARTURES", "_T", "5"), ("NET_MIGRATION", "_T", "1"),
            ("ADJUSTMENT", "_T", "-4"), ("ADJUSTMENT", "M", "-7"), ("ADJUSTMENT", "F", "3"),
            ("POP_END", "_T", "2272"),
        ]
        let rows = s.rows(out)
        XCTAssertEqual(rows.map { [$0[3], $0[4], $0[5]] }, expected.map { [$0.0, $0.1, $0.2] }, "every row, in the contract's order")
        // The population's own rows cover its 3 months; the migration rows and POP_END the smaller of its 3 and the slips' 2.
        for row in rows {
            let joint = ["ARRIVALS", "DEPARTURES", "NET_MIGRATION", "POP_END"].contains(row[3])
            XCTAssertEqual(Array(row[6...]), ["P", joint ? "2" : "3"], row.joined(separator: ","))
        }
        let checks = try s.quality(2003).checks.filter { $0.name.hasPrefix("population:") && !$0.name.contains("threshold") }
        XCTAssertEqual(checks.map(\.name), ["population: _T = M + F",
                                            "population: POP_END = POP_START + NATURAL_INCREASE + NET_MIGRATION + ADJUSTMENT",
                                            "population: quarters add up to the year", "population: stocks open and close with the year"])
        XCTAssertTrue(checks.allSatisfy(\.passed))
    }

    func testWithoutSlipsThereAreNoMigrationRowsAndNoEnd() throws {
        let s = Scratch()
        write(s, "population-2003.csv", Self.populationHeader, ["халық саны;01.01.2003;ер;1000;"])
        for month in 1...12 { vital(s, month: month) }
        try s.run(year: 2003)
        let measures = s.rows(out).map { $0[3] }
        XCTAssertEqual(Set(measures), ["POP_START", "BIRTHS", "DEATHS", "NATURAL_INCREASE", "ADJUSTMENT"])
        XCTAssertEqual(s.value(out, ["POP_START", "F"]), "0", "always present, zeros included")
        XCTAssertEqual(s.value(out, ["ADJUSTMENT", "_T"]), "0")
        XCTAssertEqual(s.rows(out).first.map { Array($0[6...]) }, ["A", "12"])
        XCTAssertNil(s.text("2003/migration-flows.csv"))
        XCTAssertEqual(try s.quality(2003).checks.filter { $0.name.hasPrefix("population:") && !$0.name.contains("threshold") }.map(\.name),
                       ["population: _T = M + F", "population: quarters add up to the year",
                        "population: stocks open and close with the year"])
    }

    func testSlipsAloneWriteNoPopulationFile() throws {
        let s = Scratch()
        slips(s, month: 1, arrivals: 1, departures: 0)
        try s.run(year: 2003)
        XCTAssertNotNil(s.text("2003/migration-flows.csv"))
        XCTAssertNil(s.text(out))
    }

    func testEveryReject() throws {
        let s = Scratch()
        write(s, "population-2003.csv", Self.populationHeader, [
            "халық саны;01.01.2003;ер;1000;",
            "халық саны;01.01.2003;мужской;999;",         // duplicate row: the first counts
            "халық саны;02.01.2003;әйел;1200;",           // the population is on 1 January: outside reporting year
            "халық саны;01.01.2002;әйел;1200;",           // outside reporting year
            "халық саны;01.01.2003;әйел;-5;",             // negative only for an adjustment: invalid count
            "халық саны;01.01.2003;әйел;1 200;",          // invalid count
            "түзету;30.02.2003;ер;5;",                    // impossible date
            "түзету;15.03.2003;ер;5,5;",                  // invalid count
            "түзету;15.03.2003;ер;+5;",                   // invalid count
            "түзету;15.03.2003;;5;",                      // missing sex
            "түзету;15.03.2003;барлығы;5;",               // unknown sex
            "көші-қон сальдосы;15.03.2003;ер;5;",         // unknown item
            "түзету;15.03.2003;ер;-5;бірінші",
            "түзету;15.03.2003;ер;-5;екінші",             // adjustments may repeat
        ])
        vital(s, month: 1, ["2003-01;ер;30;20", "2003-01;м;31;21", "2003-02;ер;1;1", "2002-12;ер;1;1",
                            "2003-13;ер;1;1", "2003-01;әйел;-1;0", "2003-01;әйел;1;x", "2003-01; ;1;1"])
        // February's ер came first in January's file: February's own is the repeat.
        vital(s, month: 2, ["2003-02;ер;5;5", "2003-01;әйел;1;1"])
        try s.run(year: 2003)
        let feed = try XCTUnwrap(try s.quality(2003).feeds["population"])
        XCTAssertEqual(feed.rejectedByReason, ["duplicate row": 3, "outside reporting year": 3, "invalid count": 6,
                                               "impossible date": 2, "missing sex": 2, "unknown sex": 1, "unknown item": 1])
        XCTAssertEqual(feed.records.accepted, 3 + 3)
        XCTAssertEqual(s.value(out, ["POP_START", "M"]), "1000")
        XCTAssertEqual(s.value(out, ["ADJUSTMENT", "M"]), "-10")
        XCTAssertEqual(s.value(out, ["BIRTHS", "_T"]), "32", "January's ер and әйел, and February's ер from January's file")
        let rejects = try XCTUnwrap(s.text("2003/rejects.csv"))
        XCTAssertTrue(rejects.contains("population,population/2003/population-2003.csv,line 3,duplicate row,халық саны;01.01.2003;мужской;999;"),
                      rejects)
    }

    /// `population: start = previous year's end` (STATISTICS.md): a later year
    /// fails while the earlier year's end and its start disagree, and is redone
    /// (no --force) and passes once the earlier year is corrected.
    func testTheStartIsThePreviousYearsEnd() throws {
        let s = Scratch()
        let name = "population: start = previous year's end"
        for month in 1...12 {
            vital(s, month: month, year: 2002); slips(s, month: month, arrivals: 2, departures: 1, year: 2002)
            vital(s, month: month); slips(s, month: month, arrivals: 1, departures: 1)
        }
        // 2002 ends at 2000 + 300 (births less deaths) + 12 (net migration) + 5 (an adjustment) = 2317; 2003 starts at 2312.
        write(s, "population-2002.csv", Self.populationHeader,
              ["халық саны;01.01.2002;ер;1000;", "халық саны;01.01.2002;әйел;1000;", "түзету;01.07.2002;ер;5;қате"], year: 2002)
        write(s, "population-2003.csv", Self.populationHeader, ["халық саны;01.01.2003;ер;1150;", "халық саны;01.01.2003;әйел;1162;"])
        let pipeline = Pipeline(config: try PipelineConfig.load(directory: pipelinesDir), workspace: Workspace(input: s.input, output: s.output),
                                logger: quietLogger)
        var outcome = try pipeline.run(years: nil, force: false)
        XCTAssertEqual(outcome.processed.map(\.year), [2002, 2003])
        XCTAssertEqual(s.value("2002/population.csv", ["POP_END", "_T"]), "2317")
        XCTAssertEqual(try s.quality(2003).checks.first { $0.name == name }?.passed, false)
        XCTAssertEqual(try s.quality(2003).status, "failed")
        XCTAssertNil(try s.quality(2002).checks.first { $0.name == name }, "2001 is not published: skipped, not listed")

        // The office re-sends 2002 without the mistaken adjustment: 2002 is rebuilt, and 2003, which read it, with it.
        write(s, "population-2002.v2.csv", Self.populationHeader, ["халық саны;01.01.2002;ер;1000;", "халық саны;01.01.2002;әйел;1000;"],
              year: 2002)
        outcome = try pipeline.run(years: nil, force: false)
        XCTAssertEqual(outcome.processed.map(\.year), [2002, 2003])
        XCTAssertEqual(try s.quality(2003).checks.first { $0.name == name }?.passed, true)
        XCTAssertEqual(try s.quality(2003).status, "ok")
        outcome = try pipeline.run(years: nil, force: false)
        XCTAssertEqual(outcome.processed.map(\.year), [], "nothing changed since")
    }

    /// Golden rows (GoldenRowTests): each value differs from the others, so two columns swapped fail.
    func testAPopulationRow() throws {
        let row = try settle("population", kind: "population", [
            "item": " Корректировка", "date": "14.10.2003", "sex": "Ж", "persons": "-391", "note": " қайта санау ",
        ])
        XCTAssertEqual(row, .init(fate: "accepted", table: "population_row", columns: [
            "item": "ADJUSTMENT", "date": "2003-10-14", "sex": "F", "persons": "-391", "note": "қайта санау",
        ]))
    }

    func testAVitalRow() throws {
        let row = try settle("population", kind: "vital", ["month": "2003-04", "sex": "мужской", "births": "308", "deaths": "156"])
        XCTAssertEqual(row, .init(fate: "accepted", table: "vital_row", columns: [
            "month": "2003-04", "sex": "M", "births": "308", "deaths": "156",
        ]))
    }

    func testEveryColumnIsPinned() {
        XCTAssertEqual(Population.plugin.recordTables.map(\.name), ["population_row", "vital_row"])
        XCTAssertEqual(Population.plugin.recordTables.map(\.columns.count), [5, 4], "a column added? give it a golden value")
    }

    func testAVocabularyWordTheTableCannotCountIsADefinitionError() throws {
        let s = Scratch()
        let pipelines = s.root.appendingPathComponent("pipelines").path
        try FileManager.default.copyItem(atPath: URL(fileURLWithPath: pipelinesDir).resolvingSymlinksInPath().path, toPath: pipelines)
        let path = "\(pipelines)/population.yaml"
        let yaml = try String(contentsOfFile: path, encoding: .utf8)
        try yaml.replacingOccurrences(of: "    F: [әйел, ж, женский]", with: "    F: [әйел, ж, женский]\n    T: [барлығы]")
            .write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try PipelineConfig.load(directory: pipelines).checkRules()) { error in
            XCTAssertTrue("\(error)".contains("sexes names T"), "\(error)")
        }
    }
}
