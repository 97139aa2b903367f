import Foundation

/// What of a PostgreSQL connection setting is secret, found as libpq finds it,
/// and the setting shown without it. DATABASE.md: the password comes from
/// `PGPASSWORD` or `~/.pgpass`, never from a command-line argument, because
/// `ps`, shell history, cron mail and the JSON log all show the command line.
enum PostgresURL {
    /// libpq's parameters whose values are secrets (those its conninfo
    /// options mark for hidden display). Paths (`passfile`, `sslkey`) are not.
    static let secretParameters: Set<String> = ["password", "sslpassword", "oauth_client_secret"]

    /// Where a secret sits in `text`: its name and the range of its value.
    struct Secret {
        let name: String
        let value: Range<String.Index>
    }

    /// The secrets `text` carries: a password after the user name in a URI's
    /// user info (`postgresql://user:secret@host`), and secret query parameters
    /// (`?password=…`, keys percent-decoded as libpq decodes them, any case,
    /// with or without a value); in a `key=value` connection string, secret keys.
    static func secrets(in text: String) -> [Secret] {
        guard let scheme = text.range(of: "://") else { return keywordSecrets(in: text) }
        var found: [Secret] = []
        let rest = scheme.upperBound
        // libpq reads user info up to the first `@` before any `/`.
        var i = rest
        while i < text.endIndex, text[i] != "@", text[i] != "/" { i = text.index(after: i) }
        var hostStart = rest
        if i < text.endIndex, text[i] == "@" {
            if let colon = text[rest..<i].firstIndex(of: ":") {
                found.append(Secret(name: "a password after the user name", value: text.index(after: colon)..<i))
            }
            hostStart = text.index(after: i)
        }
        guard let question = text[hostStart...].firstIndex(of: "?") else { return found }
        var start = text.index(after: question)
        while start <= text.endIndex {
            let end = text[start...].firstIndex(of: "&") ?? text.endIndex
            let parameter = text[start..<end]
            let equals = parameter.firstIndex(of: "=")
            let key = decoded(String(parameter[..<(equals ?? end)])).lowercased()
            if secretParameters.contains(key) {
                found.append(Secret(name: "\(key)=", value: (equals.map { text.index(after: $0) } ?? end)..<end))
            }
            guard end < text.endIndex else { break }
            start = text.index(after: end)
        }
        return found
    }

    /// `text` with every secret value shown as `***`: for every message and
    /// log line that names a database.
    static func redacted(_ text: String) -> String {
        var out = text
        // From the last, so that earlier ranges stay valid.
        for secret in secrets(in: text).sorted(by: { $0.value.lowerBound > $1.value.lowerBound }) where !secret.value.isEmpty {
            out.replaceSubrange(secret.value, with: "***")
        }
        return out
    }

    /// `host=… password=…`: libpq's keyword form, which migstat does not take,
    /// but which a mistaken setting may hold and a message may echo.
    private static func keywordSecrets(in text: String) -> [Secret] {
        var found: [Secret] = []
        var i = text.startIndex
        while i < text.endIndex {
            while i < text.endIndex, text[i].isWhitespace { i = text.index(after: i) }
            let start = i
            while i < text.endIndex, !text[i].isWhitespace, text[i] != "=" { i = text.index(after: i) }
            let key = text[start..<i].lowercased()
            while i < text.endIndex, text[i].isWhitespace { i = text.index(after: i) }
            guard i < text.endIndex, text[i] == "=" else { continue }
            i = text.index(after: i)
            while i < text.endIndex, text[i].isWhitespace { i = text.index(after: i) }
            let valueStart = i
            if i < text.endIndex, text[i] == "'" {
                i = text.index(after: i)
                while i < text.endIndex, text[i] != "'" {
                    if text[i] == "\\" { i = text.index(after: i); if i == text.endIndex { break } }
                    i = text.index(after: i)
                }
                if i < text.endIndex { i = text.index(after: i) }
            } else {
                while i < text.endIndex, !text[i].isWhitespace { i = text.index(after: i) }
            }
            if secretParameters.contains(key) { found.append(Secret(name: "\(key)=", value: valueStart..<i)) }
        }
        return found
    }

    /// Percent-decoding as libpq does it for URI keys; text that does not
    /// decode stays as it is (libpq refuses it anyway).
    private static func decoded(_ s: String) -> String {
        guard s.contains("%") else { return s }
        return s.removingPercentEncoding ?? s
    }
}
