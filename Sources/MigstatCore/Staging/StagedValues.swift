/// Values rules write again and again (codes, ISO dates, groups), each
/// staged once: escaped into one arena and numbered, so rules hold small
/// numbers, and writing a record's field is a copy of staged bytes, with no
/// String to retain and no escaping to test for each record. A few thousand
/// values at most: the rules stage only what their memos resolved.
struct StagedValues: ~Copyable {
    private var arena: UnsafeMutablePointer<UInt8>
    private var capacity = 1 << 12
    private var used = 0
    /// Value `k` is `arena[starts[k]..<starts[k + 1]]`.
    private var starts: [Int] = [0]
    private var numbers: [String: Int32] = [:]

    init() { arena = .allocate(capacity: capacity) }

    deinit { arena.deallocate() }

    /// The value's number, staged the first time it is seen.
    mutating func number(_ value: String) -> Int32 {
        if let known = numbers[value] { return known }
        var escaped: [UInt8] = []
        StagingFormat.appendEscaped(value.utf8, to: &escaped)
        if used + escaped.count > capacity {
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: max(2 * capacity, used + escaped.count))
            larger.update(from: arena, count: used)
            arena.deallocate()
            (arena, capacity) = (larger, max(2 * capacity, used + escaped.count))
        }
        escaped.withUnsafeBufferPointer { (arena + used).update(from: $0.baseAddress!, count: $0.count) }
        used += escaped.count
        starts.append(used)
        let n = Int32(numbers.count)
        numbers[value] = n
        return n
    }

    /// Writes value `n` as the line's next field.
    func write(_ n: Int32, to out: some StagingFieldSink) {
        let start = starts[Int(n)]
        out.escapedFields(UnsafeBufferPointer(start: arena + start, count: starts[Int(n) + 1] - start))
    }
}
