import Foundation

/// The JSON files migstat keeps (inventories, counts, quality, manifests):
/// written deterministically, read with a message that names the stage to rerun.
enum JSONFile {
    /// Deterministic JSON: sorted keys, pretty-printed, a final line end.
    static func encode<T: Encodable>(_ value: T) throws -> Data {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try enc.encode(value)
        data.append(0x0A)
        return data
    }

    static func write<T: Encodable>(_ value: T, to path: String) throws {
        try AtomicFile.write(try encode(value), to: URL(fileURLWithPath: path))
    }

    static func read<T: Decodable>(_ type: T.Type, from path: String, stage: String) throws -> T {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MigstatError.io("\(path) not found: run `migstat \(stage)` for this year first")
        }
        do { return try JSONDecoder().decode(T.self, from: data) } catch {
            throw MigstatError.io("\(path) is damaged (\(error)); rerun `migstat \(stage)`")
        }
    }
}
