import Crypto
import Foundation

/// Files are published by writing a sibling temporary file, syncing it and
/// renaming it over the target: a reader, or a crash at any instant, sees the
/// old complete file or the new complete file, never a mix.
enum AtomicFile {
    /// Leaves a file whose bytes are already `data` untouched (and its time too).
    static func write(_ data: Data, to url: URL, unlessUnchanged: Bool = false) throws {
        if unlessUnchanged, FileManager.default.contents(atPath: url.path) == data { return }
        try write(data, to: url)
    }

    static func write(_ data: Data, to url: URL) throws {
        let (path, fd) = try createTemporary(beside: url.path)
        let tmp = URL(fileURLWithPath: path)
        var ok = true
        data.withUnsafeBytes { raw in
            var off = 0
            while off < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + off, raw.count - off)
                if n <= 0 { if errno == EINTR { continue }; ok = false; break }
                off += n
            }
        }
        if ok { ok = fsync(fd) == 0 }
        let why = ok ? "" : errnoText()
        close(fd)
        guard ok else {
            unlink(tmp.path)
            throw MigstatError.io("cannot write \(tmp.path): \(why)")
        }
        try commit(temporary: tmp, to: url)
    }

    /// A hidden temporary file beside `target` (`.name.tmp-<pid>`), open for writing;
    /// `removeLeftovers` clears those a killed run left.
    static func createTemporary(beside target: String) throws -> (path: String, fd: Int32) {
        let dir = (target as NSString).deletingLastPathComponent
        let temporary = "\(dir)/.\((target as NSString).lastPathComponent).tmp-\(getpid())"
        // Staging holds every record read, personal data: owner only, whatever the umask.
        let staging = Workspace.isStaging(dir)
        if staging { try Workspace.createStagingFolder(dir) } else { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, staging ? 0o600 : 0o644)
        guard fd >= 0 else { throw MigstatError.io("cannot create \(temporary): \(errnoText())") }
        if staging { fchmod(fd, 0o600) }
        return (temporary, fd)
    }

    /// Renames a finished temporary file over its target and syncs the folder.
    static func commit(temporary tmp: URL, to url: URL) throws {
        guard rename(tmp.path, url.path) == 0 else {
            throw MigstatError.io("cannot replace \(url.path): \(errnoText())")
        }
        syncDirectory(url.deletingLastPathComponent())
    }

    /// Removes temporary files a killed run left beside its targets.
    static func removeLeftovers(in dir: String) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [] where name.hasPrefix(".") && name.contains(".tmp-") {
            try? FileManager.default.removeItem(atPath: "\(dir)/\(name)")
        }
    }

    static func syncDirectory(_ dir: URL) {
        let fd = open(dir.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 { fsync(fd); close(fd) }
    }
}

func errnoText() -> String { String(cString: strerror(errno)) }

/// A published file too large to hold in memory (rejects.csv): streamed to a
/// temporary file beside its target, hashed on the way, and renamed over the
/// target by `commit`, or dropped when the target already has these bytes.
final class StreamedFile {
    private let target: String
    private let temporary: String
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var hasher = SHA256()
    private var done = false

    init(target: String) throws {
        self.target = target
        (temporary, fd) = try AtomicFile.createTemporary(beside: target)
    }

    deinit {
        close(fd)
        if !done { unlink(temporary) }
    }

    func write(_ text: String) throws { try write(Array(text.utf8)) }

    func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { try flush() }
    }

    private func flush() throws {
        hasher.update(data: buffer)
        try buffer.withUnsafeBytes { raw in
            var off = 0
            while off < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + off, raw.count - off)
                if n <= 0 { if errno == EINTR { continue }; throw MigstatError.io("cannot write \(temporary): \(errnoText())") }
                off += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Puts the file in place; returns its sha256.
    func commit() throws -> String {
        try flush()
        guard fsync(fd) == 0 else { throw MigstatError.io("cannot write \(temporary): \(errnoText())") }
        let sha = Hashing.hex(hasher.finalize())
        done = true
        if let existing = try? Hashing.sha256(file: target), existing.hex == sha {
            unlink(temporary)
        } else {
            try AtomicFile.commit(temporary: URL(fileURLWithPath: temporary), to: URL(fileURLWithPath: target))
        }
        return sha
    }
}
