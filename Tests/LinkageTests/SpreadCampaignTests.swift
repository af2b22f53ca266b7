import IncidentModel
import Testing

@testable import Linkage

/// A campaign spread over several homes: each household reports it when it finds it, to its own
/// officer, who words and classifies it their own way, and names their own street.
@Suite struct SpreadCampaignTests {
    static let day = CampaignTests.day

    static func police(
        _ k: Int, days: Int, location: String, postcode: String, category: Category = .abusiveBehaviour,
        method: Method? = .letter, _ text: String
    ) -> LinkRecord {
        var record = CampaignTests.record(
            Int64(910_100 + k), .police, "POL-SPREAD-\(k)", date: day.adding(days: days), location: location,
            postcode: postcode, method: method, text)
        record.category = category
        return record
    }

    /// The team's one record of a leaflet drop over a weekend, and six households' police records:
    /// over four days, in two officers' words, one classified as literature, one without a method,
    /// and a seventh on the next street.
    static func weekendDrop() -> (own: LinkRecord, police: [LinkRecord]) {
        let own = CampaignTests.record(
            910_001, .own, "CST-SPREAD", date: day, location: "Ashbourne Avenue, Golders Green", postcode: "NW11 0DP",
            """
            Antisemitic leaflets blaming Jews for the war were pushed through the letterboxes of about 30 homes \
            on and around Ashbourne Avenue, Golders Green, over the weekend.
            """
        )
        let first = """
            Leaflet with antisemitic content re the war posted through letterbox of IP's home address, Ashbourne \
            Ave. Leaflet retained. No suspects.
            """
        let second = """
            Resident reports anti-Jewish leaflet about the war found on doormat at home address. Leaflet seized, \
            house-to-house enquiries on Ashbourne Avenue.
            """
        let police = [
            Self.police(0, days: 0, location: "ASHBOURNE AVE, NW11", postcode: "NW11 0DR", first),
            Self.police(1, days: 1, location: "Ashbourne Avenue, NW11", postcode: "NW11 0DS", method: nil, second),
            Self.police(
                2, days: 2, location: "ASHBOURNE AVE, NW11", postcode: "NW11 0DT", category: .literature, first),
            Self.police(3, days: 3, location: "Ashbourne Avenue, NW11", postcode: "NW11 0DU", second),
            Self.police(4, days: 2, location: "ASHBOURNE AVE, NW11", postcode: "NW11 0DP", method: .other, first),
            Self.police(5, days: 1, location: "Ashbourne Avenue", postcode: "NW11 0DX", second),
            Self.police(
                6, days: 1, location: "HODFORD RD, NW11", postcode: "NW11 8NL",
                """
                Leaflet with antisemitic content re the war posted through letterbox of IP's home address, Hodford \
                Rd. Leaflet retained. No suspects.
                """),
        ]
        return (own, police)
    }

