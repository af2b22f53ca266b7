import IncidentModel

/// A record as linkage sees it: the fields compared and nothing else.
public struct LinkRecord: Sendable, Hashable {
    /// The record's row in the store.
    public var id: Int64
    /// Who recorded it: the research team or the police.
    public var source: Source
    /// Its reference in its source.
    public var reference: String
    /// The day of the incident (for the police, often the day it was reported).
    public var date: CivilDate
    /// The category the source judged it to be.
    public var category: Category?
    /// The police force whose area it happened in.
    public var policeForce: PoliceForce?
    /// Where, as written ("Golders Green", "LOOM LN, Hertsmere").
    public var location: String?
    /// The postcode district ("NW11").
    public var postcodeDistrict: String?
    /// The full postcode when one was given ("NW11 7AB"; personal: read for comparison only).
    public var postcode: String?
    /// Who or what was targeted.
    public var victimType: VictimType?
    /// How: in person, online, by post…
    public var method: Method?
    /// The free-text description (personal: read for comparison only, never written out).
    public var description: String?
    /// How the victim or a witness described the offender ("a man in his 20s", "2 x males";
    /// personal: read for comparison only).
    public var offenderDescription: String?

    /// A record of these fields.
    public init(
        id: Int64, source: Source, reference: String, date: CivilDate, category: Category? = nil,
        policeForce: PoliceForce? = nil, location: String? = nil, postcodeDistrict: String? = nil,
        postcode: String? = nil, victimType: VictimType? = nil, method: Method? = nil,
        description: String? = nil, offenderDescription: String? = nil
    ) {
        self.id = id; self.source = source; self.reference = reference; self.date = date; self.category = category
        self.policeForce = policeForce; self.location = location; self.postcodeDistrict = postcodeDistrict
        self.postcode = postcode
        self.victimType = victimType; self.method = method; self.description = description
        self.offenderDescription = offenderDescription
    }

    /// The compared fields of `incident` (its description read for comparison only).
    public init(_ incident: Incident, id: Int64) {
        self.init(
            id: id, source: incident.source, reference: incident.reference, date: incident.date,
            category: incident.category, policeForce: incident.policeForce, location: incident.location,
            postcodeDistrict: incident.postcodeDistrict,
            postcode: incident.personal.postcode?.revealed.description,
            victimType: incident.victimType, method: incident.method,
            description: incident.personal.description?.revealed,
            offenderDescription: incident.personal.offenderDescription?.revealed)
    }
}
