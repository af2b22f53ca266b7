import Foundation
import GRDB
import IncidentModel
import Linkage
import Synchronization

/// One stored candidate pair, with both records' identities.
public struct StoredPair: Sendable, Hashable {
    public var id: Int64
    public var police: RecordKey
    public var own: RecordKey
    public var weight: Double
    public var probability: Double
    public var reasons: [LinkReason]
    public var state: PairState
    /// A person's decision, if any.
    public var decision: LinkDecision?

    /// How much a person's decision is expected to change the counted figures: a queued pair is
    /// counted as two incidents now, and accepting it (with the pair's probability of being
    /// right) makes them one; an automatic link to confirm counts as one, and undoing it (with
    /// the probability that it is wrong) makes two. The queue is listed in this order.
    public var priority: Double {
        switch state {
        case .queued: probability
        case .linked: 1 - probability
        default: 0
        }
    }

    /// Whether the pair is in the queue as an automatic link to confirm or undo.
    public var isToConfirm: Bool { state == .linked }

    public static func == (a: StoredPair, b: StoredPair) -> Bool { a.id == b.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

/// A record's source and reference: its identity across re-imports.
public struct RecordKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var source: String
    public var reference: String
    public init(source: String, reference: String) { self.source = source; self.reference = reference }
    public var description: String { source + ":" + reference }
    public static func < (a: RecordKey, b: RecordKey) -> Bool { (a.source, a.reference) < (b.source, b.reference) }
}

/// What a linkage run did.
public struct LinkRunSummary: Sendable {
    public var compared: Int
    public var linked: Int
    public var accepted: Int
    public var queued: Int
    public var rejected: Int
    public var groups: Int
    public var recordsGrouped: Int
    public var model: MatchModel
    /// The reporting delay compared, in days (set by the caller that scored the run).
    public var reportedWithinDays: Int? = nil
    /// The share of matches estimated 8 or more days late that widened it (nil: not widened).
    public var reportedLate: Double? = nil
}

/// A record's place in the deduplicated incidents (for `incidents links`).
public struct LinkMembership: Sendable {
    /// The deduplicated incident: its lead record's source and reference.
    public var incident: RecordKey
    public var record: RecordKey
    public var date: String
    /// The probability and state of the pair that put this record in its group (nil for a lead or a record alone).
    public var probability: Double?
    public var state: PairState?
}

extension IncidentStore {
    /// The police exchange records and the research team's records, as linkage compares them
    /// (the description is read for comparison only).
    public func linkRecords() throws(StoreError) -> (police: [LinkRecord], own: [LinkRecord]) {
        let read = try linkRecordsAndVersion()
        return (read.police, read.own)
    }

