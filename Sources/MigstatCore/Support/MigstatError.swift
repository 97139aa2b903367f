/// Errors that stop a run. Record- and file-level problems are not errors:
/// they become rejects and quarantines in the quality report.
public enum MigstatError: Error, CustomStringConvertible, Equatable {
    /// The command line or a pipeline definition is wrong (exit status 2).
    case configuration(String)
    /// Reading or writing failed (exit status 1).
    case io(String)
    /// Another run holds the output folder's lock (exit status 75).
    case locked(String)

    public var description: String {
        switch self {
        case .configuration(let m), .io(let m), .locked(let m): return m
        }
    }
}
