import Foundation

/// One input file of a feed and year, and what became of it.
struct InputFile: Codable, Equatable, Sendable {
    enum Status: String, Codable, Sendable { case read, superseded, quarantined, ignored }

    /// Relative to the input folder: `migration-slips/2003/slips-2003-03.v2.csv`.
    var path: String
    var sha256: String
    var size: Int
    var status: Status
    var kind: String?
    var period: String?
    var version: Int?
    /// Months of the year the file covers when read (1...12).
    var months: [Int]?
    var records: Int?
    /// Why a file was quarantined, or why a file named like a delivery was not read.
    var error: String?
    /// The version of the file that was hashed; extract reads only that one.
    var identity: FileIdentity?
    /// Where the file really is (links followed inside the input folder), for
    /// extract to read, and hash as it reads (`FileInventory.Hashes.whileRead`).
    /// Not part of the inventory's JSON.
    var realPath: String?

    private enum CodingKeys: String, CodingKey {
        case path, sha256, size, status, kind, period, version, months, records, error, identity
    }

    /// Named like one of the feed's files but not read (a link out of the input
    /// folder, not a regular file, unreadable): that period's data is missing.
    var isMissedDelivery: Bool { status == .ignored && kind != nil }
}

/// Lists a feed's files for one year and decides, from their names alone,
/// which are read, superseded by a higher `.vN`, quarantined or ignored.
enum FileInventory {
    /// When a scan learns its files' sha256.
    enum Hashes {
        /// Never: files are listed and named but not opened (no sha256, size or
        /// identity), enough to see what a year was delivered.
        case none
        /// Now, every file.
        case now
        /// Now for the files extract will not read; the files it reads are
        /// only opened (size, identity), and extract hashes each as it reads
        /// it, so the input is read once (an empty sha256 until then). A
        /// sha256 an earlier run remembered for the same version is used.
        case whileRead
    }

