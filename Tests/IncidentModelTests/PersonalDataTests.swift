import IncidentModel
import Testing

@Suite struct PersonalDataTests {
    func sample() -> Incident {
        Incident(
            reference: "R1", source: .own, date: CivilDate(iso: "2024-05-01")!, category: .threats,
            personal: PersonalDetails(
                postcode: Personal(Postcode(parsing: "NW11 7AB")!), description: Personal("Call 07700 900123"),
                victimName: Personal("Miriam Fictionberg"), victimContact: Personal("m@example.invalid"),
                offenderDescription: Personal("male, adult")))
    }

    @Test("printing an incident never shows its personal data")
    func printing() {
        let incident = sample()
        for text in [String(describing: incident), String(reflecting: incident), "\(incident.personal)"] {
            #expect(!text.contains("Fictionberg"))
            #expect(!text.contains("07700"))
            #expect(!text.contains("7AB"))
            #expect(!text.contains("m@example"))
        }
        #expect(incident.personal.victimName?.revealed == "Miriam Fictionberg")
    }

    @Test("keeps the postcode district as a non-personal fact")
    func district() {
        #expect(sample().postcodeDistrict == "NW11")
    }

    @Test(
        """
        marks exactly the personal columns of the interchange format (a case example's text counts until it is checked)
        """
    )
    func personalColumns() {
        #expect(
            IncidentField.allCases.filter(\.isPersonal).map(\.rawValue).sorted()
                == ["case_example", "description", "offender_description", "postcode", "victim_contact", "victim_name"])
    }

    @Test(
        "reads postcodes in any spacing and case",
        arguments: [
            ("nw117ab", "NW11 7AB", "NW11"), ("EC1A 1BB", "EC1A 1BB", "EC1A"), ("m7 4ab", "M7 4AB", "M7"),
            ("N3", "N3", "N3"), ("W1A 0AX", "W1A 0AX", "W1A"), ("n16 5", "N16 5", "N16"),
        ])
    func postcodes(_ text: String, _ normal: String, _ district: String) {
        let postcode = Postcode(parsing: text)
        #expect(postcode?.description == normal)
        #expect(postcode?.district == district)
    }

    @Test(
        "rejects text that is not a postcode",
        arguments: ["12345", "NW11 7A", "N", "NW11 7ABC", "Barnet", "N3 !AB", "N165", "N16 55", "N16 A"])
    func notPostcodes(_ text: String) {
        #expect(Postcode(parsing: text) == nil)
    }

    @Test("writes numbers with thousands separators")
    func grouping() {
        #expect(4103.grouped == "4,103")
        #expect(0.grouped == "0")
        #expect(999.grouped == "999")
        #expect(1000.grouped == "1,000")
        #expect((-1_234_567).grouped == "-1,234,567")
    }
}
