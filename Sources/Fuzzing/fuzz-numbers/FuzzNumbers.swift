import FuzzSupport
import MigstatCore

/// The date, decimal, money and BIN parsers over any text.
enum FuzzNumbers {
    static let formats = ["dd.mm.yyyy", "yyyy-mm-dd", "mm/dd/yyyy"].compactMap(DateFormat.init)

    static func one(_ data: UnsafeRawBufferPointer) {
        do {
            let text = String(decoding: data, as: UTF8.self)
            for f in formats { _ = f.parse(text) }
            for places in [0, 2, 6] {
                for sep: Character in [".", ","] {
                    if let v = DecimalText.parseScaled(text, places: places, separator: sep) {
                        _ = DecimalText.format(scaled: v, places: places)
                        _ = DecimalText.ratio(v, 7, places: 1)
                    }
                }
            }
            _ = BusinessIdentificationNumber.isValid(text)
        }
    }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzNumbers.one(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
#else
@main enum Replay {
    static func main() { FuzzDriver.replay(FuzzNumbers.one) }
}
#endif
