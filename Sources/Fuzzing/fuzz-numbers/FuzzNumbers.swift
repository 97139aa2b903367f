import FuzzSupport
import MigstatCore

/// The date, decimal, money and BIN parsers over any text.
@main enum FuzzNumbers {
    static func main() {
        let formats = ["dd.mm.yyyy", "yyyy-mm-dd", "mm/dd/yyyy"].compactMap(DateFormat.init)
        FuzzDriver.main { data in
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
