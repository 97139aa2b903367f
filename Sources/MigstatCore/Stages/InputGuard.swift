import Foundation

/// Operator mistakes fail loudly instead of unpublishing: a mistyped
/// `--input`, a feed folder that went missing, or a definition whose pattern
/// no longer matches the files the last run read would otherwise publish a
/// year without that feed, with exit 0. Checked before a year is touched.
enum InputGuard {
    static func check(year: Int, config: PipelineConfig, workspace: Workspace) throws {
        try checkFolder(config: config, workspace: workspace)
        var delivered = 0
        let previous = FileManager.default.contents(atPath: "\(workspace.published(year))/quality.json")
            .flatMap { try? JSONDecoder().decode(QualityReport.self, from: $0) }
        for (name, def) in config.definitions.sorted(by: { $0.key < $1.key }) {
            // Names are enough here: each feed's files are read and hashed by its own extract, side by side.
            let files = try FileInventory.scan(feed: def, year: year, inputRoot: workspace.inputRoot, hashes: .none)
            let named = files.filter { $0.kind != nil }.count
            delivered += files.count
            let readBefore = previous?.feeds[name]?.files.filter { $0.status == InputFile.Status.read.rawValue }.count ?? 0
            if readBefore > 0 && named == 0 {
                let dir = "\(workspace.inputRoot)/\(name)/\(year)"
                let why = files.isEmpty ? "\(dir) is missing or empty"
                                        : "no file in \(dir) matches the patterns of \(name)'s definition"
                throw MigstatError.configuration("""
                    refusing to publish \(year) without \(name): its last run read \(readBefore) file(s), but \(why). \
                    Nothing written. Check --input and pipelines/\(name).yaml; if the feed really has no files \
                    for \(year) any more, move \(workspace.published(year)) aside and run again.
                    """)
            }
        }
        if delivered == 0 {
            throw MigstatError.configuration("no input for \(year) under \(workspace.inputRoot) (no <feed>/\(year)/ folder with files); nothing written")
        }
    }

    /// The input folder as a whole: it exists and holds at least one of the
    /// configured feed folders. An empty folder, or one feed's own folder
    /// (`--input input/migration-slips`), would otherwise be a run that
    /// processes nothing and exits 0.
    static func checkFolder(config: PipelineConfig, workspace: Workspace) throws {
        _ = try Confinement(inputRoot: workspace.inputRoot)
        let feeds = config.definitions.keys.sorted()
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard !feeds.contains(where: { fm.fileExists(atPath: "\(workspace.inputRoot)/\($0)", isDirectory: &isDir) && isDir.boolValue }) else { return }
        let held = ((try? fm.contentsOfDirectory(atPath: workspace.inputRoot)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        let holds = held.isEmpty ? "is empty" : "holds \(held.prefix(5).map { MessageText.quote($0) }.joined(separator: ", "))\(held.count > 5 ? ", ..." : "")"
        throw MigstatError.configuration("""
            input folder \(workspace.inputRoot) \(holds), but none of the feed folders migstat reads \
            (\(feeds.joined(separator: ", ")), each with <year>/ folders); nothing written. Point --input at the \
            folder that holds them (e.g. --input /data/feeds, not /data/feeds/\(feeds[0])).
            """)
    }

    /// Every input year, for a run given no `--year`: none at all is a
    /// mistake too (feed folders with no `<year>/` folder in any).
    static func inputYears(config: PipelineConfig, workspace: Workspace) throws -> [Int] {
        try checkFolder(config: config, workspace: workspace)
        let years = workspace.inputYears(feeds: config.definitions.keys.sorted())
        guard !years.isEmpty else {
            throw MigstatError.configuration(
                "no input years under \(workspace.inputRoot): none of its feed folders holds a <year>/ folder (e.g. "
                + "\(workspace.inputRoot)/\(config.definitions.keys.sorted()[0])/2003/); nothing written")
        }
        return years
    }
}
