import ArgumentParser
import Figures
import Foundation
import IncidentModel
import IncidentStore
import Statistics

/// What the reading commands (figures, chart, report) share: reading their options and opening
/// the engine on a database that covers the period asked for.
enum CommandSupport {
    /// The period written on the command line, or a one-line error: the `transform` of every
    /// `--period` option, so that ArgumentParser parses it and says what is wrong.
    static func period(_ text: String) throws -> Period {
        do { return try Period(parsing: text) } catch { throw Advice.cli(error) }
    }

    /// `--mark DATE=LABEL` values.
    static func marks(_ texts: [String]) throws -> [(CivilDate, String)] {
        try texts.map { text in
            let parts = text.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, let date = CivilDate(iso: parts[0]) else {
                throw CLIError("--mark \"\(text)\": expected DATE=LABEL, e.g. 2023-10-07=\"7 October\"")
            }
            return (date, String(parts[1]))
        }
    }

    /// The engine over the existing database, after checking that it has incidents and that
    /// `period` lies within their record (figures before the record began are unknown, not zero).
    /// A report reads the daily totals once (`readingDailyTotalsOnce`): its charts ask for them
    /// many times.
    static func engine(
        _ global: GlobalOptions, covering period: Period, checkHealth: Bool = false,
        readingDailyTotalsOnce: Bool = false
    ) throws -> FigureEngine {
        do {
            let store = try global.openExistingStore(checkHealth: checkHealth)
            if let note = try? store.linkLag().note {
                FileHandle.standardError.write(Data((note + "\n").utf8))
            }
            return readingDailyTotalsOnce
                ? try FigureEngine.covering(period, readingDailyTotalsOnce: store)
                : try FigureEngine.covering(period, store: store)
        } catch let error as FiguresError {
            throw Advice.cli(error)
        }
    }
}

/// A period is a command-line value (`--period 2025-H1`). The options give
/// ``CommandSupport/period(_:)`` as their transform, which says why a value is not a period.
extension Period: ExpressibleByArgument {
    public init?(argument: String) { try? self.init(parsing: argument) }
}
