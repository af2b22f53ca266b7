import IncidentModel

/// Draws the fields of one synthetic record.
struct DemoWriter {
    /// The specifics of the last own incident drawn, which its police copy retells.
    var lastSpecifics = DemoSpecifics()
    static let firstNames = [
        "Miriam", "David", "Sarah", "Daniel", "Rachel", "Jonathan", "Leah", "Benjamin",
        "Hannah", "Samuel", "Esther", "Adam", "Naomi", "Joshua", "Ruth", "Aaron",
    ]
    /// Invented surnames that no one will take for a real person's.
    static let surnames = [
        "Fictionberg", "Exampleton", "Demowitz", "Samplewood", "Mockstein", "Placeholder",
        "Testerman", "Synthetica", "Madeupski", "Inventor",
    ]

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    func category(_ rng: inout SeededGenerator) -> Category {
        rng.weighted([
            (.extremeViolence, 0.3), (.assault, 6.5), (.damageAndDesecration, 7), (.threats, 5),
            (.abusiveBehaviour, 78), (.literature, 3.2),
        ])
    }

    func method(for category: Category, _ rng: inout SeededGenerator) -> Method {
        switch category {
        case .extremeViolence, .assault: rng.weighted([(.inPerson, 95), (.other, 5)])
        case .damageAndDesecration: rng.weighted([(.graffiti, 55), (.other, 45)])
        case .threats: rng.weighted([(.inPerson, 40), (.socialMedia, 30), (.phone, 12), (.email, 8), (.letter, 10)])
        case .abusiveBehaviour:
            rng.weighted([(.inPerson, 45), (.socialMedia, 38), (.email, 5), (.letter, 3), (.phone, 4), (.graffiti, 5)])
        case .literature: rng.weighted([(.letter, 45), (.email, 40), (.other, 15)])
        }
    }

    func victimType(for category: Category, method: Method, date: CivilDate, _ rng: inout SeededGenerator) -> VictimType
    {
        if category == .damageAndDesecration {
            return rng.weighted([
                (.synagogue, 20), (.cemetery, 10), (.business, 15), (.communalOrganisation, 15), (.school, 10),
                (.other, 30),
            ])
        }
        let campus = date.year >= 2024 || (date.year == 2023 && date.month >= 10) ? 9.0 : 4.0
        let publicFigures = method == .socialMedia ? 18.0 : 2.0
        return rng.weighted([
            (.individual, 62), (.synagogue, 7), (.school, 7), (.university, campus),
            (.communalOrganisation, 7), (.business, 5), (.publicFigure, publicFigures), (.other, 2),
        ])
    }

    func discourse(on date: CivilDate, _ rng: inout SeededGenerator) -> DiscourseSet {
        let intensity = min(DemoRates.eventIntensity(date), 10)
        var set: [Discourse] = []
        if rng.chance(0.22) { set.append(.farRight) }
        if rng.chance(min(0.85, 0.22 + 0.06 * intensity)) { set.append(.israelRelated) }
        if rng.chance(0.02 + 0.005 * intensity) { set.append(.islamist) }
        if rng.chance(0.03) { set.append(.leftWing) }
        if rng.chance(0.08) { set.append(.conspiracy) }
        if set.isEmpty && rng.chance(0.05) { set.append(.other) }
        return DiscourseSet(set)
    }

    mutating func ownIncident(reference: String, date: CivilDate, status: Status, rng: inout SeededGenerator)
        -> Incident
    {
        let category = self.category(&rng)
        let method = self.method(for: category, &rng)
        let victim = victimType(for: category, method: method, date: date, &rng)
        var force: PoliceForce? = rng.weighted(DemoGazetteer.forceWeights)
        if method.isOnline && rng.chance(0.3) { force = nil }
        let place = force.map { DemoGazetteer.place(in: $0, rng: &rng) }
        var postcode: Postcode?
        if let place, !place.postcodes.isEmpty, rng.chance(method.isOnline ? 0.2 : 0.65) {
            let district = rng.pick(place.postcodes)
            let letters = Array("ABDEFGHJLNPQRSTUWXYZ")
            let inward = "\(rng.below(10))\(rng.pick(letters))\(rng.pick(letters))"
            postcode = Postcode(parsing: district + " " + inward)
        }
        let hasPerson = victim == .individual || victim == .publicFigure || rng.chance(0.3)
        let name =
            hasPerson && rng.chance(0.7) ? "\(rng.pick(DemoWriter.firstNames)) \(rng.pick(DemoWriter.surnames))" : nil
        let contact: String? = name.map { name in
            rng.chance(0.5)
                ? "07700 900" + DemoWriter.pad(rng.below(1000), 3)
                : name.lowercased().replacing(" ", with: ".") + "@example.invalid"
        }
        let offender =
            (method == .inPerson || method == .graffiti) && rng.chance(0.35) ? offenderDescription(&rng) : nil
        let discourse = self.discourse(on: date, &rng)
        var specifics = DemoSpecifics.draw(category: category, method: method, &rng)
        let text = DemoText.ownDescription(
            category: category, method: method, victim: victim, place: place?.name,
            discourse: discourse, victimName: name, specifics: &specifics, rng: &rng)
        lastSpecifics = specifics
        return Incident(
            reference: reference, source: .own, date: date, status: status,
            category: status == .notAntisemitic && rng.chance(0.5) ? nil : category,
            policeForce: force, location: place?.name, postcodeDistrict: postcode?.district,
            victimType: victim, method: method, discourse: status == .antisemitic ? discourse : [],
            offender: offender?.profile, consentToShare: name == nil ? nil : rng.chance(0.45),
            personal: PersonalDetails(
                postcode: postcode.map(Personal.init), description: Personal(text),
                victimName: name.map(Personal.init), victimContact: contact.map(Personal.init),
                offenderDescription: offender.map { Personal($0.text) }))
    }

