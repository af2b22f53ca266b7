import GRDB
import IncidentModel

/// The records the last `incidents link` did not compare: imported or changed by a later batch.
/// Until it runs again, an incident the police and the team both recorded may count twice (a
/// police record not yet linked counts on its own), and a changed record keeps the link made
/// from what it said before.
public struct LinkLag: Sendable, Equatable {
    /// Counted police records added or changed since the last run (all of them when there has
    /// been none and the team has records of its own).
    public var police: Int
    /// The team's own records added or changed since the last run (a new one may be a police
    /// record's partner; a changed one may no longer be its linked partner's).
    public var own: Int
    /// Whether no run has been made at all.
    public var neverLinked: Bool

    public init(police: Int, own: Int, neverLinked: Bool) {
        self.police = police
        self.own = own
        self.neverLinked = neverLinked
    }

    /// Nothing waits: the figures are as linked.
    public var isEmpty: Bool { police == 0 && (own == 0 || neverLinked) }

    /// What to say beside figures read meanwhile (the command line, the web pages); nil when
    /// nothing waits.
    public var note: String? {
        guard !isEmpty else { return nil }
        if neverLinked {
            return """
                Note: the \(police.grouped) police record\(police == 1 ? " has" : "s have") not been compared with \
                the team's own records (`incidents link` has not run): an incident both recorded counts twice in \
                these figures until it does.
                """
        }
        var parts: [String] = []
        if police > 0 { parts.append("\(police.grouped) police record\(police == 1 ? "" : "s")") }
        if own > 0 { parts.append("\(own.grouped) of the team's own record\(own == 1 ? "" : "s")") }
        return """
            Note: \(parts.joined(separator: " and ")) \(police + own == 1 ? "was" : "were") imported or changed \
            after the last `incidents link`: until it runs again, an incident both recorded may count twice, and a \
            changed record keeps the link made from what it said before.
            """
    }
}

extension IncidentStore {
    /// What the last link run has not seen (see ``LinkLag``). Cheap when nothing was imported
    /// since the run (the batch table alone); otherwise one pass over the records.
    public func linkLag() throws(StoreError) -> LinkLag {
        try read { db in
            let run = try Row.fetchOne(db, sql: "SELECT id, last_batch_id FROM link_run ORDER BY id DESC LIMIT 1")
            guard let run else {
                // Never linked: every counted police record is uncompared, unless there is none of
                // the team's own to compare it with (then nothing can count twice).
                let own = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM incident WHERE source = 'cst')")
                guard own == true else { return LinkLag(police: 0, own: 0, neverLinked: true) }
                let police =
                    try Int.fetchOne(
                        db, sql: "SELECT count(*) FROM incident WHERE source = 'police' AND status = 'antisemitic'")
                    ?? 0
                return LinkLag(police: police, own: 0, neverLinked: true)
            }
            // A run made before the database recorded what it saw: unknown, so nothing is said.
            guard let seen = run["last_batch_id"] as Int64? else {
                return LinkLag(police: 0, own: 0, neverLinked: false)
            }
            let changedSince =
                try Int.fetchOne(
                    db, sql: "SELECT coalesce(sum(rows_inserted + rows_updated), 0) FROM import_batch WHERE id > ?",
                    arguments: [seen]) ?? 0
            guard changedSince > 0 else { return LinkLag(police: 0, own: 0, neverLinked: false) }
            var lag = LinkLag(police: 0, own: 0, neverLinked: false)
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT source, count(*) AS n FROM incident WHERE last_batch_id > ?
                        AND (source = 'cst' OR (source = 'police' AND status = 'antisemitic'))
                    GROUP BY source
                    """, arguments: [seen])
            {
                if row["source"] == "police" { lag.police = row["n"] } else { lag.own = row["n"] }
            }
            return lag
        }
    }
}
