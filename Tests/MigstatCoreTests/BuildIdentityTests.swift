import Foundation
@testable import MigstatCore
import XCTest

/// The build a manifest names is the linker's build id of the running binary.
final class BuildIdentityTests: XCTestCase {
    /// What binutils' readelf reads from the file is what migstat reads from memory.
    func testTheBuildIDIsTheOneTheLinkerWrote() throws {
        let readelf = Process()
        readelf.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        readelf.arguments = ["readelf", "-n", "/proc/self/exe".resolvingSymlinks(pid: ProcessInfo.processInfo.processIdentifier)]
        let pipe = Pipe()
        readelf.standardOutput = pipe
        try readelf.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        readelf.waitUntilExit()
        let line = try XCTUnwrap(text.split(separator: "\n").first { $0.contains("Build ID:") }, "readelf shows no build id")
        let expected = String(try XCTUnwrap(line.split(separator: " ").last))
        XCTAssertEqual(BuildIdentity.linkerBuildID().map(Hashing.hex), expected)
        XCTAssertEqual(BuildIdentity.current, "build-id:" + expected)
        XCTAssertNil(BuildIdentity.linkerBuildID(path: repositoryRoot.appendingPathComponent("Package.swift").path), "not ELF")
    }

    /// Notes of other kinds before it are stepped over, sizes padded to four bytes.
    func testTheBuildIDNoteIsFoundAmongOthers() {
        func note(_ name: String, _ type: UInt32, _ desc: [UInt8]) -> [UInt8] {
            func le(_ v: Int) -> [UInt8] { withUnsafeBytes(of: UInt32(v).littleEndian, Array.init) }
            func pad(_ b: [UInt8]) -> [UInt8] { b + [UInt8](repeating: 0, count: (4 - b.count % 4) % 4) }
            let n = Array(name.utf8) + [0]
            return le(n.count) + le(desc.count) + le(Int(type)) + pad(n) + pad(desc)
        }
        let id: [UInt8] = [0xB4, 0xA4, 0xAC, 0xFB, 0x9B]
        let notes = note("GNU", 5, [1, 2, 3, 4, 5, 6]) + note("Go", 3, [9, 9]) + note("GNU", 3, id)
        XCTAssertEqual(BuildIdentity.buildID(inNotes: notes), id)
        XCTAssertNil(BuildIdentity.buildID(inNotes: Array(notes.dropLast(4))), "a note cut short")
        XCTAssertNil(BuildIdentity.buildID(inNotes: note("GNU", 1, [7])))
    }
}

private extension String {
    /// The file a /proc/self link names, for a tool run in another process.
    func resolvingSymlinks(pid: Int32) -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: self)) ?? self
    }
}
