import FuzzSupport
import MigstatCore

/// The YAML feed-definition loader over any text: a definition is analyst-edited,
/// so a broken one must end in a clear error, never a crash.
enum FuzzDefinitions {
    static func one(_ data: UnsafeRawBufferPointer) {
        do {
            FuzzDriver.withTemporaryFile(data) { path in
                if let def = try? FeedDefinition.load(path: path) {
                    for kind in def.files where def.format == .xml { _ = def.xmlLayout(kind) }
                    _ = def.format == .csv ? def.csvDialect.delimiter : 0
                }
            }
        }
    }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzDefinitions.one(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
#else
@main enum Replay {
    static func main() { FuzzDriver.replay(FuzzDefinitions.one) }
}
#endif
