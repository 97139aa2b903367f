import Crypto
import Foundation

/// SHA-256 of files and bytes, streamed so a large input is never held whole.
public enum Hashing {
    private static var memo: [String: (hex: String, size: Int)] = [:]
    private static let memoLock = NSLock()   // feeds hash their files side by side (`--jobs`)

    /// Hashes a file once per process: a run decides what changed and then
    /// reads the same inputs; identity is path, inode, size and change time,
    /// and nothing is kept across runs (those compare sha256 only).
    public static func sha256(file path: String) throws -> (hex: String, size: Int) {
        let r = try sha256(source: InputSource(path: path))
        return (r.hex, r.size)
    }

    /// Hashes an open file whole, and says which version of it was hashed.
    public static func sha256(source: InputSource) throws -> (hex: String, size: Int, identity: FileIdentity) {
        let key = "\(source.path)|\(source.identity)"
        if let hit = memoLock.withLock({ memo[key] }) { return (hit.hex, hit.size, source.identity) }
        var hasher = SHA256()
        let chunk = 1 << 20
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let n = try source.read(into: buffer, count: chunk)
            if n == 0 { break }
            hasher.update(bufferPointer: UnsafeRawBufferPointer(start: buffer, count: n))
        }
        try source.finish()
        let result = (hex(hasher.finalize()), source.bytesRead)
        memoLock.withLock { memo[key] = result }
        return (result.0, result.1, source.identity)
    }

    public static func sha256(_ data: Data) -> String { hex(SHA256.hash(data: data)) }

    static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        for b in digest { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }
}
