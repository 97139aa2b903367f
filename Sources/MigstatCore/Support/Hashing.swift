import Crypto
import Foundation

/// SHA-256 of files and bytes, streamed so a large input is never held whole.
public enum Hashing {
    private static var memo: [String: (hex: String, size: Int)] = [:]

    /// Hashes a file once per process: a run decides what changed and then
    /// reads the same inputs; identity is path, inode, size and change time,
    /// and nothing is kept across runs (those compare sha256 only).
    public static func sha256(file path: String) throws -> (hex: String, size: Int) {
        var st = stat()
        let key = stat(path, &st) == 0 ? "\(path)|\(st.st_ino)|\(st.st_size)|\(st.st_ctim.tv_sec).\(st.st_ctim.tv_nsec)|\(st.st_mtim.tv_nsec)" : nil
        if let key, let hit = memo[key] { return hit }
        let result = try hashFile(path)
        if let key { memo[key] = result }
        return result
    }

    private static func hashFile(_ path: String) throws -> (hex: String, size: Int) {
        guard let fh = FileHandle(forReadingAtPath: path) else { throw MigstatError.io("cannot open \(path)") }
        defer { try? fh.close() }
        var hasher = SHA256()
        var size = 0
        while true {
            let chunk = try fh.read(upToCount: 1 << 20) ?? Data()
            if chunk.isEmpty { break }
            size += chunk.count
            hasher.update(data: chunk)
        }
        return (hex(hasher.finalize()), size)
    }

    public static func sha256(_ data: Data) -> String { hex(SHA256.hash(data: data)) }

    private static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        for b in digest { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }
}
