@testable import MigstatCore
import XCTest

final class SmallBytesTests: XCTestCase {
    /// Every length from 0 to 40 at several offsets: the bytes arrive whole,
    /// and not a byte around them in the target is touched.
    func testACopyIsExactlyTheBytesGiven() {
        let source = (0..<64).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        for n in 0...40 {
            for offset in [0, 1, 3, 7] {
                var target = [UInt8](repeating: 0xEE, count: 64)
                source.withUnsafeBufferPointer { s in
                    target.withUnsafeMutableBufferPointer { t in
                        SmallBytes.copy(s.baseAddress! + offset, to: t.baseAddress! + 5, count: n)
                    }
                }
                XCTAssertEqual(Array(target[5..<(5 + n)]), Array(source[offset..<(offset + n)]), "\(n) bytes from \(offset)")
                XCTAssertTrue(target[..<5].allSatisfy { $0 == 0xEE } && target[(5 + n)...].allSatisfy { $0 == 0xEE }, "\(n) bytes")
            }
        }
    }

    /// A word of 1 to 8 bytes tells apart any two that differ in one byte.
    func testAWordHoldsEveryByte() {
        for n in 1...8 {
            for place in 0..<n {
                let a = [UInt8](repeating: 0x61, count: n)
                var b = a
                b[place] = 0x62
                let words = (a.withUnsafeBufferPointer { SmallBytes.word($0.baseAddress!, n) },
                             b.withUnsafeBufferPointer { SmallBytes.word($0.baseAddress!, n) })
                XCTAssertNotEqual(words.0, words.1, "\(n) bytes, byte \(place)")
            }
        }
    }
}
