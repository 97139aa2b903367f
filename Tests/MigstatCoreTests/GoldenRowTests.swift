import Foundation
@testable import MigstatCore
import XCTest

/// A golden row per record table: one concrete record, its fields named as
/// the feed's definition names them, through the feed's real rules, and the
/// exact row normalise settles it as (`records.tsv`), every column by name.
/// Each value differs from the others, so rules that put two values in each
/// other's columns fail here.
final class GoldenRowTests: XCTestCase {
    func testAMigrationSlipsRow() throws {
        let row = try settle("migration-slips", [
            "slip_id": "S-17", "kind": "d", "event_date": "14.03.2003", "sex": "f", "birth_year": "+1971",
            "ethnicity": "русский", "citizenship": "UZB", "partner_kind": "COUNTRY", "partner_code": "276", "partner_name": "Германия",
        ])
        assertRow(row, .init(fate: "accepted", table: "migration_slip", columns: [
            "slip_id": "S-17", "kind": "D", "event_date": "2003-03-14", "sex": "F", "birth_year": "1971",
            "ethnicity": "RUS", "citizenship": "UZB", "partner_group": "FAR_ABROAD", "partner": "DEU",
        ]))
    }

    func testAPoliceRegistrationRow() throws {
        let row = try settle("police-registrations", [
            "id": "R-7", "revision": "2", "status": "active", "doc_hash": "h0001", "citizenship_code": "UZB",
            "citizenship_name": "Узбекистан", "arrival_date": "10.02.2003", "purpose": "work", "registered_date": "12.02.2003",
            "offences": "1", "expulsions": "0",
        ])
        assertRow(row, .init(fate: "accepted", table: "police_registration", columns: [
            "registration_id": "R-7", "revision": "2", "status": "active", "person": "h0001", "citizenship": "UZB",
            "citizenship_group": "CIS", "purpose": "WORK", "arrival_date": "2003-02-10", "registered_date": "2003-02-12",
            "offences": "1", "expulsions": "0",
        ]))
    }

    func testALabourQuotaRow() throws {
        let row = try settle("labour-quotas", kind: "quota", ["year": "2003", "category": "2", "quota": "150"])
        assertRow(row, .init(fate: "accepted", table: "labour_quota_row", columns: ["category": "II", "quota": "150"]))
    }

    func testALabourPermitRow() throws {
        let row = try settle("labour-quotas", kind: "permits", [
            "permit_number": "P-9", "issue_date": "05.04.2003", "valid_until": "05.10.2003", "employer_bin": "031040694589",
            "employer": "ТОО Алма", "oked": "41200", "category": "3", "country": "Турция", "workers": "12", "status": "выдано",
        ])
        assertRow(row, .init(fate: "accepted", table: "labour_permit", columns: [
            "permit_id": "P-9", "issue_date": "2003-04-05", "valid_until": "2003-10-05", "employer_bin": "031040694589",
            "employer": "ТОО Алма", "oked": "41200", "category": "III", "citizenship": "TUR", "workers": "12", "status": "issued",
        ]))
    }

    func testARepatriateFamilyRow() throws {
        let list = { (items: [String]) in items.joined(separator: "\u{1F}") }
        let row = try settle("repatriates", [
            "id": "F-3", "arrived": "2003-06-01", "quota": "true", "origin": "UZB",
            "member_roles": list(["head", "spouse", "child"]), "payment_kinds": list(["benefit", "transport", "housing", "adaptation"]),
            "payment_amounts": list(["100.50", "20", "3000.01", "0.07"]),
        ])
        assertRow(row, .init(fate: "accepted", table: "repatriate_family", columns: [
            "family_id": "F-3", "arrival_date": "2003-06-01", "basis": "QUOTA", "origin": "UZB", "persons": "3",
            "pay_benefit": "10050", "pay_transport": "2000", "pay_housing": "300001", "pay_adaptation": "7",
        ]))
    }

    /// Every column of every record table of the four feeds has its golden value above.
    func testEveryColumnIsPinned() {
        let pinned: [String: Int] = ["migration_slip": 9, "police_registration": 11, "labour_quota_row": 2,
                                     "labour_permit": 10, "repatriate_family": 9]
        for feed in ["migration-slips", "police-registrations", "labour-quotas", "repatriates"] {
            for table in FeedRegistry.plugin(feed)!.recordTables {
                XCTAssertEqual(table.columns.count, pinned[table.name], "\(table.name): a column added? give it a golden value")
            }
        }
    }

    /// A row as records.tsv holds it: the record's fate, its table, and each column's value by name.
    struct SettledRow: Equatable {
        var fate: String
        var table: String
        var columns: [String: String]
    }

    /// Compares column by column, so that a failure names each column that differs.
    private func assertRow(_ got: SettledRow, _ want: SettledRow, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(got.fate, want.fate, "fate", file: file, line: line)
        XCTAssertEqual(got.table, want.table, "table", file: file, line: line)
        for column in Set(got.columns.keys).union(want.columns.keys).sorted() {
            XCTAssertEqual(got.columns[column], want.columns[column], "\(want.table).\(column)", file: file, line: line)
        }
    }
}

/// Runs records through a feed's rules, as normalise does, and reads back what they settled.
func settle(_ feed: String, kind: String? = nil, _ fields: [String: String], year: Int = 2003,
            file: StaticString = #filePath, line: UInt = #line) throws -> GoldenRowTests.SettledRow {
    let config = try PipelineConfig.load(directory: pipelinesDir)
    let definition = try XCTUnwrap(config.definitions[feed], file: file, line: line)
    let plugin = try XCTUnwrap(FeedRegistry.plugin(feed), file: file, line: line)
    let fileKind = try definition.kind(kind ?? definition.files[0].kind)
    let names = definition.fieldNames(fileKind)
    XCTAssertEqual(Set(fields.keys).subtracting(names), [], "fields the definition does not have", file: file, line: line)
    let scratch = Scratch()
    let records = scratch.root.appendingPathComponent("records.tsv").path
    let writer = try StagingWriter(path: records)
    let input = InputFile(path: "\(feed)/\(year)/golden", sha256: "", size: 0, status: .read, kind: fileKind.kind)
    let context = try NormaliseContext(year: year, feed: feed, definition: definition, codeLists: config.codeLists,
                                       refArea: config.refArea, files: [input], tables: plugin.recordTables,
                                       rejects: nil, fates: writer, inputRoot: scratch.input, scratchDirectory: scratch.root.path)
    let rules = try plugin.makeRules(context)
    let out = try StagingWriter(path: scratch.root.appendingPathComponent("normalised.tsv").path)
    try rules.consume(ExtractedRecord(file: 0, line: 2, kind: fileKind.kind, fields: names.map { fields[$0] ?? "" }), into: out)
    try rules.finish(into: out)
    try writer.close()
    let reader = try StagingReader(path: records)
    let settled = try XCTUnwrap(try reader.next().flatMap(RecordLine.init(staged:)), "no record settled", file: file, line: line)
    XCTAssertNil(try reader.next(), "one record, one row", file: file, line: line)
    let table = try XCTUnwrap(plugin.recordTables.first { $0.name == settled.table }, file: file, line: line)
    XCTAssertEqual(settled.values.count, table.columns.count, file: file, line: line)
    return .init(fate: settled.fate.rawValue, table: table.name,
                 columns: Dictionary(uniqueKeysWithValues: zip(table.columns.map(\.name), settled.values)))
}
