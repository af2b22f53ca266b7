import ArgumentParser
import Figures
import Foundation
import IncidentModel
import IncidentStore
import Statistics

/// `incidents figures`: exact counts for the media office, from the statistics engine.
struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "Count incidents for a period, broken down by up to two dimensions.",
        discussion: """
            Only incidents judged antisemitic are counted, each real incident once; reports not \
            deemed antisemitic are counted separately. No personal data appears in any output.

            Periods: 2024, 2024-H1, 2024-Q3, 2024-10, 2023-10-07..2023-12-31.
            Dimensions: \(Breakdown.allCases.map(\.rawValue).joined(separator: ", ")).

            Examples:
              incidents figures --period 2024 --by category --compare 1
              incidents figures --period 2024 --by category --by month --format csv
              incidents figures --period 2024-H1 --headline
            """)

    @OptionGroup var global: GlobalOptions

    @Option(
        help: ArgumentHelp(
            "The period: 2024, 2024-H1, 2024-Q3, 2024-10 or FROM..TO (with --as-published, that edition's period).",
            valueName: "period"),
        transform: CommandSupport.period)
    var period: Period?

    @Option(
        help: ArgumentHelp(
            "Show a published edition's figures beside the current ones (first edition of that period).",
            valueName: "period"),
        transform: CommandSupport.period)
    var asPublished: Period?

    @Option(
        name: .customLong("by"), help: ArgumentHelp("A dimension to break down by (up to two).", valueName: "dimension")
    )
    var dimensions: [String] = []

    @Option(help: ArgumentHelp("Compare with the same period this many years earlier.", valueName: "years"))
    var compare: Int?

    @Option(help: "Output format: text, csv or json.")
    var format: FigureFormat = .text

    @Flag(help: "Print the headline sentences a press release needs.")
    var headline = false

    @Option(
        help: ArgumentHelp("With --headline: also say how many months exceeded this many incidents.", valueName: "n"))
    var threshold: Int?

    @Option(
        help: ArgumentHelp(
            "With --headline: also give the share on or after this date (YYYY-MM-DD).", valueName: "date"))
    var since: String?

    @Option(
        help: ArgumentHelp("Withhold cells below this count, and the cells that would reveal them.", valueName: "n"))
    var suppressBelow: Int?

    func validate() throws {
        if dimensions.count > 2 { throw ValidationError("--by: at most two dimensions (a table crosses two)") }
        if let compare, compare < 1 { throw ValidationError("--compare: a number of years, 1 or more") }
        if let suppressBelow, suppressBelow < 2 { throw ValidationError("--suppress-below: a count of 2 or more") }
        if period == nil && asPublished == nil {
            throw ValidationError("Missing expected argument '--period <period>'")
        }
        if asPublished != nil && dimensions.count > 1 {
            throw ValidationError("--as-published: at most one --by dimension (editions keep the report's tables)")
        }
    }

    mutating func run() throws {
        let period = self.period ?? asPublished!
        let dims = try dimensions.map { text in
            do { return try FiguresQuery.dimension(text) } catch { throw Advice.cli(error) }
        }
        if dims.count == 2 && dims[0] == dims[1] {
            throw CLIError("--by \(dims[0].rawValue) twice; cross two different dimensions")
        }
        let sinceDate = try since.map { text in
            guard let date = CivilDate(iso: text) else {
                throw CLIError("--since \"\(text)\": expected a date YYYY-MM-DD")
            }
            return date
        }
        let engine = try CommandSupport.engine(global, covering: period)
        if let asPublished {
            let edition = asPublished
            guard edition == period else {
                throw CLIError(
                    """
                    --as-published \(asPublished) shows that edition's period; give --period \(edition) or leave it out
                    """
                )
            }
            print(
                try AsPublished.table(
                    store: try global.openExistingStore(), engine: engine, period: period, by: dims.first,
                    format: format),
                terminator: format == .csv ? "" : "\n")
            return
        }

        if headline {
            let figures = try engine.headline(period, threshold: threshold, since: sinceDate)
            let due = format == .json ? try? global.openExistingStore().linkLag().note : nil
            print(FiguresOutput.headline(figures, format: format, linkingDue: due))
            return
        }
        var result: FiguresResult
        do {
            result = try engine.figures(
                try FiguresQuery(
                    period: period, dimensions: dims, compareYearsBack: compare, suppressBelow: suppressBelow))
        } catch let error as FiguresError { throw Advice.cli(error) }
        switch format {
        case .text: print(result.text)
        case .csv: print(result.csv, terminator: "")
        case .json:
            // (Also on standard error, from `CommandSupport.engine`, for a person reading.)
            result.linkingDue = try? global.openExistingStore().linkLag().note
            print(result.json)
        }
    }
}

extension FigureFormat: ExpressibleByArgument {}
