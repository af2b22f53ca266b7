import Foundation
import GRDB
import IncidentModel

/// How one record changed between two drafts of a period.
public struct RecordDifference: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case added, removed, reclassified, redated

        /// As a heading: "Added", "Removed (deleted or moved out of the period)", …
        public var heading: String {
            switch self {
            case .added: "Added"
            case .removed: "Removed (deleted or moved out of the period)"
            case .reclassified: "Reclassified"
            case .redated: "Re-dated"
            }
        }
    }

    public let kind: Kind
    /// `source/reference`: for the research team's command line only (pages show counts).
    public let record: String
    /// What the record is, or how it changed, without naming it: "Assault", "Abusive Behaviour → Threats".
    public let what: String
    /// The line `incidents diff` prints (for the research team's terminal: it names the record).
    public let line: String
    /// The same without the record's source and reference, as a draft's PDF prints it: a
    /// reference may hold personal data (a victim's name typed as one), and a draft goes to the
    /// trustees and the web application.
    public let unnamedLine: String

    init(kind: Kind, record: String, what: String, line: String, unnamedLine: String) {
        self.kind = kind
        self.record = record
        self.what = what
        self.line = line
        self.unnamedLine = unnamedLine
    }
}

/// What changed between two drafts of one period: every figure, and the records behind them.
public struct DraftComparison: Sendable {
    public let from: Draft
    public let to: Draft
    public let figures: [FigureChange]
    public let records: [RecordDifference]

    /// The records behind the changes, counted by kind and what they are (no reference, no date):
    /// ("Added", "Assault", 1). In `Kind` order, then by what.
    public var recordCounts: [(kind: RecordDifference.Kind, what: String, count: Int)] {
        var counts: [RecordDifference.Kind: [String: Int]] = [:]
        for r in records { counts[r.kind, default: [:]][r.what, default: 0] += 1 }
        return RecordDifference.Kind.allCases.flatMap { kind in
            (counts[kind] ?? [:]).sorted { $0.key < $1.key }.map { (kind, $0.key, $0.value) }
        }
    }

    /// Record by record, what changed between two drafts' records of a period: added, removed
    /// (deleted or moved out of the period), reclassified, re-dated.
    public static func explain(old: [RecordState], new: [RecordState]) -> [RecordDifference] {
        func key(_ r: RecordState) -> String { r.source + "/" + r.reference }
        let before = Dictionary(old.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(new.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
        func status(_ s: String) -> String { Status(rawValue: s)?.publishedName ?? s }
        func kindOf(_ r: RecordState) -> String {
            r.status == Status.antisemitic.rawValue
                ? Breakdown.category.label(of: r.category ?? "unknown") : status(r.status)
        }
        var out: [RecordDifference] = []
        for r in new where before[key(r)] == nil {
            out.append(
                RecordDifference(
                    kind: .added, record: key(r), what: kindOf(r), line: "Added: \(key(r)) (\(r.date), \(kindOf(r)))",
                    unnamedLine: "Added: a record of \(r.date) (\(kindOf(r)))"))
        }
        for r in old where after[key(r)] == nil {
            out.append(
                RecordDifference(
                    kind: .removed, record: key(r), what: kindOf(r),
                    line: "Removed (deleted or moved out of the period): \(key(r)) (\(r.date), \(kindOf(r)))",
                    unnamedLine: "Removed (deleted or moved out of the period): a record of \(r.date) (\(kindOf(r)))"))
        }
        for r in new {
            guard let was = before[key(r)] else { continue }
            var change: String?
            if was.status != r.status {
                change = "\(status(was.status)) → \(status(r.status))"
            } else if was.category != r.category {
                change =
                    """
                    \(Breakdown.category.label(of: was.category ?? "unknown")) → \
                    \(Breakdown.category.label(of: r.category ?? "unknown"))
                    """
            }
            if let change {
                out.append(
                    RecordDifference(
                        kind: .reclassified, record: key(r), what: change, line: "Reclassified: \(key(r)): \(change)",
                        unnamedLine: "Reclassified: a record of \(r.date): \(change)"))
            }
            if was.date != r.date {
                let month = was.date.prefix(7) == r.date.prefix(7) ? "within the month" : "to another month"
                out.append(
                    RecordDifference(
                        kind: .redated, record: key(r), what: month,
                        line: "Re-dated: \(key(r)): \(was.date) → \(r.date)",
                        unnamedLine: "Re-dated: a record: \(was.date) → \(r.date)"))
            }
        }
        return out
    }
}

/// A trustee's comment on a draft.
public struct DraftComment: Sendable {
    public let id: Int64
    public let draftID: Int64
    /// The account that wrote it ("web:NAME").
    public let author: String
    public let at: String
    public let text: String
}

extension IncidentStore {
    /// What changed from draft `from` to draft `to` (the caller checks they are of one period).
    public func compareDrafts(from: Draft, to: Draft) throws(StoreError) -> DraftComparison {
        DraftComparison(
            from: from, to: to,
            figures: FigureChange.between(try draftFigures(from.id), try draftFigures(to.id)),
            records: DraftComparison.explain(old: try draftRecords(from.id), new: try draftRecords(to.id)))
    }

    /// The longest comment kept, in characters.
    public static let draftCommentLimit = 2000

    /// Keeps `text` as a comment on draft `draftID` by `author`, and records it in the audit trail
    /// in the same transaction (both, or neither). Needs the audit key.
    @discardableResult
    public func addDraftComment(draftID: Int64, author: String, text: String, at: String) throws(StoreError) -> Int64 {
        let keys = try requireKeys()
        guard !text.isEmpty, text.count <= IncidentStore.draftCommentLimit else {
            throw StoreError(path: path, message: "a comment has 1 to \(IncidentStore.draftCommentLimit) characters")
        }
        return try write { db in
            guard
                let draft = try Row.fetchOne(
                    db, sql: "SELECT period, number FROM report_draft WHERE id = ?", arguments: [draftID])
            else {
                throw StoreError(path: path, message: "there is no draft with ID \(draftID)")
            }
            try db.execute(
                sql: "INSERT INTO draft_comment (draft_id, author, at, text) VALUES (?, ?, ?, ?)",
                arguments: [draftID, author, at, text])
            let id = db.lastInsertedRowID
            // The comment's length, not its text: the trail stays free of anything typed.
            _ = try IncidentStore.appendAudit(
                db, keys: keys, action: "draft-comment",
                details: [
                    "draft": String(draftID), "period": draft[0] as String, "number": String(draft[1] as Int),
                    "comment": String(id),
                    "characters": String(text.count),
                ], note: nil, at: at, actor: author)
            return id
        }
    }

    /// The comments on draft `draftID`, oldest first.
    public func draftComments(_ draftID: Int64) throws(StoreError) -> [DraftComment] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT id, draft_id, author, at, text FROM draft_comment WHERE draft_id = ? ORDER BY id",
                arguments: [draftID]
            ).map {
                DraftComment(id: $0[0], draftID: $0[1], author: $0[2], at: $0[3], text: $0[4])
            }
        }
    }
}
