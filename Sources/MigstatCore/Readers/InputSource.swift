import Crypto
import Foundation

/// What identifies one version of a file on disk: a file edited in place
/// changes its change time, a file replaced by another changes its inode.
struct FileIdentity: Codable, Equatable, Hashable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int
    var modified: Int64   // nanoseconds
    var changed: Int64    // nanoseconds

    init(_ st: stat) {
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
        size = Int(st.st_size)
        modified = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        changed = Int64(st.st_ctim.tv_sec) * 1_000_000_000 + Int64(st.st_ctim.tv_nsec)
    }
}

/// An agency file open for reading, and the one rule every reader shares:
/// a file counts only when it was read whole. The reader pulls bytes through
/// `read`; `finish` then checks that every byte the file had was read and that
/// the file is still the one that was opened (and, when the inventory hashed
/// it, the one it hashed). A file changed under the run is an I/O fault
/// (exit 1, previous outputs stand), not a damaged delivery.
final class InputSource {
    let path: String
    private let fd: Int32
    let identity: FileIdentity
    private(set) var bytesRead = 0

    /// Opens a regular file. `expected` is the identity the inventory saw.
    init(path: String, expected: FileIdentity? = nil) throws {
        self.path = path
        // O_NONBLOCK: a FIFO swapped in after the inventory must not hang the run.
        fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw UnreadableFile(path: path, reason: errnoText()) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw UnreadableFile(path: path, reason: "not a regular file")
        }
        identity = FileIdentity(st)
        if let expected, expected != identity {
            close(fd)
            throw MigstatError.io("\(path) changed after the run listed it; run again once the agency's delivery is complete")
        }
    }

    deinit { close(fd) }

    /// Set by `hashWhileReading`: every byte read goes through it too.
    private var hasher: SHA256?

    /// From now on, the bytes read are hashed as they pass (extract reads and
    /// hashes a file in one pass); `sha256OfWhole` gives the file's sha256.
    func hashWhileReading() {
        precondition(bytesRead == 0, "hash from the first byte")
        hasher = SHA256()
    }

    /// Reads up to `count` bytes; 0 at the end of the file.
    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws -> Int {
        while true {
            let n = Foundation.read(fd, buffer, count)
            if n < 0 {
                if errno == EINTR { continue }
                throw UnreadableFile(path: path, reason: errnoText())
            }
            bytesRead += n
            if n > 0 { hasher?.update(bufferPointer: UnsafeRawBufferPointer(start: buffer, count: n)) }
            return n
        }
    }

    /// The whole file's sha256 (after `hashWhileReading`): what the reader
    /// left unread (a damaged file stops early) is read and hashed first, and
    /// the file must be the one opened, whole (`finish`).
    func sha256OfWhole() throws -> String {
        guard hasher != nil else { preconditionFailure("hashWhileReading first") }
        // 128 KB stays in the core's cache between the kernel's copy and the
        // hash: 1 MB chunks made a year's extract about 3% slower.
        let chunk = 1 << 17
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 16)
        defer { buffer.deallocate() }
        while try read(into: buffer, count: chunk) > 0 {}
        try finish()
        return Hashing.hex(hasher!.finalize())
    }

    /// The line (from 1) of the byte at `offset`, counted by reading the
    /// file again from its start: only a damaged file's message needs it, so
    /// readers do not count lines as the bytes pass.
    func line(atOffset offset: Int) -> Int {
        let chunk = 1 << 16
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: chunk)
        defer { buffer.deallocate() }
        var line = 1, at = 0
        while at < offset {
            let n = pread(fd, buffer, min(chunk, offset - at), off_t(at))
            guard n > 0 else { break }
            line += UnsafeBufferPointer(start: buffer, count: n).reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
            at += n
        }
        return line
    }

    /// Call at the end of the file: throws unless the whole, unchanged file was read.
    func finish() throws {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw MigstatError.io("cannot stat \(path): \(errnoText())") }
        guard FileIdentity(st) == identity, bytesRead == identity.size else {
            throw MigstatError.io("\(path) changed while it was read (\(bytesRead) of \(Int(st.st_size)) bytes); run again once the agency's delivery is complete")
        }
    }
}

/// A file that could not be opened or read: the inventory lists it as
/// `ignored` with this reason; met later in a run, it stops the run (exit 1).
struct UnreadableFile: Error, CustomStringConvertible {
    let path: String
    let reason: String
    var description: String { "cannot read \(path): \(reason)" }
}
