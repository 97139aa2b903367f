@testable import MigstatCore
import XCTest

final class TextEncodingTests: XCTestCase {
    private func decode(_ bytes: [UInt8], _ e: TextEncoding) -> String? {
        var out: [UInt8] = []
        let ok = bytes.withUnsafeBufferPointer { e.appendUTF8($0, to: &out) }
        return ok ? String(decoding: out, as: UTF8.self) : nil
    }

    func testWindows1251DecodesCyrillicAndUkrainianI() {
        // "Кытай" and "Ресей" with Ukrainian І (0xB2) as windows-1251 writes them.
        XCTAssertEqual(decode([0xCA, 0xFB, 0xF2, 0xE0, 0xE9], .windows1251), "Кытай")
        XCTAssertEqual(decode([0xB2, 0xB3, 0xE0], .windows1251), "Ііа")
        XCTAssertEqual(decode(Array("ABC;1".utf8), .windows1251), "ABC;1")
    }

    func testWindows1251UndefinedByteIsInvalid() {
        XCTAssertNil(decode([0x41, 0x98], .windows1251))
    }

    /// The XML reader's word-at-a-time transcoder against the CSV reader's
    /// byte-at-a-time one: ASCII runs and high bytes at every alignment, and
    /// the undefined byte found where it is.
    func testWindows1251WordAtATimeAgreesWithByteAtATime() {
        var generator = SeededGenerator(seed: 20031)
        var checked = 0
        for length in 0..<40 {
            for _ in 0..<50 {
                let bytes = (0..<length).map { _ -> UInt8 in
                    let b = UInt8.random(in: 0...255, using: &generator)
                    return b == 0x98 || Bool.random(using: &generator) ? UInt8(ascii: "a") : b   // half ASCII, none undefined
                }
                let out = UnsafeMutablePointer<UInt8>.allocate(capacity: 3 * max(length, 1))
                defer { out.deallocate() }
                let words = bytes.withUnsafeBufferPointer { Windows1251.toUTF8($0, into: out) }
                guard case .success(let n) = words else { return XCTFail("\(bytes)") }
                XCTAssertEqual(String(decoding: UnsafeBufferPointer(start: out, count: n), as: UTF8.self), decode(bytes, .windows1251), "\(bytes)")
                var bad = bytes + Array("ascii run".utf8)
                let at = Int.random(in: 0...bad.count, using: &generator)
                bad.insert(0x98, at: at)
                let badOut = UnsafeMutablePointer<UInt8>.allocate(capacity: 3 * bad.count)
                defer { badOut.deallocate() }
                guard case .failure(let undefined) = bad.withUnsafeBufferPointer({ Windows1251.toUTF8($0, into: badOut) }) else {
                    return XCTFail("0x98 not found in \(bad)")
                }
                XCTAssertEqual(undefined.offset, at)
                checked += 1
            }
        }
        XCTAssertEqual(checked, 2000)
    }

