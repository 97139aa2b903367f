import Foundation

/// Where a run reads and writes. Published files go to `output/<year>/` and
/// `output/summary/`; what one stage leaves for the next goes to
/// `output/.staging/<year>/<feed>/`.
public struct Workspace: Sendable {
    var inputRoot: String
    var outputRoot: String

    public init(input: String, output: String) {
        inputRoot = input
        outputRoot = output
    }

    func staging(_ year: Int) -> String { "\(outputRoot)/.staging/\(year)" }
    /// The sha256 of every file the last run read, by identity (`Hashing`).
    var fileHashes: String { "\(outputRoot)/.staging/file-hashes.json" }
    func staging(_ year: Int, _ feed: String) -> String { "\(staging(year))/\(feed)" }
    func inventory(_ year: Int, _ feed: String) -> String { "\(staging(year, feed))/files.json" }
    func extracted(_ year: Int, _ feed: String) -> String { "\(staging(year, feed))/extracted.bin" }
    func normalised(_ year: Int, _ feed: String) -> String { "\(staging(year, feed))/normalised.tsv" }
    func counts(_ year: Int, _ feed: String) -> String { "\(staging(year, feed))/counts.json" }
    func rejects(_ year: Int, _ feed: String) -> String { "\(staging(year, feed))/rejects.tsv" }
    /// Every record read and its fate, with its file (index into files.json) and line.
    func records(_ year: Int, _ feed: String) -> String { "\(staging(year, feed))/records.tsv" }
    public func published(_ year: Int) -> String { "\(outputRoot)/\(year)" }
    var summary: String { "\(outputRoot)/summary" }

    /// Whether `path` lies in a staging folder (`…/.staging/…`), whose files
    /// hold every record read: personal data, mode 0600 in folders of 0700.
    static func isStaging(_ path: String) -> Bool {
        path.split(separator: "/", omittingEmptySubsequences: true).contains(".staging")
    }

    /// Creates `dir` and its missing parents; `.staging` and every folder
    /// under it become 0700 (also those an earlier migstat made 0755).
    static func createStagingFolder(_ dir: String) throws {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var path = dir
        while !path.isEmpty, path != "/" {
            var info = stat()
            // A real folder only: never the target of a link.
            if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_mode & 0o077 != 0 { chmod(path, 0o700) }
            if (path as NSString).lastPathComponent == ".staging" { break }
            path = (path as NSString).deletingLastPathComponent
        }
    }

    /// Years that have an input folder under any defined feed.
    func inputYears(feeds: [String]) -> [Int] {
        var years = Set<Int>()
        for feed in feeds {
            let dir = "\(inputRoot)/\(feed)"
            for name in (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [] {
                if name.count == 4, let y = Int(name) { years.insert(y) }
            }
        }
        return years.sorted()
    }

    /// Years already published under the output folder.
    public func publishedYears() -> [Int] {
        ((try? FileManager.default.contentsOfDirectory(atPath: outputRoot)) ?? [])
            .compactMap { $0.count == 4 ? Int($0) : nil }.sorted()
    }
}
