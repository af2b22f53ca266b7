import DemoData
import IncidentModel
import Testing

@testable import Linkage

/// The structure of the exchange: one incident reported to the police by several households (a
/// campaign), and the police's habit of dating a record by when it was reported.
@Suite struct CampaignTests {
    /// A quarter of the demo's history: the other records give the model its non-matches.
    static let history = DemoHistory(first: CivilDate(iso: "2025-01-01")!, last: CivilDate(iso: "2025-03-31")!)
    static let day = CivilDate(iso: "2025-02-10")!

    static func background() -> (police: [LinkRecord], own: [LinkRecord]) {
        (
            history.police.enumerated().map { LinkRecord($1, id: Int64($0)) },
            history.own.enumerated().map { LinkRecord($1, id: Int64(100_000 + $0)) }
        )
    }

    static func record(
        _ id: Int64, _ source: Source, _ reference: String, date: CivilDate, location: String, postcode: String?,
        method: Method? = .letter, _ text: String
    ) -> LinkRecord {
        LinkRecord(
            id: id, source: source, reference: reference, date: date, category: .abusiveBehaviour,
            policeForce: .metropolitan,
            location: location, postcodeDistrict: postcode.flatMap(Postcode.init(parsing:))?.district,
            postcode: postcode,
            victimType: .individual, method: method, description: text)
    }

    /// The team's one record of a leaflet drop, and the police's five (one per household).
    static func leafletDrop() -> (own: LinkRecord, police: [LinkRecord]) {
        let own = record(
            900_001, .own, "CST-LEAFLETS", date: day, location: "Ashbourne Avenue, Golders Green", postcode: "NW11 0DP",
            """
            Antisemitic leaflets blaming Jews for the war were pushed through the letterboxes of at least five homes \
            on Ashbourne Avenue, Golders Green, overnight.
            """
        )
        let houses = ["0DP", "0DR", "0DS", "0DT", "0DU"]
        let police = houses.enumerated().map { k, inward in
            record(
                Int64(900_100 + k), .police, "POL-LEAFLET-\(k)", date: day.adding(days: k < 2 ? 0 : 1),
                location: "ASHBOURNE AVE, NW11",
                postcode: "NW11 " + inward,
                """
                Leaflet with antisemitic content re the war posted through letterbox of IP's home address, Ashbourne \
                Ave overnight. Leaflet retained. No suspects.\(k % 2 == 0 ? "" : " House-to-house enquiries.")
                """
            )
        }
        return (own, police)
    }

