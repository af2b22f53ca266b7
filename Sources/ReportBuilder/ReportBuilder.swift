import Charts
import IncidentModel
import Statistics
import Typesetting

/// Turns the engine's figures and a template into a document ready to typeset.
public enum ReportBuilder {
    /// The figures, charts and tables of `period`'s report.
    public static func context(engine: FigureEngine, period: Period, marks: [(CivilDate, String)] = []) throws
        -> ReportContext
    {
        let since = marks.first { period.contains($0.0) }?.0
        let figures = try ReportFigures.compute(engine, period: period, since: since)
        return try ReportContext(figures, engine: engine, marks: marks)
    }

    /// What makes a report a draft.
    public struct DraftInfo {
        /// The stamp on every page ("Draft 2 · 2026-11-21 · data 5a3c…").
        public var stamp: String
        /// The previous draft's number and printed figures (key → label and value), if any.
        public var previous: (number: Int, figures: [PrintedFigure])?
        /// Lines explaining the changes by records: added, removed, reclassified, re-dated.
        public var explanation: [String]
        public init(stamp: String, previous: (number: Int, figures: [PrintedFigure])?, explanation: [String]) {
            self.stamp = stamp
            self.previous = previous
            self.explanation = explanation
        }
    }

    /// A figure that differs between two sets of printed figures (see `IncidentModel.FigureChange`).
    public typealias FigureChange = IncidentModel.FigureChange

    /// The figures of `new` whose value differs from `old` (or that appear in only one), in
    /// `new`'s order, then those only in `old`.
    public static func changes(from old: [PrintedFigure], to new: [PrintedFigure]) -> [FigureChange] {
        FigureChange.between(old, new)
    }

    /// A report ready to typeset, and every figure it prints.
    public struct Built {
        public let document: Document
        public let printed: [PrintedFigure]
    }

    /// Builds the document from a prepared context; a draft gets its stamp, its changed figures
    /// highlighted and, from the second draft on, a "Changes since draft N" section first.
    /// `created` (ISO 8601) is written as the PDF's creation date, so the same database and
    /// template give the same bytes.
    public static func build(
        context original: ReportContext, engine: FigureEngine, period: Period, template: ReportTemplate,
        created: String, draft: DraftInfo? = nil
    ) throws -> Built {
        var context = original
        let printed = original.printed
        var changesBlocks: [Document.Block] = []
        if let draft, let previous = draft.previous {
            let changes = changes(from: previous.figures, to: printed)
            context.markChanges(
                since: Dictionary(previous.figures.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a }))
            changesBlocks.append(.heading(level: 1, text: "Changes since draft \(previous.number)", id: "changes"))
            if changes.isEmpty {
                changesBlocks.append(
                    .paragraph(LightMarkup.inline("No figure has changed since draft \(previous.number).")))
            } else {
                changesBlocks.append(
                    .paragraph(
                        LightMarkup.inline(
                            """
                            \(changes.count.grouped) figure\(changes.count == 1 ? "" : "s") changed since draft \
                            \(previous.number); in the text they are highlighted.
                            """
                        )))
                changesBlocks.append(
                    .table(
                        Document.Table(
                            title: "Figures that changed", columns: ["Where", "Draft \(previous.number)", "Now"],
                            rows: changes.map { [$0.label, $0.old, $0.new] })))
            }
            changesBlocks.append(.heading(level: 2, text: "The records behind the changes", id: "changes-records"))
            changesBlocks.append(
                draft.explanation.isEmpty
                    ? .paragraph(
                        LightMarkup.inline("No record of the period was added, removed, reclassified or re-dated."))
                    : .bullets(draft.explanation.map { LightMarkup.inline($0) }))
        }
        var document = try build(context: context, engine: engine, period: period, template: template, created: created)
        document.blocks = changesBlocks + document.blocks
        document.draftStamp = draft?.stamp
        return Built(document: document, printed: printed)
    }

    private static func build(
        context: ReportContext, engine: FigureEngine, period: Period, template: ReportTemplate,
        created: String
    ) throws -> Document {
        let blocks = try template.blocks(context)
        let settings = template.settings
        let name = settings["title"] ?? "Antisemitic Incidents Report"
        let title = "\(name) \(period.label)"
        let publisher = settings["publisher"] ?? "The publisher"
        let history = try engine.history()
        let daily = (period.start.dayNumber...period.end.dayNumber).map {
            Double(history.total(.range(CivilDate(dayNumber: $0), CivilDate(dayNumber: $0))))
        }
        var inside = [
            "\(title)",
            "Published by \(publisher)."
                + (settings["charity_numbers"].map { " Registered charity numbers \($0)." } ?? ""),
            settings["copyright"] ?? "© \(publisher) \(created.prefix(4)).",
            settings["permission"]
                ?? "This publication may be reproduced in whole or in part, with acknowledgement of the source.",
            """
            Figures are the incidents recorded as at \(created.prefix(10)). Reports can reach us after publication, so \
            later editions revise earlier figures.
            """,
        ]
        if let extra = settings["note"] { inside.append(extra) }
        let caption =
            "Each line is one day of \(period.label): its height is the number of incidents recorded "
            + "that day. The highest days are marked in orange."
        var cover = Document.Cover(title: name, subtitle: period.label, daily: daily, caption: caption)
        cover.alternative = coverAlternative(cover, period: period)
        return Document(
            metadata: .init(
                title: title, author: publisher, subject: "Antisemitic incidents recorded in \(period.label)",
                keywords: "antisemitism, incidents, hate crime, statistics, \(period.label)", created: created),
            cover: cover, insideCover: inside, runningHead: title, blocks: blocks)
    }

    /// The cover graphic in words, from the same daily counts it draws: how many days, the
    /// busiest day and what the orange bars mean.
    static func coverAlternative(_ cover: Document.Cover, period: Period) -> String {
        let daily = cover.daily
        guard let peak = daily.indices.max(by: { daily[$0] < daily[$1] }), daily[peak] > 0 else {
            return "A bar for each day of \(period.label); no incident was recorded."
        }
        let day = Period.dayLabel(CivilDate(dayNumber: period.start.dayNumber + peak))
        let high = Int(cover.highlightThreshold)
        return "A bar for each of the \(daily.count) days of \(period.label), as high as the number of incidents "
            + "recorded that day; the days with \(high.grouped) or more are in orange. "
            + "Largest: \(day), \(Int(daily[peak]).grouped)."
    }
}
