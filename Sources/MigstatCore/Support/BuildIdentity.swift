import Foundation

/// Which migstat built a year. Any change to migstat's code (a rules fix,
/// say) makes another binary, so the next plain run reprocesses every year;
/// no hand-kept version string to forget.
///
/// The linker's build id (the `NT_GNU_BUILD_ID` note, a hash of the linked
/// program), read from the binary's ELF headers: a few hundred bytes, where
/// the sha256 of the binary meant reading all 95 MB of it on every first
/// run. A binary linked without one is named by its sha256, as before.
enum BuildIdentity {
    static let current: String = {
        if let id = linkerBuildID() { return "build-id:" + Hashing.hex(id) }
        return (try? Hashing.sha256(file: "/proc/self/exe").hex) ?? "unknown"
    }()

    /// The build id note of an ELF file (64-bit, little-endian, as Linux on
    /// x86-64 and arm64 builds them): its program headers' `PT_NOTE` segments.
    static func linkerBuildID(path: String = "/proc/self/exe") -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        func bytes(at offset: Int, count: Int) -> [UInt8]? {
            guard count >= 0, count <= 1 << 20 else { return nil }
            var out = [UInt8](repeating: 0, count: count)
            let n = out.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count, off_t(offset)) }
            return n == count ? out : nil
        }
        // The ELF header: magic, 64-bit class (2), little-endian data (1).
        guard let header = bytes(at: 0, count: 64), header[0..<4].elementsEqual([0x7F, 0x45, 0x4C, 0x46]),
              header[4] == 2, header[5] == 1 else { return nil }
        let programHeaders = Int(header.number(at: 32, as: UInt64.self))
        let size = Int(header.number(at: 54, as: UInt16.self)), count = Int(header.number(at: 56, as: UInt16.self))
        guard size >= 40, let table = bytes(at: programHeaders, count: size * count) else { return nil }
        for k in 0..<count where table.number(at: k * size, as: UInt32.self) == 4 {   // PT_NOTE
            let offset = Int(table.number(at: k * size + 8, as: UInt64.self))
            let length = Int(table.number(at: k * size + 32, as: UInt64.self))
            if let notes = bytes(at: offset, count: length), let id = buildID(inNotes: notes) { return id }
        }
        return nil
    }

    /// The descriptor of the `NT_GNU_BUILD_ID` note (type 3, name "GNU")
    /// among ELF notes: each is name size, descriptor size and type (32 bits
    /// each), then the name and the descriptor, each padded to four bytes.
    static func buildID(inNotes notes: [UInt8]) -> [UInt8]? {
        var at = 0
        func padded(_ n: Int) -> Int { (n + 3) & ~3 }
        while at + 12 <= notes.count {
            let nameSize = Int(notes.number(at: at, as: UInt32.self)), descSize = Int(notes.number(at: at + 4, as: UInt32.self))
            let type = notes.number(at: at + 8, as: UInt32.self)
            let name = at + 12, desc = name + padded(nameSize)
            guard desc + descSize <= notes.count else { return nil }
            if type == 3, nameSize == 4, notes[name..<name + 4].elementsEqual("GNU\0".utf8), descSize > 0 {
                return Array(notes[desc..<desc + descSize])
            }
            at = desc + padded(descSize)
        }
        return nil
    }
}

private extension Array where Element == UInt8 {
    /// A little-endian number at a byte offset.
    func number<T: FixedWidthInteger>(at offset: Int, as: T.Type) -> T {
        guard offset + MemoryLayout<T>.size <= count else { return 0 }
        return withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: T.self)) }
    }
}
