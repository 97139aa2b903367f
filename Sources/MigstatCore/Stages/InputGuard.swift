import Foundation

/// Operator mistakes fail loudly instead of unpublishing: a mistyped
/// `--input`, a feed folder that went missing, or a definition whose pattern
/// no longer matches the files the last run read would otherwise publish a
/// year without that feed, with exit 0. Checked before a year is touched.
enum InputGuard {
    static func check(year: Int, config: PipelineConfig, workspace: Workspace) throws {
        _ = try Confinement(inputRoot: workspace.inputRoot)
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
}
