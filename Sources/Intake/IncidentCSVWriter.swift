import IncidentModel

/// Writes incidents in the interchange format.
public struct IncidentCSVWriter {
    /// Whether personal-data columns are written.
    public enum PersonalData: Sendable {
        /// Personal columns are left out entirely (the default for anything leaving the tool).
        case withhold
        /// Personal columns are written: the research team's own files, the demo.
        case include
    }

    /// The columns written, in contract order.
    public let columns: [IncidentField]
    private var output: TextFileWriter

    /// Starts a file at `path` with the header.
    public init(path: String, personalData: PersonalData) throws {
        columns = IncidentField.allCases.filter { personalData == .include || !$0.isPersonal }
        output = try TextFileWriter(path: path)
        try output.write(CSVFormat.verbatimLine(columns.map(\.rawValue)))
    }

    /// Appends `incident`.
    public mutating func write(_ incident: Incident) throws {
        try output.write(CSVFormat.verbatimLine(columns.map { IncidentCSVWriter.value(of: $0, in: incident) }))
    }

    /// Flushes and closes the file.
    public mutating func close() throws { try output.close() }

    /// The text of `field` for `incident`, as the interchange format writes it.
    public static func value(of field: IncidentField, in incident: Incident) -> String {
        switch field {
        case .reference: incident.reference
        case .source: incident.source.name
        case .date: incident.date.description
        case .status: incident.status.rawValue
        case .category: incident.category?.rawValue ?? ""
        case .policeForce: incident.policeForce?.rawValue ?? ""
        case .location: incident.location ?? ""
        case .postcode: incident.personal.postcode?.revealed.description ?? incident.postcodeDistrict ?? ""
        case .victimType: incident.victimType?.rawValue ?? ""
        case .method: incident.method?.rawValue ?? ""
        case .discourse: incident.discourse.code
        case .description: incident.personal.description?.revealed ?? ""
        case .victimName: incident.personal.victimName?.revealed ?? ""
        case .victimContact: incident.personal.victimContact?.revealed ?? ""
        case .consentToShare: incident.consentToShare.map { $0 ? "yes" : "no" } ?? ""
        case .offenderDescription: incident.personal.offenderDescription?.revealed ?? ""
        case .offenderAppearance: incident.offender?.appearance?.rawValue ?? ""
        case .offenderGender: incident.offender?.gender?.rawValue ?? ""
        case .offenderAge: incident.offender?.age?.rawValue ?? ""
        case .typology: incident.typology?.rawValue ?? ""
        case .caseExample: incident.caseExample ?? ""
        case .caseExampleSection: incident.caseExampleSection?.description ?? ""
        }
    }
}
