import Places
import Testing

@testable import Linkage

/// What a location field says: its place when a street is named after another place, and a full
/// postcode written in it.
@Suite struct LocationReadingTests {
    @Test(
        """
        a railway station is in its town's local authority and force area, however British Transport Police \
        write it: the team's "Manchester Piccadilly station" and the police's "MANCHESTER PICCADILLY RLY STN" \
        are one place's authority, not two force areas
        """
    )
    func stationsAreInTheirTown() {
        let gazetteer = Gazetteer.bundled
        let pairs = [
            ("Manchester Piccadilly station", "MANCHESTER PICCADILLY RLY STN"),
            ("Leeds station", "LEEDS STN - TICKET HALL"),
            ("Birmingham New Street station", "On train approaching Birmingham New Street"),
            ("Euston station", "ON TRAIN APPROACHING EUSTON"), ("Liverpool Street station", "LIVERPOOL STREET RLY STN"),
        ]
        for (team, police) in pairs {
            let a = gazetteer.place(named: team, force: .britishTransport)
            let b = gazetteer.place(named: police, force: .britishTransport)
            #expect(a != nil && a?.authority == b?.authority && a?.force == b?.force, "\(team) / \(police)")
            #expect(a?.force != .britishTransport, "\(team)")
        }
    }

    @Test(
        """
        a place's name before a street's kind names the street ("Heywood Road, Prestwich" is in Prestwich, \
        "DERBY RD, NG1" not in Derby), unless it is the only place named ("Golders Green Road"); "St" that \
        begins a place's name does not
        """
    )
    func streetsNamedAfterPlaces() {
        let gazetteer = Gazetteer.bundled
        #expect(gazetteer.place(named: "Heywood Road Prestwich", force: .greaterManchester)?.name == "Prestwich")
        #expect(gazetteer.place(named: "Heywood, Rochdale", force: .greaterManchester)?.name == "Heywood")
        #expect(gazetteer.place(named: "Brent Street Hendon", force: .metropolitan)?.name == "Hendon")
        #expect(gazetteer.place(named: "St Albans Rd Watford", force: .hertfordshire)?.name == "Watford")
        #expect(gazetteer.place(named: "DERBY RD Nottingham", force: .nottinghamshire)?.name == "Nottingham")
        #expect(gazetteer.place(named: "DERBY RD, NG1", force: .nottinghamshire)?.name != "Derby")
        // The only place named, and no other authority's district: the street is in it.
        #expect(gazetteer.place(named: "Golders Green Road", force: .metropolitan)?.name == "Golders Green")
        #expect(gazetteer.place(named: "Golders Green Rd NW11", force: .metropolitan)?.name == "Golders Green")
        #expect(gazetteer.place(named: "Hackney St Marys Church", force: .metropolitan)?.name == "Hackney")
        // A place the gazetteer knows by a street's name stays that place; "St" before a name is "Saint".
        #expect(gazetteer.place(named: "Oxford Street Marylebone", force: .metropolitan)?.authority == "Westminster")
        #expect(gazetteer.place(named: "Barnet St Albans", force: .hertfordshire)?.name == "Barnet")
        // A road named after the town it leads to, with "New" or "Old" between: the other place named.
        #expect(gazetteer.place(named: "BURY NEW ROAD SALFORD", force: .greaterManchester)?.name == "Salford")
        #expect(gazetteer.place(named: "Bury Old Rd Prestwich", force: .greaterManchester)?.name == "Prestwich")
        #expect(gazetteer.place(named: "Bury New Road", force: .greaterManchester)?.name == "Bury")
        #expect(gazetteer.place(named: "Bury, Market Street", force: .greaterManchester)?.name == "Bury")
        // The high road of a place is in it: "High" is not a road to another town.
        #expect(gazetteer.place(named: "Tottenham High Road Seven Sisters", force: .metropolitan)?.name == "Tottenham")
    }

    @Test(
        """
        a full postcode written in a police location counts as the record's postcode when its column is empty \
        or gives only that district: the same full postcode as the team's, not just the same district
        """
    )
    func fullPostcodeInTheLocation() {
        let gazetteer = Gazetteer.bundled
        #expect(gazetteer.fullPostcode(in: "Stamford Hill (N16 5AB)") == "N16 5AB")
        #expect(gazetteer.fullPostcode(in: "HIGH RD IG7 3xt") == "IG7 3XT")
        #expect(gazetteer.fullPostcode(in: "Lea Bridge Road, E5") == nil)
        #expect(gazetteer.fullPostcode(in: "Stamford Hill N16 555") == nil)
        // Floors and times are not inward codes.
        for location in ["WEST GREEN RD N15 1ST FLR", "N15 2ND FLOOR", "N15 3PM", "N15 4TH"] {
            #expect(gazetteer.fullPostcode(in: location) == nil, "\(location)")
        }
        func placeLevel(policePostcode: String?, location: String) -> Int? {
            var police = ComparisonTests.record(1, .police, location: location, "IP verbally abused outside shop.")
            police.postcode = policePostcode
            police.postcodeDistrict = policePostcode.map { String($0.prefix { $0 != " " }) }
            var own = ComparisonTests.record(2, .own, location: "Stamford Hill", "A man was abused outside a shop.")
            (own.postcode, own.postcodeDistrict) = ("N16 5AB", "N16")
            return Linker().compare(police, own).levels[LinkField.place.rawValue]
        }
        #expect(placeLevel(policePostcode: nil, location: "STAMFORD HILL (N16 5AB)") == 0)
        #expect(placeLevel(policePostcode: "N16", location: "STAMFORD HILL (N16 5AB)") == 0)
        #expect(placeLevel(policePostcode: nil, location: "STAMFORD HILL (N16 6XY)") == 2)
        // The column's own full postcode, or its sector, wins over one the location writes.
        #expect(placeLevel(policePostcode: "N16 6XY", location: "STAMFORD HILL (N16 5AB)") == 2)
        #expect(placeLevel(policePostcode: "N16 6", location: "STAMFORD HILL (N16 5AB)") == 2)
    }
}
