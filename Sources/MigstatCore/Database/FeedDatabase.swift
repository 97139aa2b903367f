/// What one feed brings to the unified database beyond the statistics and
/// record tables DatabaseSchema makes from its plugin: views over them, sums
/// kept as each year loads, and the statistics rows `db check` holds its
/// views to. The database layer loops over the plugins' values; it names no
/// feed, table or column of its own.
struct FeedDatabase: Sendable {
    var views: [DatabaseView] = []
    var rollups: [DatabaseRollup] = []
    var agreements: [StatisticsAgreement] = []
}
