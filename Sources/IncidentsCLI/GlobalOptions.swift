import ArgumentParser
import Foundation
import IncidentModel
import IncidentStore

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The incident database (default: $INCIDENTS_DB, else incidents.sqlite in the current folder).",
        valueName: "path"))
    var database: String?

    /// The database path: the option, else the environment, else the default.
    var databasePath: String {
        if let database { return database }
        if let env = ProcessInfo.processInfo.environment["INCIDENTS_DB"], !env.isEmpty { return env }
        return "incidents.sqlite"
    }

    /// Opens a database that must already exist (commands that only read).
    func openExistingStore() throws -> IncidentStore {
        guard FileManager.default.fileExists(atPath: databasePath) else {
            throw CLIError("\(databasePath): no database here; import records with `incidents import`, run `incidents demo`, or give --database PATH")
        }
        return try openStore()
    }

    /// Opens (creating if needed) the database.
    func openStore() throws -> IncidentStore {
        do { return try IncidentStore(path: databasePath) } catch { throw CLIError(error.description) }
    }
}

/// A failure to report to a person on standard error, then exit non-zero.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    /// The message, with control and escape characters (which may come from a file or a record)
    /// removed before it reaches a terminal.
    init(_ message: String) { description = TerminalText.clean(message, keepNewlines: true) }
}
