/// A check of a year's statistics against the previous year's published ones
/// (STATISTICS.md "Checks across feeds and years"), declared by a plugin. It
/// runs only when the year publishes the plugin's statistics file and the
/// previous year is published with 12 months of each of `feeds`; otherwise it
/// is skipped and not listed. A failed check fails the year like any other,
/// and the files it read are named with their sha256 in the year's manifest
/// (`read_from`), so that the year is due again when they change.
struct PreviousYearCheck: Sendable {
    /// The name quality.json lists, e.g. `refugees: opening register = previous year's end`.
    let name: String
    /// The feeds whose coverage of the previous year must be 12 months.
    let feeds: [String]
    /// The previous year's statistics files it reads, e.g. `refugees.csv`.
    let reads: [String]
    /// Whether this year's statistics (every file the year publishes, by name)
    /// agree with the previous year's (the files of `reads`, by name).
    let passes: @Sendable (_ current: [String: PublishedStatistics], _ previous: [String: PublishedStatistics]) -> Bool
}
