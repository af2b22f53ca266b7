import ArgumentParser
import Foundation
import IncidentModel
import IncidentStore
import SafeOutput

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The incident database (default: $INCIDENTS_DB, else incidents.sqlite in the current folder).",
            valueName: "path"))
    var database: String?

    @Option(
        name: .customLong("key-file"),
        help: ArgumentHelp(
            """
            The key file that opens personal data (default: $INCIDENTS_KEY, else the database's path with .key added). \
            Keep it apart from the database and back it up.
            """,
            valueName: "path"))
    var keyFile: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            """
            How long a command that writes waits for another one (an import, a link) to finish \
            before giving up (default 300).
            """,
            valueName: "seconds"))
    var wait: Double = 300

    /// The database path: the option, else the environment, else the default.
    var databasePath: String {
        if let database { return database }
        if let env = ProcessInfo.processInfo.environment["INCIDENTS_DB"], !env.isEmpty { return env }
        return "incidents.sqlite"
    }

    /// The key file's path: the option, else the environment, else beside the database.
    var keyPath: String {
        if let keyFile { return keyFile }
        if let env = ProcessInfo.processInfo.environment["INCIDENTS_KEY"], !env.isEmpty { return env }
        return databasePath + ".key"
    }

    /// The keys, for a command that reads or writes personal data (or signs the audit trail).
    func loadKeys() throws -> KeyRing {
        let keys: KeyRing
        do { keys = try KeyRing.load(path: keyPath) } catch { throw Advice.advised(error) }
        // The file's own mode, through any link to it (a link's own mode is always 777).
        var info = stat()
        if stat(keyPath, &info) == 0, case let mode = Int(info.st_mode & 0o777), mode & 0o077 != 0 {
            printError(
                """
                warning: \(keyPath) can be read by other accounts (mode \(String(mode, radix: 8))); make it readable \
                by its owner only: chmod 600 \(keyPath)
                """
            )
        }
        return keys
    }

    /// Opens a database that must already exist, for a command that only reads (figures,
    /// charts, reports): it reads a snapshot and never waits for a writer.
    /// `checkHealth`: refuse a damaged database first (a report to publish).
    func openExistingStore(checkHealth: Bool = false) throws -> IncidentStore {
        guard FileManager.default.fileExists(atPath: databasePath) else {
            throw CLIError(
                """
                \(databasePath): no database here; import records with `incidents import`, run `incidents \
                demo`, or give --database PATH
                """
            )
        }
        return try open(writes: false, checkHealth: checkHealth)
    }

    /// Opens (creating if needed) the database for a command that writes: its health is checked
    /// first, and it waits its turn behind another writer.
    func openStore() throws -> IncidentStore {
        try open(writes: true)
    }

    /// Opens the database with the keys, for a command that reads or writes personal data or
    /// signs the audit trail (`writes`: it writes, too).
    func openStoreWithKeys(writes: Bool = true) throws -> IncidentStore {
        if !writes && !FileManager.default.fileExists(atPath: databasePath) {
            throw CLIError(
                """
                \(databasePath): no database here; import records with `incidents import`, run `incidents \
                demo`, or give --database PATH
                """
            )
        }
        return try open(writes: writes, keys: try loadKeys())
    }

    private func open(writes: Bool, checkHealth: Bool? = nil, keys: KeyRing? = nil) throws -> IncidentStore {
        let onWait: @Sendable (Double) -> Void = { limit in
            guard isatty(STDERR_FILENO) != 0 else { return }
            FileHandle.standardError.write(
                Data(
                    """
                    Waiting for another incidents command to finish writing to the database (up to \
                    \(Int(limit)) s; --wait changes this)…\n
                    """
                    .utf8))
        }
        do {
            return try IncidentStore(
                path: databasePath,
                options: .init(
                    writes: writes, checkHealth: checkHealth, waitSeconds: wait, onWait: onWait,
                    keys: keys, keyPath: keyPath))
        } catch {
            throw Advice.cli(error)
        }
    }

    /// What an output file must never be: the database and its sidecar files, and `inputs`.
    func protection(inputs: [(path: String, role: String)] = [], force: Bool) -> OutputFile.Protection {
        // Through a link too: the database's own folder holds its log and shared memory.
        let real = (databasePath as NSString).resolvingSymlinksInPath
        let databases =
            OutputFile.Protection.database(databasePath)
            + (real == databasePath ? [] : OutputFile.Protection.database(real))
        return OutputFile.Protection(files: databases + [(keyPath, "the key file")] + inputs, force: force)
    }
}

/// `--force`, for commands that write a file.
struct ForceOption: ParsableArguments {
    @Flag(help: "Replace an existing output file that incidents did not write (or that was changed since).")
    var force = false
}

/// A failure to report to a person on standard error, then exit non-zero.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    /// The message, with control and escape characters (which may come from a file or a record)
    /// removed before it reaches a terminal.
    init(_ message: String) {
        description = CLIError.namingTargets(TerminalText.clean(message, keepNewlines: true))
    }

    /// `message` with each hidden temporary file (".r.pdf.4211.1.incidents-tmp", which a
    /// renderer's error names) named as the file it was to become ("r.pdf").
    static func namingTargets(_ message: String) -> String {
        let mark = ".incidents-tmp"
        guard message.contains(mark) else { return message }
        // Each name runs from the last "/" before the mark (a name may hold spaces: "my
        // rejects.csv"), or from the last space when no folder is written.
        var out = "", rest = Substring(message)
        while let found = rest.range(of: mark) {
            let before = rest[..<found.lowerBound]
            let start =
                before.lastIndex(of: "/").map { before.index(after: $0) } ?? before.lastIndex(of: " ").map {
                    before.index(after: $0)
                } ?? before.startIndex
            let hidden = before[start...]
            let parts = hidden.split(separator: ".", omittingEmptySubsequences: false)
            // "", the name's parts, the process id, the counter.
            if hidden.hasPrefix("."), parts.count >= 4,
                parts.suffix(2).allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) })
            {
                out += before[..<start] + parts.dropFirst().dropLast(2).joined(separator: ".")
            } else {
                out += before + mark
            }
            rest = rest[found.upperBound...]
        }
        return out + rest
    }
}

extension OutputError {
    /// As a command-line error.
    var cli: CLIError { CLIError(description) }
}