    /// Lists the feed's files for the year; files are opened and hashed `jobs` at a time.
    static func scan(feed: FeedDefinition, year: Int, inputRoot: String, hashes: Hashes = .now, jobs: Int = 1) throws -> [InputFile] {
        let rel = "\(feed.feed)/\(year)"
        let dir = (inputRoot as NSString).appendingPathComponent(rel)
        var st = stat()
        guard lstat(dir, &st) == 0 else { return [] }   // no folder: the feed sent nothing that year
        let root = try Confinement(inputRoot: inputRoot)
        // The year folder itself must lead to a folder inside the input folder.
        switch root.resolve(dir) {
        case .refused(let reason):
            return [InputFile(path: rel, sha256: "", size: 0, status: .ignored, error: reason)]
        case .inside:
            break
        }
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: dir) } catch {
            return [InputFile(path: rel, sha256: "", size: 0, status: .ignored, error: "unreadable: \(error.localizedDescription)")]
        }
        var files: [InputFile] = [], matches: [NameMatch?] = [], toHash: [(file: Int, real: String)] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let full = (dir as NSString).appendingPathComponent(name)
            var f = InputFile(path: "\(rel)/\(name)", sha256: "", size: 0, status: .ignored)
            let m = match(name, feed: feed)
            if let m {
                f.kind = m.kind.kind
                f.period = m.period
                f.version = m.version
                f.months = months(m.kind.covers, month: m.month, quarter: m.quarter)
            }
            // Confined: links are followed only to regular files inside the input folder;
            // anything else is listed with its reason and never opened.
            switch root.resolve(full, regularFile: true) {
            case .refused(let reason): f.error = reason
            case .inside where hashes == .none: break
            case .inside(let real): toHash.append((files.count, real))
            }
            files.append(f)
            matches.append(m)
        }
        // Opened, and hashed unless extract will read and hash it (decided once the versions are known).
        let opened = try WorkPool.map(toHash.count, jobs: jobs) { k in
            Result { () -> (hex: String, size: Int, identity: FileIdentity) in
                let source = try InputSource(path: toHash[k].real)
                guard hashes == .now else { return ("", source.identity.size, source.identity) }
                return try Hashing.sha256(source: source)
            }
        }
        for ((i, real), hashed) in zip(toHash, opened) {
            switch hashed {
            case .success(let (sha, size, identity)):
                (files[i].sha256, files[i].size, files[i].identity, files[i].realPath) = (sha, size, identity, real)
                if let m = matches[i] {
                    files[i].status = m.year == year ? .read : .quarantined
                    if m.year != year { files[i].error = "period outside the folder's year (\(m.period) in \(rel))" }
                }
            case .failure(let e as UnreadableFile): files[i].error = "unreadable: \(e.reason)"
            case .failure(let e): throw e
            }
        }
        // Only the highest version of each period is read; a tie at the top is ambiguous.
        let candidates = Dictionary(grouping: files.indices.filter { files[$0].status == .read }) {
            "\(files[$0].kind!)|\(files[$0].period!)"
        }
        for (_, idx) in candidates {
            let top = idx.map { files[$0].version! }.max()!
            let atTop = idx.filter { files[$0].version! == top }
            for i in idx where files[i].version! < top { files[i].status = .superseded }
            if atTop.count > 1 {
                for i in atTop {
                    files[i].status = .quarantined
                    files[i].error = "ambiguous version: \(atTop.map { (files[$0].path as NSString).lastPathComponent }.joined(separator: " and ")) are the same period and version"
                }
            }
        }
        if hashes == .whileRead {
            // Remembered, or hashed now when extract will not read it.
            let unhashed = files.indices.filter { files[$0].identity != nil && files[$0].sha256.isEmpty }
            let later = try WorkPool.map(unhashed.count, jobs: jobs) { k in
                Result { () -> String in
                    let file = files[unhashed[k]]
                    if let known = Hashing.remembered(path: file.realPath!, identity: file.identity!) { return known }
                    guard file.status != .read else { return "" }
                    return try Hashing.sha256(source: InputSource(path: file.realPath!, expected: file.identity)).hex
                }
            }
            for (i, hashed) in zip(unhashed, later) {
                switch hashed {
                case .success(let sha): files[i].sha256 = sha
                case .failure(let e as UnreadableFile): (files[i].status, files[i].error) = (.ignored, "unreadable: \(e.reason)")
                case .failure(let e): throw e
                }
            }
        }
        return files
    }

    struct NameMatch {
        var kind: FeedDefinition.FileKind
        var year: Int
        var month: Int?
        var quarter: Int?
        var version: Int
        var period: String
    }

    /// Each kind's expression compiled once, not once per file named (feeds
    /// scan side by side; a compiled expression is safe to share).
    private static var expressions: [String: NSRegularExpression] = [:]
    private static let expressionsLock = NSLock()

    private static func compiled(_ pattern: String) -> NSRegularExpression? {
        expressionsLock.withLock {
            if let known = expressions[pattern] { return known }
            let re = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
            expressions[pattern] = re
            return re
        }
    }

    /// `<stem>-<period>[.vN].<ext>` as the kind's pattern (`slips-{year}-{month}`) says.
    static func match(_ name: String, feed: FeedDefinition) -> NameMatch? {
        for kind in feed.files {
            var regex = "^"
            var groups: [String] = []
            var rest = Substring(kind.pattern)
            while !rest.isEmpty {
                if rest.hasPrefix("{year}") { regex += "([0-9]{4})"; groups.append("year"); rest = rest.dropFirst(6) }
                else if rest.hasPrefix("{month}") { regex += "(0[1-9]|1[0-2])"; groups.append("month"); rest = rest.dropFirst(7) }
                else if rest.hasPrefix("{quarter}") { regex += "([1-4])"; groups.append("quarter"); rest = rest.dropFirst(9) }
                else { regex += NSRegularExpression.escapedPattern(for: String(rest.first!)); rest = rest.dropFirst() }
            }
            // \\z, not $: `$` would also match before a final line break in the name.
            regex += "(?:\\.v([0-9]{1,4}))?\\." + NSRegularExpression.escapedPattern(for: kind.extension) + "\\z"
            guard let re = compiled(regex),
                  let m = re.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)) else { continue }
            func group(_ i: Int) -> String? {
                let r = m.range(at: i)
                return r.location == NSNotFound ? nil : (name as NSString).substring(with: r)
            }
            var out = NameMatch(kind: kind, year: 0, version: 1, period: "")
            for (i, g) in groups.enumerated() {
                let v = Int(group(i + 1)!)!
                switch g {
                case "year": out.year = v
                case "month": out.month = v
                default: out.quarter = v
                }
            }
            if let v = group(groups.count + 1) { out.version = Int(v)! }
            guard out.version >= 1 else { continue }
            out.period = String(out.year) + (out.month.map { String(format: "-%02d", $0) } ?? "") + (out.quarter.map { "-Q\($0)" } ?? "")
            return out
        }
        return nil
    }

    static func months(_ covers: FeedDefinition.Coverage, month: Int?, quarter: Int?) -> [Int] {
        switch covers {
        case .month: return month.map { [$0] } ?? []
        case .quarter: return quarter.map { q in Array((3 * q - 2)...(3 * q)) } ?? []
        case .year: return Array(1...12)
        case .none: return []
        }
    }

    /// Months of the year covered by the files actually read.
    static func coverage(_ files: [InputFile]) -> Int {
        coveredMonths(files).count
    }

    /// The months of the year (1–12) the files actually read cover.
    static func coveredMonths(_ files: [InputFile]) -> Set<Int> {
        Set(files.filter { $0.status == .read }.flatMap { $0.months ?? [] })
    }
}
