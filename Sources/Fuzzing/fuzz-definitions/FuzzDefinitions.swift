import FuzzSupport
import MigstatCore

/// The YAML feed-definition loader over any text: a definition is analyst-edited,
/// so a broken one must end in a clear error, never a crash.
@main enum FuzzDefinitions {
    static func main() {
        FuzzDriver.main { data in
            FuzzDriver.withTemporaryFile(data) { path in
                if let def = try? FeedDefinition.load(path: path) {
                    for kind in def.files where def.format == .xml { _ = def.xmlLayout(kind) }
                    _ = def.format == .csv ? def.csvDialect.delimiter : 0
                }
            }
        }
    }
}
