import ArgumentParser
import Figures
import Foundation
import IncidentModel
import IncidentStore
import Intake
import ReportBuilder
import Statistics

/// What drafts and editions share: stored figures, record changes, revisions of earlier periods.
enum Editions {
    /// Lines explaining, record by record, what changed between two drafts' records of a period:
    /// added, removed (deleted or moved out of the period), reclassified, re-dated. Without the
    /// records' references, which may hold personal data: a draft goes to the trustees.
    static func explain(old: [RecordState], new: [RecordState]) -> [String] {
        DraftComparison.explain(old: old, new: new).map(\.unnamedLine)
    }

    /// Each earlier period of the same kind that has an edition: its first-published total and
    /// its current total.
    static func revisions(store: IncidentStore, engine: FigureEngine, period: Period) throws -> [(
        period: String, published: String, now: String
    )] {
        let history = try engine.history()
        var out: [(period: String, published: String, now: String)] = []
        for edition in try store.editions() {
            guard let earlier = try? CommandSupport.period(edition.period), earlier.end < period.start,
                earlier.kind.sameKind(as: period.kind), !out.contains(where: { $0.period == earlier.label })
            else { continue }
            guard let published = try store.editionFigures(edition.id).first(where: { $0.key == "figure:total" })?.value
            else { continue }
            out.append((earlier.label, published, history.total(earlier).grouped))
        }
        return out.sorted { $0.period < $1.period }
    }
}

extension Period.Kind {
    func sameKind(as other: Period.Kind) -> Bool {
        switch (self, other) {
        case (.year, .year): true
        case (.half(_, let a), .half(_, let b)): a == b
        default: false
        }
    }
}

/// `incidents drafts`: the drafts made so far.
struct DraftsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drafts",
        abstract: "List the report drafts made with `incidents report --draft`.")

    @OptionGroup var global: GlobalOptions

    @Option(
        help: ArgumentHelp("Only the drafts of this period.", valueName: "period"), transform: CommandSupport.period)
    var period: Period?

    mutating func run() throws {
        let store = try global.openExistingStore()
        DraftFiles.recover(store)
        let filter = period?.description
        let drafts = try store.drafts(period: filter)
        guard !drafts.isEmpty else {
            print("No drafts\(filter.map { " of \($0)" } ?? ""); make one with `incidents report --period P --draft`.")
            return
        }
        var rows: [[String]] = []
        for draft in drafts {
            rows.append([
                String(draft.id), draft.period, String(draft.number), String(draft.createdAt.prefix(10)),
                String(draft.dataHash.prefix(12)), draft.output, DraftFiles.state(of: draft),
            ])
        }
        print(
            TextTable.render(
                headings: ["ID", "Period", "Draft", "Date", "Data", "File", "PDF"], rows: rows, numeric: [0, 2]))
    }
}

/// `incidents diff A B`: what changed between two drafts.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "List every figure that changed between two drafts, and the records behind the changes.",
        discussion: "Drafts are named by the ID `incidents drafts` lists. Example: incidents diff 1 2")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The earlier draft's ID.") var from: Int64
    @Argument(help: "The later draft's ID.") var to: Int64

    mutating func run() throws {
        let store = try global.openExistingStore()
        guard let a = try store.draft(id: from) else {
            throw CLIError("no draft with ID \(from); `incidents drafts` lists them")
        }
        guard let b = try store.draft(id: to) else {
            throw CLIError("no draft with ID \(to); `incidents drafts` lists them")
        }
        guard a.period == b.period else {
            throw CLIError(
                "draft \(from) is of \(a.period) and draft \(to) of \(b.period); compare drafts of one period")
        }
        let comparison = try store.compareDrafts(from: a, to: b)
        let changes = comparison.figures
        print(
            """
            Changes in the \(a.period) report from draft \(a.number) (\(a.createdAt.prefix(10)), data \
            \(a.dataHash.prefix(12))) to draft \(b.number) (\(b.createdAt.prefix(10)), data \(b.dataHash.prefix(12))):
            """
        )
        if changes.isEmpty { print("  no figure changed") }
        for change in changes { print("  \(change.label): \(change.old) → \(change.new)") }
        let records = comparison.records.map(\.line)
        print("Records:")
        if records.isEmpty { print("  none added, removed, reclassified or re-dated") }
        for line in records { print("  " + line) }
    }
}