    @Test(
        """
        a leaflet drop reported by seven households over four days, in two officers' words, one on the next \
        street: all seven link, once
        """
    )
    func spreadDropLinksEveryHousehold() {
        let drop = Self.weekendDrop()
        let (police, own, linked, toDrop) = CampaignTests.linkDrop(drop)
        #expect(
            Set(toDrop.map { police[$0.police].reference }) == Set(drop.police.map(\.reference)),
            "\(toDrop.map { (police[$0.police].reference, $0.probability, $0.campaign as Any) })")
        #expect(Set(toDrop.map(\.campaign)).count == 1 && toDrop.first?.campaign != nil)
        // The next street's household: a different street, not counted against it, and said so.
        let nextStreet = toDrop.first { police[$0.police].reference == "POL-SPREAD-6" }
        #expect(nextStreet?.pattern.levels[LinkField.street.rawValue] == 1)
        #expect((nextStreet?.spreadStreets ?? 0) > 1)
        #expect(Linker.spreadStreetsReason(nextStreet?.spreadStreets ?? 0)?.weight == nextStreet?.spreadStreets)
        #expect(
            !linked.contains {
                police[$0.police].reference.hasPrefix("POL-SPREAD") && own[$0.own].reference != "CST-SPREAD"
            })
    }

    @Test("an act spread over several homes lets its copies be three days apart and classified differently; people not")
    func copiesOfASpreadAct() {
        let drop = Self.weekendDrop()
        var otherBorough = drop.police[3]
        otherBorough.location = "Bury New Road, Prestwich"
        otherBorough.postcode = "M25 0AA"
        otherBorough.postcodeDistrict = "M25"
        otherBorough.policeForce = .greaterManchester
        var later = drop.police[3]
        later.date = Self.day.adding(days: 4)
        var sameForce = drop.police[3]
        sameForce.location = "Kenton Road, Harrow"
        sameForce.postcode = "HA3 0AA"
        sameForce.postcodeDistrict = "HA3"
        let prepared = Linker().prepare([
            drop.police[0], drop.police[2], drop.police[3], otherBorough, later, sameForce,
        ])
        // Two days apart, classified as literature by one officer: copies of a spread act, not of
        // one incident that reached several people.
        #expect(Linker.copies(prepared[0], prepared[1], kind: .places))
        #expect(!Linker.copies(prepared[0], prepared[1], kind: .people))
        // The same day, classified differently: still not copies of one incident that reached people.
        var sameDay = drop.police[2]
        sameDay.date = Self.day
        let literature = Linker().prepare([drop.police[0], sameDay])
        #expect(Linker.copies(literature[0], literature[1], kind: .places))
        #expect(!Linker.copies(literature[0], literature[1], kind: .people))
        // Three days apart, in other words: a near copy of a spread act.
        #expect(Linker.near(prepared[0], prepared[2]))
        // Another force's area, or four days apart: not the same drop.
        #expect(!Linker.copies(prepared[2], prepared[3], kind: .places) && !Linker.near(prepared[2], prepared[3]))
        // Another borough of the same force: a drop or a mass mailing across a city ("12 synagogues in
        // London") may be copies; a partner worded otherwise must be in the same local authority.
        #expect(Linker.copies(prepared[2], prepared[5], kind: .places) && !Linker.near(prepared[2], prepared[5]))
        #expect(!Linker.near(prepared[0], prepared[4]))
    }

    @Test("what an account says it reached: several homes, things spread along a street, or several people")
    func readingTheReach() {
        let homes = DescriptionText("Leaflets were pushed through the doors of about 30 homes in Golders Green.")
        #expect(homes.reachedSeveralPlaces && homes.spread)
        let dozens = DescriptionText("Dozens of stickers showing a crossed-out Star of David were put up in Edgware.")
        #expect(dozens.reachedSeveralPlaces)
        let along = DescriptionText("Antisemitic stickers were placed on lamp posts along North Street, Brighton.")
        #expect(along.spreadAlong && !along.reachedSeveralPlaces && along.spread)
        let students = DescriptionText("Two Jewish students were shouted at outside the library.")
        #expect(students.reachedSeveral && !students.spread)
        // Things and "along" in different sentences, or one thing, spread nothing.
        let apart = DescriptionText("Stickers were found on a bin. The officer walked along the road.")
        #expect(!apart.spreadAlong)
        let one = DescriptionText("A sticker was put on a lamp post along North Street.")
        #expect(!one.spread)
        // Several windows or cars of one place are not several homes.
        let windows = DescriptionText("Two windows of the synagogue were smashed and three cars were scratched.")
        #expect(windows.reachedSeveral && !windows.spread)
        // A plural of homes with no count still means several of them, unless it is one owner's.
        let bare = DescriptionText("A wave of hate mail reached Jewish homes around Whitefield overnight.")
        #expect(bare.reachedSeveralPlaces && bare.spread)
        let letterboxes = DescriptionText("Leaflets were pushed through letterboxes in Hale.")
        #expect(letterboxes.spread)
        let owned = DescriptionText("A swastika was painted on the doors of the synagogue. Their homes were fine.")
        #expect(!owned.spread)
        let families = DescriptionText("A man shouted at Jewish families leaving the synagogue.")
        #expect(!families.spread)
        // One building's or one row's: not several places.
        let block = DescriptionText("Graffiti was sprayed on the entrance of the block of flats.")
        #expect(!block.spread)
        let row = DescriptionText("A swastika was drawn on a wall beside a row of shops.")
        #expect(!row.spread)
    }

    @Test(
        """
        an account that says nothing of its reach, and four households' police records that are copies of one \
        another: the police side shows the campaign, and all four link; one record each, they compete
        """
    )
    func policeRecordsShowACampaign() {
        var (police, own) = CampaignTests.background()
        let team = CampaignTests.record(
            910_002, .own, "CST-UNWORDED", date: Self.day, location: "Ashbourne Avenue, Golders Green",
            postcode: "NW11 0DP",
            "Antisemitic leaflets blaming Jews for the war were handed out in Golders Green overnight.")
        let households = Self.weekendDrop().police.filter { [0, 2, 4].contains($0.reference.last?.wholeNumberValue) }
        var fourth = households[0]
        fourth.reference = "POL-SPREAD-9"
        fourth.postcode = "NW11 0DZ"
        fourth.date = Self.day.adding(days: 1)
        let four = households + [fourth]
        own.append(team)
        let links = CampaignTests.linked(police + four, own)
        #expect(
            four.allSatisfy { links.contains([$0.reference, "CST-UNWORDED"]) },
            "\(links.filter { $0[1] == "CST-UNWORDED" })")
        // Two such records are not enough to show a campaign: they compete, and at most one links.
        let two = CampaignTests.linked(police + Array(four.prefix(2)), own)
        #expect(two.filter { $0[1] == "CST-UNWORDED" }.count <= 1)
    }
    @Test(
        """
        an account that does not say how many were abused, and two victims' police records worded by two \
        officers, each saying there was another victim: both link; without that, they compete
        """
    )
    func victimsWhoSayThereWereOthers() {
        var (police, own) = CampaignTests.background()
        own.append(
            CampaignTests.record(
                910_003, .own, "CST-OTHERS", date: Self.day, location: "Brent Street, Hendon", postcode: "NW4 2EU",
                method: .inPerson,
                "A man on a bicycle shouted 'Jews out' in Brent Street, Hendon, as Jewish people walked home."))
        let first = Self.police(
            20, days: 0, location: "BRENT ST, NW4", postcode: "NW4 2EU", method: .inPerson,
            "IP walking home on Brent St when male on pedal cycle shouted 'Jews out'. V2 also abused - separate crime.")
        let second = Self.police(
            21, days: 1, location: "Brent Street, Hendon", postcode: "NW4 2EX", method: .inPerson,
            "Complainant verbally abused by male on a bicycle shouting 'Jews out' in Brent Street, Hendon. "
                + "Other victims present - see linked reports.")
        let both = CampaignTests.linked(police + [first, second], own).filter { $0[1] == "CST-OTHERS" }
        #expect(both.count == 2, "\(both)")
        // The same two records, neither saying there were others: they compete.
        var alone = first, other = second
        alone.description = "IP walking home on Brent St when male on pedal cycle shouted 'Jews out'."
        other.description =
            "Complainant verbally abused by male on a bicycle shouting 'Jews out' in Brent Street, Hendon."
        let one = CampaignTests.linked(police + [alone, other], own).filter { $0[1] == "CST-OTHERS" }
        #expect(one.count <= 1, "\(one)")
    }

    @Test(
        """
        an account that counts its victims ("two Jewish teenagers") and each victim's police record, worded by \
        two officers and neither saying there was another victim: both link; a police record of another kind of \
        victim does not join; an account that counts only its offenders ("two men"): they compete
        """
    )
    func victimsTheAccountCounts() {
        var (police, own) = CampaignTests.background()
        func team(_ text: String) -> LinkRecord {
            CampaignTests.record(
                910_004, .own, "CST-COUNTED", date: Self.day, location: "Brent Street, Hendon", postcode: "NW4 2EU",
                method: .inPerson, text)
        }
        let first = Self.police(
            22, days: 0, location: "BRENT ST, NW4", postcode: "NW4 2EU", method: .inPerson,
            "IP walking home on Brent St when male on pedal cycle shouted 'Jews out' at IP.")
        let second = Self.police(
            23, days: 1, location: "Brent Street, Hendon", postcode: "NW4 2EX", method: .inPerson,
            "Complainant verbally abused by male on a bicycle shouting 'Jews out' in Brent Street, Hendon.")
        police += [first, second]
        let counted = team(
            "Two Jewish teenagers were abused by a man on a bicycle who shouted 'Jews out' in Brent Street.")
        let both = CampaignTests.linked(police, own + [counted]).filter { $0[1] == "CST-COUNTED" }
        #expect(both.count == 2, "\(both)")
        // The second record's victim a synagogue: another incident, which does not join.
        var building = second
        building.victimType = .synagogue
        let another = CampaignTests.linked(police.dropLast() + [building], own + [counted])
            .filter { $0[1] == "CST-COUNTED" }
        #expect(another.count == 1, "\(another)")
        // Two offenders counted, one victim: the records compete.
        let offenders = team("Two men on bicycles shouted 'Jews out' at a Jewish teenager in Brent Street.")
        let one = CampaignTests.linked(police, own + [offenders]).filter { $0[1] == "CST-COUNTED" }
        #expect(one.count == 1, "\(one)")
    }
}