    /// The UTF-8 check against Swift's own validator, on strings of ASCII
    /// runs, valid sequences of two, three and four bytes, and bad ones (a
    /// lone continuation, an overlong, a surrogate, a truncated sequence,
    /// above U+10FFFF) at many offsets.
    func testUTF8ValidationAgreesWithSwiftsOwn() {
        let pieces: [[UInt8]] = [
            Array("slip".utf8), Array("0123456789abcdef".utf8), [0x20], Array("ж".utf8), Array("ө".utf8),
            Array("€".utf8), Array("😀".utf8), [0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF5, 0x80, 0x80, 0x80],
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15   // a fixed seed: the same strings every run
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        var invalid = 0
        for _ in 0..<5_000 {
            var bytes: [UInt8] = []
            for _ in 0..<next(8) { bytes += pieces[next(pieces.count) < 6 ? next(6) : next(pieces.count)] }
            let swiftSays = String(validating: bytes, as: UTF8.self) != nil
            if !swiftSays { invalid += 1 }
            bytes.withUnsafeBufferPointer { XCTAssertEqual(UTF8Validation.isValid($0), swiftSays, "\(bytes)") }
        }
        XCTAssertGreaterThan(invalid, 500)   // both kinds were tried
        XCTAssertLessThan(invalid, 4_500)
    }

    func testStrictUTF8() {
        XCTAssertEqual(decode(Array("Қытай".utf8), .utf8), "Қытай")
        XCTAssertNil(decode([0xC3], .utf8), "truncated sequence")
        XCTAssertNil(decode([0xC0, 0xAF], .utf8), "overlong")
        XCTAssertNil(decode([0xED, 0xA0, 0x80], .utf8), "surrogate")
        XCTAssertNil(decode([0xCA, 0xFB], .utf8), "windows-1251 bytes are not UTF-8")
    }
}

final class DateFormatTests: XCTestCase {
    func testLayouts() {
        let dmy = DateFormat("dd.mm.yyyy")!, iso = DateFormat("yyyy-mm-dd")!
        XCTAssertEqual(dmy.parse("12.03.2002"), CivilDate(year: 2002, month: 3, day: 12))
        XCTAssertEqual(iso.parse("2002-03-12"), CivilDate(year: 2002, month: 3, day: 12))
        XCTAssertEqual(dmy.parse(" 01.01.2003 "), CivilDate(year: 2003, month: 1, day: 1))
    }

    func testImpossibleAndMalformedDates() {
        let dmy = DateFormat("dd.mm.yyyy")!
        XCTAssertNil(dmy.parse("31.02.2002"))
        XCTAssertNil(dmy.parse("29.02.2003"))
        XCTAssertNotNil(dmy.parse("29.02.2004"))
        XCTAssertNil(dmy.parse("29.02.1900"))
        XCTAssertNotNil(dmy.parse("29.02.2000"))
        XCTAssertNil(dmy.parse("31.11.2003"))
        XCTAssertNil(dmy.parse("2003-01-02"), "ISO date under a dd.mm.yyyy layout")
        XCTAssertNil(dmy.parse("1.1.2003"))
        XCTAssertNil(dmy.parse(""))
        XCTAssertNil(DateFormat("dd/mm"), "a layout needs a year")
    }
}

final class DecimalTextTests: XCTestCase {
    func testRatiosRoundHalfAwayFromZero() {
        XCTAssertEqual(DecimalText.ratio(49 * 100, 80, places: 1), "61.3")
        XCTAssertEqual(DecimalText.ratio(525 * 100, 770, places: 1), "68.2")
        XCTAssertEqual(DecimalText.ratio(1, 8, places: 2), "0.13")     // 0.125 → 0.13
        XCTAssertEqual(DecimalText.ratio(-1, 8, places: 2), "-0.13")
        XCTAssertEqual(DecimalText.ratio(36 * 100, 40, places: 1), "90.0")
        // 3 343 025.00 tenge in tiyn → thousand tenge with two decimals.
        XCTAssertEqual(DecimalText.ratio(334_302_500, 100_000, places: 2), "3343.03")
    }

    func testParsingMoneyIntoTiyn() {
        XCTAssertEqual(DecimalText.parseScaled("64502.20", places: 2), 6_450_220)
        XCTAssertEqual(DecimalText.parseScaled("31000", places: 2), 3_100_000)
        XCTAssertEqual(DecimalText.parseScaled("0.5", places: 2), 50)
        XCTAssertEqual(DecimalText.parseScaled("-1.00", places: 2), -100)
        XCTAssertNil(DecimalText.parseScaled("1.005", places: 2), "more than two decimals")
        XCTAssertNil(DecimalText.parseScaled("1,00", places: 2))
        XCTAssertNil(DecimalText.parseScaled("abc", places: 2))
        XCTAssertNil(DecimalText.parseScaled("1.", places: 2))
        XCTAssertEqual(DecimalText.parseScaled("12,0", places: 6, separator: ","), 12_000_000)
    }

