import Foundation

/// Reads a staging file (docs/staging-format.md) line by line, as arrays of
/// Strings or as the line's bytes.
final class StagingReader {
    private let fd: Int32
    @exclusivity(unchecked) private var buf: [UInt8]
    @exclusivity(unchecked) private var pos = 0
    @exclusivity(unchecked) private var end = 0
    @exclusivity(unchecked) private var eof = false
    let path: String
    /// Bytes read from the file so far, for progress.
    @exclusivity(unchecked) private(set) var bytesRead = 0
    private let seal: String?
    private let stage: String

    /// With `seal`, the file must end with that seal: a file from another run of the
    /// stage than its companion JSON (one was replaced, the other not) is refused.
    /// Without, any seal ends the file (a person looking inside, `migstat debug staging`).
    init(path: String, seal: String? = nil, stage: String = "the earlier stage") throws {
        self.path = path
        self.seal = seal
        self.stage = stage
        fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw MigstatError.io("cannot open \(path): \(errnoText()); run the earlier stage first") }
        buf = [UInt8](repeating: 0, count: 1 << 20)
    }

    deinit { close(fd) }

    /// The next line's bytes, fields still escaped, or nil at the end (the
    /// seal checked as by `next()`): for readers that copy fields as they are.
    func nextLineBytes() throws -> ArraySlice<UInt8>? {
        guard let line = try nextLine() else {
            if seal != nil { throw unsealed() }
            return nil
        }
        guard StagingFormat.isSeal(line) else { return line }
        try checkSeal(line)
        return nil
    }

    /// The next line's fields, or nil at the end.
    func next() throws -> [String]? {
        guard let line = try nextLine() else {
            if seal != nil { throw unsealed() }
            return nil
        }
        // `\S` cannot start an escaped line: it is the seal.
        guard StagingFormat.isSeal(line) else { return Self.split(line) }
        try checkSeal(line)
        return nil
    }

    /// The seal ends the file: its version must be this migstat's and its
    /// stamp the companion's. Nothing after a seal counts.
    private func checkSeal(_ line: ArraySlice<UInt8>) throws {
        pos = end
        guard let seal else { return }
        let (version, stamp) = StagingFormat.parseSeal(line)
        guard version == StagingFormat.version else {
            throw MigstatError.io("\(path) is staging format \(version), this migstat reads \(StagingFormat.version); rerun \(stage) for this year")
        }
        guard stamp == seal else { throw unsealed() }
    }

    private func unsealed() -> MigstatError {
        .io("\(path) does not belong with its companion files (a run was interrupted?); rerun \(stage) for this year")
    }

    private func nextLine() throws -> ArraySlice<UInt8>? {
        while true {
            if let nl = buf[pos..<end].firstIndex(of: 0x0A) {
                let line = buf[pos..<nl]
                pos = nl + 1
                return line
            }
            if eof {
                guard pos < end else { return nil }
                let line = buf[pos..<end]
                pos = end
                return line
            }
            if pos > 0 {
                buf.replaceSubrange(0..<(end - pos), with: buf[pos..<end])
                end -= pos
                pos = 0
            }
            if end == buf.count { buf.append(contentsOf: [UInt8](repeating: 0, count: buf.count)) }
            let n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress! + end, $0.count - end) }
            if n < 0 { throw MigstatError.io("cannot read \(path): \(errnoText())") }
            if n == 0 { eof = true } else { end += n; bytesRead += n }
        }
    }

    /// A line's fields as its own bytes, without a String each, into `fields`
    /// (reused from line to line); false when a field is escaped (rare: `split` reads those).
    static func fieldBytes(_ line: ArraySlice<UInt8>, into fields: inout [ArraySlice<UInt8>]) -> Bool {
        guard !line.contains(0x5C) else { return false }
        fields.removeAll(keepingCapacity: true)
        var start = line.startIndex
        for i in line.indices where line[i] == 0x09 { fields.append(line[start..<i]); start = i + 1 }
        fields.append(line[start...])
        return true
    }

    /// A line's fields, unescaped (`StagingFormat.unescape`).
    static func split(_ line: ArraySlice<UInt8>) -> [String] {
        line.withUnsafeBufferPointer { bytes in
            var fields: [String] = [], unescaped: [UInt8] = []
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x09 {
                let field = UnsafeBufferPointer(rebasing: bytes[start..<i])
                if field.contains(0x5C) {
                    StagingFormat.unescape(bytes, start..<i, into: &unescaped)
                    fields.append(String(decoding: unescaped, as: UTF8.self))
                } else {
                    fields.append(String(decoding: field, as: UTF8.self))
                }
                start = i + 1
            }
            return fields
        }
    }
}
