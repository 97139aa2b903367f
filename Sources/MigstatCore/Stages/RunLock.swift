import Foundation

/// One run at a time per output folder: an exclusive flock on `output/.lock`,
/// released by the kernel when the process ends, however it ends.
public final class RunLock {
    private let fd: Int32

    /// Takes the lock or throws `.locked` naming the holder's pid and start time.
    public init(outputRoot: String) throws {
        try FileManager.default.createDirectory(atPath: outputRoot, withIntermediateDirectories: true)
        let path = "\(outputRoot)/.lock"
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)   // never a link's target
        guard fd >= 0 else { throw MigstatError.io("cannot open lock file \(path): \(errnoText())") }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let holder = TextFile.read(path)?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            close(fd)
            throw MigstatError.locked("another migstat run holds \(path) (\(holder.isEmpty ? "holder unknown" : holder)); nothing done")
        }
        let stamp = Timestamp.iso8601()
        let text = "pid \(getpid()) started \(stamp)\n"
        ftruncate(fd, 0)
        _ = text.withCString { pwrite(fd, $0, strlen($0), 0) }
    }

    private init(fd: Int32) { self.fd = fd }

    /// A reader's lock (`db check`): shared, so that it never compares files
    /// and rows a run is half-way through replacing. Taken only on a lock file
    /// that exists, opened for reading: a check writes nothing, and works on a
    /// read-only output folder. nil when no run ever took the lock here.
    public static func shared(outputRoot: String) throws -> RunLock? {
        let path = "\(outputRoot)/.lock"
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw MigstatError.io("cannot open lock file \(path): \(errnoText())")
        }
        guard flock(fd, LOCK_SH | LOCK_NB) == 0 else {
            let holder = TextFile.read(path)?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            close(fd)
            throw MigstatError.locked("a migstat run holds \(path) (\(holder.isEmpty ? "holder unknown" : holder)); check again when it has finished")
        }
        return RunLock(fd: fd)
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
