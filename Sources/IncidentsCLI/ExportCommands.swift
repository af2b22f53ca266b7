import ArgumentParser
import Crypto
import Figures
import Foundation
import IncidentModel
import IncidentStore
import Intake
import Redaction
import SafeOutput

/// `incidents export --for police`: the anonymised exchange file.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the research team's incidents of a period as an anonymised exchange file for the police.",
        discussion: """
            Columns: the interchange format's, without personal data: no victim name or contact, no \
            offender description, the postcode cut to its district, the location without house \
            numbers, and the description with names, \
            phone numbers, e-mail addresses, postcodes, street addresses, vehicle registrations, dates \
            of birth, social-media handles, National Insurance, NHS, passport, driving licence and card \
            numbers, IP addresses, profile URLs and organisations tied to a person replaced by [NAME], \
            [PHONE], …; every value of the record's own personal columns is removed wherever it appears. \
            Before writing, every cell is checked against the personal columns of every exported record \
            (case, spacing and phone digits aside): a row that holds one is withheld and listed on stderr \
            (reference and field, never the value), and the command writes nothing and fails unless \
            --withhold-and-continue is given. Only antisemitic incidents are exported. --with-details REF adds that \
            victim's name, contact \
            and full postcode, and only if they consented to sharing. Every export is written to the \
            audit log (`incidents exports`), which cannot be changed.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("for"), help: "The recipient: police.") var recipient: String
    @Option(help: "The period to export (2025, 2025-Q3, 2025-10, a range).", transform: CommandSupport.period)
    var period: Period
    @Option(help: "The CSV file to write.") var out: String
    @Option(help: "Include this consenting victim's details (repeatable; their record's reference).") var withDetails:
        [String] = []
    @Option(help: "A note for the audit trail (who exports is the operating-system account).") var note: String?
    @Flag(
        help:
            """
            When rows are withheld because a cell still holds a personal value, write the other rows (and exit 0) \
            instead of writing nothing.
            """
    )
    var withholdAndContinue = false
    @OptionGroup var output: ForceOption

    mutating func run() throws {
        guard recipient == "police" else {
            throw CLIError("--for \(recipient): the only recipient with an exchange format is `police`")
        }
        let protection = global.protection(force: output.force)
        do { try OutputFile.check(out, protection: protection) } catch { throw error.cli }
        let store = try global.openStoreWithKeys()
        // An earlier export killed before its file appeared gets it first (a new write to its
        // name would remove the hidden file). After the checks: a refused path touches nothing.
        KilledRuns.recoverExports((try? store.exports()) ?? [])
        let range = period
        let incidents = try store.incidents(source: .own, status: .antisemitic, from: range.start, to: range.end)
        let byReference = Dictionary(incidents.map { ($0.reference, $0) }, uniquingKeysWith: { a, _ in a })
        for reference in withDetails {
            guard let incident = byReference[reference] else {
                throw CLIError(
                    """
                    --with-details \(reference): no antisemitic record of the research team with that reference in \
                    \(period); nothing was written
                    """
                )
            }
            guard incident.consentToShare == true else {
                throw CLIError(
                    """
                    --with-details \(reference): the victim has not consented to their details going to the police \
                    (consent_to_share is \(incident.consentToShare == false ? "no" : "not recorded")); nothing was \
                    written
                    """
                )
            }
            // An erased record (or one that never had them) has no details to include: saying
            // they were, and logging a disclosure, would be false.
            guard incident.personal.victimName != nil || incident.personal.victimContact != nil else {
                throw CLIError(
                    """
                    --with-details \(reference): the record holds no victim's name or contact (erased, or never \
                    recorded); nothing was written
                    """
                )
            }
        }
        let export = ExportCommand.csv(incidents, detailsFor: Set(withDetails))
        for w in export.withheld {
            printError(
                """
                withheld \(TerminalText.clean(w.shown)): its \(w.field) holds \(w.column) (\(w.whose)); \
                the row is not written
                """
            )
        }
        if !export.withheld.isEmpty && !withholdAndContinue {
            throw CLIError(
                """
                \(export.withheld.count) of \(incidents.count.grouped) rows still hold personal data after redaction \
                (listed above); nothing was written. Remove it from the records, or pass --withhold-and-continue to \
                write the other rows
                """
            )
        }
        let text = export.text
        let data = Data(text.utf8)
        // Written to a hidden file first; the audit entry is committed before the file appears
        // under its name, so there is never an export without its entry.
        let file: OutputFile
        do {
            file = try OutputFile(out, protection: protection, ownerOnly: !withDetails.isEmpty)
            try file.writeAll(data)
        } catch { throw error.cli }
        let checksum = SHA256.hash(data: data).lowercaseHex
        let person = IncidentStore.operatingSystemUser
        let id: Int64
        do {
            id = try store.recordExport(
                ExportRecord(
                    exportedAt: Clock.timestamp(), exportedBy: person, recipient: recipient, period: range.description,
                    rowCount: export.written, fileName: out, checksum: checksum, detailsFor: withDetails.sorted()),
                note: note)
        } catch {
            file.abandon()
            throw CLIError("\(error); nothing was written")
        }
        do { try file.commit() } catch {
            throw CLIError(
                "export \(id) is in the audit log but its file could not be put in place: \(error.description)")
        }
        print(
            """
            Wrote \(export.written.grouped) incidents of \(range.description) to \(out) (SHA-256 \
            \(checksum.prefix(16))…); export \(id) is in the audit log.
            """
        )
        if !withDetails.isEmpty {
            print("Consented details included for: \(withDetails.sorted().joined(separator: ", ")).")
        }
        if !export.withheld.isEmpty {
            print("Withheld \(export.withheld.count.grouped) rows that still held personal data (listed on stderr).")
        }
    }

    /// The columns of the police export.
    static let columns = [
        "reference", "source", "date", "status", "category", "police_force", "location", "postcode",
        "victim_type", "method", "discourse", "description", "offender_appearance", "offender_gender", "offender_age",
    ]

    /// A row kept out of the export: the record's reference, the column whose cell held a
    /// personal value, and which personal column (of this record or another) it was.
    struct Withheld: Equatable {
        var reference: String
        var field: String
        /// What the cell holds: "a value of victim_name", "personal data".
        var column: String
        var whose: String
        /// The record as messages name it: its reference, unless that holds personal data.
        var shown: String
    }

    /// The record's personal columns, as the redactor and the leak check read them.
    static func personalValues(_ incident: Incident) -> RecordPersonalValues {
        RecordPersonalValues(incident.personal)
    }

    /// The anonymised CSV text: postcode districts, redacted descriptions; consented details
    /// (name, contact, full postcode) only for `detailsFor`. Each row's cells are checked against
    /// the personal columns of every record exported (`LeakCheck`); a row with a hit is left out
    /// and listed in `withheld`. `redactor` is replaceable so that tests can switch detection off.
    static func csv(
        _ incidents: [Incident], detailsFor: Set<String>,
        redact: (String, RecordPersonalValues) -> String = { Redactor().redact($0, knowing: $1) }
    )
        -> (text: String, written: Int, withheld: [Withheld])
    {
        let withDetails = !detailsFor.isEmpty
        let values = incidents.map(personalValues)
        let everyone = LeakCheck(values)
        var lines = [
            CSVFormat.line(columns + (withDetails ? ["victim_name", "victim_contact", "consent_to_share"] : []))
        ]
        var withheld: [Withheld] = []
        for (incident, own) in zip(incidents, values) {
            let consented = detailsFor.contains(incident.reference)
            // A reference the team typed with personal data in it (an email, a phone, a name):
            // the row is withheld, and the reference is named in no message.
            let known = everyone.hit(in: incident.reference) != nil
            let found =
                redact(incident.reference, own) != incident.reference || RowValidator.readsAsName(incident.reference)
            let shown =
                known || found ? "a record of \(incident.date) (its reference holds personal data)" : incident.reference
            if found && !known {
                withheld.append(
                    Withheld(
                        reference: incident.reference, field: "reference", column: "personal data",
                        whose: "found by the redactor", shown: shown))
                continue
            }
            let row: [String] = columns.map { column in
                switch column {
                case "postcode":
                    consented
                        ? (incident.personal.postcode?.revealed.description ?? incident.postcodeDistrict ?? "")
                        : (incident.postcodeDistrict ?? "")
                case "description": redact(incident.personal.description?.revealed ?? "", own)
                case "location": Redactor().redactLocation(incident.location ?? "", knowing: own)
                default: IncidentField(rawValue: column).map { IncidentCSVWriter.value(of: $0, in: incident) } ?? ""
                }
            }
            // Fail closed: no cell may hold a personal value of any record (the consented
            // details themselves are not checked: they are that victim's, shared with consent).
            if let (field, column) = zip(columns, row).lazy.compactMap({ field, cell in
                everyone.hit(in: cell).map { (field, $0) }
            }).first {
                let ownCheck = LeakCheck([own])
                let whose =
                    ownCheck.hit(in: row[columns.firstIndex(of: field)!]) == column
                    ? "this record's own" : "another exported record's"
                withheld.append(
                    Withheld(
                        reference: incident.reference, field: field, column: "a value of \(column.rawValue)",
                        whose: whose, shown: shown))
                continue
            }
            var cells = row
            if withDetails {
                cells +=
                    consented
                    ? [
                        incident.personal.victimName?.revealed ?? "", incident.personal.victimContact?.revealed ?? "",
                        "yes",
                    ] : ["", "", ""]
            }
            lines.append(CSVFormat.line(cells))
        }
        return (lines.joined(), lines.count - 1, withheld)
    }
}

/// `incidents exports`: the audit log of everything exported.
struct ExportsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exports",
        abstract: "List every export: when, by whom, for whom, which period, how many rows, the file and its SHA-256.")

    @OptionGroup var global: GlobalOptions

    mutating func run() throws {
        let exports = try global.openExistingStore().exports()
        guard !exports.isEmpty else { print("Nothing has been exported."); return }
        KilledRuns.recoverExports(exports)
        var table = TextTable(
            columns: ["export", "at", "by", "for", "period", "rows", "file", "sha256", "details for", "file now"],
            rightAligned: [0, 5])
        for e in exports {
            table.add([
                String(e.id), e.exportedAt, e.exportedBy, e.recipient, e.period, e.rowCount.grouped, e.fileName,
                String(e.checksum.prefix(16)), e.detailsFor.joined(separator: " "),
                KilledRuns.state(of: e.fileName, digest: e.checksum),
            ])
        }
        print(table.render())
    }
}
