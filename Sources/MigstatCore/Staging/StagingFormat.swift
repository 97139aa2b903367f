/// The staging format's version and seal (docs/staging-format.md). Bump the
/// version when a line's layout changes: a staging file of another version is
/// refused by the next stage, which asks for the earlier stage to be rerun.
enum StagingFormat {
    static let version = "v1"

    /// A seal line: `\S <version> <stamp>`. `\S` cannot start an escaped line.
    static func isSeal(_ line: ArraySlice<UInt8>) -> Bool {
        line.count >= 3 && line[line.startIndex] == 0x5C && line[line.startIndex + 1] == UInt8(ascii: "S")
            && line[line.startIndex + 2] == 0x09
    }

    /// The seal's version and stamp (a seal of no version reads as version "").
    static func parseSeal(_ line: ArraySlice<UInt8>) -> (version: String, stamp: String) {
        let parts = line.dropFirst(3).split(separator: 0x09, maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return ("", String(decoding: parts.first ?? [], as: UTF8.self)) }
        return (String(decoding: parts[0], as: UTF8.self), String(decoding: parts[1], as: UTF8.self))
    }
}
