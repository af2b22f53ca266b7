import GRDB
import IncidentModel

/// How an ``Incident`` maps to the columns of the `incident` table.
enum IncidentColumns {
    /// The data columns, in table order (keys and bookkeeping excluded).
    static let names = [
        "date", "status", "category", "police_force", "location", "postcode_district", "victim_type",
        "method", "discourse", "consent_to_share", "postcode", "description", "victim_name",
        "victim_contact", "offender_description", "offender",
    ]

    /// The interchange field each data column comes from, for the change log.
    static let fields = [
        "date", "status", "category", "police_force", "location", "postcode", "victim_type",
        "method", "discourse", "consent_to_share", "postcode", "description", "victim_name",
        "victim_contact", "offender_description", "offender",
    ]

    /// The data column values of `incident`, in ``names`` order.
    static func values(_ incident: Incident) -> [DatabaseValue] {
        [
            incident.date.description.databaseValue,
            incident.status.rawValue.databaseValue,
            incident.category?.rawValue.databaseValue ?? .null,
            incident.policeForce?.rawValue.databaseValue ?? .null,
            incident.location?.databaseValue ?? .null,
            incident.postcodeDistrict?.databaseValue ?? .null,
            incident.victimType?.rawValue.databaseValue ?? .null,
            incident.method?.rawValue.databaseValue ?? .null,
            incident.discourse.rawValue.databaseValue,
            incident.consentToShare?.databaseValue ?? .null,
            // Personal data: stored, because the research team needs it; never read by statistics.
            incident.personal.postcode?.revealed.description.databaseValue ?? .null,
            incident.personal.description?.revealed.databaseValue ?? .null,
            incident.personal.victimName?.revealed.databaseValue ?? .null,
            incident.personal.victimContact?.revealed.databaseValue ?? .null,
            incident.personal.offenderDescription?.revealed.databaseValue ?? .null,
            // The coded offender description, counted by the statistics.
            incident.offender?.code.databaseValue ?? .null,
        ]
    }
}

extension Incident {
    /// Decodes a full `incident` row; nil fields where stored values no longer parse.
    init(row: Row) {
        func code<V: Vocabulary>(_ column: String, _: V.Type) -> V? {
            (row[column] as String?).flatMap { V(rawValue: $0) }
        }
        func personal(_ column: String) -> Personal<String>? { (row[column] as String?).map(Personal.init) }
        let date = CivilDate(iso: row["date"] as String) ?? CivilDate(dayNumber: 0)
        self.init(
            reference: row["reference"], source: Source(row["source"] as String) ?? .own, date: date,
            status: code("status", Status.self) ?? .pending, category: code("category", Category.self),
            policeForce: code("police_force", PoliceForce.self), location: row["location"],
            postcodeDistrict: row["postcode_district"], victimType: code("victim_type", VictimType.self),
            method: code("method", Method.self), discourse: DiscourseSet(rawValue: row["discourse"]),
            offender: (row["offender"] as String?).flatMap(OffenderProfile.init(code:)),
            consentToShare: row["consent_to_share"],
            personal: PersonalDetails(
                postcode: (row["postcode"] as String?).flatMap(Postcode.init(parsing:)).map(Personal.init),
                description: personal("description"), victimName: personal("victim_name"),
                victimContact: personal("victim_contact"), offenderDescription: personal("offender_description")))
    }
}