/// `incidents publish`: freezes a period's final figures as an edition.
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Freeze the figures of a period's final report as a published edition.",
        discussion: """
            The edition keeps the figures only; the records keep changing as late reports arrive. \
            Later reports compare with the revised figures and say how much each earlier period \
            changed since first published; `incidents figures --as-published P` shows both.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(
        help: ArgumentHelp("The period: a year (2025) or a half (2025-H1).", valueName: "period"),
        transform: CommandSupport.period)
    var period: Period

    @Flag(help: "Publish a period that already has an edition (the first stays on record).")
    var again = false

    @Option(help: ArgumentHelp("The publication date (default: today).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Flag(
        help: """
            Publish although records were imported or changed after the last `incidents link` (an incident \
            both recorded may count twice).
            """)
    var unlinked = false

    mutating func run() throws {
        if let date, CivilDate(iso: date) == nil { throw CLIError("--date \"\(date)\": expected YYYY-MM-DD") }
        // An edition freezes its figures: not from records the last link run has not compared.
        if !unlinked, let note = try global.openExistingStore().linkLag().note {
            // The note's sentence, as a sentence of this message ("Note: the 3 …" → "The 3 …").
            var said = note.replacingOccurrences(of: "Note: ", with: "")
            said = said.prefix(1).uppercased() + said.dropFirst()
            throw CLIError(
                """
                \(period.label) was not published. \(said) Run `incidents link` (and `incidents review`) first, or \
                give --unlinked to publish these figures as they are
                """)
        }
        let engine = try CommandSupport.engine(global, covering: period)
        let store = try global.openStoreWithKeys()
        let context = try ReportBuilder.context(engine: engine, period: period)
        let printed = context.printed
        let edition: Edition
        do {
            edition = try store.publish(
                period: period.description, publishedAt: (date ?? Clock.today().description) + "T00:00:00Z",
                dataHash: try store.contentHash(), figures: printed, again: again)
        } catch { throw Advice.cli(error) }
        print(
            """
            Published \(period.label) as edition \(edition.id): \(context.figures["total"] ?? "?") incidents, \
            \(printed.count.grouped) figures frozen.
            """
        )
    }
}

/// `figures --as-published`: an edition's figures beside the current ones.
enum AsPublished {
    static func table(
        store: IncidentStore, engine: FigureEngine, period: Period, by dimension: Breakdown?,
        format: FigureFormat
    ) throws -> String {
        guard let edition = try store.editions(period: period.description).first else {
            throw CLIError(
                "\(period.label) has not been published; `incidents publish --period \(period)` freezes its figures")
        }
        let published = Dictionary(
            try store.editionFigures(edition.id).map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        let current = try engine.table(period, by: dimension.map { [$0] } ?? [])
        func key(_ code: String) -> String? {
            guard let dimension else { return nil }
            if let prefix = ReportContext.figurePrefix(dimension) { return "figure:\(prefix)_\(code)" }
            if dimension == .month { return "table:full_breakdown:\(Breakdown.month.label(of: code)):Total" }
            return nil
        }
        if let dimension, key("x") == nil {
            throw CLIError(
                """
                --as-published: an edition keeps the report's tables; --by \(dimension.rawValue) is not one of them \
                (try category, region, police_force, victim_type, method, online, discourse, source or month)
                """
            )
        }
        func number(_ text: String?) -> Int? { text.flatMap { Int($0.filter(\.isNumber)) } }
        var rows: [(label: String, code: String, published: Int?, now: Int)] = []
        if let dimension {
            for cell in current.cells {
                rows.append(
                    (
                        dimension.label(of: cell.codes[0]), cell.codes[0], number(published[key(cell.codes[0])!]),
                        cell.count
                    ))
            }
        }
        rows.append(("Total", "total", number(published["figure:total"]), current.total))
        /// The change since publication: "+1,234" for people, "+1234" in files (a plain number).
        func revision(_ row: (label: String, code: String, published: Int?, now: Int), grouped: Bool = true) -> String {
            guard let p = row.published else { return "" }
            let size = abs(row.now - p)
            return row.now == p ? "0" : (row.now > p ? "+" : "-") + (grouped ? size.grouped : String(size))
        }
        let heading = dimension?.rawValue ?? "period"
        switch format {
        case .csv:
            return CSVFormat.line([heading, "published", "current", "revision"])
                + rows.map {
                    CSVFormat.line([
                        $0.code == "total" && dimension == nil ? period.description : $0.code,
                        $0.published.map(String.init) ?? "",
                        String($0.now), revision($0, grouped: false),
                    ])
                }.joined()
        case .json:
            let document = AsPublishedJSON(
                period: period.description, edition: edition.id, publishedAt: edition.publishedAt,
                dimension: dimension?.rawValue,
                rows: rows.map { .init(value: $0.code, label: $0.label, current: $0.now, published: $0.published) })
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            return String(decoding: try encoder.encode(document), as: UTF8.self)
        case .text:
            let title =
                """
                Antisemitic incidents, \(period.label): as first published (edition \(edition.id), \
                \(edition.publishedAt.prefix(10))) and now
                """
            let table = TextTable.render(
                headings: [dimension?.heading ?? "", "First published", "Now", "Revision"],
                rows: rows.map { [$0.label, $0.published?.grouped ?? "n/a", $0.now.grouped, revision($0)] },
                numeric: [1, 2, 3])
            return title + "\n\n" + table + "\nYear-on-year changes and ranks use the current figures."
        }
    }
}

/// `figures --as-published --format json`: absent values are written as null, not left out.
struct AsPublishedJSON: Encodable {
    struct Row: Encodable {
        let value: String, label: String, current: Int, published: Int?
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(value, forKey: .value)
            try c.encode(label, forKey: .label)
            try c.encode(current, forKey: .current)
            try c.encode(published, forKey: .published)
        }
        enum CodingKeys: String, CodingKey { case value, label, current, published }
    }
    let period: String, edition: Int64, publishedAt: String, dimension: String?, rows: [Row]

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(period, forKey: .period)
        try c.encode(edition, forKey: .edition)
        try c.encode(publishedAt, forKey: .publishedAt)
        try c.encode(dimension, forKey: .dimension)
        try c.encode(rows, forKey: .rows)
    }
    enum CodingKeys: String, CodingKey { case period, edition, publishedAt = "published_at", dimension, rows }
}
