import Foundation
import GRDB
import IncidentModel
import Linkage

// Review: a person's decisions on pairs, the queue they are made from, and what a reviewer sees.
extension IncidentStore {
    /// Records a person's decision on pair `id` and applies it at once (states, groups, counts).
    /// Needs the audit key only: the decision, the pairs' states and the groups are read and
    /// written without opening a personal column (the web application's research pages use it
    /// with `actor` "web:NAME"; the command line leaves it nil, the operating-system account).
    /// `onlyQueued`: refuse a pair that is not in the review queue (`NotInQueue`), as when someone
    /// else decided it since the decider's page was made.
    public func decide(
        pair id: Int64, _ decision: LinkDecision, by person: String, at time: String, note: String? = nil,
        actor: String? = nil, onlyQueued: Bool = false
    ) throws(StoreError) -> StoredPair {
        let keys = try requireKeys()
        return try write { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql:
                        """
                        SELECT police_source, police_reference, own_source, own_reference, state FROM link_pair
                        WHERE id = ?
                        """,
                    arguments: [id])
            else {
                throw StoreError(path: path, message: "there is no pair \(id)", remedy: .listReviewQueue)
            }
            if onlyQueued,
                try !IncidentStore.reviewQueue(db, confirmBelow: LinkOptions.confirmBelow, reasons: false).contains(
                    where: { $0.id == id })
            {
                throw StoreError(
                    path: path, kind: .conflict,
                    message: "pair \(id) is not in the review queue (decided since, or never queued)",
                    remedy: .listReviewQueue)
            }
            // Skipping an automatic link to confirm leaves it linked and undecided: nothing to record.
            if decision == .skip && row[4] == PairState.linked.rawValue {
                return try IncidentStore.pairs(db, where: "p.id = ?", [id])[0]
            }
            try db.execute(
                sql: """
                    INSERT INTO link_decision (police_source, police_reference, own_source, own_reference, decision,
                        decided_by, decided_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (police_source, police_reference, own_source, own_reference) DO UPDATE SET
                        decision = excluded.decision, decided_by = excluded.decided_by, decided_at = excluded.decided_at
                    """, arguments: [row[0], row[1], row[2], row[3], decision.rawValue, person, time])
            _ = try IncidentStore.appendAudit(
                db, keys: keys, action: "review",
                details: [
                    "pair": String(id), "decision": decision.rawValue,
                    "police": "\(row[0] as String)/\(row[1] as String)",
                    "own": "\(row[2] as String)/\(row[3] as String)",
                ], note: note, at: time, actor: actor)
            let linkAbove =
                try Double.fetchOne(db, sql: "SELECT link_above FROM link_run ORDER BY id DESC LIMIT 1")
                ?? LinkOptions.standard.linkAbove
            _ = try IncidentStore.reassign(db, linkAbove: linkAbove)
            _ = try IncidentStore.regroup(db)
            return try IncidentStore.pairs(db, where: "p.id = ?", [id])[0]
        }
    }

    /// The review queue, the decisions that would change the figures most first (`priority`): of
    /// the queued pairs and the automatic links less likely than `confirmBelow` that no one has
    /// decided (to confirm or undo), as many as the queue's budget (`LinkOptions.reviewList`).
    /// `reasons`: false leaves each pair's reasons empty, unread (for counting the queue: after a
    /// 25-year run, reading every listed pair's reasons took half a second).
    public func reviewQueue(
        confirmBelow: Double = LinkOptions.confirmBelow, reasons: Bool = true
    ) throws(StoreError) -> [StoredPair] {
        try read { db in try IncidentStore.reviewQueue(db, confirmBelow: confirmBelow, reasons: reasons) }
    }

    static func reviewQueue(_ db: Database, confirmBelow: Double, reasons: Bool = true) throws -> [StoredPair] {
        let queued = try IncidentStore.pairs(
            db, where: "p.state = ?", [PairState.queued.rawValue], reasons: reasons)
        let policeRecords =
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM incident WHERE source = ?", arguments: [Source.police.name])
            ?? 0
        // Only the least likely links can be listed: no more of them than the queue's size are read.
        let linked = try IncidentStore.pairs(
            db, where: "p.state = ? AND p.probability < ? AND d.decision IS NULL",
            [
                PairState.linked.rawValue, confirmBelow,
                LinkOptions.reviewSize(queued: queued.count, policeRecords: policeRecords),
            ], order: "p.probability ASC, p.id LIMIT ?", reasons: reasons)
        let listed = LinkOptions.reviewList(
            queued: queued.map(\.probability), linked: linked.map(\.probability), policeRecords: policeRecords)
        return (listed.queued.map { queued[$0] } + listed.linked.map { linked[$0] })
            .sorted { ($0.priority, $1.id) > ($1.priority, $0.id) }
    }

    /// The queued pairs that `queue` (as `reviewQueue` lists it) leaves waiting for room.
    public func waitingBeyond(_ queue: [StoredPair]) throws(StoreError) -> Int {
        let queued = try read { db in
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM link_pair WHERE state = ?", arguments: [PairState.queued.rawValue]) ?? 0
        }
        return max(0, queued - queue.filter { !$0.isToConfirm }.count)
    }

    /// The pairs in `state` (all when nil), best first.
    public func linkPairs(state: PairState? = nil) throws(StoreError) -> [StoredPair] {
        try read { db in
            if let state { return try IncidentStore.pairs(db, where: "p.state = ?", [state.rawValue]) }
            return try IncidentStore.pairs(db, where: "1", [])
        }
    }

    /// The other stored pairs of a pair's police record or team record: its competing candidates.
    public func competingPairs(of pair: StoredPair) throws(StoreError) -> [StoredPair] {
        try read { db in
            try IncidentStore.pairs(
                db,
                where: """
                    p.id <> ? AND ((p.police_source = ? AND p.police_reference = ?) OR (p.own_source = ? AND
                        p.own_reference = ?))
                    """, [pair.id, pair.police.source, pair.police.reference, pair.own.source, pair.own.reference])
        }
    }

    /// A record's fields for showing side by side in review (the description included: the
    /// reviewer is on the research team; nothing here is exported).
    ///
    /// The description is sealed: it is opened when this store holds the data key, and left
    /// empty otherwise (the web application's store holds only the audit key).
    public func reviewRecord(_ key: RecordKey) throws(StoreError) -> [(String, String)] {
        let cipher = self.cipher
        return try read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT reference, source, date, category, police_force, location, postcode_district,
                            victim_type, method, description, personal
                        FROM incident WHERE source = ? AND reference = ?
                        """, arguments: [key.source, key.reference])
            else { return [] }
            let names = [
                "reference", "source", "date", "category", "police force", "location", "postcode district",
                "victim type", "method", "description",
            ]
            var fields = names.enumerated().map { ($1, (row[$0] as DatabaseValue).storage.text ?? "") }
            if let sealed = row["personal"] as Data?, let cipher,
                let opened = cipher.open(sealed, source: key.source, reference: key.reference)
            {
                fields[names.count - 1].1 = opened.description?.revealed ?? ""
            }
            return fields
        }
    }
}
