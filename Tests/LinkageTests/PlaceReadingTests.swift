import IncidentModel
import Testing

@testable import Linkage

/// Where a record says the incident was, when its location column does not: the account's first
/// place, within the record's force.
@Suite struct PlaceReadingTests {
    static func record(
        _ id: Int64, _ source: Source, force: PoliceForce?, location: String?, _ text: String
    ) -> LinkRecord {
        LinkRecord(
            id: id, source: source, reference: "\(source.name)-\(id)", date: CivilDate(iso: "2024-05-02")!,
            category: .abusiveBehaviour, policeForce: force, location: location, victimType: .individual,
            method: .inPerson, description: text)
    }

    static func placeLevel(_ police: LinkRecord, _ own: LinkRecord) -> Int? {
        Linker().compare(police, own).levels[LinkField.place.rawValue]
    }

    @Test(
        """
        a team record with a force but no location or postcode takes the local authority of the first place \
        its account names, if that place is in the force's area; never "same place", and not without a force
        """
    )
    func placeFromTheAccount() {
        let said = "A man shouted abuse at a family on Bethune Road, Stamford Hill, then walked towards Hendon."
        let own = Self.record(1, .own, force: .metropolitan, location: nil, said)
        let hackney = Self.record(2, .police, force: .metropolitan, location: "HACKNEY", "IP abused in street.")
        let barnet = Self.record(3, .police, force: .metropolitan, location: "Barnet", "IP abused in street.")
        let level = LinkField.place.levels
        #expect(Self.placeLevel(hackney, own) == level.firstIndex(of: "same local authority"))
        #expect(
            Self.placeLevel(barnet, own)
                == level.firstIndex(of: "same force area, different local authority or postcode district"))
        // Two accounts naming the same place agree on its authority only.
        let other = Self.record(4, .police, force: .metropolitan, location: nil, "IP abused in Stamford Hill.")
        #expect(Self.placeLevel(other, own) == level.firstIndex(of: "same local authority"))
        // A place outside the record's force is not taken (an account may name where someone came from).
        let elsewhere = Self.record(
            5, .own, force: .greaterManchester, location: nil, "A man from Stamford Hill was abused in the street.")
        #expect(Self.placeLevel(hackney, elsewhere) == level.firstIndex(of: "different force areas"))
        #expect(
            PreparedRecord(elsewhere, gazetteer: .bundled, places: [:]).authority == -1,
            "Hackney is not Greater Manchester's")
        // Without a force, nothing is taken: the record stays without a place.
        let noForce = Self.record(6, .own, force: nil, location: nil, said)
        #expect(PreparedRecord(noForce, gazetteer: .bundled, places: [:]).authority == -1)
        // A location given wins over the account.
        let located = Self.record(7, .own, force: .metropolitan, location: "Barnet", said)
        #expect(Self.placeLevel(hackney, located) != level.firstIndex(of: "same local authority"))
    }
}