    /// A witness's description of the offender and its coding; a few descriptions leave out the
    /// appearance or the age.
    func offenderDescription(_ rng: inout SeededGenerator) -> (text: String, profile: OffenderProfile) {
        let who = rng.weighted([("male", 70.0), ("female", 15), ("group of males", 10), ("mixed group", 5)])
        let look = rng.weighted([
            ("white, north European", 50.0), ("black", 12), ("south Asian", 14),
            ("Arab or north African", 14), ("white, south European", 6), ("east Asian", 4), ("", 8),
        ])
        let age = rng.weighted([("adult", 70.0), ("teenager", 20), ("child", 5), ("", 5)])
        let gender: OffenderGender =
            switch who {
            case "female": .female
            case "mixed group": .mixed
            default: .male
            }
        let profile = OffenderProfile(
            appearance: look.isEmpty ? nil : OffenderAppearance(parsing: look.replacing(",", with: "")),
            gender: gender, age: age.isEmpty ? nil : age == "adult" ? .adult : .minor)
        return ([who, look, age].filter { !$0.isEmpty }.joined(separator: ", "), profile)
    }

    func policeReportingChance(_ incident: Incident) -> Double {
        let base: Double =
            switch incident.category! {
            case .extremeViolence: 0.9
            case .assault: 0.7
            case .damageAndDesecration: 0.55
            case .threats: 0.45
            case .abusiveBehaviour: 0.22
            case .literature: 0.1
            }
        return incident.method?.isOnline == true ? base * 0.5 : base
    }

    func policeDate(for date: CivilDate, last: CivilDate, rng: inout SeededGenerator) -> CivilDate {
        let shift = rng.weighted([(0, 70.0), (1, 10), (-1, 10), (2, 4), (-2, 4), (3, 2)])
        let shifted = date.adding(days: shift)
        return shifted > last ? date : shifted
    }

    /// The anonymised police record of `incident`, with the noise real exchange files have. The
    /// narrative tells the same event (the police may judge its category differently).
    mutating func policeCopy(of incident: Incident, reference: String, date: CivilDate, rng: inout SeededGenerator)
        -> Incident
    {
        var category = incident.category
        if rng.chance(0.12), let c = category {
            category =
                switch c {
                case .abusiveBehaviour: rng.pick([.threats, .damageAndDesecration])
                case .threats: .abusiveBehaviour
                case .assault: rng.pick([.extremeViolence, .abusiveBehaviour])
                case .extremeViolence: .assault
                case .damageAndDesecration: .abusiveBehaviour
                case .literature: .abusiveBehaviour
                }
        }
        var force = incident.policeForce ?? rng.weighted(Array(DemoGazetteer.forceWeights.prefix(12)))
        if rng.chance(0.01) { force = .britishTransport }
        let place = incident.location.flatMap { name in
            DemoGazetteer.places[incident.policeForce ?? force]?.first { $0.name == name }
        }
        var location: String? = incident.location
        let roll = rng.unit()
        if roll < 0.35, let place {
            location = place.district
        } else if roll < 0.45, let name = location {
            location = DemoText.misspell(name, &rng)
        } else if roll < 0.52 {
            location = nil
        }
        let district = rng.chance(0.6) ? incident.postcodeDistrict : nil
        return Incident(
            reference: reference, source: .police, date: date, status: .antisemitic, category: category,
            policeForce: force, location: location, postcodeDistrict: district,
            victimType: rng.chance(0.85) ? incident.victimType : nil,
            method: rng.chance(0.85) ? incident.method : nil,
            discourse: rng.chance(0.3) ? incident.discourse : [],
            offender: incident.offender,
            personal: PersonalDetails(
                postcode: district.flatMap { Postcode(parsing: $0) }.map(Personal.init),
                description: Personal(
                    DemoText.policeDescription(
                        category: incident.category ?? .abusiveBehaviour, method: incident.method ?? .inPerson,
                        place: location,
                        discourse: incident.discourse, specifics: lastSpecifics, rng: &rng))))
    }
}
