import FuzzSupport
import MigstatCore

/// The CSV reader over any bytes: the first byte picks the delimiter and the
/// encoding, the rest is the file. Every field is decoded as extract does.
enum FuzzCSV {
    static let delimiters: [UInt8] = [0x2C, 0x3B, 0x09, 0x7C]

    static func one(_ data: UnsafeRawBufferPointer) {
        do {
            guard let first = data.first else { return }
            let dialect = CSVDialect(delimiter: delimiters[Int(first) % delimiters.count])
            let encoding: TextEncoding = first & 0x80 == 0 ? .utf8 : .windows1251
            FuzzDriver.withTemporaryFile(UnsafeRawBufferPointer(rebasing: data.dropFirst())) { path in
                guard let reader = try? CSVReader(path: path, dialect: dialect, chunkSize: 4096) else { return }
                var out: [UInt8] = []
                while (try? reader.next()) == true {
                    for k in 0..<reader.fieldCount {
                        out.removeAll(keepingCapacity: true)
                        _ = reader.withField(k) { encoding.appendUTF8($0, to: &out) }
                    }
                    _ = reader.withRaw { $0.count }
                }
            }
        }
    }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzCSV.one(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
#else
@main enum Replay {
    static func main() { FuzzDriver.replay(FuzzCSV.one) }
}
#endif
