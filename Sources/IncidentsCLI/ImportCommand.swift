import ArgumentParser
import Foundation
import IncidentModel
import IncidentStore
import Intake
import SafeOutput

/// `incidents import`: load a CSV file of incidents, all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import an incident CSV file (all rows or none).",
        discussion: """
            Every row is checked and every problem is listed, with its line, column and value. \
            If any row is invalid nothing is imported, unless --skip-invalid is given. Records \
            whose source and reference are already stored are updated in place, and each changed \
            field is recorded. Each import is recorded as a batch (see `incidents batches`).
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The CSV file to import (UTF-8, comma-separated, header row).", valueName: "file.csv"))
    var file: String

    @Option(
        help: ArgumentHelp(
            "The source of rows with no source column or value: cst, police, or a partner's short name.",
            valueName: "name"))
    var source: String?

    @Option(
        help: ArgumentHelp(
            "Import the valid rows and write the rejected ones, with reasons, to this CSV file.",
            valueName: "rejects.csv"))
    var skipInvalid: String?

    @Option(help: .hidden)
    var today: String?

    @OptionGroup var output: ForceOption

    mutating func run() throws {
        var defaultSource: Source?
        if let source {
            guard let parsed = Source(source) else {
                throw ValidationError("--source \"\(source)\": expected \(IncidentField.source.accepted)")
            }
            defaultSource = parsed
        }
        let todayDate =
            try today.map { text in
                guard let date = CivilDate(iso: text) else { throw ValidationError("--today: expected YYYY-MM-DD") }
                return date
            } ?? Clock.today()
        let protection = global.protection(inputs: [(file, "the file being imported")], force: output.force)
        if let skipInvalid {
            do { try OutputFile.check(skipInvalid, protection: protection) } catch { throw error.cli }
        }
        let store = try global.openStoreWithKeys()
        var job = ImportJob(
            path: file, options: ReadOptions(defaultSource: defaultSource, today: todayDate), rejectsPath: skipInvalid)
        job.rejectsProtection = protection
        job.showProgress = true
        do {
            let outcome = try job.run(into: store)
            for warning in outcome.summary.warnings { printError(Advice.text(for: warning)) }
            for withdrawn in outcome.withdrawn { printError("warning: " + TerminalText.clean(withdrawn)) }
            print(ImportCommand.describe(outcome))
        } catch let failure as ImportFailure {
            for problem in failure.problems { printError(Advice.text(for: problem)) }
            if failure.totalProblems > failure.problems.count {
                printError(
                    """
                    … and \((failure.totalProblems - failure.problems.count).grouped) more problems (use \
                    --skip-invalid FILE to write every rejected row with its reasons)
                    """
                )
            }
            let rows =
                failure.invalidRows > 0
                ? " in \(failure.invalidRows.grouped) row\(failure.invalidRows == 1 ? "" : "s")" : ""
            printError(
                """
                import refused: \(failure.totalProblems.grouped) \
                problem\(failure.totalProblems == 1 ? "" : "s")\(rows) of \(file); nothing was imported and the \
                database is unchanged.
                """
            )
            if failure.invalidRows > 0 {
                printError("Fix the rows listed, or import only the valid rows with --skip-invalid REJECTS.csv.")
            }
            throw ExitCode.failure
        }
    }

    static func describe(_ outcome: ImportJob.Outcome) -> String {
        let b = outcome.result.batch
        var text = """
            Imported \(b.fileName) as batch \(b.id) (sha256 \(b.checksum.prefix(12))…): \
            \(b.rowsRead.grouped) rows read: \(b.rowsInserted.grouped) new, \(b.rowsUpdated.grouped) updated, \
            \(b.rowsUnchanged.grouped) unchanged, \(b.rowsRejected.grouped) rejected.
            """
        let added = outcome.examples[.added] ?? 0, replaced = outcome.examples[.replaced] ?? 0
        if added + replaced > 0 {
            text +=
                "\nCase examples: \(added.grouped) added, \(replaced.grouped) replaced "
                + "(each checked for personal data; see `incidents examples list`)."
        }
        if let earlier = outcome.result.earlierIdentical.first {
            text +=
                """
                \nnote: the same file was imported before, as batch \(earlier.id) at \(earlier.importedAt); nothing \
                was counted twice.
                """
        }
        return text
    }
}

/// Writes a line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((TerminalText.clean(line, keepNewlines: true) + "\n").utf8))
}
