import Foundation
import Yams

/// Everything under `pipelines/`: the run settings, every feed definition and the code lists.
public struct PipelineConfig {
    var directory: String
    /// `ref_area` of migstat.yaml: the region of every statistic and of its rows in the database.
    public var refArea: String
    var definitions: [String: FeedDefinition]
    var definitionFiles: [String]
    var codeLists: CodeLists
    /// `database:` of migstat.yaml, as written (DatabaseLocation parses it).
    public var database: String?
    /// `database_group:` of migstat.yaml, resolved: the group that may read a SQLite database (0640); nil keeps it 0600.
    public var databaseGroup: DatabaseGroup?
    /// The report's words, checked with the definitions (a missing label is exit 2);
    /// nil when the pipelines folder has no `report/` (then no report is written).
    var reportLabels: ReportLabels?

    struct Settings: Decodable {
        var refArea: String?
        var codelists: String?
        var database: String?
        var databaseGroup: String?
        enum CodingKeys: String, CodingKey { case refArea = "ref_area", codelists, database, databaseGroup = "database_group" }
    }

    /// The YAML files of the pipelines folder that define no feed: the run's
    /// settings, and the programme's targets the report shows (`programme.yaml`).
    static let notDefinitions: Set<String> = ["migstat.yaml", "programme.yaml"]

    public static func load(directory: String) throws -> PipelineConfig {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDir), isDir.boolValue else {
            throw MigstatError.configuration("pipelines folder \(directory) not found (use --pipelines DIR)")
        }
        var settings = Settings()
        let settingsPath = (directory as NSString).appendingPathComponent("migstat.yaml")
        if let text = TextFile.read(settingsPath) {
            let tree: Node?
            do {
                tree = try Yams.compose(yaml: text, Resolver.basic.appending(.merge))   // as YAMLDecoder composes: every scalar a string
                settings = try tree.map { try YAMLDecoder().decode(Settings.self, from: $0) } ?? YAMLDecoder().decode(Settings.self, from: text)
            } catch {
                throw MigstatError.configuration("\(settingsPath) is not valid: \(YAMLErrorText.describe(error))")
            }
            if let tree { try DefinitionKeys.checkSettings(tree, path: settingsPath) }
        }
        if let area = settings.refArea { try checkRefArea(area, path: settingsPath) }
        // Here, before any command writes: a group this machine lacks, or this user may not give, is exit 2.
        let group = try settings.databaseGroup.map { try DatabaseGroup.resolve($0, source: settingsPath) }
        var defs: [String: FeedDefinition] = [:]
        var files: [String] = FileManager.default.fileExists(atPath: settingsPath) ? [settingsPath] : []
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names.sorted() where name.hasSuffix(".yaml") && !notDefinitions.contains(name) {
            let path = (directory as NSString).appendingPathComponent(name)
            let def = try FeedDefinition.load(path: path)
            guard FeedRegistry.known.contains(def.feed) else {
                throw MigstatError.configuration("\(path): unknown feed '\(def.feed)'; migstat knows \(FeedRegistry.known.joined(separator: ", "))")
            }
            guard defs[def.feed] == nil else { throw MigstatError.configuration("\(path): feed '\(def.feed)' is defined twice") }
            defs[def.feed] = def
            files.append(path)
        }
        guard !defs.isEmpty else { throw MigstatError.configuration("no feed definitions (*.yaml) in \(directory)") }
        let lists = try CodeLists(directory: (directory as NSString).appendingPathComponent(settings.codelists ?? "codelists"))
        let config = PipelineConfig(directory: directory, refArea: settings.refArea ?? "KZ-71",
                                    definitions: defs, definitionFiles: files, codeLists: lists, database: settings.database,
                                    databaseGroup: group)
        try config.checkRules()
        var checked = config
        // The report's words and layout, when this pipelines folder has a report.
        if FileManager.default.fileExists(atPath: "\(directory)/report") {
            checked.reportLabels = try ReportLabels.load(directory: directory)
            _ = try ReportBuilder.loadTemplates(directory: "\(directory)/report")
        }
        return checked
    }

    /// `ref_area` is a code (STATISTICS.md: `KZ-71` unless configured): it goes into every statistics file and
    /// every key of the database, so a stray space, newline or comma would break both, every night.
    static func checkRefArea(_ area: String, path: String) throws {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.".unicodeScalars)
        let scalars = area.unicodeScalars
        guard (1...32).contains(scalars.count), scalars.allSatisfy(allowed.contains),
              let first = scalars.first, CharacterSet.alphanumerics.contains(first) else {
            throw MigstatError.configuration(
                "\(path): ref_area `\(MessageText.quote(area))` is not a region code: give 1 to 32 letters, digits, "
                + "'-', '_' or '.', starting with a letter or digit (e.g. KZ-71)")
        }
    }
}
