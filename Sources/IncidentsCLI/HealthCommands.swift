import ArgumentParser
import Foundation
import IncidentModel
import IncidentStore
import SafeOutput

/// `incidents check`: is the database sound?
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract:
            "Check the database: SQLite's integrity check, the summaries against the records, the audit log's guards.",
        discussion: """
            Reads a snapshot, so it can run while others work. Exits non-zero if anything is wrong. \
            A damaged database cannot be mended in place: restore the last backup (`incidents backup`) \
            or re-import the source files into a new database. Summaries that disagree with the \
            records are rebuilt by --repair.
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Rebuild the summaries from the records when they disagree.")
    var repair = false

    mutating func run() throws {
        guard FileManager.default.fileExists(atPath: global.databasePath) else {
            throw CLIError("\(global.databasePath): no database here; give --database PATH")
        }
        let path = global.databasePath
        let checked = Result { () throws(StoreError) -> (IncidentStore, [HealthFinding]) in
            let store = try IncidentStore(path: path, options: .init(writes: false))
            return (store, try store.check())
        }
        if case .failure(let error) = checked, error.kind == .damaged {
            // Too damaged to read the schema: SQLite's own check on the bare file.
            print(
                "BAD integrity: SQLite integrity_check: "
                    + IncidentStore.integrityCheck(path: path).joined(separator: "; "))
            printError(error.description)
            throw ExitCode.failure
        }
        let store: IncidentStore, findings: [HealthFinding]
        do { (store, findings) = try checked.get() } catch { throw Advice.cli(error) }
        for finding in findings {
            // The store states the fact; the command says how (its own flag).
            let advice = !finding.ok && finding.part == "summaries" && !repair ? " (`incidents check --repair`)" : ""
            print("\(finding.ok ? "ok " : "BAD") \(finding.part): \(finding.detail)\(advice)")
        }
        if repair, findings.contains(where: { $0.part == "summaries" && !$0.ok }), findings.first?.ok == true {
            try global.openStore().repairSummaries()
            print("Rebuilt the summaries from the records.")
            let again = try store.check()
            guard again.allSatisfy(\.ok) else { throw ExitCode.failure }
            return
        }
        guard findings.allSatisfy(\.ok), findings.count == 3 else {
            printError("\(global.databasePath): the check found problems (above).")
            throw ExitCode.failure
        }
        print("\(global.databasePath) is sound.")
        // Sound, but not all linked: said, not failed (linking is a step of the work, not damage).
        if let note = try? store.linkLag().note { print(note) }
    }
}

/// `incidents backup FILE`: a consistent copy of the database.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the database to a file with SQLite's online backup (consistent while others read and write).",
        discussion: """
            The copy holds personal data: it is created readable by its owner only. Keep backups \
            somewhere safe; `incidents check` and the message for a damaged database name the last one.

            Example:
              incidents backup backups/incidents-2026-11-30.sqlite
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The file to write.", valueName: "file"))
    var file: String

    @OptionGroup var output: ForceOption

    mutating func run() throws {
        var protection = global.protection(force: output.force)
        protection.kind = .database
        do { try OutputFile.check(file, protection: protection) } catch { throw error.cli }
        let store = try global.openExistingStore()
        var records = 0
        do {
            try OutputFile.write(to: file, protection: protection, ownerOnly: true) { temporary in
                records = try store.backup(to: temporary, shownAs: file)
            }
        } catch let error as OutputError { throw error.cli } catch { throw Advice.cli(error) }
        // Named in the message for a damaged database (best effort: the copy is made either way).
        try? global.openStore().recordBackup("\(file), \(Clock.timestamp())")
        print("Wrote \(file): a consistent copy of \(global.databasePath) (\(records.grouped) records).")
    }
}
