import FuzzSupport
import MigstatCore

/// The XML record reader with each XML feed's layout (the first byte picks one).
@main enum FuzzXML {
    static func main() {
        let layouts: [XMLRecordLayout] = ["police-registrations", "repatriates"].map { feed in
            let def = try! FeedDefinition.load(path: "\(FuzzDriver.pipelines)/\(feed).yaml")
            return def.xmlLayout(def.files[0])
        }
        FuzzDriver.main { data in
            guard let first = data.first else { return }
            let reader = XMLRecordReader(layout: layouts[Int(first) % layouts.count])
            FuzzDriver.withTemporaryFile(UnsafeRawBufferPointer(rebasing: data.dropFirst())) { path in
                try? reader.read(path: path, chunkSize: 1024, onDocument: { _, _, _ in }, onRecord: { _, _ in })
            }
        }
    }
}
