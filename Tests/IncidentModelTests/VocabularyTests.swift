import IncidentModel
import Testing

@Suite struct VocabularyTests {
    @Test("reads categories by code, published name and alias, in any case")
    func categories() {
        #expect(Category(parsing: "abusive_behaviour") == .abusiveBehaviour)
        #expect(Category(parsing: "Abusive Behaviour") == .abusiveBehaviour)
        #expect(Category(parsing: "ABUSIVE-BEHAVIOUR") == .abusiveBehaviour)
        #expect(Category(parsing: "Damage and Desecration to Jewish Property") == .damageAndDesecration)
        #expect(Category(parsing: "damage & desecration") == .damageAndDesecration)
        #expect(Category(parsing: "Extreme Violence") == .extremeViolence)
        #expect(Category(parsing: "abusive") == nil)
        #expect(Category(parsing: "") == nil)
    }

    @Test("every category has a distinct code and published name")
    func distinctNames() {
        #expect(Set(Category.allCases.map(\.rawValue)).count == 6)
        #expect(Set(Category.allCases.map(\.publishedName)).count == 6)
        #expect(Category.allCases.filter(\.isViolent) == [.extremeViolence, .assault])
    }

    @Test("lists every UK force: 43 territorial forces of England and Wales, Scotland, PSNI, BTP")
    func forces() {
        #expect(PoliceForce.allCases.count == 46)
        let englandAndWales = PoliceForce.allCases.filter { $0.nation == .england || $0.nation == .wales }
        #expect(englandAndWales.count == 43)
        #expect(PoliceForce.allCases.filter { $0.nation == .wales }.count == 4)
    }

    @Test(
        "reads forces by common names and abbreviations",
        arguments: [
            ("Met", PoliceForce.metropolitan), ("Metropolitan Police Service", .metropolitan), ("MPS", .metropolitan),
            ("GMP", .greaterManchester), ("Greater Manchester Police", .greaterManchester),
            ("City of London Police", .cityOfLondon), ("West Yorkshire Police", .westYorkshire),
            ("WYP", .westYorkshire),
            ("Avon & Somerset Constabulary", .avonAndSomerset), ("PSNI", .northernIreland),
            ("Police Scotland", .policeScotland), ("PSoS", .policeScotland),
            ("Police Service of Scotland", .policeScotland),
            ("BTP", .britishTransport), ("Hampshire Constabulary", .hampshire), ("hertfordshire", .hertfordshire),
            ("Dyfed-Powys Police", .dyfedPowys), ("Northumbria", .northumbria),
            // County abbreviations and short names with the suffix a force's system writes.
            ("Herts Police", .hertfordshire), ("LANCS CONSTABULARY", .lancashire), ("Notts Police", .nottinghamshire),
            ("Hampshire & IOW Constabulary", .hampshire), ("Devon & Cornwall Police", .devonAndCornwall),
            ("South Yorks Police", .southYorkshire), ("Met Police", .metropolitan),
            ("Thames Valley Police", .thamesValley),
            ("Police Service of Northern Ireland", .northernIreland), ("City Police", .cityOfLondon),
            // The Welsh forces' Welsh names.
            ("Heddlu Gwent", .gwent), ("Heddlu De Cymru", .southWales), ("Heddlu Gogledd Cymru", .northWales),
            ("West Mids Police", .westMidlands), ("Metropolitan Police Force", .metropolitan),
            ("Kent County Constabulary", .kent),
            // A qualifier after the name, as exports write them.
            ("Metropolitan Police Service (MPS)", .metropolitan), ("MPS - Barnet BCU", .metropolitan),
            ("North Wales Police / Heddlu Gogledd Cymru", .northWales),
            ("British Transport Police (BTP)", .britishTransport),
        ])
    func forceAliases(_ text: String, _ expected: PoliceForce) {
        #expect(PoliceForce(parsing: text) == expected)
    }

    @Test("no spelling of a force names another force")
    func forceSpellingsAreUnambiguous() {
        // The lookup keeps the first force to claim a spelling: a second claim would read one
        // force's records as another's without a word.
        for force in PoliceForce.allCases {
            for alias in force.aliases {
                #expect(PoliceForce(parsing: alias) == force, "\(alias) is read as another force")
            }
        }
        #expect(PoliceForce(parsing: "Police") == nil)
        #expect(PoliceForce(parsing: "Ministry of Defence Police") == nil)
        // Two values are not read as the first: a qualifier is bracketed, dashed or slashed.
        #expect(Category(parsing: "Assault, Threats") == nil)
        #expect(Category(parsing: "Assault (minor)") == .assault)
        #expect(PoliceForce(parsing: "Constabulary") == nil)
    }

    @Test("every force's own names parse back to it")
    func forceNamesRoundTrip() {
        for force in PoliceForce.allCases {
            #expect(PoliceForce(parsing: force.publishedName) == force)
            #expect(PoliceForce(parsing: force.rawValue) == force)
        }
    }

    @Test("groups London's two forces and Manchester as the report does")
    func regions() {
        #expect(PoliceForce.metropolitan.reportRegion == .greaterLondon)
        #expect(PoliceForce.cityOfLondon.reportRegion == .greaterLondon)
        #expect(PoliceForce.greaterManchester.reportRegion == .greaterManchester)
        #expect(PoliceForce.hertfordshire.reportRegion == .force(.hertfordshire))
        #expect(ReportRegion.allCases.count == 46 - 3 + 2)  // Met, City and GMP fold into two groups
        #expect(ReportRegion.allCases.prefix(2) == [.greaterLondon, .greaterManchester])
    }

    @Test("each field's ordinal is its position in the contract's column order")
    func ordinals() {
        #expect(IncidentField.allCases.map(\.ordinal) == Array(0..<IncidentField.allCases.count))
    }

    @Test("online methods are social media and email")
    func online() {
        #expect(Method.allCases.filter(\.isOnline) == [.socialMedia, .email])
        #expect(Method(parsing: "Face to face") == .inPerson)
    }

    @Test("a discourse set keeps several values and writes them in a fixed order")
    func discourse() {
        let set = DiscourseSet([.conspiracy, .farRight])
        #expect(set.contains(.farRight) && set.contains(.conspiracy) && !set.contains(.islamist))
        #expect(set.code == "far_right;conspiracy")
        #expect(DiscourseSet(rawValue: set.rawValue) == set)
        #expect(Set(Discourse.allCases.map(\.bit)).count == Discourse.allCases.count)
    }
}
