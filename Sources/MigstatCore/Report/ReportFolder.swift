import Foundation

/// The report's folder (`output/report`), replaced whole and removing only
/// what a report wrote.
///
/// The new report is built beside it in `.report.new-XXXXXX` (hidden, like
/// every temporary file migstat writes): the pages, the
/// stamp, a manifest of them (`.written`), and every other file of the
/// current report (an analyst's `about.html`, `make report-pdf`'s PDFs)
/// hard-linked in. Then one `renameat2(RENAME_EXCHANGE)` swaps the two
/// folders, and the old one, now under the temporary name, is removed. At
/// every instant `report` is a complete report, the old or the new: a crash
/// before the swap leaves the old one (and a `.report.new-*` folder the next
/// report removes), a crash after it the new one. Where the file system
/// cannot exchange, two renames do, with a moment in which `report` is missing.
///
/// Pages of the previous report that this one does not write (a withdrawn
/// year, a language no longer listed) are the names in its `.written`; a
/// report written before the manifest existed is taken to have written
/// `.stamp`, `<lang>/index.html` and `<lang>/<year>.html`.
struct ReportFolder {
    let path: String
    static let manifestName = ".written"

    private var parent: String { (path as NSString).deletingLastPathComponent }
    private var name: String { (path as NSString).lastPathComponent }

    /// Replaces the report with `files` (paths inside the folder → bytes).
    func replace(with files: [(path: String, bytes: Data)]) throws {
        for file in files where !Self.isInside(file.path) {
            throw MigstatError.configuration("the report would write \(String(reflecting: file.path)), outside \(path): refused")
        }
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        removeLeftovers()
        var old = stat()
        let exists = lstat(path, &old) == 0
        let previous = exists ? previouslyWritten() : []

        var template = Array("\(parent)/.\(name).new-XXXXXX".utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw MigstatError.io("cannot create a folder in \(parent) for the new report: \(errnoText())")
        }
        let staging = String(cString: made)
        var swapped = false
        defer { if !swapped { try? FileManager.default.removeItem(atPath: staging) } }
        chmod(staging, exists && (old.st_mode & S_IFMT) == S_IFDIR ? old.st_mode & 0o7777 : 0o755)

        let ours = Set(files.map(\.path)).union([Self.manifestName])
        if exists { try carryOver(from: path, to: staging, relative: "", skipping: previous.union(ours)) }
        for file in files {
            let target = "\(staging)/\(file.path)"
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            // An unchanged page keeps its file (and its time): linked, not rewritten.
            if previous.contains(file.path), FileManager.default.contents(atPath: "\(path)/\(file.path)") == file.bytes,
               link("\(path)/\(file.path)", target) == 0 { continue }
            try Self.write(file.bytes, to: target)
        }
        let manifest = files.map(\.path).sorted().joined(separator: "\n") + "\n"
        try Self.write(Data(manifest.utf8), to: "\(staging)/\(Self.manifestName)")
        for dir in Set(files.map { ($0.path as NSString).deletingLastPathComponent }).union([""]) { Self.sync("\(staging)/\(dir)") }

        try swap(staging, exists: exists)
        swapped = true
        // `staging` now holds the previous report.
        try? FileManager.default.removeItem(atPath: staging)
        Self.sync(parent)
    }

    /// A path inside the folder: relative, no `..`, `.` or empty part.
    static func isInside(_ relative: String) -> Bool {
        !relative.isEmpty && !relative.hasPrefix("/")
            && relative.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    /// What the current report wrote: its manifest, or by name for a report written before it.
    private func previouslyWritten() -> Set<String> {
        if let text = TextFile.read("\(path)/\(Self.manifestName)") {
            return Set(text.split(separator: "\n").map(String.init).filter(Self.isInside))
        }
        var names: Set<String> = [".stamp"]
        for language in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
            for page in (try? FileManager.default.contentsOfDirectory(atPath: "\(path)/\(language)")) ?? []
            where page == "index.html" || (page.hasSuffix(".html") && !page.dropLast(5).isEmpty && page.dropLast(5).allSatisfy(\.isASCII) && page.dropLast(5).allSatisfy(\.isNumber)) {
                names.insert("\(language)/\(page)")
            }
        }
        return names
    }

    /// Links every file of `from` that no report wrote into `to` (folders made as needed, symbolic links copied as links).
    private func carryOver(from: String, to: String, relative: String, skipping: Set<String>) throws {
        let here = relative.isEmpty ? from : "\(from)/\(relative)"
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: here)) ?? [] {
            let rel = relative.isEmpty ? entry : "\(relative)/\(entry)"
            guard !skipping.contains(rel) else { continue }
            var st = stat()
            guard lstat("\(from)/\(rel)", &st) == 0 else { continue }
            let kind = st.st_mode & S_IFMT
            if kind == S_IFDIR { try carryOver(from: from, to: to, relative: rel, skipping: skipping); continue }
            guard kind == S_IFREG || kind == S_IFLNK else { continue }
            let target = "\(to)/\(rel)"
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            if kind == S_IFLNK {
                let destination = try FileManager.default.destinationOfSymbolicLink(atPath: "\(from)/\(rel)")
                try FileManager.default.createSymbolicLink(atPath: target, withDestinationPath: destination)
            } else if link("\(from)/\(rel)", target) != 0 {
                do { try FileManager.default.copyItem(atPath: "\(from)/\(rel)", toPath: target) } catch {
                    throw MigstatError.io("cannot keep \(from)/\(rel) in the new report (\(error)): the report was not replaced")
                }
            }
        }
    }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    /// glibc's renameat2 (declared only under _GNU_SOURCE, so looked up by name).
    private static let renameat2: RenameAt2? = dlsym(dlopen(nil, RTLD_NOW), "renameat2").map { unsafeBitCast($0, to: RenameAt2.self) }
    private static let exchange: UInt32 = 2   // RENAME_EXCHANGE

    private func swap(_ staging: String, exists: Bool) throws {
        if !exists {
            guard rename(staging, path) == 0 else { throw MigstatError.io("cannot move the new report into \(path): \(errnoText())") }
            return
        }
        if let renameat2 = Self.renameat2, renameat2(AT_FDCWD, staging, AT_FDCWD, path, Self.exchange) == 0 { return }
        // No exchange here (an old kernel or file system): the old report steps aside, the new one steps in.
        let aside = staging + ".old"
        guard rename(path, aside) == 0 else { throw MigstatError.io("cannot replace \(path): \(errnoText())") }
        guard rename(staging, path) == 0 else {
            let why = errnoText()
            _ = rename(aside, path)
            throw MigstatError.io("cannot move the new report into \(path): \(why)")
        }
        guard rename(aside, staging) == 0 else { try? FileManager.default.removeItem(atPath: aside); return }
    }

    /// `.report.new-*` folders a killed report left beside the report (ours by name).
    private func removeLeftovers() {
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] where entry.hasPrefix(".\(name).new-") {
            try? FileManager.default.removeItem(atPath: "\(parent)/\(entry)")
        }
    }

    private static func write(_ bytes: Data, to target: String) throws {
        let fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw MigstatError.io("cannot create \(target): \(errnoText())") }
        defer { close(fd) }
        var ok = true
        bytes.withUnsafeBytes { raw in
            var off = 0
            while off < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + off, raw.count - off)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { ok = false; return }
                off += n
            }
        }
        guard ok, fsync(fd) == 0 else { throw MigstatError.io("cannot write \(target): \(errnoText())") }
    }

    private static func sync(_ directory: String) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}
