import Foundation

/// A bounded pool for independent work (the feeds of a year): `jobs` threads
/// take items in the order given until none is left. Each item writes only
/// its own files, so the outputs are the same bytes whatever the number of
/// jobs; a failure is rethrown after every started item has finished, the
/// first in item order, so the error a run reports does not depend on timing.
enum WorkPool {
    /// The machine's cores: the default for `--jobs`.
    static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    static func map<T>(_ count: Int, jobs: Int, _ body: (Int) throws -> T) throws -> [T] {
        if jobs <= 1 || count <= 1 { return try (0..<count).map(body) }
        let queue = Queue<T>(count: count)
        withoutActuallyEscaping(body) { body in
            let group = DispatchGroup()
            for _ in 0..<min(jobs, count) {
                DispatchQueue.global().async(group: group) {
                    while let i = queue.take() { queue.put(i, Result { try body(i) }) }
                }
            }
            group.wait()
        }
        return try queue.results.map { try $0!.get() }
    }

    static func forEach(_ count: Int, jobs: Int, _ body: (Int) throws -> Void) throws {
        _ = try map(count, jobs: jobs, body)
    }

    /// The items not yet taken and the results so far, under one lock.
    private final class Queue<T>: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private(set) var results: [Result<T, Error>?]

        init(count: Int) { results = Array(repeating: nil, count: count) }

        func take() -> Int? {
            lock.withLock {
                guard next < results.count else { return nil }
                defer { next += 1 }
                return next
            }
        }

        func put(_ i: Int, _ result: Result<T, Error>) { lock.withLock { results[i] = result } }
    }
}
