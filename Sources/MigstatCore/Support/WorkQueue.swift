import Foundation

/// Work that adds work: `jobs` threads take tasks, urgent ones first, each
/// kind in the order added, until none is queued or running. A year's files
/// are tasks, and a feed's last file adds the feed's normalise as an urgent
/// task, so neither core waits for a whole stage to end (`Pipeline.process`).
/// With one job the tasks run on the calling thread, in that same order.
///
/// Tasks report their own errors (the queue only runs them): each writes
/// only its own files, so the outputs do not depend on who ran what.
final class WorkQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var urgent: [() -> Void] = [], normal: [() -> Void] = []
    private var nextUrgent = 0, nextNormal = 0
    private var running = 0

    func add(urgent isUrgent: Bool = false, _ task: @escaping () -> Void) {
        condition.withLock {
            if isUrgent { urgent.append(task) } else { normal.append(task) }
            condition.signal()
        }
    }

    /// Runs the tasks, and those they add, on `jobs` threads; returns when all are done.
    func run(jobs: Int) {
        guard jobs > 1 else { return work() }
        let group = DispatchGroup()
        for _ in 0..<jobs { DispatchQueue.global().async(group: group) { self.work() } }
        group.wait()
    }

    private func work() {
        while let task = take() {
            task()
            condition.withLock {
                running -= 1
                condition.broadcast()   // the last task done: the idle threads may end
            }
        }
    }

    private func take() -> (() -> Void)? {
        condition.withLock {
            while true {
                if nextUrgent < urgent.count { return start(&urgent, &nextUrgent) }
                if nextNormal < normal.count { return start(&normal, &nextNormal) }
                if running == 0 { return nil }
                condition.wait()   // a running task may add more
            }
        }
    }

    private func start(_ tasks: inout [() -> Void], _ next: inout Int) -> () -> Void {
        running += 1
        defer { tasks[next] = {}; next += 1 }   // let go of what the task holds once taken
        return tasks[next]
    }
}
