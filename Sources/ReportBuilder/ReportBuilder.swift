import Charts
import IncidentModel
import Statistics
import Typesetting

/// Turns the engine's figures and a template into a document ready to typeset.
public enum ReportBuilder {
    /// The document for `period`, from `engine`'s figures and `template`.
    ///
    /// `created` (ISO 8601) is written as the PDF's creation date, so the same database and
    /// template give the same bytes; `marks` are dates the monthly chart annotates.
    public static func document(engine: FigureEngine, period: Period, template: ReportTemplate, created: String,
                                marks: [(CivilDate, String)] = []) throws -> Document {
        let since = marks.first { period.contains($0.0) }?.0
        let figures = try ReportFigures.compute(engine, period: period, since: since)
        let context = try ReportContext(figures, engine: engine, marks: marks)
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
            "Published by \(publisher)." + (settings["charity_numbers"].map { " Registered charity numbers \($0)." } ?? ""),
            settings["copyright"] ?? "© \(publisher) \(created.prefix(4)).",
            settings["permission"] ?? "This publication may be reproduced in whole or in part, with acknowledgement of the source.",
            "Figures are the incidents recorded as at \(created.prefix(10)). Reports can reach us after publication, so later editions revise earlier figures.",
        ]
        if let extra = settings["note"] { inside.append(extra) }
        return Document(
            metadata: .init(title: title, author: publisher, subject: "Antisemitic incidents recorded in \(period.label)",
                            keywords: "antisemitism, incidents, hate crime, statistics, \(period.label)", created: created),
            cover: .init(title: name, subtitle: period.label, daily: daily,
                         caption: "Each line is one day of \(period.label): its height is the number of incidents recorded that day. The highest days are marked in orange."),
            insideCover: inside, runningHead: title, blocks: blocks)
    }
}
