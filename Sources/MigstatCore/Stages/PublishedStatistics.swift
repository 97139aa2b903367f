/// A published statistics file read back from its SDMX-CSV text, for checks
/// that compare statistics: each row's values by column name.
struct PublishedStatistics: Sendable {
    let header: [String]
    let rows: [[String]]

    init(csv text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).makeIterator()
        header = lines.next().map { PublishedCSV.fields($0) } ?? []
        var rows: [[String]] = []
        while let line = lines.next() { rows.append(PublishedCSV.fields(line)) }
        self.rows = rows
    }

    /// `OBS_VALUE` of the row whose dimensions have these values, named by
    /// column (`["MEASURE": "POP_END"]`); a dimension not named is `_T`. Nil
    /// when the file has no such row.
    func value(_ dimensions: [String: String]) -> String? {
        guard let valueColumn = header.firstIndex(of: "OBS_VALUE"), valueColumn >= 3 else { return nil }
        let named = header[3..<valueColumn].enumerated().map { (3 + $0.offset, dimensions[$0.element] ?? "_T") }
        return rows.first { row in row.count == header.count && named.allSatisfy { row[$0.0] == $0.1 } }?[valueColumn]
    }
}