    /// The byte parser against the Character-by-Character definition, on
    /// random texts of digits, separators, signs, spaces, a tab, a combining
    /// accent, an Arabic-Indic digit and a letter.
    func testParsingBytesAgreesWithParsingCharacters() {
        let alphabet = ["0", "1", "5", "9", "9", "9", "9", ".", ",", "-", "+", " ", "\t", "\u{301}", "\u{661}", "a"]
        var generator = SeededGenerator(seed: 20032)
        var parsed = 0
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            for places in [0, 2, 6] {
                for separator: Character in [".", ","] {
                    let bytes = DecimalText.parseScaled(text, places: places, separator: separator)
                    XCTAssertEqual(bytes, DecimalText.parseScaledCharacters(text, places: places, separator: separator),
                                   "\(text.debugDescription), \(places) places, \(separator)")
                    if bytes != nil { parsed += 1 }
                }
            }
        }
        XCTAssertGreaterThan(parsed, 100, "the texts must parse often enough to compare values")
    }

    /// Amounts whose floating-point sum is off by a tiyn, summed exactly.
    func testExactSumWhereFloatingPointDrifts() {
        // Ten payments of 0.10: in doubles the sum is 0.9999999999999999, one tiyn short when cut to tiyn.
        let dimes = Array(repeating: "0.10", count: 10)
        let doubleSum = dimes.map { Double($0)! }.reduce(0, +)
        XCTAssertEqual(Int(doubleSum * 100), 99, "floating point loses a tiyn")
        XCTAssertEqual(dimes.map { DecimalText.parseScaled($0, places: 2)! }.reduce(0, +), 100)

        // 53 705.60 + 71 079.40 = 124 785.00 tenge: exactly half a 10-tenge step, so it rounds up to
        // 124.79 thousand; in doubles 124.785 is 124.78499999… and rounds down.
        let amounts = ["53705.60", "71079.40"]
        let viaDouble = String(format: "%.2f", amounts.map { Double($0)! }.reduce(0, +) / 1000)
        let tiyn = amounts.map { DecimalText.parseScaled($0, places: 2)! }.reduce(0, +)
        XCTAssertEqual(viaDouble, "124.78")
        XCTAssertEqual(tiyn, 12_478_500)
        XCTAssertEqual(DecimalText.ratio(tiyn, 100_000, places: 2), "124.79")
    }
}

final class BusinessIdentificationNumberTests: XCTestCase {
    func testValidNumbersFromTheSamples() {
        for bin in ["990340001230", "031040694589", "980940702590", "950340001636", "021040313757", "010740619104", "020440267120"] {
            XCTAssertTrue(BusinessIdentificationNumber.isValid(bin), bin)
        }
    }

    func testInvalidNumbers() {
        XCTAssertFalse(BusinessIdentificationNumber.isValid("950340001635"), "wrong check digit")
        XCTAssertFalse(BusinessIdentificationNumber.isValid("020440267127"), "wrong check digit")
        XCTAssertFalse(BusinessIdentificationNumber.isValid("03104069458"), "11 digits")
        XCTAssertFalse(BusinessIdentificationNumber.isValid("0310406945890"), "13 digits")
        XCTAssertFalse(BusinessIdentificationNumber.isValid("03104069458A"))
        XCTAssertFalse(BusinessIdentificationNumber.isValid(""))
    }

