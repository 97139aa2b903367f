import Foundation
@testable import MigstatCore
import XCTest

/// The queue a year's files and feeds run on (`Pipeline.process`).
final class WorkQueueTests: XCTestCase {
    /// One job: on the calling thread, urgent tasks first, each kind in the order
    /// added, and tasks added by tasks run before the queue returns.
    func testOneJobRunsUrgentTasksFirstAndWhatTasksAdd() {
        let queue = WorkQueue()
        var order: [String] = []
        queue.add { order.append("a1"); queue.add(urgent: true) { order.append("u1") } }
        queue.add { order.append("a2"); queue.add { order.append("a4") } }
        queue.add { order.append("a3") }
        queue.run(jobs: 1)
        XCTAssertEqual(order, ["a1", "u1", "a2", "a3", "a4"])
    }

    /// Two jobs: every task runs once, those added late included, and `run`
    /// returns only when the last is done, although a thread found the queue
    /// empty while another task was still to add work.
    func testTwoJobsRunEveryTaskOnceAndWaitForTheLast() {
        let queue = WorkQueue()
        let lock = NSLock()
        var done: [Int] = []
        func record(_ n: Int) { lock.withLock { done.append(n) } }
        queue.add {
            Thread.sleep(forTimeInterval: 0.2)   // the other thread finds nothing queued meanwhile
            for n in 1...50 { queue.add(urgent: n % 2 == 0) { record(n) } }
        }
        queue.run(jobs: 2)
        XCTAssertEqual(done.sorted(), Array(1...50))
    }
}
