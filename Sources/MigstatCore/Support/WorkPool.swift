import Foundation

/// Independent items mapped side by side (the feeds' tables, a feed's file
/// hashes): `jobs` threads of a `WorkQueue` take them in the order given.
/// Each item writes only its own files, so the outputs are the same bytes
/// whatever the number of jobs; a failure is rethrown after every started item has finished, the
/// first in item order, so the error a run reports does not depend on timing.
enum WorkPool {
    /// The machine's cores: the default for `--jobs`.
    static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    static func map<T>(_ count: Int, jobs: Int, _ body: (Int) throws -> T) throws -> [T] {
        if jobs <= 1 || count <= 1 { return try (0..<count).map(body) }
        var results = [Result<T, Error>?](repeating: nil, count: count)
        let lock = NSLock()
        withoutActuallyEscaping(body) { body in
            let queue = WorkQueue()
            for i in 0..<count {
                queue.add {
                    let result = Result { try body(i) }
                    lock.withLock { results[i] = result }
                }
            }
            queue.run(jobs: jobs)
        }
        return try results.map { try $0!.get() }
    }
}
