import ArgumentParser
import Figures
import IncidentModel
import IncidentStore

/// `incidents examples`: the case examples the report tells in its sections.
struct ExamplesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "examples",
        abstract: "Add, list or remove the case examples the report prints (short anonymised accounts of incidents).",
        discussion: """
            A case example is the research team's own account of one incident, written for \
            publication ("A Jewish man was punched on a bus in Manchester …"); a record's \
            description is never printed. Before it is stored the text passes the redactor and the \
            export's fail-closed check against the personal fields of every record: a text that \
            would reveal a name, a contact, an offender's description or the record's own \
            description is refused, and nothing is stored. An approved text is kept unsealed (it \
            is for publication), so `report` prints it without the key file: two to four examples \
            per section that asks for them ({{examples assault}} in the template), chosen \
            deterministically among the period's. Adding, replacing and removing are recorded in \
            the audit trail (the text's SHA-256, never the text); erasing a record removes its \
            example. An interchange file can give examples too (columns case_example and \
            case_example_section).
            """,
        subcommands: [ExamplesAdd.self, ExamplesList.self, ExamplesRemove.self],
        defaultSubcommand: ExamplesList.self)

    /// The `--source` option's value.
    static func source(_ text: String) throws -> Source {
        guard let source = Source(text) else {
            throw ValidationError("--source \"\(text)\": expected cst, police or a partner's short name")
        }
        return source
    }
}

struct ExamplesAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Write (or replace) the case example of a record, after the personal-data check.",
        discussion: """
            Example:
              incidents examples add DEMO-2025-00412 --text "A Jewish man was punched on a bus in Salford."
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The record's reference.", valueName: "reference"))
    var reference: String

    @Option(help: "The example's text, as the report prints it (at most 600 characters).") var text: String
    @Option(
        help: ArgumentHelp(
            "The section: a category (default: the record's), or "
                + ExampleSection.otherNames.joined(separator: ", ") + ".", valueName: "section"))
    var section: String?
    @Option(help: "The record's source (default: cst, the research team's).") var source: String = "cst"
    @Option(help: "A note for the audit trail.") var note: String?

    mutating func run() throws {
        let source = try ExamplesCommand.source(source)
        let section = try section.map { name in
            guard let parsed = ExampleSection(parsing: name) else {
                let names = ExampleSection.names.joined(separator: ", ")
                throw ValidationError("--section \"\(name)\": expected one of \(names)")
            }
            return parsed
        }
        let store = try global.openStoreWithKeys()
        let change: ExampleChange
        do {
            change = try store.setCaseExample(
                source: source, reference: reference, section: section, text: text,
                note: note, at: Clock.timestamp()
            ) { records in
                if let finding = ExampleScreen(records).finding(text, source: source.name, reference: reference) {
                    throw ExampleScreen.Refusal(finding: finding)
                }
            }
        } catch let refusal as ExampleScreen.Refusal {
            let advice = refusal.finding == .description ? "" : " Rewrite the text without it."
            throw CLIError("\(source.name)/\(reference): \(refusal); nothing was stored.\(advice)")
        } catch let error as ExampleError {
            throw CLIError(error.description)
        } catch let error as StoreError {
            throw Advice.advised(error)
        }
        switch change {
        case .unchanged: print("\(source.name)/\(reference) already has this example; nothing changed.")
        case .added, .replaced:
            print(
                "\(change == .added ? "Added" : "Replaced") the case example of \(source.name)/\(reference)"
                    + " (\(section?.description ?? "its category's section")); it is in the audit trail.")
        }
    }
}

struct ExamplesList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the case examples, in date order.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only the examples of records in this period (2025, 2025-H1, …).") var period: String?

    mutating func run() throws {
        var examples = try global.openExistingStore().caseExamples()
        if let period {
            let range = try CommandSupport.period(period)
            examples = examples.filter { CivilDate(iso: $0.date).map(range.contains) ?? false }
        }
        guard !examples.isEmpty else { print("No case examples\(period.map { " for \($0)" } ?? "")."); return }
        var table = TextTable(columns: ["record", "date", "section", "counted", "text"], rightAligned: [])
        for e in examples {
            let section = e.section ?? e.category ?? "(none)"
            let counted = e.status == Status.antisemitic.rawValue ? "yes" : "no: \(e.status)"
            let record = TerminalText.clean("\(e.source)/\(e.reference)")
            table.add([record, e.date, section, counted, TerminalText.clean(e.text)])
        }
        print(table.render())
    }
}

struct ExamplesRemove: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove the case example of a record.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The record's reference.", valueName: "reference"))
    var reference: String

    @Option(help: "The record's source (default: cst).") var source: String = "cst"
    @Option(help: "A note for the audit trail.") var note: String?

    mutating func run() throws {
        let source = try ExamplesCommand.source(source)
        let store = try global.openStoreWithKeys()
        guard
            try store.removeCaseExample(
                source: source, reference: reference, note: note,
                at: Clock.timestamp())
        else {
            throw CLIError("\(source.name)/\(reference) has no case example; nothing was removed")
        }
        print("Removed the case example of \(source.name)/\(reference); it is in the audit trail.")
    }
}
