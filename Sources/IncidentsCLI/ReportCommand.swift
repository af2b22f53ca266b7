import ArgumentParser
import Foundation
import IncidentModel
import IncidentStore
import ReportBuilder
import SafeOutput
import Statistics
import Typesetting

/// `incidents report`: the typeset annual or January–June report as a PDF, or its web edition.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Typeset the annual (or January–June) report for a period as a PDF, or write its web edition.",
        discussion: """
            The narrative comes from a template in Templates/ (annual.md for a year, half-year.md \
            for 2024-H1); every figure, table and chart from the statistics engine. The same \
            database and template give the same PDF bytes: the creation date is the day after \
            the period ends, or --date. The PDF is tagged for screen readers (headings, \
            lists, tables with header cells, charts with alternative text, language en-GB). \
            With --format html, the same report as one self-contained, accessible web page.

            Example:
              incidents report --period 2025 --out Reports/antisemitic-incidents-2025.pdf
              incidents report --period 2025 --format html
            """)

    @OptionGroup var global: GlobalOptions

    @Option(
        help: ArgumentHelp("The period: a year (2025) or a half (2025-H1).", valueName: "period"),
        transform: CommandSupport.period)
    var period: Period

    @Option(
        help: ArgumentHelp(
            "The file to write (default: Reports/antisemitic-incidents-PERIOD.pdf, or .html).",
            valueName: "file"))
    var out: String?

    @Option(
        help: ArgumentHelp(
            "pdf: the typeset report; html: its web edition, one self-contained page (tables, "
                + "charts as SVG with their numbers in words); both: the PDF and, beside it, the web "
                + "edition, from one build of the report."))
    var format: ReportFormat = .pdf

    @Option(
        help: ArgumentHelp("The template (default: Templates/annual.md or Templates/half-year.md).", valueName: "file"))
    var template: String?

    @Option(
        help: ArgumentHelp(
            "The creation date written into the PDF (default: the day after the period).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(
        help: ArgumentHelp(
            "Mark a date on the monthly chart and give the share on or after it: DATE=LABEL.", valueName: "date=label"))
    var mark: [String] = []

    @Flag(
        help:
            """
            A draft for trustees: DRAFT, its number, date and data snapshot on every page; its figures are stored, and \
            from the second draft on a first section lists what changed since the previous one.
            """
    )
    var draft = false

    @Option(
        help: ArgumentHelp(
            "The bundled fonts folder (default: $INCIDENTS_FONTS, or Fonts beside the tool).", valueName: "dir"))
    var fonts: String?

    @OptionGroup var output: ForceOption

    mutating func run() throws {
        print(try perform())
    }

    /// Makes the report (or the draft) and says what was written; `incidents serve` calls this
    /// for a draft made from the browser, so both take the same path.
    func perform() throws -> String {
        let defaultTemplate: String
        switch period.kind {
        case .year: defaultTemplate = "annual.md"
        case .half(_, 1): defaultTemplate = "half-year.md"
        default: throw CLIError("--period \(self.period): a report covers a year (2025) or January–June (2025-H1)")
        }
        if draft && format != .pdf { throw CLIError("--draft makes a PDF for trustees; leave out --format \(format)") }
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
        let protection = global.protection(inputs: [(templatePath, "the report's template")], force: output.force)
        // A named output is checked before anything is read or written; the default one's folder is made.
        if let out { do { try OutputFile.check(out, protection: protection) } catch { throw error.cli } }
        let suffix = format == .html ? "html" : "pdf"
        let outputs = format.outputs(out ?? "Reports/antisemitic-incidents-\(period).\(suffix)")
        if out != nil, format == .both, let html = outputs.html {
            do { try OutputFile.check(html, protection: protection) } catch { throw error.cli }
        }
        try ChartCommand.registerFonts(fonts)
        // A report is for publication: a damaged database is refused, not typeset.
        let engine = try CommandSupport.engine(
            global, covering: period, checkHealth: true,
            readingDailyTotalsOnce: true)
        guard draft else {
            let written = try ReportCommand.writeEditions(
                engine: engine, store: try global.openExistingStore(), period: period, templatePath: templatePath,
                pdf: outputs.pdf, html: outputs.html, protection: protection, createFolder: out == nil,
                created: created, marks: marks)
            return written.summary
        }
        // A draft: its number, its PDF and its record are made together. The number is taken in
        // a write transaction (two drafts at once take turns); the PDF is rendered into a hidden
        // file; the record is committed; only then does the PDF appear under its name. A run
        // killed after the commit leaves the finished PDF hidden, and the next `drafts` or
        // `report --draft` puts it in place (DraftFiles.recover).
        let store = try global.openStore()
        // The store's one connection holds the draft's write transaction; reads go through another.
        let reader = try global.openExistingStore()
        DraftFiles.recover(reader)
        var pending: OutputFile?
        var pages = 0
        let saved: Draft
        do {
            saved = try store.makeDraft(period: period.description) { number in
                let hash = try reader.contentHash()
                let records = try reader.recordStates(from: period.start, to: period.end)
                let previous = try reader.drafts(period: period.description).last
                let info = ReportBuilder.DraftInfo(
                    stamp:
                        """
                        DRAFT \(number) of the \(period.label) report · \(created.prefix(10)) · data snapshot \
                        \(hash.prefix(16))
                        """,
                    previous: try previous.map { ($0.number, try reader.draftFigures($0.id)) },
                    explanation: try previous.map {
                        Editions.explain(old: try reader.draftRecords($0.id), new: records)
                    } ?? [])
                let output = out ?? "Reports/antisemitic-incidents-\(period)-draft-\(number).pdf"
                let file = try OutputFile(output, protection: protection, createFolder: out == nil)
                pending = file
                let (result, printed) = try ReportCommand.render(
                    engine: engine, store: reader, period: period, templatePath: templatePath,
                    into: file.temporaryPath, created: created, marks: marks, draft: info)
                pages = result.pageCount
                // The PDF's digest is recorded with the draft: only this file is ever taken for it.
                guard let made = FileManager.default.contents(atPath: file.temporaryPath) else {
                    throw CLIError("the draft's PDF could not be read back from \(output)'s hidden file")
                }
                return IncidentStore.DraftContent(
                    createdAt: created, dataHash: hash, output: output, figures: printed, records: records,
                    pdfDigest: Draft.digest(of: made))
            }
        } catch {
            pending?.abandon()
            if let error = error as? OutputError { throw error.cli }
            if let error = error as? StoreError { throw Advice.advised(error) }
            throw error
        }
        do { try pending?.commit() } catch {
            throw CLIError(
                """
                draft \(saved.number) of \(period.label) is recorded (ID \(saved.id)) but its PDF could not be put in \
                place: \(error.description)
                """
            )
        }
        return
            """
            Wrote \(saved.output): draft \(saved.number) of \(period.label) (ID \(saved.id)), \(pages) pages, data \
            snapshot \(saved.dataHash.prefix(16)).
            """
    }

    /// Builds the report and typesets it into the file at `path` (a temporary file).
    static func render(
        engine: FigureEngine, store: IncidentStore, period: Period, templatePath: String, into path: String,
        created: String,
        marks: [(CivilDate, String)], draft: ReportBuilder.DraftInfo?
    ) throws -> (TypesetResult, [PrintedFigure]) {
        let built = try build(
            engine: engine, store: store, period: period, templatePath: templatePath,
            created: created, marks: marks, draft: draft)
        do { return (try Typesetter.write(built.document, to: path), built.printed) } catch { throw Advice.cli(error) }
    }

    /// The report's document and every figure it prints.
    static func build(
        engine: FigureEngine, store: IncidentStore, period: Period, templatePath: String, created: String,
        marks: [(CivilDate, String)], draft: ReportBuilder.DraftInfo?
    ) throws -> ReportBuilder.Built {
        let template: ReportTemplate
        do { template = try ReportTemplate(path: templatePath) } catch { throw Advice.cli(error) }
        let built: ReportBuilder.Built
        do {
            var context = try ReportBuilder.context(engine: engine, period: period, marks: marks)
            context.setRevisions(try Editions.revisions(store: store, engine: engine, period: period))
            // Approved case examples: plain text in the store, so no key is needed.
            context.setExamples(try store.caseExamples(from: period.start, to: period.end))
            built = try ReportBuilder.build(
                context: context, engine: engine, period: period, template: template, created: created, draft: draft)
        } catch let error as TemplateError {
            throw Advice.cli(error)
        }
        return built
    }

    /// `relative` in the current folder, else beside (or above) the executable.
    static func locate(_ relative: String) -> String {
        if FileManager.default.fileExists(atPath: relative) { return relative }
        var dir =
            ((try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
            as NSString
        for _ in 0..<8 {
            dir = dir.deletingLastPathComponent as NSString
            let candidate = dir.appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
        }
        return relative
    }
}