    func testSecondWeightsAreUsedWhenTheFirstGiveTen() {
        // Search numbers whose first pass (weights 1…11) gives 10, and check the second pass decides.
        var found = 0
        for n in 0..<200_000 {
            let s = String(format: "%011d", n * 7919 % 100_000_000_000)
            let d = s.utf8.map { Int($0) - 48 }
            let first = zip(d, 1...11).reduce(0) { $0 + $1.0 * $1.1 } % 11
            guard first == 10 else { continue }
            let second = zip(d, Array(3...11) + [1, 2]).reduce(0) { $0 + $1.0 * $1.1 } % 11
            guard second != 10 else {
                XCTAssertFalse((0...9).contains { BusinessIdentificationNumber.isValid(s + String($0)) }, "no check digit can save \(s)")
                continue
            }
            XCTAssertTrue(BusinessIdentificationNumber.isValid(s + String(second)))
            XCTAssertFalse(BusinessIdentificationNumber.isValid(s + String((second + 1) % 10)))
            found += 1
            if found > 20 { break }
        }
        XCTAssertGreaterThan(found, 0)
    }
}

final class CSVTextTests: XCTestCase {
    func testQuotesOnlyWhatNeedsItAndDoublesQuotesInside() {
        XCTAssertEqual(CSVText.quote("KAZ"), "KAZ")
        XCTAssertEqual(CSVText.quote("Кытай"), "Кытай")
        XCTAssertEqual(CSVText.quote("22,0"), "\"22,0\"")
        XCTAssertEqual(CSVText.quote("ТОО \"Курылыс\""), "\"ТОО \"\"Курылыс\"\"\"")
        XCTAssertEqual(CSVText.quote("a\r\nb"), "\"a\r\nb\"", "CR LF is one Character to Swift, two bytes here")
        XCTAssertEqual(CSVText.quote("\""), "\"\"\"\"")
    }

    /// Quoting and the formula guard, bytes and Strings, against RFC 4180 and
    /// STATISTICS.md written out here on their own (not through `CSVText`),
    /// on random texts of the bytes that matter and some that do not; and
    /// each quoted value read back by the one CSV parser as the text it was.
    func testQuotingAndInertAgreeWithTheirDefinitions() {
        let alphabet = [",", "\"", "\n", "\r", "\r\n", "=", "+", "-", "@", "\t", "'", "a", "ж", "€", " "]
        /// RFC 4180: a field with a comma, a quote, CR or LF is quoted, a quote inside doubled.
        func rfc4180(_ text: String) -> String {
            let scalars = text.unicodeScalars
            guard scalars.contains(where: { [",", "\"", "\n", "\r"].contains($0) }) else { return text }
            return "\"" + String(String.UnicodeScalarView(scalars.flatMap { $0 == "\"" ? ["\"", "\""] : [$0] })) + "\""
        }
        /// STATISTICS.md: a value starting with = + - @ tab or CR gets a leading apostrophe.
        func inert(_ text: String) -> String {
            guard let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return text }
            return "'" + text
        }
        var generator = SeededGenerator(seed: 20034)
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            var quoted: [UInt8] = []
            CSVText.appendQuoted(ArraySlice(text.utf8), to: &quoted)
            XCTAssertEqual(String(decoding: quoted, as: UTF8.self), rfc4180(text), text.debugDescription)
            XCTAssertEqual(CSVText.quote(text), rfc4180(text), text.debugDescription)
            XCTAssertEqual(String(decoding: CSVText.inert(ArraySlice(text.utf8)), as: UTF8.self), inert(text), text.debugDescription)
            XCTAssertEqual(CSVText.inert(text), inert(text), text.debugDescription)
            let line = CSVText.quote(text) + "," + CSVText.quote(inert(text)) + "\n"
            XCTAssertEqual(PublishedCSV.rows(line), [[text, inert(text)]], text.debugDescription)
        }
    }
}

final class TimestampTests: XCTestCase {
    func testWritesWhatISO8601DateFormatterWrites() {
        let plain = ISO8601DateFormatter()
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        for seconds in [0.0, 951_782_400.25, 1_795_000_000.007, 4_102_444_799.5] {   // 1970, 2000-02-29, 2026, 2099
            let date = Date(timeIntervalSince1970: seconds)
            XCTAssertEqual(Timestamp.iso8601(date), plain.string(from: date))
            XCTAssertEqual(Timestamp.iso8601(date, milliseconds: true), fractional.string(from: date))
        }
    }
}
