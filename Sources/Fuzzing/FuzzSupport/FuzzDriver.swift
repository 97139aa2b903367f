import Foundation

/// One entry point for every fuzz harness, in two builds:
///
/// - `make fuzz` builds with `-sanitize=fuzzer,address -DFUZZING`: `main` hands
///   the harness to libFuzzer's driver (`LLVMFuzzerRunDriver`), which takes
///   libFuzzer's usual arguments (corpus folders, `-max_total_time=N`, ...).
/// - Every other build (so `swift build` and CI) replays the files named on the
///   command line through the same harness: a finding saved as a file becomes
///   a regression run.
public enum FuzzDriver {
    nonisolated(unsafe) static var harness: (UnsafeRawBufferPointer) -> Void = { _ in }

    public static func main(_ body: @escaping (UnsafeRawBufferPointer) -> Void) -> Never {
        harness = body
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            FuzzDriver.harness(UnsafeRawBufferPointer(start: data, count: size))
            return 0
        })
        #else
        var count = 0
        for path in CommandLine.arguments.dropFirst() {
            let files = FileManager.default.enumerator(atPath: path).map { e in e.compactMap { "\(path)/\($0)" } } ?? [path]
            for file in files.sorted() {
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: file, isDirectory: &isDir), !isDir.boolValue,
                      let data = FileManager.default.contents(atPath: file) else { continue }
                data.withUnsafeBytes { body($0) }
                count += 1
            }
        }
        print("replayed \(count) inputs, no crash")
        exit(0)
        #endif
    }

    /// The bytes as a file, for readers that read files. Removed after `body`.
    public static func withTemporaryFile(_ data: UnsafeRawBufferPointer, _ body: (String) -> Void) {
        let path = "\(NSTemporaryDirectory())/migstat-fuzz-\(getpid()).in"
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        if let base = data.baseAddress, data.count > 0 { _ = write(fd, base, data.count) }
        close(fd)
        body(path)
        unlink(path)
    }

    /// The repository's pipelines folder (definitions the harnesses read).
    public static let pipelines = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("pipelines").path
}

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32
#endif
