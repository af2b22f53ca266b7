import GRDB

extension BatchWriter {
    /// Whether the stored record with this source and reference had its personal data erased
    /// (`erased_record`).
    func isErased(_ source: DatabaseValue, _ reference: DatabaseValue) throws -> Bool {
        let select = try db.cachedStatement(sql: "SELECT 1 FROM erased_record WHERE source = ? AND reference = ?")
        return try select.firstRow(binding: [source, reference], in: db) != nil
    }
}

extension IncidentColumns {
    /// Positions in ``names`` of every column that holds personal data (the five plaintext
    /// columns of the first schema, the sealed fields and their digest).
    static let personalPositions = [10, 11, 12, 13, 14, sealedPosition, digestPosition]

    /// Empties the personal columns of a record's data column values (in ``names`` order).
    static func clearPersonal(_ values: inout ArraySlice<DatabaseValue>) {
        for position in personalPositions { values[values.startIndex + position] = .null }
    }
}

/// The result of a committed batch.
public struct BatchResult: Sendable {
    /// The stored batch.
    public let batch: ImportBatch
    /// Earlier batches of a file with the same checksum.
    public let earlierIdentical: [ImportBatch]
}
