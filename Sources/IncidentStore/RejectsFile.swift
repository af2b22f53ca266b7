import GRDB

/// The file an import wrote its rejected rows to (`incidents import --skip-invalid FILE`),
/// recorded in the batch's own transaction with the file's SHA-256: a run killed after the commit
/// and before the file's rename leaves it hidden, and the next import or `incidents batches` puts
/// that very file in place.
public struct RejectsFile: Sendable, Hashable {
    /// The import batch that rejected the rows.
    public let batchID: Int64
    /// Where the file was written (an absolute path).
    public let path: String
    /// The file's SHA-256, lower-case hex.
    public let sha256: String
}

extension BatchWriter {
    /// Records the batch's rejected rows' file (`path` absolute) and its SHA-256.
    public func recordRejects(path: String, sha256: String) throws {
        try db.execute(
            sql: "INSERT INTO rejects_file (batch_id, path, sha256) VALUES (?, ?, ?)",
            arguments: [batchID, path, sha256])
    }
}

extension IncidentStore {
    /// Every import's rejected rows' file, oldest first.
    public func rejectsFiles() throws(StoreError) -> [RejectsFile] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT batch_id, path, sha256 FROM rejects_file ORDER BY batch_id").map {
                RejectsFile(batchID: $0[0], path: $0[1], sha256: $0[2])
            }
        }
    }
}
