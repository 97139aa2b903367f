import FuzzSupport
import MigstatCore

/// The XML record reader with each XML feed's layout (the first byte picks one).
enum FuzzXML {
    static let layouts: [XMLRecordLayout] = ["police-registrations", "repatriates"].map { feed in
        let def = try! FeedDefinition.load(path: "\(FuzzDriver.pipelines)/\(feed).yaml")
        return def.xmlLayout(def.files[0])
    }

    static func one(_ data: UnsafeRawBufferPointer) {
        guard let first = data.first else { return }
        let reader = XMLRecordReader(layout: layouts[Int(first) % layouts.count])
        FuzzDriver.withTemporaryFile(UnsafeRawBufferPointer(rebasing: data.dropFirst())) { path in
            try? reader.read(path: path, chunkSize: 1024, onDocument: { _, _, _ in }, onRecord: { _, _ in })
        }
    }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzXML.one(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
#else
@main enum Replay {
    static func main() { FuzzDriver.replay(FuzzXML.one) }
}
#endif
