import Foundation
@testable import MigstatCore
import XCTest

/// Extract hashes each file it reads as it reads it (one pass over the
/// input); the manifest still names every input by the sha256 of its bytes:
/// files read whole, a file quarantined half-way, files not read at all.
final class InputHashTests: XCTestCase {
    func testEveryInputIsNamedByTheSha256OfItsBytes() throws {
        let s = Scratch()
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Tests/Fixtures/samples/input"),
                                         to: s.root.appendingPathComponent("input"))
        // The sample has superseded versions and a police file cut off half-way; and a file of no feed's pattern.
        s.write("migration-slips", 2003, "notes.txt", "not a delivery")
        try s.run(year: 2003)
        let manifest = try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: URL(fileURLWithPath: "\(s.output)/2003/manifest.json")))
        let statuses = try s.quality(2003).feeds.values.flatMap(\.files).map(\.status)
        for status in ["read", "quarantined", "superseded", "ignored"] { XCTAssertTrue(statuses.contains(status), "\(status): \(statuses)") }
        XCTAssertGreaterThan(manifest.inputs.count, 10)
        for input in manifest.inputs {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: "\(s.input)/\(input.path)"))
            XCTAssertEqual(input.sha256, Hashing.sha256(bytes), input.path)
            XCTAssertEqual(input.size, bytes.count, input.path)
        }
        // Remembered for the next night, under the path the change check looks for.
        try Hashing.saveRemembered(to: "\(s.root.path)/hashes.json")
        let remembered = String(decoding: try Data(contentsOf: URL(fileURLWithPath: "\(s.root.path)/hashes.json")), as: UTF8.self)
        for input in manifest.inputs { XCTAssertTrue(remembered.contains(input.sha256), input.path) }
    }
}
