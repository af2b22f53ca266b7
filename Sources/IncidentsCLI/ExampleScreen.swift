import IncidentModel
import IncidentStore
import Intake
import Redaction

/// A case example read from an interchange file, waiting for the check.
struct ExampleCandidate: Sendable {
    let source: Source
    let reference: String
    let section: ExampleSection?
    let text: String
    /// The line of its row, for a located error.
    let line: Int
}

/// The personal-data check every case example passes before it is stored (and so before a report
/// can print it): the export's redactor and fail-closed check (``PublicationCheck``), against the
/// personal fields of every stored record. Shared by `incidents examples add` and `import`.
struct ExampleScreen {
    private let check: PublicationCheck
    private let personal: [String: PersonalDetails]

    init(_ records: [RecordPersonal]) {
        check = PublicationCheck(records.map { RecordPersonalValues($0.personal) })
        personal = Dictionary(
            records.map { ($0.source + "\u{1F}" + $0.reference, $0.personal) },
            uniquingKeysWith: { first, _ in first })
    }

    /// Why `text`, an example of the record from `source` with `reference`, may not be published.
    func finding(_ text: String, source: String, reference: String) -> PublicationCheck.Finding? {
        let own = personal[source + "\u{1F}" + reference]
        return check.finding(
            in: text, own: own.map(RecordPersonalValues.init) ?? RecordPersonalValues(),
            description: own?.description?.revealed)
    }

    /// Refuses a text, with what the check found.
    struct Refusal: Error, CustomStringConvertible {
        let finding: PublicationCheck.Finding
        var description: String { "the example would reveal personal data: \(finding)" }
    }

    /// Stores the examples an import gave, in its batch; any that the check refuses (or that names
    /// no counted record) refuses the whole file, each with its line and column.
    static func store(
        _ candidates: [ExampleCandidate], writer: BatchWriter, file: String, columns: [String],
        at: String
    ) throws -> [ExampleChange: Int] {
        let screen = ExampleScreen(try writer.personalRecords())
        let field = IncidentField.caseExample.rawValue
        let column = columns.firstIndex { VocabularyKey.normalise($0) == field }.map { $0 + 1 }
        var changes: [ExampleChange: Int] = [:]
        var problems: [ImportProblem] = []
        for candidate in candidates {
            func problem(_ message: String) {
                problems.append(
                    ImportProblem(
                        file: file, line: candidate.line, column: column, field: field,
                        message: message + " (the text is not shown)"))
            }
            do {
                let change = try writer.setCaseExample(
                    source: candidate.source, reference: candidate.reference,
                    section: candidate.section, text: candidate.text, at: at
                ) {
                    let source = candidate.source.name
                    if let finding = screen.finding(candidate.text, source: source, reference: candidate.reference) {
                        throw Refusal(finding: finding)
                    }
                }
                changes[change, default: 0] += 1
            } catch let refusal as Refusal {
                problem(
                    "would reveal personal data: \(refusal.finding.brief); "
                        + "rewrite the text, or leave the cell empty")
            } catch let error as ExampleError {
                problem(error.description)
            }
        }
        guard problems.isEmpty else {
            // A case example is text for publication: even --skip-invalid does not pass one.
            throw ImportFailure(problems: problems)
        }
        return changes
    }
}

extension ExampleScreen {
    /// Checks the stored examples (those the file did not give, which were checked against
    /// everything) against the personal values the file brought; an example that holds one is
    /// withdrawn from the report, in the batch, and said why. Fails closed: the text was approved
    /// before the value existed, and publishing it now would reveal it.
    static func recheck(
        writer: BatchWriter, against values: [RecordPersonalValues], except given: Set<String>,
        at: String
    ) throws -> [String] {
        let check = PublicationCheck(values)
        var withdrawn: [String] = []
        for example in try writer.caseExampleTexts()
        where !given.contains(example.source + "\u{1F}" + example.reference) {
            guard let finding = check.finding(in: example.text, own: RecordPersonalValues(), description: nil) else {
                continue
            }
            let reason: String =
                switch finding {
                case .personalValue(let column, _): "holds the \(column.rawValue) of a record of this import"
                default: finding.brief
                }
            try writer.withdrawCaseExample(source: example.source, reference: example.reference, reason: reason, at: at)
            withdrawn.append(
                "\(example.source)/\(example.reference): its case example \(reason); it was withdrawn from "
                    + "the report (see `incidents audit`); write another with `incidents examples add`")
        }
        return withdrawn
    }
}

extension RecordPersonalValues {
    /// The personal columns of a record, as the redactor and the leak check read them.
    init(_ personal: PersonalDetails) {
        self.init(
            victimName: personal.victimName?.revealed, victimContact: personal.victimContact?.revealed,
            offenderDescription: personal.offenderDescription?.revealed)
    }
}
