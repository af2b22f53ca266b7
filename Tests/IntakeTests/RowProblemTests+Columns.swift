import IncidentModel
import Intake
import Testing

/// Rows' columns read: postcode sectors, every column with published names and aliases, values not
/// known, coded offender descriptions, and the source.
extension RowProblemTests {
    @Test(
        """
        a postcode sector (as some forces record a place) is kept as a sector, its district public; anything else is \
        still refused
        """
    )
    func postcodeSector() throws {
        let (summary, incidents) = try read(
            header + "\n"
                + "R-1,police,2024-10-08,antisemitic,assault,Met,STAMFORD HILL,N16 5,,,,IP assaulted.,,,,\n"
                + "R-2,police,2024-10-08,antisemitic,assault,Met,STAMFORD HILL,N16 55,,,,IP assaulted.,,,,\n")
        #expect(incidents.first?.postcodeDistrict == "N16")
        #expect(incidents.first?.personal.postcode?.revealed.description == "N16 5")
        #expect(incidents.first?.personal.postcode?.revealed.isFull == false)
        // Refused with its place; a postcode is personal data, so the value is not echoed.
        #expect(
            summary.problems.count == 1 && summary.problems.first?.description.contains(":3:8: postcode") == true
                && summary.problems.first?.description.contains("N16 55") == false, "\(summary.problems)")
    }

    @Test("reads every column, accepting published names and aliases")
    func fullRow() throws {
        let (summary, incidents) = try read(
            header + "\n"
                + """
                R-1,CST,2024-10-08,Antisemitic,Abusive Behaviour,Met,Golders Green,nw11 7ab,Synagogue,Face to \
                face,"far_right; israel_related","Shouted at, twice",Miriam Fictionberg,07700 900123,Yes,"male, \
                adult"\n
                """
        )
        #expect(summary.problems.isEmpty)
        let incident = try #require(incidents.first)
        #expect(incident.source == .own)
        #expect(incident.category == .abusiveBehaviour)
        #expect(incident.policeForce == .metropolitan)
        #expect(incident.postcodeDistrict == "NW11")
        #expect(incident.personal.postcode?.revealed.description == "NW11 7AB")
        #expect(incident.victimType == .synagogue)
        #expect(incident.method == .inPerson)
        #expect(incident.discourse == DiscourseSet([.farRight, .israelRelated]))
        #expect(incident.consentToShare == true)
        #expect(incident.personal.description?.revealed == "Shouted at, twice")
        #expect(incident.personal.offenderDescription?.revealed == "male, adult")
    }

    @Test(
        """
        reads "Unknown", "N/K", "None" and "-" in an optional coded column, the discourse or the postcode as empty, \
        as police systems write an unrecorded value; a category so written is still refused
        """
    )
    func notKnownIsEmpty() throws {
        let (summary, incidents) = try read(
            header + "\n"
                + "P-1,police,2024-10-08,antisemitic,assault,Unknown,STAMFORD HILL,N/K,Not known,UNKNOWN,None,"
                + "IP hit.,,,,\n"
                + "P-2,police,2024-10-08,antisemitic,assault,Met,STAMFORD HILL,n/k,-,n/a,not recorded,IP hit.,,,N/K,\n"
                + "P-3,police,2024-10-08,antisemitic,Unknown,Met,STAMFORD HILL,,,,,IP hit.,,,,\n"
                + "P-4,police,2024-10-08,antisemitic,assault,Met,STAMFORD HILL,,Unknowable,,,IP hit.,,,,\n")
        #expect(incidents.map(\.reference) == ["P-1", "P-2"])
        for incident in incidents {
            #expect(incident.victimType == nil && incident.method == nil && incident.discourse.members.isEmpty)
            #expect(incident.personal.postcode == nil)
        }
        #expect(incidents.first?.policeForce == nil)
        #expect(incidents.last?.consentToShare == nil)
        #expect(incidents.last?.policeForce == .metropolitan)
        // The category every incident needs, and a value that is neither a type nor "not known".
        #expect(
            summary.problems.map(\.description).map { String($0.prefix(while: { $0 != " " })) } == [
                "cst-2024.csv:4:5:", "cst-2024.csv:5:9:",
            ], "\(summary.problems)")
    }

    @Test("reads the coded offender description, police identity codes included, and names a bad value")
    func offenderCodes() throws {
        let (summary, incidents) = try read(
            "reference,source,date,category,offender_appearance,offender_gender,offender_age\n"
                + "O1,cst,2024-03-01,assault,IC3,M,minor\n"
                + "O2,cst,2024-03-02,assault,\"White, north European\",,\n"
                + "O3,cst,2024-03-03,assault,,,\n"
                + "O4,cst,2024-03-04,assault,tall,male,adult\n")
        #expect(
            incidents.map(\.offender) == [
                OffenderProfile(appearance: .black, gender: .male, age: .minor),
                OffenderProfile(appearance: .whiteNorthEuropean),
                nil,
            ])
        #expect(summary.problems.count == 1)
        let problem = try #require(summary.problems.first?.description)
        #expect(problem.hasPrefix("cst-2024.csv:5:5: offender_appearance \"tall\""), "\(problem)")
        #expect(problem.contains("arab_north_african"))
    }

    @Test("uses --source for rows without one, and rejects an invalid source")
    func sources() throws {
        let (_, incidents) = try read(
            "reference,source,date,category\nA1,,2024-01-01,assault\nA2,police,2024-01-01,assault\n", source: .own)
        #expect(incidents.map(\.source) == [.own, .police])
        let (summary, _) = try read("reference,source,date,category\nA1,Community Trust!,2024-01-01,assault\n")
        #expect(summary.problems.first?.field == "source")
    }
}
