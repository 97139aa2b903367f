import Foundation

/// Keeps every read inside the input folder: a path is followed through its
/// links, and read only when it ends at a regular file (or, for a year folder,
/// a folder) inside the input folder. A link that an agency's drop folder or
/// a careless operator leaves pointing at `/etc/passwd` is listed, not read.
struct Confinement {
    enum Resolution: Equatable {
        case inside(String)     // the real path
        case refused(String)    // why, for quality.json
    }

    private let root: String

    init(inputRoot: String) throws {
        guard let real = Self.realPath(inputRoot) else {
            throw MigstatError.configuration("input folder \(inputRoot) not found (use --input DIR)")
        }
        root = real
    }

    func resolve(_ path: String, regularFile: Bool = false) -> Resolution {
        guard let real = Self.realPath(path) else {
            return .refused("unreadable: \(errnoText())")
        }
        guard real.hasPrefix(root + "/") else { return .refused("link outside the input folder") }
        var st = stat()
        guard stat(real, &st) == 0 else { return .refused("unreadable: \(errnoText())") }
        let kind = st.st_mode & S_IFMT
        if regularFile && kind != S_IFREG { return .refused("not a regular file") }
        if !regularFile && kind != S_IFDIR { return .refused("not a folder") }
        return .inside(real)
    }

    static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }
}
