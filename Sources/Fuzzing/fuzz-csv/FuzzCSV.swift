import FuzzSupport
import MigstatCore

/// The CSV reader over any bytes: the first byte picks the delimiter and the
/// encoding, the rest is the file. Every field is decoded as extract does.
@main enum FuzzCSV {
    static func main() {
        let delimiters: [UInt8] = [0x2C, 0x3B, 0x09, 0x7C]
        FuzzDriver.main { data in
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
