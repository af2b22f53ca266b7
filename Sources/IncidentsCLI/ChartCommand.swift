import ArgumentParser
import Charts
import FigureCharts
import Foundation
import Graphics
import IncidentModel
import SafeOutput
import Statistics

/// `incidents chart`: one chart, ready to post, from the same engine as every other figure.
struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Draw one chart for a period as PNG, SVG or PDF.",
        discussion: "Charts:\n"
            + StandardChart.allCases.map {
                "  \($0.rawValue.padding(toLength: 17, withPad: " ", startingAt: 0)) \($0.summary)"
            }.joined(separator: "\n")
                + """
                \n\nExample:\n  incidents chart monthly --period 2023 --mark 2023-10-07="7 October" \
                --out Reports/monthly-2023.png
                """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Which chart (see the list below).", valueName: "name"))
    var name: String

    @Option(
        help: ArgumentHelp("The period: 2024, 2024-H1, 2024-Q3, 2024-10 or FROM..TO.", valueName: "period"),
        transform: CommandSupport.period)
    var period: Period

    @Option(help: ArgumentHelp("The file to write; .png, .svg or .pdf.", valueName: "file"))
    var out: String

    @Option(help: ArgumentHelp("Mark a date on a monthly chart: DATE=LABEL (repeatable).", valueName: "date=label"))
    var mark: [String] = []

    @Option(
        help: ArgumentHelp(
            "The bundled fonts folder (default: $INCIDENTS_FONTS, or Fonts beside the tool).", valueName: "dir"))
    var fonts: String?

    @OptionGroup var output: ForceOption

    mutating func run() throws {
        guard let chart = StandardChart(rawValue: name) else {
            throw CLIError(
                """
                unknown chart "\(name)"; expected one of \
                \(StandardChart.allCases.map(\.rawValue).joined(separator: ", "))
                """
            )
        }
        let ext = (out as NSString).pathExtension.lowercased()
        guard let format = Canvas.Format(rawValue: ext) else {
            throw CLIError("--out \(out): the file name must end in .png, .svg or .pdf")
        }
        let marks = try CommandSupport.marks(mark)
        let protection = global.protection(force: output.force)
        do { try OutputFile.check(out, protection: protection) } catch { throw error.cli }
        try ChartCommand.registerFonts(fonts)
        let engine = try CommandSupport.engine(global, covering: period)
        let value = try chart.make(engine, period: period, marks: marks)
        do {
            try OutputFile.write(to: out, protection: protection) { temporary in
                try ChartFile.write(
                    value, to: temporary, format: format, created: period.end.description + "T00:00:00Z")
            }
        } catch let error as OutputError { throw error.cli } catch { throw CLIError("\(out): \(error)") }
        print("Wrote \(out): \(value.title)")
    }

    /// Registers the bundled fonts, or explains where they were looked for.
    static func registerFonts(_ explicit: String?) throws {
        let executable =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        guard let directory = explicit ?? FontLibrary.locateFonts(executable: executable) else {
            throw CLIError(
                """
                cannot find the bundled fonts (Fonts/Inter-Regular.otf); run from the repository, or give \
                --fonts DIR or INCIDENTS_FONTS
                """
            )
        }
        do { try FontLibrary.useBundledFonts(in: directory) } catch { throw Advice.cli(error) }
    }
}
