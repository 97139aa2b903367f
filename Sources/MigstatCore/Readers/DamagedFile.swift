/// A file that cannot be read as a whole: it is quarantined with this line and message.
struct DamagedFile: Error, CustomStringConvertible, Equatable {
    let line: Int
    let message: String
    init(line: Int, message: String) { self.line = line; self.message = MessageText.quote(message, limit: 240) }
    var description: String { "line \(line): \(message)" }
}
