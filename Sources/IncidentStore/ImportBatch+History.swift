import GRDB
import IncidentModel

extension IncidentStore {
    /// Every change re-imports made to the record from `source` with `reference`, oldest first.
    public func changes(source: Source, reference: String) throws(StoreError) -> [RecordChange] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT c.batch_id, c.field, c.old_value, c.new_value FROM incident_change c
                    JOIN incident i ON i.id = c.incident_id WHERE i.source = ? AND i.reference = ? ORDER BY c.id
                    """, arguments: [source.name, reference]
            ).map {
                RecordChange(
                    batchID: $0["batch_id"], field: $0["field"], oldValue: $0["old_value"], newValue: $0["new_value"])
            }
        }
    }

    /// Record counts by source and status, for summaries.
    public func recordCounts() throws(StoreError) -> [(source: String, status: String, count: Int)] {
        try read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT source, status, count(*) AS n FROM incident GROUP BY source, status ORDER BY source, status"
            )
            .map { (source: $0["source"], status: $0["status"], count: $0["n"]) }
        }
    }
}

/// One field a re-import changed.
public struct RecordChange: Sendable, Hashable {
    /// The batch that changed it.
    public let batchID: Int64
    /// The interchange field.
    public let field: String
    /// The stored value before.
    public let oldValue: String?
    /// The value after.
    public let newValue: String?
}
