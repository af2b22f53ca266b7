import Foundation
import IncidentModel
import Places
import Testing

@testable import Linkage

/// The comparison of one pair, field by field, and the one-partner rule of scoring.
@Suite struct ComparisonTests {
    static let day = CivilDate(year: 2025, month: 3, day: 12)!

    static func record(
        _ id: Int64, _ source: Source, force: PoliceForce? = .metropolitan, location: String? = "Golders Green",
        date: CivilDate = day, category: Category? = .abusiveBehaviour, method: Method? = .inPerson,
        _ text: String
    ) -> LinkRecord {
        LinkRecord(
            id: id, source: source, reference: "\(source.name)-\(id)", date: date, category: category,
            policeForce: force,
            location: location, victimType: .individual, method: method, description: text)
    }

    /// The level of `field` when a police record saying `police` is compared with one of the team's saying `own`.
    static func level(_ field: LinkField, _ police: String, _ own: String, method: Method = .inPerson) -> Int? {
        Linker().compare(record(1, .police, method: method, police), record(2, .own, method: method, own)).levels[
            field.rawValue]
    }

    @Test("times of day in either voice are one field: 2030hrs, 8.30pm and 20:30 agree; 1400hrs does not")
    func timesOfDay() {
        let police = DescriptionText("IP verbally abused. At 2030hrs. Outside supermarket.")
        #expect(police.times == [20 * 60 + 30])
        #expect(DescriptionText("It happened at about 8.30pm outside the Tesco.").times == [20 * 60 + 30])
        #expect(DescriptionText("It happened at 20:30 near the shops.").times == [20 * 60 + 30])
        // The time is a field, not a term: it does not also count in the description.
        #expect(!DescriptionText.terms(of: "At 2030hrs", gazetteer: .bundled).isEmpty)
        #expect(police.terms.count == DescriptionText("IP verbally abused. Outside supermarket.").terms.count)

        func level(_ a: String, _ b: String) -> Int? { Self.level(.time, a, b) }
        #expect(level("At 2030hrs.", "It happened at about 8.30pm.") == 0)
        #expect(level("At 2000hrs.", "It happened at about 8.30pm.") == 1)
        #expect(level("At 1400hrs.", "It happened at about 8.30pm.") == 2)
        #expect(level("No time given.", "It happened at about 8.30pm.") == nil)
        // Across midnight: 23:55 and 00:05 are ten minutes apart.
        #expect(level("At 2355hrs.", "It happened at 00:05.") == 0)
    }

    @Test("platforms are one field: X and Twitter agree, Instagram and TikTok differ")
    func platforms() {
        func level(_ a: String, _ b: String) -> Int? { Self.level(.platform, a, b, method: .socialMedia) }
        #expect(level("IP received online messages on Twitter.", "She was sent abuse on X.") == 0)
        #expect(level("IP received online messages via Instagram.", "She was sent abuse on TikTok.") == 1)
        #expect(level("IP received online messages.", "She was sent abuse on TikTok.") == nil)
    }

    @Test(
        "the kind of place is one field: outside a home agrees with outside home address; a bus stop and a park differ")
    func venues() {
        func level(_ a: String, _ b: String) -> Int? { Self.level(.venue, a, b) }
        #expect(level("IP abused outside home address.", "He was shouted at outside their home.") == 0)
        #expect(level("IP abused at underground station.", "It happened at the tube station.") == 0)
        #expect(level("IP abused at petrol station forecourt.", "It happened in the park.") == 1)
        #expect(level("IP abused.", "It happened in the park.") == nil)
    }

