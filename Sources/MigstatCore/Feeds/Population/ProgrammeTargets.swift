import Foundation
import Yams

/// The population the city's programme aims for at the end of each year
/// (`pipelines/programme.yaml`, `population_targets`), in thousand persons:
/// one number, or a range as `[lowest, highest]`, each kept as a decimal
/// with one place, as the programme writes it (525.0, 550.0–600.0).
enum ProgrammeTargets {
    static let file = "programme.yaml"

    enum Target: Equatable {
        case value(String)
        case range(String, String)
    }

    /// The targets by year; none when the folder has no programme file. A file
    /// that cannot be read as targets is an error naming it and the form to write.
    static func load(pipelines: String) throws -> [Int: Target] {
        let path = "\(pipelines)/\(file)"
        guard let text = TextFile.read(path) else { return [:] }
        func bad(_ what: String) -> MigstatError {
            .configuration("\(path): \(what); write `population_targets:` with a line per year, `2004: 540.0` or `2005: [550.0, 600.0]` (thousand persons)")
        }
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch { throw bad("not valid YAML (\(error))") }
        guard let targets = root?.mapping?["population_targets"]?.mapping else { throw bad("no `population_targets`") }
        var out: [Int: Target] = [:]
        for (key, node) in targets {
            guard let year = key.string.flatMap({ Int($0) }), (1900...2999).contains(year) else { throw bad("`\(key.string ?? "?")` is not a year") }
            func number(_ n: Node?) throws -> String {
                guard let s = n?.scalar?.string, let d = Decimal(string: s), s.allSatisfy({ $0.isNumber || $0 == "." }),
                      d > 0 else { throw bad("the target of \(year) is not a positive number") }
                return ReportNumber.fixed(d, 1)
            }
            if let list = node.sequence {
                guard list.count == 2 else { throw bad("the range of \(year) is not two numbers") }
                let (low, high) = (try number(list[0]), try number(list[1]))
                guard Decimal(string: low)! <= Decimal(string: high)! else { throw bad("the range of \(year) runs downwards") }
                out[year] = .range(low, high)
            } else {
                out[year] = .value(try number(node))
            }
        }
        return out
    }
}
