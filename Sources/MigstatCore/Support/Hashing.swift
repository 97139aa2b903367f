import Crypto
import Foundation

/// SHA-256 of files and bytes, streamed so a large input is never held whole.
public enum Hashing {
    public static func sha256(file path: String) throws -> (hex: String, size: Int) {
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
