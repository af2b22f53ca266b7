import ArgumentParser
import Foundation
import IncidentModel
import IncidentStore
import ReportBuilder
import Statistics
import Typesetting

/// `incidents report`: the typeset annual or January–June report as a PDF.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Typeset the annual (or January–June) report for a period as a PDF.",
        discussion: """
            The narrative comes from a template in Templates/ (annual.md for a year, half-year.md \
            for 2024-H1); every figure, table and chart from the statistics engine. The same \
            database and template give the same PDF bytes: the creation date is the day after \
            the period ends, or --date.

            Example:
              incidents report --period 2025 --out Reports/antisemitic-incidents-2025.pdf
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The period: a year (2025) or a half (2025-H1).", valueName: "period"))
    var period: String

    @Option(help: ArgumentHelp("The PDF to write (default: Reports/antisemitic-incidents-PERIOD.pdf).", valueName: "file"))
    var out: String?

    @Option(help: ArgumentHelp("The template (default: Templates/annual.md or Templates/half-year.md).", valueName: "file"))
    var template: String?

    @Option(help: ArgumentHelp("The creation date written into the PDF (default: the day after the period).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: ArgumentHelp("Mark a date on the monthly chart and give the share on or after it: DATE=LABEL.", valueName: "date=label"))
    var mark: [String] = []

    @Flag(help: "A draft for trustees: DRAFT, its number, date and data snapshot on every page; its figures are stored, and from the second draft on a first section lists what changed since the previous one.")
    var draft = false

    @Option(help: ArgumentHelp("The bundled fonts folder (default: $INCIDENTS_FONTS, or Fonts beside the tool).", valueName: "dir"))
    var fonts: String?

    mutating func run() throws {
        let period = try CommandSupport.period(self.period)
        let defaultTemplate: String
        switch period.kind {
        case .year: defaultTemplate = "annual.md"
        case .half(_, 1): defaultTemplate = "half-year.md"
        default: throw CLIError("--period \(self.period): a report covers a year (2025) or January–June (2025-H1)")
        }
        let templatePath = template ?? ReportCommand.locate("Templates/" + defaultTemplate)
        let created: String
        if let date {
            guard CivilDate(iso: date) != nil else { throw CLIError("--date \"\(date)\": expected YYYY-MM-DD") }
            created = date + "T00:00:00Z"
        } else if draft {
            created = Clock.today().description + "T00:00:00Z"
        } else {
            created = period.end.adding(days: 1).description + "T00:00:00Z"
        }
        let marks = try CommandSupport.marks(mark)
        try ChartCommand.registerFonts(fonts)
        let engine = try CommandSupport.engine(global, covering: period)
        let store = try global.openExistingStore()
        var draftInfo: ReportBuilder.DraftInfo?
        var number = 0, hash = "", records: [RecordState] = []
        if draft {
            number = try store.nextDraftNumber(period: period.description)
            hash = try store.contentHash()
            records = try store.recordStates(from: period.start, to: period.end)
            let previous = try store.drafts(period: period.description).last
            draftInfo = ReportBuilder.DraftInfo(
                stamp: "DRAFT \(number) of the \(period.label) report · \(created.prefix(10)) · data snapshot \(hash.prefix(16))",
                previous: try previous.map { ($0.number, try store.draftFigures($0.id)) },
                explanation: try previous.map { Editions.explain(old: try store.draftRecords($0.id), new: records) } ?? [])
        }
        let output = out ?? (draft ? "Reports/antisemitic-incidents-\(period)-draft-\(number).pdf" : "Reports/antisemitic-incidents-\(period).pdf")
        let (result, printed) = try ReportCommand.write(engine: engine, store: store, period: period, templatePath: templatePath, output: output,
                                                        created: created, marks: marks, draft: draftInfo)
        if draft {
            let saved = try store.saveDraft(period: period.description, number: number, createdAt: created, dataHash: hash, output: output,
                                            figures: printed, records: records)
            print("Wrote \(output): draft \(saved.number) of \(period.label) (ID \(saved.id)), \(result.pageCount) pages, data snapshot \(hash.prefix(16)).")
        } else {
            print("Wrote \(output): \(result.pageCount) pages, \(result.sections.filter { $0.level == 1 }.count) sections.")
        }
    }

    /// Builds and typesets the report; shared with `incidents demo`.
    static func write(engine: FigureEngine, store: IncidentStore, period: Period, templatePath: String, output: String, created: String,
                      marks: [(CivilDate, String)], draft: ReportBuilder.DraftInfo? = nil) throws -> (TypesetResult, [PrintedFigure]) {
        let template: ReportTemplate
        do { template = try ReportTemplate(path: templatePath) } catch { throw CLIError(error.description) }
        let built: ReportBuilder.Built
        do {
            var context = try ReportBuilder.context(engine: engine, period: period, marks: marks)
            context.setRevisions(try Editions.revisions(store: store, engine: engine, period: period))
            built = try ReportBuilder.build(context: context, engine: engine, period: period, template: template, created: created, draft: draft)
        } catch let error as TemplateError {
            throw CLIError(error.description)
        }
        let folder = (output as NSString).deletingLastPathComponent
        if !folder.isEmpty { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        do { return (try Typesetter.write(built.document, to: output), built.printed) } catch { throw CLIError(error.description) }
    }

    /// `relative` in the current folder, else beside (or above) the executable.
    static func locate(_ relative: String) -> String {
        if FileManager.default.fileExists(atPath: relative) { return relative }
        var dir = ((try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]) as NSString
        for _ in 0..<8 {
            dir = dir.deletingLastPathComponent as NSString
            let candidate = dir.appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
        }
        return relative
    }
}
