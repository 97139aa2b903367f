import Yams

/// A YAML error as migstat says it: where and what, never the offending
/// line. Yams quotes the line with a caret under it, and migstat.yaml's
/// `database:` line may hold a connection URL with a password: no secret
/// reaches a log through a typo near it.
enum YAMLErrorText {
    static func describe(_ error: Error) -> String {
        guard let yaml = error as? YamlError else { return String(describing: error) }
        switch yaml {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            return "line \(mark.line), column \(mark.column): \(context.map { "\($0.text), " } ?? "")\(problem)"
        case let .reader(problem, offset, _, _):
            return "\(problem)\(offset.map { " at byte \($0)" } ?? "")"
        case let .duplicatedKeysInMapping(duplicates, context):
            return "keys defined twice: \(duplicates.joined(separator: ", ")) (\(context.mark))"
        default:
            return String(describing: yaml)
        }
    }
}
