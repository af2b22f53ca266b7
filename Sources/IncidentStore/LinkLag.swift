import GRDB
import IncidentModel

/// What the last `incidents link` has not compared. Until it runs again, an incident the police
/// and the team both recorded may count twice (a police record not yet linked counts on its own),
/// and a changed record keeps the link made from what it said before.
public struct LinkLag: Sendable, Equatable {
    /// Before any run (and with records of the team's own to compare with): the counted police
    /// records, every one of them uncompared. After a run: 0.
    public var police: Int
    /// After a run: the records later imports added or changed (as the imports counted them).
    public var changed: Int
    /// Whether no run has been made at all.
    public var neverLinked: Bool

    public init(police: Int, changed: Int, neverLinked: Bool) {
        self.police = police
        self.changed = changed
        self.neverLinked = neverLinked
    }

    /// Nothing waits: the figures are as linked.
    public var isEmpty: Bool { police == 0 && changed == 0 }

    /// What to say beside figures read meanwhile (the command line, the web pages); nil when
    /// nothing waits.
    public var note: String? {
        guard !isEmpty else { return nil }
        if neverLinked {
            return """
                Note: the \(police.grouped) counted police record\(police == 1 ? "" : "s") on file \
                \(police == 1 ? "has" : "have") not been compared with the team's own records (`incidents link` has \
                not run): an incident both recorded counts twice in these figures until it does.
                """
        }
        return """
            Note: \(changed.grouped) record\(changed == 1 ? " was" : "s were") imported or changed after the last \
            `incidents link`: until it runs again, an incident both recorded may count twice, and a changed record \
            keeps the link made from what it said before.
            """
    }
}

extension IncidentStore {
    /// What the last link run has not seen (see ``LinkLag``), from the kept summaries and the
    /// import batches only: no pass over the records (a `figures` call pays for it).
    public func linkLag() throws(StoreError) -> LinkLag {
        try read { db in
            let run = try Row.fetchOne(db, sql: "SELECT id, last_batch_id FROM link_run ORDER BY id DESC LIMIT 1")
            guard let run else {
                // Never linked: every counted police record is uncompared, unless there is none of
                // the team's own to compare it with (then nothing can count twice).
                let own = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM incident WHERE source = 'cst')")
                guard own == true else { return LinkLag(police: 0, changed: 0, neverLinked: true) }
                // (The monthly summary's counted records by source: a few hundred rows.)
                let police =
                    try Int.fetchOne(
                        db,
                        sql: """
                            SELECT coalesce(sum(n), 0) FROM monthly_count WHERE col = 'source_kind' AND value = 'police'
                            """) ?? 0
                return LinkLag(police: police, changed: 0, neverLinked: true)
            }
            // A run made before the database recorded what it saw (and not filled by v17): unknown.
            guard let seen = run["last_batch_id"] as Int64? else {
                return LinkLag(police: 0, changed: 0, neverLinked: false)
            }
            let changed =
                try Int.fetchOne(
                    db, sql: "SELECT coalesce(sum(rows_inserted + rows_updated), 0) FROM import_batch WHERE id > ?",
                    arguments: [seen]) ?? 0
            return LinkLag(police: 0, changed: changed, neverLinked: false)
        }
    }
}
