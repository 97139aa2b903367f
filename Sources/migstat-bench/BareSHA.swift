import Crypto
import Foundation

/// The hashing floor: sha256 of the same files in process, with the library
/// migstat hashes its input with (swift-crypto; BoringSSL uses the CPU's SHA
/// extensions here). `sha256sum` is printed beside it: it hashes in software,
/// about five times slower on this machine, and would flatter the ratio.
enum BareSHA {
    static func hash(_ paths: [String]) -> Double {
        let start = Date()
        let size = 1 << 20
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        defer { buffer.deallocate() }
        for path in paths {
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else { continue }
            var hasher = SHA256()
            while true {
                let n = read(fd, buffer, size)
                if n <= 0 { break }
                hasher.update(bufferPointer: UnsafeRawBufferPointer(start: buffer, count: n))
            }
            _ = hasher.finalize()
            close(fd)
        }
        return Date().timeIntervalSince(start)
    }
}
