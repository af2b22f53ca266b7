import IncidentModel
import Places
import Testing

@testable import Linkage

/// Where a record gives no location, the place its account says the incident happened.
@Suite struct SceneReadingTests {
    @Test(
        """
        a place of the record's force written with capitals after "in", "at", "near" or "outside" is where the \
        incident was; lower-case words, names elsewhere, other forces' places and streets named after places are not
        """
    )
    func placesTheAccountGives() {
        let gazetteer = Gazetteer.bundled
        func scene(_ text: String, _ force: PoliceForce = .metropolitan) -> String? {
            gazetteer.scene(in: text, force: force)?.authority
        }
        #expect(scene("Nuisance call to premises in Barnet; caller made antisemitic remarks.") == "Barnet")
        #expect(scene("IP abused outside a shop in Golders Green.") == "Barnet")
        #expect(scene("Letter delivered to premises in STAMFORD HILL") == "Hackney")
        // In an account written in capitals, capitals say nothing.
        #expect(scene("IP BECAME DISTRESSED IN READING THE LETTER", .thamesValley) == nil)
        #expect(scene("Swastika drawn near Whitechapel station") == "Tower Hamlets")
        #expect(scene("Graffiti found at Newcastle upon Tyne central", .northumbria) == "Newcastle upon Tyne")
        // A place in another force's area, or named other than as the scene, is not read.
        #expect(scene("A Hendon family was abused outside their hotel in Brighton.", .sussex) == "Brighton and Hove")
        #expect(scene("A Hendon family was abused outside their hotel in Brighton.") == nil)
        #expect(scene("A family from Hendon was abused.") == nil)
        #expect(scene("Mr Barnes shouted at IP in the street.") == nil)
        // Lower-case words that are also places' names.
        #expect(scene("Caller threatened to bury him in the garden.", .greaterManchester) == nil)
        #expect(scene("IP was reading a message at home in bury", .greaterManchester) == nil)
        #expect(scene("A dog was barking at the door in the night.") == nil)
        // A street named after a place is a street; a longer name the gazetteer does not know is not the place.
        #expect(scene("IP abused in Golders Green Road.") == nil)
        #expect(scene("IP walking at Bury Old Road when abused.", .greaterManchester) == nil)
        #expect(scene("IP verbally abused by male in Victoria Park.") == nil)
        #expect(scene("Abuse outside Chelsea Harbour, then in Golders Green.") == "Barnet")
        #expect(scene("Abuse at Chelsea Smith's flat.") == nil)
        #expect(scene("IP abused in Golders Green. The suspect ran off.") == "Barnet")
        // Where someone lives, works or was arrested is not the scene; two authorities read are none.
        #expect(scene("IP, who lives in Hackney, verbally abused by male in Golders Green.") == "Barnet")
        #expect(scene("IP verbally abused by male. S1 later arrested in Hackney.") == nil)
        #expect(scene("IP works in Hackney. Abused by male.") == nil)
        #expect(scene("IP abused in Hackney and then in Golders Green.") == nil)
    }

    @Test(
        "a police record with no location, whose account gives the scene, is in the same local authority as the team's")
    func accountsSceneIsComparedAsThePlace() {
        func placeLevel(_ account: String) -> Int? {
            var police = ComparisonTests.record(1, .police, location: nil, account)
            police.postcode = nil
            let own = ComparisonTests.record(2, .own, location: "Hendon", "A man was abused outside a shop in Hendon.")
            return Linker().compare(police, own).levels[LinkField.place.rawValue]
        }
        let sameAuthority = LinkField.place.levels.firstIndex(of: "same local authority")
        let sameForce = LinkField.place.levels.firstIndex(of: "same force area (place not comparable)")
        #expect(placeLevel("IP abused outside shop in Golders Green by unknown male.") == sameAuthority)
        #expect(placeLevel("IP abused outside shop in Hackney by unknown male.") != sameAuthority)
        #expect(placeLevel("IP abused outside shop by unknown male.") == sameForce)
    }
}