    @Test("the victim's sex comes from the first sentence's subject, not from the offender; it is one field")
    func victimSex() {
        #expect(DescriptionText.victimSex(of: "IP (IC1 female) assaulted by IC3 male suspect. NFA.") == .female)
        #expect(DescriptionText.victimSex(of: "Juvenile IP (IC2 male) received abusive phone call.") == .male)
        #expect(DescriptionText.victimSex(of: "A Jewish woman was shouted at. A man spat on the pavement.") == .female)
        #expect(DescriptionText.victimSex(of: "A man wearing a kippah was punched by a woman.") == .male)
        #expect(DescriptionText.victimSex(of: "A Jewish family was sent messages by a man.").isEmpty)
        #expect(DescriptionText.victimSex(of: "Antisemitic leaflets distributed. Male suspect seen.").isEmpty)
        #expect(DescriptionText.victimSex(of: "").isEmpty)

        func level(_ a: String, _ b: String) -> Int? { Self.level(.victimSex, a, b) }
        // Named beside a word for the victim, or as the community targeted, outside the subject.
        func named(_ text: String) -> DescriptionText.Sexes { DescriptionText(text).victimSex }
        #expect(named("Public order (religious). IP (male, 70s) on bus abused by female, face covered.") == .male)
        #expect(named("Religiously aggravated s.5. Victim, an elderly woman, spat at by IC1 male.") == .female)
        #expect(named("Malicious comms. Female IP received calls from a man.") == .female)
        #expect(named("A man wearing a balaclava followed a Jewish woman along the high street.") == .female)
        #expect(named("On a bus in Golders Green, a woman with a child shouted at a Jewish schoolboy.") == .male)
        // The offender after "when" is not the victim; "IP reports IC1 male…" names the offender.
        #expect(named("IP walking on PARK LANE when IC1 male 50s, heavy build performed a Nazi salute.").isEmpty)
        #expect(named("Public order. IP reports IC1 male shouting abuse. IP. Male suspect left.").isEmpty)
        #expect(
            level("Public order (religious). IP (male, 70s) on bus abused.", "A man followed a Jewish woman.") == 1)
        #expect(
            level("IP (IC1 female) subjected to verbal abuse by IC1 male suspect.", "A Jewish woman was shouted at.")
                == 0)
        #expect(
            level(
                "IP (IC1 male) subjected to verbal abuse by IC1 female suspect.",
                "A Jewish woman was shouted at by a man.") == 1)
        #expect(level("IP (IC1) subjected to verbal abuse.", "A Jewish woman was shouted at.") == nil)
    }

    @Test(
        """
        streets are one field: Brent St agrees with Brent Street; Finchley Road is a street, not Finchley; the high \
        street is a kind of place
        """
    )
    func streets() {
        func level(_ a: String, _ b: String) -> Int? { Self.level(.street, a, b) }
        #expect(level("IP abused outside cafe, Brent St.", "It happened outside a café on Brent Street.") == 0)
        #expect(level("IP abused at chemist, Ballards Ln.", "It happened at the pharmacy on Ballards Lane.") == 0)
        #expect(level("IP abused, Station Rd.", "It happened on Brent Street.") == 1)
        // Misspelt by a letter, or abbreviated to its consonants, it is the same street.
        #expect(level("Ongoing dispute, Portiwood Road.", "It happened on Portswood Road.") == 0)
        #expect(level("IP abused near park, WEMBLEY HL RD.", "It happened on Wembley Hill Road.") == 0)
        #expect(level("IP abused, Brent Rd.", "It happened on Barnet Road.") == 1)
        #expect(level("Graffiti on wall near park, Pk Rd.", "It was drawn on a wall on Park Road.") == 0)
        #expect(level("Malicious comms, Hath Street.", "It was sent to a school on Heath Street.") == 0)
        #expect(level("IP abused, Mill Lane.", "It happened on Hill Lane.") == 1)
        #expect(level("IP abused.", "It happened on Brent Street.") == nil)
        // A street named after a place is not that place, nor is Station Road a station.
        let finchleyRoad = DescriptionText("She was shouted at on Finchley Road.")
        #expect(finchleyRoad.streetNames == ["finchley road"])
        #expect(
            !DescriptionText.terms(of: "She was shouted at on Finchley Road.", gazetteer: .bundled).contains {
                $0.hasPrefix("place")
            })
        #expect(DescriptionText("IP abused, Station Rd.").venues.isEmpty)
        // "the high street" is where, not which street; "in St Albans" is a place.
        #expect(DescriptionText("It happened on the high street.").streets.isEmpty)
        #expect(DescriptionText("It happened on the high street.").venues == .highStreet)
        #expect(DescriptionText("It happened in St Albans.").streets.isEmpty)
        // Kinds that are also ordinary words make a street only after a capitalised name that is no
        // known place: Stanmore Hill and Seymour Place are streets, Mill Hill a place, "took place" neither.
        #expect(level("Letter delivered, Stanmore Hl.", "A letter was sent to a home on Stanmore Hill.") == 0)
        #expect(level("IP abused, Stanmore Hill.", "It happened on Church Road, Stanmore.") == 1)
        #expect(level("Threats made, Baker Street.", "He was threatened on Seymour Place.") == 1)
        #expect(DescriptionText("It happened in Mill Hill.").streets.isEmpty)
        #expect(DescriptionText("The attack took place at night.").streets.isEmpty)
        #expect(level("IP abused, Clapton Cmn.", "It happened on Clapton Common.") == 0)
        // A street named after a place with a kind in its name is still a street: Cheetham Hill Road is not
        // Cheetham Hill and a road.
        #expect(DescriptionText.streets(of: "Cheetham Hill Road, Cheetham Hill", gazetteer: .bundled) == ["hill road"])
        #expect(level("IP abused, Cheetham Hl Rd.", "It happened on Cheetham Hill Road.") == 0)
        #expect(level("IP abused, Waterloo Rd.", "It happened on Cheetham Hill Road.") == 1)
        // Royal Mail's abbreviations of a street's kind: Wlk, Cl, Av, Terr.
        #expect(level("IP abused, Woodlands Wlk.", "It happened on Woodlands Walk.") == 0)
        #expect(level("Damage at 147 Salisbury Cl.", "A car was scratched on Salisbury Close.") == 0)
        // A station is placed as a street is, past the railway's word; a police or petrol station is not.
        #expect(DescriptionText.streets(of: "EUSTON RLY STN", gazetteer: .bundled) == ["euston station"])
        #expect(level("V1 abused on platform, HENDON CENTRAL LUL STN.", "It happened at Hendon Central station.") == 0)
        #expect(level("Suspect alighted at EUSTON RLY STN.", "He was abused at Stamford Hill station.") == 1)
        // Two words of a station's name are kept: Finchley Central is not Hendon Central; a name of one word
        // meets a longer one ending in it.
        #expect(level("Abuse on platform, FINCHLEY CENTRAL LUL STN.", "It happened at Hendon Central station.") == 1)
        #expect(level("Suspect alighted at CHARING CROSS RLY STN.", "He was abused at Kings Cross station.") == 1)
        #expect(level("IP abused at LONDON EUSTON RLY STN.", "It happened at Euston station.") == 0)
        #expect(
            DescriptionText.streets(of: "Manchester Victoria Metrolink station", gazetteer: .bundled) == [
                "manchester victoria station"
            ])
        #expect(DescriptionText("IP attended Hendon Police Station.").streets.isEmpty)
        #expect(DescriptionText("Abuse shouted at the Shell Petrol Station.").streets.isEmpty)
    }

    @Test("a method left blank is online when the account names a platform, so it differs from an offline one")
    func methodFromPlatform() {
        func level(_ police: Method?, _ policeText: String, _ own: Method?, _ ownText: String) -> Int? {
            var a = Self.record(1, .police, force: .metropolitan, location: "Barnet", policeText)
            var b = Self.record(2, .own, force: .metropolitan, location: "Barnet", ownText)
            (a.method, b.method) = (police, own)
            return Linker().compare(a, b).levels[LinkField.method.rawValue]
        }
        let online = "Online abuse via Instagram directed at IP.", street = "A man shouted at her in the street."
        #expect(level(nil, online, .inPerson, street) == 2)
        #expect(level(nil, online, .socialMedia, "She was abused on Instagram.") == nil)
        #expect(level(nil, "Abuse shouted at IP.", .inPerson, street) == nil)
        // "2 x males" is a count, not the platform X.
        #expect(DescriptionText("IP abused by 2 x males on bus.").platforms.isEmpty)
        #expect(DescriptionText("IP abused by two x males on bus.").platforms.isEmpty)
        #expect(DescriptionText("Abuse posted on X about IP.").platforms == .twitter)
    }

    @Test("British Transport Police records are compared by their place's area, not their force")
    func britishTransportPolice() {
        let linker = Linker()
        let btp = Self.record(1, .police, force: .britishTransport, location: "Manchester", "IP abused at station.")
        let manchester = Self.record(
            2, .own, force: .greaterManchester, location: "Manchester", "Abused at the station.")
        let leeds = Self.record(3, .own, force: .westYorkshire, location: "Leeds", "Abused at the station.")
        let place = LinkField.place.rawValue
        #expect(linker.compare(btp, manchester).levels[place].map { LinkField.place.levels[$0] } == "same place")
        #expect(linker.compare(btp, leeds).levels[place].map { LinkField.place.levels[$0] } == "different force areas")
        // With no place, the force says nothing about the area: not comparable.
        let nowhere = Self.record(4, .police, force: .britishTransport, location: nil, "IP abused at station.")
        #expect(linker.compare(nowhere, leeds).levels[place] == nil)
    }

    @Test("words only one side ever uses (a victim's name) are no sign of a difference")
    func oneSidedTerms() {
        var police = Linker().prepare([Self.record(1, .police, "IP shouted at outside synagogue on Brent St.")])
        var own = Linker().prepare([
            Self.record(
                2, .own, "She was shouted at outside the synagogue on Brent Street. Reported by Hannah Exampleton."),
            Self.record(3, .own, "She was shouted at outside the synagogue on Brent Street."),
        ])
        Linker.weighTerms(&police, &own)
        let withName = police[0].text.similarity(to: own[0].text), without = police[0].text.similarity(to: own[1].text)
        #expect(abs(withName - without) < 1e-9, "\(withName) vs \(without)")
        #expect(withName > 0.6)
    }

    @Test("a police record with two equally likely partners links to neither without a person")
    func competingCandidates() {
        // A busy day: many unrelated reports elsewhere give the model its non-matches.
        var own: [LinkRecord] = [], police: [LinkRecord] = []
        let places = [
            "Hendon", "Edgware", "Stanmore", "Finchley", "Stamford Hill", "Hackney", "Ilford", "Barnet", "Harrow",
            "Camden",
        ]
        let venues = [
            "outside the library", "at the bus stop", "in the park", "at the petrol station", "in the car park",
        ]
        for k in 0..<400 {
            let date = Self.day.adding(days: k % 5 - 2)
            let text =
                """
                A man was shouted at \(venues[k % venues.count]) in \(places[k % places.count]). It happened at \
                \(8 + k % 12):\(k % 6)0.
                """
            own.append(Self.record(Int64(100 + k), .own, location: places[k % places.count], date: date, text))
            if k % 4 == 0 {
                police.append(
                    Self.record(
                        Int64(1000 + k), .police, location: places[k % places.count], date: date,
                        "IP subjected to verbal abuse \(venues[k % venues.count]). At \(8 + k % 12)\(k % 6)0hrs."))
            }
        }
        // The research team recorded the same event twice (two callers); the police once.
        let twin = "A man was shouted at outside the kosher butcher in Golders Green by a driver. It happened at 14:20."
        own.append(Self.record(1, .own, twin))
        own.append(Self.record(2, .own, twin))
        police.append(Self.record(3, .police, "IP subjected to verbal abuse outside butchers by driver. At 1420hrs."))
        let linker = Linker()
        let scored = linker.score(police: police, own: own)
        let pairs = scored.pairs.filter { police[$0.police].id == 3 }
        #expect(pairs.count == 2)
        for pair in pairs {
            #expect(pair.competition < -0.9, "each pair loses about a bit to its twin")
            #expect(pair.probability < linker.options.linkAbove)
            #expect(pair.probability >= linker.options.reviewAbove)
            #expect(
                Linker.reasons(pair.pattern, model: scored.model, competition: pair.competition).last?.field
                    == "other candidates")
        }
        // Alone, the same police record links.
        let alone = linker.score(police: police, own: own.filter { $0.id != 2 })
        let pair = alone.pairs.first { police[$0.police].id == 3 }
        #expect(pair.map { $0.probability >= linker.options.linkAbove } == true, "\(String(describing: pair))")
    }

    @Test("one field alone never rules a pair out, however rarely matches disagreed on it in the data")
    func oneFieldIsNeverAVeto() {
        var model = MatchModel.start(
            frequencies: LinkField.allCases.map { field in
                [Double](repeating: 1 / Double(field.levels.count), count: field.levels.count)
            })
        model.m[LinkField.method.rawValue] = [1, 0, 0]
        let different = model.weight(.method, level: 2)
        #expect(
            different.isFinite && different >= log2(MatchModel.mFloor / model.u[LinkField.method.rawValue][2]) - 1e-9)
        #expect(different > -10, "\(different) bits")
    }

    @Test(
        """
        police locations: a misspelt place before "area" is that place ("Fnchley area" is Finchley); a postcode \
        district written in the location counts as the record's district when its postcode column is empty
        """
    )
    func policeLocations() {
        let gazetteer = Gazetteer.bundled
        #expect(gazetteer.place(named: "Fnchley area", force: .metropolitan)?.name == "Finchley")
        #expect(gazetteer.place(named: "Stanmure area", force: .metropolitan)?.name == "Stanmore")
        #expect(gazetteer.place(named: "Zzqxv area", force: .metropolitan) == nil)
        // A post town written last ("…, MANCHESTER") gives way to the postcode district before it, in
        // the same force's area; a town named last with no district before it, or one of another
        // force's area, is kept, and so is a name before it ("near Bury New Road" is a street).
        let manchester = .greaterManchester as PoliceForce
        #expect(gazetteer.place(named: "36 Heywood Rd, M25, MANCHESTER", force: manchester)?.authority == "Bury")
        #expect(gazetteer.place(named: "Heywood Rd, MANCHESTER", force: manchester)?.authority == "Manchester")
        #expect(gazetteer.place(named: "Bury New Road, Broughton Park", force: manchester)?.authority == "Salford")
        #expect(gazetteer.place(named: "Bury Old Rd M25, Salford", force: manchester)?.authority == "Bury")
        #expect(gazetteer.place(named: "High Rd N16, Harrow", force: .metropolitan)?.authority == "Hackney")
        #expect(gazetteer.place(named: "High Rd HA7, MANCHESTER", force: manchester)?.authority == "Manchester")
        #expect(gazetteer.postcodeDistrict(in: "Lea Bridge Road, E5") == "E5")
        #expect(gazetteer.postcodeDistrict(in: "HIGH RD IG7") == "IG7")
        // Words and lower-case look-alikes are not districts.
        #expect(gazetteer.postcodeDistrict(in: "Lea Bridge Road, Clapton") == nil)
        #expect(gazetteer.postcodeDistrict(in: "near flat e5, Clapton") == nil)
        #expect(gazetteer.postcodeDistrict(in: "flat 2, E5") == "E5")
        // A motorway and its junction or carriageway is a road, not a Manchester district (M25 is Bury's,
        // M6 Salford's): "M25 J23" is South Mimms.
        for road in ["M25 J23", "M6 jct 10", "M25 junction 25", "M6 northbound", "M60, J12 Eccles", "M25 (J23)"] {
            #expect(gazetteer.postcodeDistrict(in: road) == nil, "\(road)")
        }
        #expect(gazetteer.postcodeDistrict(in: "Bury New Road, M25") == "M25")
        #expect(gazetteer.postcodeDistrict(in: "") == nil)
        #expect(gazetteer.postcodeDistrict(in: "Straße Ærø, É5 ü") == nil)
        let place = LinkField.place
        func level(_ police: LinkRecord, _ own: LinkRecord) -> String? {
            Linker().compare(police, own).levels[place.rawValue].map { place.levels[$0] }
        }
        var own = Self.record(2, .own, location: "Clapton", "Abused on Lea Bridge Road.")
        own.postcodeDistrict = "E5"
        #expect(level(Self.record(1, .police, location: "Lea Bridge Road, E5", "IP abused."), own) == "same place")
        #expect(
            level(Self.record(1, .police, location: "Lea Bridge Road, N16", "IP abused."), own)
                == "same force area, different local authority or postcode district")
    }

    @Test("scoring is deterministic: the same records give the same model and pairs")
    func deterministic() {
        let police = [
            Self.record(1, .police, location: "Fnichley", "IP abused at bus stop. At 0915hrs."),
            Self.record(2, .police, location: "Hnedon", "IP spat at outside cafe."),
        ]
        let own = [
            Self.record(3, .own, location: "Finchley", "Shouted at, at the bus stop at 9.15am."),
            Self.record(4, .own, location: "Hendon", "Someone spat at them outside a kosher café."),
            Self.record(5, .own, location: "Harrow", "Graffiti on the wall."),
        ]
        let a = Linker().score(police: police, own: own), b = Linker().score(police: police, own: own)
        #expect(a.model == b.model)
        #expect(a.pairs == b.pairs)
    }

    @Test(
        """
        a place named on both sides is no longer the same place when the postcode districts differ (a different \
        place in the force area) or the full postcodes do (same district, different full postcodes)
        """
    )
    func placeAcrossDistricts() {
        func record(_ id: Int64, _ source: Source, _ district: String) -> LinkRecord {
            LinkRecord(
                id: id, source: source, reference: "\(source.name)-\(id)", date: Self.day, category: .abusiveBehaviour,
                policeForce: .metropolitan, location: "Golders Green", postcodeDistrict: district,
                victimType: .individual,
                method: .inPerson, description: "Abuse shouted at a man near the shops.")
        }
        let linker = Linker(), place = LinkField.place
        let level = { (a: LinkRecord, b: LinkRecord) in
            linker.compare(a, b).levels[place.rawValue].map { place.levels[$0] }
        }
        #expect(level(record(1, .police, "NW11"), record(2, .own, "NW11")) == "same place")
        #expect(
            level(record(1, .police, "NW11"), record(3, .own, "NW4"))
                == "same force area, different local authority or postcode district")
        var police = record(1, .police, "NW11"), own = record(2, .own, "NW11")
        (police.postcode, own.postcode) = ("NW11 7AB", "NW11 9QZ")
        #expect(level(police, own) == "same postcode district, different full postcodes or sectors")
        own.postcode = "NW11 7AB"
        #expect(level(police, own) == "same full postcode (or sector, where one side gives only its sector)")
        // A sector (as some forces record a place) agrees with a full postcode in it, and differs from one outside.
        police.postcode = "NW11 7"
        #expect(level(police, own) == "same full postcode (or sector, where one side gives only its sector)")
        police.postcode = "NW11 9"
        #expect(level(police, own) == "same postcode district, different full postcodes or sectors")
    }

    @Test(
        """
        the offender is read from the account when the record has no offender description; a subject that acts is not \
        the victim
        """
    )
    func offenderFromAccount() {
        // The subject of a first sentence that acts is the offender, not the victim.
        #expect(DescriptionText.victimSex(of: "A man shouted abuse at a Jewish woman on Brent Street.").isEmpty)
        #expect(DescriptionText.firstSubject(of: "Two men followed a family home.").acts)
        #expect(!DescriptionText.firstSubject(of: "A Jewish woman was followed home by two men.").acts)
        #expect(
            DescriptionText.offenderPhrases(of: "IP subjected to a Nazi salute by a female, face covered. NFA.")
                == "a female")
        let police = Self.record(1, .police, "IP subjected to a Nazi salute by a female at Brent St. No injuries.")
        let man = Self.record(2, .own, "A man made a Nazi salute at a Jewish couple on Brent Street.")
        let woman = Self.record(3, .own, "A woman made a Nazi salute at a Jewish couple on Brent Street.")
        let people = LinkField.ages.rawValue
        #expect(Linker().compare(police, man).levels[people] == 1)
        #expect(Linker().compare(police, woman).levels[people] == 0)
        // An offender description of the record's own is read first.
        var described = woman
        described.offenderDescription = "a man in a grey hoodie"
        #expect(Linker().compare(police, described).levels[people] == 1)
    }
}
