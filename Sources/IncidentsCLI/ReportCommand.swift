import ArgumentParser
import Foundation
import IncidentModel
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
        } else {
            created = period.end.adding(days: 1).description + "T00:00:00Z"
        }
        let marks = try CommandSupport.marks(mark)
        try ChartCommand.registerFonts(fonts)
        let engine = try CommandSupport.engine(global, covering: period)
        let output = out ?? "Reports/antisemitic-incidents-\(period).pdf"
        let result = try ReportCommand.write(engine: engine, period: period, templatePath: templatePath, output: output,
                                             created: created, marks: marks)
        print("Wrote \(output): \(result.pageCount) pages, \(result.sections.filter { $0.level == 1 }.count) sections.")
    }

    /// Builds and typesets the report; shared with `incidents demo`.
    static func write(engine: FigureEngine, period: Period, templatePath: String, output: String, created: String,
                      marks: [(CivilDate, String)]) throws -> TypesetResult {
        let template: ReportTemplate
        do { template = try ReportTemplate(path: templatePath) } catch { throw CLIError(error.description) }
        let document: Document
        do {
            document = try ReportBuilder.document(engine: engine, period: period, template: template, created: created, marks: marks)
        } catch let error as TemplateError {
            throw CLIError(error.description)
        }
        let folder = (output as NSString).deletingLastPathComponent
        if !folder.isEmpty { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        do { return try Typesetter.write(document, to: output) } catch { throw CLIError(error.description) }
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
