import Foundation

/// Small UTF-8 text files migstat reads whole (definitions, code lists,
/// published CSV): read with plain POSIX calls and a size bound. Foundation's
/// String(contentsOfFile:) leaked its 4 KiB buffer on an empty file (found by
/// fuzz-definitions under LeakSanitizer).
enum TextFile {
    static let maxBytes = 64 << 20

    /// The file's text; nil when it cannot be read, is larger than `maxBytes` or is not UTF-8.
    static func read(_ path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, Int(st.st_size) <= maxBytes else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(st.st_size))
        var got = 0
        while got < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress! + got, $0.count - got) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            got += n
        }
        return String(validating: bytes[..<got], as: UTF8.self)
    }
}
