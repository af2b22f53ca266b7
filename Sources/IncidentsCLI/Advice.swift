import ArgumentParser
import IncidentStore
import Intake

/// What to do about an error from the layers below, in the command line's terms (its flags and
/// subcommands). The store and the intake say what happened; only this layer knows `--wait`.
enum Advice {
    static func text(for remedy: StoreError.Remedy) -> String {
        switch remedy {
        case .publishAgain: "add --again to do so"
        case .waitLonger: "try again when it has finished, or wait longer with --wait SECONDS"
        case .checkAndRestore(let backup):
            "run `incidents check` for details, and restore the last backup" + (backup.map { " (\($0))" } ?? "")
                + ", or re-import the source files into a new database"
        case .giveKeyFile: "give the right key file with --key-file or INCIDENTS_KEY"
        case .giveOrCreateKeyFile:
            """
            give the key file with --key-file or INCIDENTS_KEY, or create one for a new database with \
            `incidents keys create` (and back it up)
            """
        case .listReviewQueue: "`incidents review --list` shows the queue and its IDs"
        case .otherAccountName(let name):
            "choose another name, or change its password with `incidents users passwd \(name)`"
        case .otherDatabasePath: "choose another database path"
        }
    }

    /// An import problem as the command prints it: located, and with the command's way around it.
    static func text(for problem: ImportProblem) -> String {
        switch problem.remedy {
        case .nameTheSource: problem.description + " with --source (e.g. --source cst)"
        case nil: problem.description
        }
    }

    /// `error` as a command-line error, with the command line's advice when it carries a remedy.
    static func cli(_ error: any Error) -> CLIError {
        if let advised = advised(error) as? CLIError { return advised }
        return CLIError(String(describing: error))
    }

    /// `error` with the command line's advice added, when it carries a remedy (else unchanged).
    static func advised(_ error: any Error) -> any Error {
        switch error {
        case let store as StoreError:
            guard let remedy = store.remedy else { return error }
            return CLIError(store.description + "; " + text(for: remedy))
        case let key as KeyError:
            guard let remedy = key.remedy else { return error }
            return CLIError(
                key.description + ". " + text(for: remedy).prefix(1).uppercased() + text(for: remedy).dropFirst())
        default:
            // A hidden temporary file named by a layer below (a rejects file's writer on a full
            // disk) is said as the file the person asked for.
            let text = String(describing: error)
            return text.contains(".incidents-tmp") ? CLIError(text) : error
        }
    }
}

extension Incidents {
    /// Parses and runs a command line, adding the command line's advice to the errors of the
    /// layers below (ArgumentParser's `main`, with that one step more).
    public static func runAdvised(_ arguments: [String]) -> Never {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            exit(withError: Advice.advised(error))
        }
        exit()
    }
}
