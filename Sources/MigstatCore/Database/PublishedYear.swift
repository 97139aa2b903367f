import Crypto
import Foundation

/// One published year as its `manifest.json` vouches for it: every file the
/// manifest lists is read and its sha256 compared before anything uses it,
/// and a statistics file it does not list is not the publication's. The load
/// and `db check` read the year only through this, so a file deleted or
/// edited by hand is refused, never loaded as "no rows" or as the edited figures.
public struct PublishedYear {
    let year: Int
    /// The sha256 of `manifest.json`: which publication this is (`year_state.manifest_sha256`).
    let manifestSHA256: String
    let quality: QualityReport
    /// Statistics file name → its text, for the files the manifest lists.
    let statistics: [String: String]
    /// What does not match the manifest; empty when the year is whole.
    let damage: [String]
    /// manifest.json's `release`; nil in a manifest written before releases.
    var release: Release? = nil

    /// Years with a `manifest.json`: a year folder without one was never
    /// published (or has been withdrawn by moving it aside).
    public static func years(in workspace: Workspace) -> [Int] {
        workspace.publishedYears().filter { FileManager.default.fileExists(atPath: "\(workspace.published($0))/manifest.json") }
    }

    /// Reads the year; throws when it is not published or is damaged.
    static func verified(year: Int, workspace: Workspace) throws -> PublishedYear {
        let y = try read(year: year, workspace: workspace)
        guard y.damage.isEmpty else {
            throw MigstatError.io("\(workspace.published(year)) is not the publication its manifest.json lists: "
                                  + y.damage.joined(separator: "; ") + "; nothing loaded: rerun `migstat run --year \(year) --force`")
        }
        return y
    }

    /// Reads the year and lists its damage; throws only when it is not published at all.
    static func read(year: Int, workspace: Workspace) throws -> PublishedYear {
        let dir = workspace.published(year)
        guard let manifestBytes = FileManager.default.contents(atPath: "\(dir)/manifest.json") else {
            throw MigstatError.io("\(year) is not published (no \(dir)/manifest.json): run `migstat run --year \(year)` first")
        }
        guard let manifest = try? JSONDecoder().decode(Manifest.self, from: manifestBytes), manifest.year == year else {
            throw MigstatError.io("\(dir)/manifest.json is damaged: rerun `migstat run --year \(year) --force`")
        }
        var damage: [String] = [], statistics: [String: String] = [:], quality: QualityReport?
        let statisticsFiles = Set(DatabaseSchema.publishedTables.map(\.file))
        var listed = Set<String>()
        for entry in manifest.outputs {
            let name = String(entry.path.dropFirst("\(year)/".count))
            // A statistics file's quarterly twin sits in `quarterly/` (AggregateStage.quarterly).
            let file = name.hasPrefix("\(AggregateStage.quarterly)/") ? String(name.dropFirst(AggregateStage.quarterly.count + 1)) : name
            guard entry.path.hasPrefix("\(year)/"), !file.isEmpty, !file.contains("/") else {
                damage.append("manifest.json lists \(entry.path), which is not a file of \(year)")
                continue
            }
            listed.insert(name)
            let path = "\(dir)/\(name)"
            // Small files are read once, hashed and parsed from the same bytes; rejects.csv is only hashed.
            let keep = name == "quality.json" || statisticsFiles.contains(name)
            let bytes = keep ? FileManager.default.contents(atPath: path) : nil
            guard let sha = keep ? bytes.map(Hashing.sha256) : Self.sha256(path: path) else {
                damage.append("\(name) is missing (manifest.json lists it)")
                continue
            }
            guard sha == entry.sha256 else {
                damage.append("\(name) does not match manifest.json (edited by hand?)")
                continue
            }
            if name == "quality.json" {
                quality = try? JSONDecoder().decode(QualityReport.self, from: bytes!)
                if quality == nil { damage.append("quality.json cannot be read") }
            } else if let bytes, let text = String(validating: bytes, as: UTF8.self) {
                statistics[name] = text
            } else if bytes != nil {
                damage.append("\(name) is not UTF-8")
            }
        }
        for name in statisticsFiles.subtracting(listed).sorted() where FileManager.default.fileExists(atPath: "\(dir)/\(name)") {
            damage.append("\(name) is not in manifest.json")
        }
        if quality == nil && !listed.contains("quality.json") { damage.append("manifest.json does not list quality.json") }
        return PublishedYear(year: year, manifestSHA256: Hashing.sha256(manifestBytes),
                             quality: quality ?? QualityReport(year: year, status: "", feeds: [:], checks: []),
                             statistics: statistics, damage: damage, release: manifest.release)
    }

    /// A file's sha256 read in pieces (rejects.csv may be large); nil when it cannot be read.
    private static func sha256(path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var hasher = SHA256()
        var buffer = [UInt8](repeating: 0, count: 1 << 17)
        while true {
            let n = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { return nil }
            if n == 0 { break }
            buffer.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[..<n])) }
        }
        return Hashing.hex(hasher.finalize())
    }
}
