import Crypto
import Foundation

/// SHA-256 of files and bytes, streamed so a large input is never held whole.
enum Hashing {
    /// A file's sha256 by its path and identity (device, inode, size, mtime
    /// and ctime in nanoseconds): any write to a file changes its ctime, so an
    /// unchanged identity is an unchanged file. Kept across runs in
    /// `output/.staging/file-hashes.json`, so a night with no new files reads
    /// no input (git's index does the same).
    private struct Key: Hashable, Codable {
        var path: String
        var identity: FileIdentity
    }
    private struct Remembered: Codable {
        var key: Key
        var sha256: String
        var size: Int
    }
    private static var memo: [Key: (hex: String, size: Int)] = [:]
    private static var used = Set<Key>()
    private static let memoLock = NSLock()   // feeds hash their files side by side (`--jobs`)

    /// Hashes a file once: a run decides what changed and then reads the same inputs.
    static func sha256(file path: String) throws -> (hex: String, size: Int) {
        let r = try sha256(source: InputSource(path: path))
        return (r.hex, r.size)
    }

    /// Hashes an open file whole, and says which version of it was hashed.
    static func sha256(source: InputSource) throws -> (hex: String, size: Int, identity: FileIdentity) {
        if let hit = recall(path: source.path, identity: source.identity) { return (hit.hex, hit.size, source.identity) }
        source.hashWhileReading()
        let sha = try source.sha256OfWhole()
        remember(path: source.path, identity: source.identity, sha256: sha, size: source.bytesRead)
        return (sha, source.bytesRead, source.identity)
    }

    /// The sha256 of that version of the file, if this run or an earlier one hashed it.
    static func remembered(path: String, identity: FileIdentity) -> String? {
        recall(path: path, identity: identity)?.hex
    }

    private static func recall(path: String, identity: FileIdentity) -> (hex: String, size: Int)? {
        let key = Key(path: path, identity: identity)
        return memoLock.withLock {
            guard let hit = memo[key] else { return nil }
            used.insert(key)
            return hit
        }
    }

    /// Remembers a sha256 taken while the file was read for something else (extract).
    static func remember(path: String, identity: FileIdentity, sha256: String, size: Int) {
        let key = Key(path: path, identity: identity)
        memoLock.withLock { memo[key] = (sha256, size); used.insert(key) }
    }

    /// Loads the hashes an earlier run remembered (a missing or damaged file: none).
    static func remember(from path: String) {
        guard let data = FileManager.default.contents(atPath: path),
              let entries = try? JSONDecoder().decode([Remembered].self, from: data) else { return }
        memoLock.withLock { for e in entries where memo[e.key] == nil { memo[e.key] = (e.sha256, e.size) } }
    }

    /// Saves the hashes this run used (only those: files gone are forgotten).
    static func saveRemembered(to path: String) throws {
        let entries = memoLock.withLock {
            used.compactMap { k in memo[k].map { Remembered(key: k, sha256: $0.hex, size: $0.size) } }
        }.sorted { ($0.key.path, $0.sha256) < ($1.key.path, $1.sha256) }
        try AtomicFile.write(try JSONFile.encode(entries), to: URL(fileURLWithPath: path), unlessUnchanged: true)
    }

    static func sha256(_ data: Data) -> String { hex(SHA256.hash(data: data)) }

    static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        for b in digest { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }
}
