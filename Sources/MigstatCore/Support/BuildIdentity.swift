import Foundation

/// Which migstat built a year: the sha256 of the running binary. Any change
/// to migstat's code (a rules fix, say) makes another binary, so the next
/// plain run reprocesses every year; no hand-kept version string to forget.
enum BuildIdentity {
    static let current: String = {
        (try? Hashing.sha256(file: "/proc/self/exe").hex) ?? "unknown"
    }()
}
