import Foundation
@testable import MigstatCore
import XCTest

/// The database surface held against a mistaken operator and hostile text:
/// reading never creates, secrets never show, files stay the owner's.
final class DatabaseTrustTests: XCTestCase {
    private var scratch: Scratch!
    override func setUp() { scratch = Scratch() }
    override func tearDown() { scratch = nil }

    // MARK: - Opening for reading never creates

    func testOpenExistingRefusesAMissingFileAndCreatesNothing() throws {
        let path = "\(scratch.root.path)/typo.sqlite"
        XCTAssertThrowsError(try UnifiedDatabase.openExisting(.sqlite(path: path))) { error in
            guard case MigstatError.configuration(let m) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(m.contains("no database at sqlite:\(path)"), m)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }

    func testOpenExistingRefusesAFileWithoutTheSchemaAndLeavesItAlone() throws {
        let path = "\(scratch.root.path)/empty.sqlite"
        FileManager.default.createFile(atPath: path, contents: nil)
        XCTAssertThrowsError(try UnifiedDatabase.openExisting(.sqlite(path: path))) { error in
            guard case MigstatError.configuration = error else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int, 0)
    }

    func testOpenExistingReadsADatabaseOpenMadeWithoutWriting() throws {
        let path = "\(scratch.root.path)/db.sqlite"
        _ = try UnifiedDatabase.open(.sqlite(path: path))
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let db = try UnifiedDatabase.openExisting(.sqlite(path: path))
        XCTAssertEqual(try db.storedVersion(), DatabaseSchema.version)
        XCTAssertThrowsError(try db.connection.execute("CREATE TABLE x (a INTEGER)"))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
    }

    func testOpenExistingRefusesNone() {
        XCTAssertThrowsError(try UnifiedDatabase.openExisting(.none)) { error in
            guard case MigstatError.configuration = error else { return XCTFail("\(error)") }
        }
    }
}
