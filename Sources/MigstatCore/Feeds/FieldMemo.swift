/// A rule's result for each distinct value of a field, computed once: extract
/// gives each distinct value of a column a small id (`ExtractedRecord.valueID`),
/// so a million slips naming a few hundred countries resolve a few hundred
/// times. Values written inline (ids, long texts) are computed every time.
struct FieldMemo<Value> {
    private var byID: [Value?] = []

    mutating func value(_ r: ExtractedRecord, _ field: Int, _ compute: () -> Value) -> Value {
        let id = r.valueID(field)
        guard id >= 0 else { return compute() }
        if id < byID.count, let known = byID[id] { return known }
        let v = compute()
        if id >= byID.count { byID.append(contentsOf: repeatElement(nil, count: id + 1 - byID.count)) }
        byID[id] = v
        return v
    }
}

/// The same for a result that depends on several fields, by their ids together.
struct FieldsMemo<Value> {
    private var byIDs: [Int: Value] = [:]

    mutating func value(_ r: ExtractedRecord, _ a: Int, _ b: Int, _ compute: () -> Value) -> Value {
        let ids = (r.valueID(a), r.valueID(b))
        guard ids.0 >= 0, ids.1 >= 0 else { return compute() }
        return value(key: ids.0 << ExtractedColumns.idBits | ids.1, compute)
    }

    mutating func value(_ r: ExtractedRecord, _ a: Int, _ b: Int, _ c: Int, _ compute: () -> Value) -> Value {
        let ids = (r.valueID(a), r.valueID(b), r.valueID(c))
        guard ids.0 >= 0, ids.1 >= 0, ids.2 >= 0 else { return compute() }
        let bits = ExtractedColumns.idBits
        return value(key: ids.0 << (2 * bits) | ids.1 << bits | ids.2, compute)
    }

    private mutating func value(key: Int, _ compute: () -> Value) -> Value {
        if let known = byIDs[key] { return known }
        let v = compute()
        byIDs[key] = v
        return v
    }
}
