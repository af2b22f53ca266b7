/// One report of an incident, as recorded by one source.
///
/// The non-personal facts are plain properties; everything that could identify a person is in
/// ``personal`` and wrapped in ``Personal``. Statistics and exports work on ``facts``.
public struct Incident: Hashable, Sendable {
    /// The record's key, unique within its source.
    public var reference: String
    /// Who recorded it.
    public var source: Source
    /// When it happened.
    public var date: CivilDate
    /// Whether it was judged antisemitic.
    public var status: Status
    /// The publication's category; present for every antisemitic incident.
    public var category: Category?
    /// The police force area it happened in.
    public var policeForce: PoliceForce?
    /// Town, borough or neighbourhood (not a street address).
    public var location: String?
    /// The postcode district ("N3"), not personal.
    public var postcodeDistrict: String?
    /// Who or what was targeted.
    public var victimType: VictimType?
    /// How it was carried out.
    public var method: Method?
    /// The discourses it carries.
    public var discourse: DiscourseSet
    /// The coded offender description (appearance, gender, age), where one was given.
    public var offender: OffenderProfile?
    /// Whether the victim agreed to their details being passed to the police; nil when not asked.
    public var consentToShare: Bool?
    /// The publication's typology (mission, opportunistic, aggravated); nil when not coded.
    public var typology: Typology?
    /// A case example's text given with the record in an interchange file, for the report. It is
    /// checked for personal data and stored apart from the record on import, so it is nil when a
    /// record is read back from the store (the store's examples are `IncidentStore.caseExamples`).
    public var caseExample: String?
    /// The section the case example is for, when not its record's category.
    public var caseExampleSection: ExampleSection?
    /// Personal data, never exported or printed unless deliberately revealed.
    public var personal: PersonalDetails

    /// An incident; `postcodeDistrict` is taken from `personal.postcode` when that is given.
    public init(
        reference: String, source: Source, date: CivilDate, status: Status = .antisemitic,
        category: Category?, policeForce: PoliceForce? = nil, location: String? = nil,
        postcodeDistrict: String? = nil, victimType: VictimType? = nil, method: Method? = nil,
        discourse: DiscourseSet = [], offender: OffenderProfile? = nil, consentToShare: Bool? = nil,
        typology: Typology? = nil, personal: PersonalDetails = PersonalDetails(),
        caseExample: String? = nil, caseExampleSection: ExampleSection? = nil
    ) {
        self.reference = reference
        self.source = source
        self.date = date
        self.status = status
        self.category = category
        self.policeForce = policeForce
        self.location = location
        self.postcodeDistrict = postcodeDistrict ?? personal.postcode?.revealed.district
        self.victimType = victimType
        self.method = method
        self.discourse = discourse
        self.offender = offender
        self.consentToShare = consentToShare
        self.typology = typology
        self.personal = personal
        self.caseExample = caseExample
        self.caseExampleSection = caseExampleSection
    }

    /// Whether the incident counts in the statistics.
    public var isCounted: Bool { status == .antisemitic }
}