    /// The same, with the database's version as they were read (SQLite's `data_version` on this
    /// store's connection) and a fingerprint of the rows read: `saveLinkRun(readVersion:…)` saves
    /// nothing if another command has committed since and the rows are no longer the same.
    public func linkRecordsAndVersion() throws(StoreError) -> (
        police: [LinkRecord], own: [LinkRecord], version: Int, fingerprint: UInt64
    ) {
        // The descriptions are personal data, sealed: linkage needs the key.
        let cipher = try requireCipher()
        // A record whose sealed data this key cannot open (the key rotated meanwhile) would be
        // compared without its account: an error, not a quiet blank.
        let unopened = Mutex(0)
        /// Makes the records of a part's rows, opening their sealed data.
        @Sendable func open(_ rows: RawRows) -> [LinkRecord] {
            var records: [LinkRecord] = []
            records.reserveCapacity(rows.count)
            for row in 0..<rows.count {
                let text = { rows.text(row, $0) }
                guard let id = rows.integer(row, 0), let stored = text(1), let source = Source(stored),
                    let reference = text(2), let date = text(3).flatMap(CivilDate.init(iso:))
                else { continue }
                let sealed = rows.data(row, 13)
                let personal = sealed.flatMap { cipher.open($0, source: stored, reference: reference) }
                if sealed != nil && personal == nil { unopened.withLock { $0 += 1 } }
                records.append(
                    LinkRecord(
                        id: id, source: source, reference: reference, date: date,
                        category: text(4).flatMap(Category.init(rawValue:)),
                        policeForce: text(5).flatMap(PoliceForce.init(rawValue:)),
                        location: text(6), postcodeDistrict: text(7),
                        postcode: personal?.postcode?.revealed.description ?? text(11),
                        victimType: text(8).flatMap(VictimType.init(rawValue:)),
                        method: text(9).flatMap(Method.init(rawValue:)),
                        // (The plain columns hold something only in a database never sealed.)
                        description: personal?.description?.revealed ?? text(10),
                        offenderDescription: personal?.offenderDescription?.revealed ?? text(12)))
            }
            return records
        }
        // Read on this thread, part after part, as SQLite holds them; each part is made into
        // records (and opened) on another core while the next is read.
        let opened = Mutex<[Int: (records: [LinkRecord], fingerprint: UInt64)]>([:])
        let opening = DispatchGroup()
        let reading: Result<(parts: Int, version: Int), StoreError> = Result { () throws(StoreError) in
            try read { db in
                // The version of the snapshot read (the same read transaction as the records).
                let version = try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0
                var parts = 0
                func hand(_ rows: RawRows) {
                    let number = parts
                    parts += 1
                    DispatchQueue.global().async(group: opening) {
                        let records = open(rows), fingerprint = rows.fingerprint
                        opened.withLock { $0[number] = (records, fingerprint) }
                    }
                }
                try IncidentStore.forEachLinkPart(db, hand)
                return (parts, version)
            }
        }
        // (Also after a failed read: no part is left opening.)
        opening.wait()
        let (parts, version) = try reading.get()
        let failed = unopened.withLock { $0 }
        guard failed == 0 else {
            throw StoreError(
                path: path, kind: .noKey,
                message: """
                    the personal data of \(failed) records could not be opened with this key file (was the key \
                    rotated meanwhile?); nothing was linked
                    """,
                remedy: .giveKeyFile)
        }
        let byPart = opened.withLock { $0 }
        var police: [LinkRecord] = [], own: [LinkRecord] = []
        for record in (0..<parts).lazy.flatMap({ byPart[$0]!.records }) {
            if record.source.isPolice { police.append(record) } else { own.append(record) }
        }
        let fingerprint = IncidentStore.combined((0..<parts).map { byPart[$0]!.fingerprint })
        return (police, own, version, fingerprint)
    }

    /// The rows linkage reads, in parts of 2,048, as SQLite holds them.
    static func forEachLinkPart(_ db: Database, _ body: (RawRows) -> Void) throws {
        let statement = try db.makeStatement(
            sql: """
                SELECT id, source, reference, date, category, police_force, location, postcode_district,
                    victim_type, method, description, postcode, offender_description, personal
                FROM incident WHERE source IN ('cst', 'police')
                """)
        var part = RawRows(columns: 14, capacity: 2048)
        try statement.forEachRow(in: db) { handle in
            part.append(handle)
            if part.count == 2048 {
                body(part)
                part = RawRows(columns: 14, capacity: 2048)
            }
        }
        if part.count > 0 { body(part) }
    }

    /// The parts' fingerprints combined in order.
    static func combined(_ parts: [UInt64]) -> UInt64 {
        parts.reduce(0xcbf2_9ce4_8422_2325 as UInt64) { ($0 ^ $1) &* 0x0000_0100_0000_01B3 }
    }

    /// The fingerprint of the rows linkage reads, as they are now (`linkRecordsAndVersion`'s).
    static func linkFingerprint(_ db: Database) throws -> UInt64 {
        var parts: [UInt64] = []
        try forEachLinkPart(db) { parts.append($0.fingerprint) }
        return combined(parts)
    }