    @Test("one team record and five police records of the same leaflet drop: all five link to it, as one incident")
    func leafletDropLinksEveryHousehold() {
        let drop = Self.leafletDrop()
        let (police, own, linked, toDrop) = Self.linkDrop(drop)
        #expect(
            Set(toDrop.map { police[$0.police].reference }) == Set(drop.police.map(\.reference)),
            "\(toDrop.map { ($0.probability, $0.campaign as Any) })")
        // Every one of them belongs to one campaign, and no household's record links elsewhere.
        #expect(Set(toDrop.map(\.campaign)).count == 1 && toDrop.first?.campaign != nil)
        #expect(
            !linked.contains {
                police[$0.police].reference.hasPrefix("POL-LEAFLET") && own[$0.own].reference != "CST-LEAFLETS"
            })
        // One incident: the transitive group holds the team record and all five police records.
        let groups = LinkAssignment.groups(
            count: police.count + own.count, links: toDrop.map { ($0.police, police.count + $0.own) })
        let dropGroup = groups[police.count + own.count - 1]
        #expect(drop.police.indices.allSatisfy { groups[police.count - drop.police.count + $0] == dropGroup })
    }

    /// The pairs a run links at its thresholds.
    static func linkedPairs(_ police: [LinkRecord], _ own: [LinkRecord]) -> [ScoredPair] {
        let linker = Linker()
        let scored = linker.score(police: police, own: own)
        let states = scored.states(linkAbove: linker.options.linkAbove)
        return zip(scored.pairs, states).filter { $1 == .linked }.map(\.0)
    }

    /// A drop added to the background and linked: the records, every linked pair, and the drop's
    /// team record's linked pairs.
    static func linkDrop(_ drop: (own: LinkRecord, police: [LinkRecord])) -> (
        police: [LinkRecord], own: [LinkRecord], linked: [ScoredPair], toDrop: [ScoredPair]
    ) {
        var (police, own) = background()
        own.append(drop.own)
        police.append(contentsOf: drop.police)
        let linked = linkedPairs(police, own)
        return (police, own, linked, linked.filter { own[$0.own].reference == drop.own.reference })
    }

    /// Links of a run at its thresholds, as (police reference, own reference).
    static func linked(_ police: [LinkRecord], _ own: [LinkRecord]) -> Set<[String]> {
        Set(linkedPairs(police, own).map { [police[$0.police].reference, own[$0.own].reference] })
    }

    @Test(
        """
        two victims of one incident (a couple), one police record each written alike: both link to the team's \
        record; when the team's account names one victim, the two records compete
        """
    )
    func eachVictimsRecordLinks() {
        var (police, own) = Self.background()
        let victims = [
            "IP spat at and called a dirty Jew by male outside kosher bakery, Brent St. IP and partner alarmed.",
            "Second IP (partner of V1) spat at and called a dirty Jew by male outside kosher bakery, Brent St.",
        ].enumerated().map { k, text in
            Self.record(
                Int64(900_300 + k), .police, "POL-VICTIM-\(k)", date: Self.day, location: "BRENT ST, NW4",
                postcode: "NW4 2EX", method: .inPerson, text)
        }
        police.append(contentsOf: victims)
        var couple = Self.record(
            900_003, .own, "CST-COUPLE", date: Self.day, location: "Brent Street, Hendon", postcode: "NW4 2EX",
            method: .inPerson,
            "A Jewish couple were spat at and called dirty Jews outside the kosher bakery on Brent Street, Hendon.")
        let links = Self.linked(police, own + [couple])
        #expect(links.contains(["POL-VICTIM-0", "CST-COUPLE"]) && links.contains(["POL-VICTIM-1", "CST-COUPLE"]))
        couple.description =
            "A Jewish man was spat at and called a dirty Jew outside the kosher bakery on Brent Street."
        let one = Self.linked(police, own + [couple])
        #expect(!(one.contains(["POL-VICTIM-0", "CST-COUPLE"]) && one.contains(["POL-VICTIM-1", "CST-COUPLE"])))
    }

    @Test("without the campaign rule, two police records competing for one team record would not both link")
    func differentIncidentsDoNotFormACampaign() {
        // Two police records of the same kind at the same place but a week apart are not copies.
        let drop = Self.leafletDrop()
        var later = drop.police[1]
        later.date = Self.day.adding(days: 7)
        let prepared = Linker().prepare([drop.police[0], drop.police[1], later])
        #expect(Linker.copies(prepared[0], prepared[1]))
        #expect(!Linker.copies(prepared[0], prepared[2]))
        // And a different method (a phone call, not a leaflet) is not a copy either.
        var call = drop.police[1]
        call.method = .phone
        #expect(!Linker.copies(prepared[0], Linker().prepare([call])[0]))
    }

    @Test("a police record dated when the incident was reported, ten days later, still links when the place agrees")
    func reportedLaterStillLinks() {
        var (police, own) = Self.background()
        let team = Self.record(
            900_002, .own, "CST-LATE", date: Self.day, location: "Brent Street, Hendon", postcode: "NW4 2EX",
            method: .inPerson,
            """
            A Jewish man was spat at and called a dirty Jew outside the kosher bakery on Brent \
            Street, Hendon, at about 4.15pm.
            """
        )
        let reported = Self.record(
            900_200, .police, "POL-LATE", date: Self.day.adding(days: 10), location: "BRENT ST, NW4",
            postcode: "NW4 2EX",
            method: .inPerson,
            "IP (IC1 male) spat at and racially abused outside bakery, Brent St. At 1615hrs. Reported 10 days after.")
        own.append(team)
        police.append(reported)
        let scored = Linker().score(police: police, own: own)
        let pair = scored.pairs.first {
            police[$0.police].reference == "POL-LATE" && own[$0.own].reference == "CST-LATE"
        }
        #expect(pair.map { $0.probability >= LinkOptions.standard.linkAbove } == true, "\(String(describing: pair))")
        #expect(pair?.pattern.levels[LinkField.date.rawValue] == LinkField.dateLevel(lag: 10))
        // A police record dated before the team's by more than the window is not compared.
        #expect(LinkField.dateLevel(lag: -5) == LinkField.dateLevel(lag: -2))
    }
}
