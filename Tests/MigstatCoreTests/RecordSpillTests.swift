import Foundation
@testable import MigstatCore
import XCTest

/// `RecordSpill`: what police normalise holds until the year is read.
final class RecordSpillTests: XCTestCase {
    private let scratch = Scratch()   // a folder of its own per test, removed after
    private var dir: URL { scratch.root }

    private func text(_ spill: RecordSpill, _ e: RecordSpill.Entry, inOrder: Bool = false) throws -> String {
        inOrder ? try spill.withLineInOrder(e) { String(decoding: $0, as: UTF8.self) }
                : try spill.withLine(e) { String(decoding: $0, as: UTF8.self) }
    }

    func testLinesComeBackFromMemoryAndFromDiskInAnyOrder() throws {
        let spill = try RecordSpill(directory: dir.path)
        // About 3 MB: several flushes to disk, the last lines still buffered.
        var entries: [RecordSpill.Entry] = []
        for i in 0..<60_000 {
            entries.append(try spill.append(["R\(i)", String(repeating: "x", count: i % 40), "tab\there", "end"]))
        }
        func expected(_ i: Int) -> String { "R\(i)\t\(String(repeating: "x", count: i % 40))\ttab\\there\tend" }

        // The spill file is unlinked at once: nothing is left in the folder.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), [])
        for i in [59_999, 0, 31_337, 1, 59_000, 12] { XCTAssertEqual(try text(spill, entries[i]), expected(i)) }
        // In spilled order through the window, skipping some, as the year's winners are read.
        for i in stride(from: 0, to: 60_000, by: 7) { XCTAssertEqual(try text(spill, entries[i], inOrder: true), expected(i)) }
        XCTAssertEqual(try text(spill, entries[59_999], inOrder: true), expected(59_999))
    }

    func testALineLongerThanTheWindowComesBackWhole() throws {
        let spill = try RecordSpill(directory: dir.path)
        let long = String(repeating: "y", count: 3 << 20)
        let first = try spill.append(["a"]), big = try spill.append([long]), last = try spill.append(["z"])
        XCTAssertEqual(try text(spill, first, inOrder: true), "a")
        XCTAssertEqual(try text(spill, big, inOrder: true), long)
        XCTAssertEqual(try text(spill, last, inOrder: true), "z")
    }

    func testARecordsTwoLinesComeBackOneAfterTheOther() throws {
        let spill = try RecordSpill(directory: dir.path)
        let e = try spill.append(["id 7", "a\\b"], ["counted", "x"])
        XCTAssertEqual(e.firstLength, 9)
        XCTAssertEqual(try text(spill, e), "id 7\ta\\\\bcounted\tx")
    }
}

private extension RecordSpill {
    /// Spills one record of two lines, given as arrays (the rules spill field by field).
    func append(_ first: [String], _ second: [String] = []) throws -> Entry {
        for f in first { field(f) }
        endFirstLine()
        for f in second { field(f) }
        return try endRecord()
    }
}