    /// Stores a linkage run: every kept pair (`verdicts`, and every pair a person accepted, whose
    /// verdict `judge` gives), each pair's state after the people's decisions and one-to-one
    /// assignment, then regroups the records and updates what counts. Pair ids are kept for pairs
    /// seen before. The linkage decides every score and reason; the store writes them down.
    public func saveLinkRun(
        _ verdicts: [PairVerdict], model: MatchModel, compared: Int, options: LinkOptions,
        police: [LinkRecord], own: [LinkRecord], at time: String, readVersion: Int? = nil,
        readFingerprint: UInt64? = nil,
        judge: (_ police: Int, _ own: Int) -> PairVerdict
    ) throws(StoreError) -> LinkRunSummary {
        // A page cache of up to 128 MB for the run (as for an import): a first run rewrites most
        // of the incident table's pages (their `link_kind`), which spilled from SQLite's default
        // 2 MB to the log and were read back.
        _ = try? queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA cache_size = -131072") }
        defer { _ = try? queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA cache_size = -2000") } }
        PhaseTiming.start()
        // (Where the time goes, with INCIDENTS_TIMING set: as for an import.)
        defer {
            PhaseTiming.mark("commit")
            PhaseTiming.report("link's save")
        }
        return try write { db in
            // Computed from the records as they were read: if another command (an import, an
            // erasure) committed since, saving would pair records that have changed. A commit
            // that left them as they were (an account added, a sign-in's audit entry) does not
            // count: their rows are read again here, under the write lock, and compared.
            if let readVersion, try Int.fetchOne(db, sql: "PRAGMA data_version") != readVersion,
                try readFingerprint.map({ try IncidentStore.linkFingerprint(db) != $0 }) ?? true
            {
                throw StoreError(
                    path: path, kind: .stale,
                    message: """
                        the records changed while they were being linked (another command committed); nothing \
                        was saved
                        """)
            }
            let modelJSON = String(decoding: try JSONEncoder().encode(model), as: UTF8.self)
            try db.execute(
                sql: """
                    INSERT INTO link_run (ran_at, link_above, review_above, window_days, pairs_compared, linked,
                        queued, model, last_batch_id)
                    VALUES (?, ?, ?, ?, ?, 0, 0, ?, (SELECT coalesce(max(id), 0) FROM import_batch))
                    """,
                arguments: [time, options.linkAbove, options.reviewAbove, options.windowDays, compared, modelJSON])
            let runID = db.lastInsertedRowID
            // The pairs of this run, plus accepted pairs it did not keep.
            var pairs = verdicts
            let accepted = try IncidentStore.decisions(db).filter { $0.decision == .accept }
            if !accepted.isEmpty {
                // (Indexed only when a person accepted a pair: a first run has no decisions.)
                var policeIndex: [RecordKey: Int] = [:], ownIndex: [RecordKey: Int] = [:]
                for (i, r) in police.enumerated() {
                    policeIndex[RecordKey(source: r.source.name, reference: r.reference)] = i
                }
                for (i, r) in own.enumerated() {
                    ownIndex[RecordKey(source: r.source.name, reference: r.reference)] = i
                }
                var seen = Set(pairs.map { $0.police << 32 | $0.own })
                for (key, _) in accepted {
                    guard let p = policeIndex[key.police], let o = ownIndex[key.own], !seen.contains(p << 32 | o)
                    else { continue }
                    pairs.append(judge(p, o))
                    seen.insert(p << 32 | o)
                }
            }
            PhaseTiming.mark("decisions")
            let upsert = try db.cachedStatement(
                sql: """
                    INSERT INTO link_pair (police_source, police_reference, own_source, own_reference, weight,
                        probability, reasons, state, run_id, campaign)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?)
                    ON CONFLICT (police_source, police_reference, own_source, own_reference) DO UPDATE SET
                        weight = excluded.weight, probability = excluded.probability, reasons = excluded.reasons,
                            run_id = excluded.run_id,
                        campaign = excluded.campaign
                    """)
            for pair in pairs {
                let p = police[pair.police], o = own[pair.own]
                try upsert.run(
                    binding: [
                        p.source.name.databaseValue, p.reference.databaseValue, o.source.name.databaseValue,
                        o.reference.databaseValue, pair.weight.databaseValue, pair.probability.databaseValue,
                        pair.reasons.databaseValue, runID.databaseValue, pair.campaign?.databaseValue ?? .null,
                    ], in: db)
            }
            try db.execute(sql: "DELETE FROM link_pair WHERE run_id <> ?", arguments: [runID])
            PhaseTiming.mark("pairs")
            let counts = try IncidentStore.reassign(db, linkAbove: options.linkAbove)
            PhaseTiming.mark("reassign")
            try db.execute(
                sql: "UPDATE link_run SET linked = ?, queued = ? WHERE id = ?",
                arguments: [counts[.linked] ?? 0, counts[.queued] ?? 0, runID])
            let groups = try IncidentStore.regroup(db)
            return LinkRunSummary(
                compared: compared, linked: counts[.linked] ?? 0, accepted: counts[.accepted] ?? 0,
                queued: counts[.queued] ?? 0, rejected: counts[.rejected] ?? 0,
                groups: groups.groups, recordsGrouped: groups.records, model: model)
        }
    }

    /// Every record (of `start`…`end` when given) with the deduplicated incident it belongs to.
    public func linkMemberships(
        from start: CivilDate? = nil, to end: CivilDate? = nil,
        _ body: (LinkMembership) throws -> Void
    ) throws(StoreError) {
        try read { db in
            // Each member's lead: through its linked or accepted pair, following the group.
            var lead: [Int64: Int64] = [:]
            var via: [Int64: (Double, PairState)] = [:]
            let linked = try IncidentStore.linkedGroups(db)
            for link in linked.links {
                via[link.police] = (link.probability, link.state)
                if via[link.own] == nil { via[link.own] = (link.probability, link.state) }
            }
            let members = linked.groups
            let kinds = try Dictionary(
                uniqueKeysWithValues: Row.fetchAll(
                    db, sql: "SELECT id, link_kind FROM incident WHERE link_kind IS NOT NULL"
                )
                .map { ($0[0] as Int64, $0[1] as String) })
            for group in members {
                let leader = group.first { kinds[$0] != nil && kinds[$0] != "-" } ?? group.min()!
                for id in group { lead[id] = leader }
            }
            var keys: [Int64: RecordKey] = [:]
            if !lead.isEmpty {
                for row in try Row.fetchAll(
                    db, sql: "SELECT id, source, reference FROM incident WHERE link_kind IS NOT NULL")
                {
                    keys[row[0]] = RecordKey(source: row[1], reference: row[2])
                }
            }
            var sql = "SELECT id, source, reference, date FROM incident"
            var arguments: StatementArguments = []
            if let start, let end {
                sql += " WHERE \(Schema.anyStatus) AND date BETWEEN ? AND ?"
                arguments = [start.description, end.description]
            }
            sql += " ORDER BY date, source, reference"
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() {
                let id: Int64 = row[0]
                let key = RecordKey(source: row[1], reference: row[2])
                let leader = lead[id] ?? id
                let isLead = leader == id
                try body(
                    LinkMembership(
                        incident: isLead ? key : keys[leader] ?? key, record: key, date: row[3],
                        probability: isLead ? nil : via[id]?.0, state: isLead ? nil : via[id]?.1))
            }
        }
    }

    // MARK: internals

    static func decisions(_ db: Database) throws -> [(key: (police: RecordKey, own: RecordKey), decision: LinkDecision)]
    {
        try Row.fetchAll(
            db, sql: "SELECT police_source, police_reference, own_source, own_reference, decision FROM link_decision"
        ).compactMap { row in
            guard let decision = LinkDecision(rawValue: row[4]) else { return nil }
            return (
                (RecordKey(source: row[0], reference: row[1]), RecordKey(source: row[2], reference: row[3])), decision
            )
        }
    }

    /// The stored pairs matching `condition`, in `order` (SQL after ORDER BY; it may end in a LIMIT
    /// whose value is the last of `arguments`).
    static func pairs(
        _ db: Database, where condition: String, _ arguments: StatementArguments,
        order: String = "p.probability DESC, p.id", reasons: Bool = true
    ) throws -> [StoredPair] {
        let decoder = JSONDecoder()
        return try Row.fetchAll(
            db,
            sql: """
                SELECT p.id, p.police_source, p.police_reference, p.own_source, p.own_reference, p.weight,
                    p.probability, \(reasons ? "p.reasons" : "'[]'"), p.state, d.decision
                FROM link_pair p LEFT JOIN link_decision d USING (police_source, police_reference, own_source,
                    own_reference)
                WHERE \(condition) ORDER BY \(order)
                """, arguments: arguments
        ).map { row in
            StoredPair(
                id: row[0], police: RecordKey(source: row[1], reference: row[2]),
                own: RecordKey(source: row[3], reference: row[4]),
                weight: row[5], probability: row[6],
                reasons: reasons
                    ? (try? decoder.decode([LinkReason].self, from: Data((row[7] as String).utf8))) ?? [] : [],
                state: PairState(rawValue: row[8]) ?? .queued,
                decision: (row[9] as String?).flatMap(LinkDecision.init(rawValue:)))
        }
    }
}
