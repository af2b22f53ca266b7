import ArgumentParser
import Crypto
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
            offender description, the postcode cut to its district, and the description with names, \
            phone numbers, e-mail addresses, postcodes, street addresses, vehicle registrations, dates \
            of birth, social-media handles and National Insurance numbers replaced by [NAME], [PHONE], … \
            Only antisemitic incidents are exported. --with-details REF adds that victim's name, contact \
            and full postcode, and only if they consented to sharing. Every export is written to the \
            audit log (`incidents exports`), which cannot be changed.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("for"), help: "The recipient: police.") var recipient: String
    @Option(help: "The period to export (2025, 2025-Q3, 2025-10, a range).") var period: String
    @Option(help: "The CSV file to write.") var out: String
    @Option(help: "Include this consenting victim's details (repeatable; their record's reference).") var withDetails: [String] = []
    @Option(help: "A note for the audit trail (who exports is the operating-system account).") var note: String?
    @OptionGroup var output: ForceOption

    mutating func run() throws {
        guard recipient == "police" else {
            throw CLIError("--for \(recipient): the only recipient with an exchange format is `police`")
        }
        let protection = global.protection(force: output.force)
        do { try OutputFile.check(out, protection: protection) } catch { throw error.cli }
        let store = try global.openStoreWithKeys()
        let range = try CommandSupport.period(period)
        let incidents = try store.incidents(source: .own, status: .antisemitic, from: range.start, to: range.end)
        let byReference = Dictionary(incidents.map { ($0.reference, $0) }, uniquingKeysWith: { a, _ in a })
        for reference in withDetails {
            guard let incident = byReference[reference] else {
                throw CLIError("--with-details \(reference): no antisemitic record of the research team with that reference in \(period); nothing was written")
            }
            guard incident.consentToShare == true else {
                throw CLIError("--with-details \(reference): the victim has not consented to their details going to the police (consent_to_share is \(incident.consentToShare == false ? "no" : "not recorded")); nothing was written")
            }
        }
        let text = ExportCommand.csv(incidents, detailsFor: Set(withDetails))
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
            id = try store.recordExport(ExportRecord(exportedAt: Clock.timestamp(), exportedBy: person, recipient: recipient, period: range.description,
                                                     rowCount: incidents.count, fileName: out, checksum: checksum, detailsFor: withDetails.sorted()), note: note)
        } catch {
            file.abandon()
            throw CLIError("\(error); nothing was written")
        }
        do { try file.commit() } catch {
            throw CLIError("export \(id) is in the audit log but its file could not be put in place: \(error.description)")
        }
        print("Wrote \(incidents.count.grouped) incidents of \(range.description) to \(out) (SHA-256 \(checksum.prefix(16))…); export \(id) is in the audit log.")
        if !withDetails.isEmpty { print("Consented details included for: \(withDetails.sorted().joined(separator: ", ")).") }
    }

    /// The columns of the police export.
    static let columns = ["reference", "source", "date", "status", "category", "police_force", "location", "postcode",
                          "victim_type", "method", "discourse", "description", "offender_appearance", "offender_gender", "offender_age"]

    /// The anonymised CSV text: postcode districts, redacted descriptions; consented details
    /// (name, contact, full postcode) only for `detailsFor`.
    static func csv(_ incidents: [Incident], detailsFor: Set<String>) -> String {
        let redactor = Redactor()
        let withDetails = !detailsFor.isEmpty
        var lines = [CSVFormat.line(columns + (withDetails ? ["victim_name", "victim_contact", "consent_to_share"] : []))]
        for incident in incidents {
            let consented = detailsFor.contains(incident.reference)
            var row: [String] = columns.map { column in
                switch column {
                case "postcode":
                    consented ? (incident.personal.postcode?.revealed.description ?? incident.postcodeDistrict ?? "") : (incident.postcodeDistrict ?? "")
                case "description": redactor.redact(incident.personal.description?.revealed ?? "")
                default: IncidentField(rawValue: column).map { IncidentCSVWriter.value(of: $0, in: incident) } ?? ""
                }
            }
            if withDetails {
                row += consented ? [incident.personal.victimName?.revealed ?? "", incident.personal.victimContact?.revealed ?? "", "yes"] : ["", "", ""]
            }
            lines.append(CSVFormat.line(row))
        }
        return lines.joined()
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
        var table = TextTable(columns: ["export", "at", "by", "for", "period", "rows", "file", "sha256", "details for"], rightAligned: [0, 5])
        for e in exports {
            table.add([String(e.id), e.exportedAt, e.exportedBy, e.recipient, e.period, e.rowCount.grouped, e.fileName,
                       String(e.checksum.prefix(16)), e.detailsFor.joined(separator: " ")])
        }
        print(table.render())
    }
}
