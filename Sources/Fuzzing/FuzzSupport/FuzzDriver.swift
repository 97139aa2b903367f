import Foundation

/// What every fuzz harness shares. A harness is a function over bytes, built two ways:
///
/// - `make fuzz` builds with `--sanitize fuzzer --sanitize address -DFUZZING`: the harness
///   file then defines `LLVMFuzzerTestOneInput` and libFuzzer's own `main`
///   drives it (corpus folders, `-max_total_time=N`, ...).
/// - Every other build (so `swift build` and CI) has a `main` that replays the
///   files named on the command line through the same function: a finding
///   saved as a file becomes a regression run.
public enum FuzzDriver {
    public static func replay(_ body: (UnsafeRawBufferPointer) -> Void) -> Never {
        var count = 0
        for path in CommandLine.arguments.dropFirst() {
            let files = FileManager.default.enumerator(atPath: path).map { e in e.compactMap { "\(path)/\($0)" } } ?? [path]
            for file in files.sorted() {
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: file, isDirectory: &isDir), !isDir.boolValue,
                      let bytes = readAll(file) else { continue }
                bytes.withUnsafeBytes { body($0) }
                count += 1
            }
        }
        print("replayed \(count) inputs, no crash")
        exit(0)
    }

    /// A file's bytes by plain POSIX reads (Foundation's readers leak a buffer on an
    /// empty file, which LeakSanitizer would blame on the harness).
    static func readAll(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return n == 0 ? out : nil }
            out += chunk[0..<n]
        }
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

