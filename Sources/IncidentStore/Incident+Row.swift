import Foundation
import GRDB
import IncidentModel

/// How an ``Incident`` maps to the columns of the `incident` table.
enum IncidentColumns {
    /// The data columns, in table order (keys and bookkeeping excluded). The five plaintext
    /// personal columns of the first schema are always NULL now: personal fields are sealed
    /// together in `personal` (see ``KeyRing``), with `personal_digest` to tell a change.
    static let names = [
        "date", "status", "category", "police_force", "location", "postcode_district", "victim_type",
        "method", "discourse", "consent_to_share", "postcode", "description", "victim_name",
        "victim_contact", "offender_description", "offender", "personal", "personal_digest", "typology",
    ]

    /// The interchange field each data column comes from, for the change log.
    static let fields = [
        "date", "status", "category", "police_force", "location", "postcode", "victim_type",
        "method", "discourse", "consent_to_share", "postcode", "description", "victim_name",
        "victim_contact", "offender_description", "offender", "personal", "personal_digest", "typology",
    ]

    /// Positions of the sealed personal fields and their digest in ``names``.
    static let sealedPosition = 16, digestPosition = 17
    /// Position of the typology (added by v12, last, so the positions before it stay).
    static let typologyPosition = 18

    /// The personal fields' names in the change log, in `PersonalCipher.encode` order.
    static let personalFields = ["postcode", "description", "victim_name", "victim_contact", "offender_description"]

    /// Appends the data column values of `incident` to `values`, in ``names`` order, its personal
    /// fields sealed by `sealer`.
    static func append(_ incident: Incident, sealer: RecordSealer?, to values: inout [DatabaseValue]) {
        let sealed = sealer?.seal(incident.personal, source: incident.source.name, reference: incident.reference)
        values.append(incident.date.description.databaseValue)
        values.append(incident.status.rawValue.databaseValue)
        values.append(incident.category?.rawValue.databaseValue ?? .null)
        values.append(incident.policeForce?.rawValue.databaseValue ?? .null)
        values.append(incident.location?.databaseValue ?? .null)
        values.append(incident.postcodeDistrict?.databaseValue ?? .null)
        values.append(incident.victimType?.rawValue.databaseValue ?? .null)
        values.append(incident.method?.rawValue.databaseValue ?? .null)
        values.append(incident.discourse.rawValue.databaseValue)
        values.append(incident.consentToShare?.databaseValue ?? .null)
        // The first schema's plaintext personal columns: never written.
        for _ in 0..<5 { values.append(.null) }
        // The coded offender description, counted by the statistics.
        values.append(incident.offender?.code.databaseValue ?? .null)
        // Personal data, sealed: the research team needs it; statistics never read it. (Without
        // a sealer, NULL for now: the writing thread seals it, see PreparedIncident.isSealed.)
        values.append(sealed?.sealed.databaseValue ?? .null)
        values.append(sealed?.digest.databaseValue ?? .null)
        values.append(incident.typology?.rawValue.databaseValue ?? .null)
    }
}

extension Incident {
    /// Decodes a full `incident` row; nil fields where stored values no longer parse. Personal
    /// fields are opened with `cipher`, and left out without one.
    init(row: Row, cipher: PersonalCipher?) {
        func code<V: Vocabulary>(_ column: String, _: V.Type) -> V? {
            (row[column] as String?).flatMap { V(rawValue: $0) }
        }
        let date = CivilDate(iso: row["date"] as String) ?? CivilDate(dayNumber: 0)
        self.init(
            reference: row["reference"], source: Source(row["source"] as String) ?? .own, date: date,
            status: code("status", Status.self) ?? .pending, category: code("category", Category.self),
            policeForce: code("police_force", PoliceForce.self), location: row["location"],
            postcodeDistrict: row["postcode_district"], victimType: code("victim_type", VictimType.self),
            method: code("method", Method.self), discourse: DiscourseSet(rawValue: row["discourse"]),
            offender: (row["offender"] as String?).flatMap(OffenderProfile.init(code:)),
            consentToShare: row["consent_to_share"], typology: code("typology", Typology.self),
            personal: Incident.personal(row: row, cipher: cipher))
    }

    /// The personal fields of a row: opened from `personal`, or (a database not yet encrypted)
    /// read from the first schema's plaintext columns.
    static func personal(row: Row, cipher: PersonalCipher?) -> PersonalDetails {
        if let sealed = row["personal"] as Data? {
            return cipher.flatMap { $0.open(sealed, source: row["source"], reference: row["reference"]) }
                ?? PersonalDetails()
        }
        func plain(_ column: String) -> Personal<String>? { (row[column] as String?).map(Personal.init) }
        return PersonalDetails(
            postcode: (row["postcode"] as String?).flatMap(Postcode.init(parsing:)).map(Personal.init),
            description: plain("description"), victimName: plain("victim_name"),
            victimContact: plain("victim_contact"), offenderDescription: plain("offender_description"))
    }
}
