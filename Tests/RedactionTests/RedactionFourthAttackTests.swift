import Redaction
import Testing

/// Rules found wanting by a fourth and a fifth stranger's attack on the police export
/// (2026-12-01): a victim whose name is also a place's, a victim whose name is also an ordinary
/// word, a name known only by its initial, addresses of a flat in a house, and identifiers written
/// in styles the earlier rules did not read. The cases are made up for each rule.
@Suite struct RedactionFourthAttackTests {
    let redactor = Redactor()

    func redacted(_ text: String, name: String? = nil, contact: String? = nil) -> String {
        redactor.redact(text, knowing: RecordPersonalValues(victimName: name, victimContact: contact))
    }

    // MARK: the record's own name

    @Test(arguments: ["Eden Bridge", "Milton Keynes", "Russell Square", "Newton Heath"])
    func aVictimNamedLikeAPlaceIsStillTheVictim(_ name: String) {
        let text = "\(name) was abused on a bus. \(name) was not hurt."
        #expect(redacted(text, name: name) == "[NAME] was abused on a bus. [NAME] was not hurt.")
        // The export's last check sees the name too, as it would any other victim's.
        #expect(LeakCheck([RecordPersonalValues(victimName: name)]).hit(in: "Later \(name) said so.") == .victimName)
    }

    @Test func aOneWordPlaceInTheNameColumnTakesNoTown() {
        // "Hale" alone in the name column would otherwise take the town from every account.
        #expect(redacted("A man shouted at shoppers in Hale.", name: "Hale") == "A man shouted at shoppers in Hale.")
    }

    @Test(arguments: [
        (
            "Daniel Green",
            "Daniel Green was abused at Golders Green. Mr Green said a green van drove down Green Lane.",
            "[NAME] was abused at Golders Green. Mr [NAME] said a green van drove down Green Lane."
        ),
        (
            "Rachel Hill", "Rachel Hill was spat at on Stamford Hill. Hill reported it.",
            "[NAME] was spat at on Stamford Hill. [NAME] reported it."
        ),
        (
            "Israel Friedman", "Israel Friedman was told that Israel 'should be wiped off the map'.",
            "[NAME] was told that Israel 'should be wiped off the map'."
        ),
        (
            "Naomi Hebrew", "Naomi Hebrew's Hebrew lesson was interrupted.",
            "[NAME] Hebrew lesson was interrupted."
        ),
        (
            "Simcha Shul", "Simcha Shul found graffiti on the shul wall.",
            "[NAME] found graffiti on the shul wall."
        ),
        (
            "Eden Bridge", "Eden Bridge was mocked crossing the bridge.",
            "[NAME] was mocked crossing the bridge."
        ),
        (
            "Faith King", "Faith King was abused outside King David High School. King was shaken.",
            "[NAME] was abused outside King David High School. [NAME] was shaken."
        ),
    ])
    func aNameThatIsAlsoAWordTakesOnlyTheName(_ name: String, _ text: String, _ expected: String) {
        #expect(redacted(text, name: name) == expected)
    }

    @Test func aNameFoundWithoutTheColumnSpreadsOnlyWhereItStandsAsAName() {
        #expect(
            redacted("Victim Daniel Green was abused near Golders Green; Green said it was the third time.")
                == "Victim [NAME] was abused near Golders Green; [NAME] said it was the third time.")
    }

    // MARK: identifiers

    @Test(arguments: [
        ("National Insurance KB4 114 48B on file.", "National Insurance [NINO] on file."),
        ("Employer ref EA/45/47/36/D (the NI number).", "Employer ref [NINO] (the NI number)."),
        ("NI given as XM.14.37.25.A on an older form.", "NI given as [NINO] on an older form."),
        ("NI: CC07 2630D.", "NI: [NINO]."),
    ])
    func nationalInsuranceWithAnySeparators(_ text: String, _ expected: String) {
        #expect(redacted(text) == expected)
    }

    @Test(arguments: [
        ("Belfast-registered van FFZ 9047 parked outside.", "Belfast-registered van [VEHICLE] parked outside."),
        ("A Golf, 162-G-98521, followed her.", "A Golf, [VEHICLE], followed her."),
    ])
    func northernIrishAndIrishRegistrations(_ text: String, _ expected: String) {
        #expect(redacted(text) == expected)
    }

    @Test(arguments: [
        "The BBC 1234 broadcast was mentioned.", "Ticket #1234 was raised.",
        "The 9:30 bus. Time: 10:45. e.g.: the usual.", "The birthday party on 12 March was disrupted.",
        "He was born in Leeds and abused on 3 May in Hendon.",
    ])
    func lookAlikesStay(_ text: String) {
        #expect(redacted(text) == text)
    }

    @Test(arguments: [
        ("She was born on the twenty-seventh of July 1998.", "She was born on the [DOB]."),
        ("Date of birth – Sixteenth of November nineteen ninety-seven. Abuse", "Date of birth – [DOB]. Abuse"),
        ("The bochur (born 23 Kislev 5746) was pushed.", "The bochur (born [DOB]) was pushed."),
        ("Birth date 26.V.1987 on the envelope.", "Birth date [DOB] on the envelope."),
        ("She is 40 — birthday 9 December — and was abused.", "She is 40 — birthday [DOB] — and was abused."),
    ])
    func datesOfBirthWrittenOut(_ text: String, _ expected: String) {
        #expect(redacted(text) == expected)
    }

    @Test(arguments: [
        ("Call 07700 900123 ext. 459 after six.", "Call [PHONE] after six."),
        ("Office 0161 496 0000 (ext 22) only.", "Office [PHONE] only."),
        ("Letters go to PO Box 2146 instead.", "Letters go to [ADDRESS] instead."),
        ("Post to P.O. Box 12 please.", "Post to [ADDRESS] please."),
        ("'I know where you live, 18 Heol Llanishen Fach.'", "'I know where you live, [ADDRESS].'"),
        ("Graffiti on number 73 on Dunstan Road.", "Graffiti on [ADDRESS]."),
        ("Send it to sam19@protonmail dot co dot uk now.", "Send it to [EMAIL] now."),
        ("Coordinator (ciaranmac11[at]famnet.org.uk) told us.", "Coordinator ([EMAIL]) told us."),
        ("The Discord user Kwabz#2761 messaged her.", "The Discord user [HANDLE] messaged her."),
        ("<kwabz_asante> jews out", "[HANDLE] jews out"),
        ("Screenshot:\nsxe.ghost: because ur a kike", "Screenshot:\n[HANDLE]: because ur a kike"),
    ])
    func contactsInOtherStyles(_ text: String, _ expected: String) {
        #expect(redacted(text) == expected)
    }

    @Test func aKnownPhoneLosesItsExtensionToo() {
        #expect(
            redacted("Ring 07700 900123 ext. 459 anytime.", contact: "07700 900123") == "Ring [PHONE] anytime.")
    }

    @Test(arguments: [
        (
            "Walking home from his shul, Ner Tamid Liberal Synagogue, he was abused.",
            "Walking home from his shul, [ORGANISATION], he was abused."
        ),
        ("Her kids' school, Kerem Yavneh Primary, was told.", "Her kids' school, [ORGANISATION], was told."),
    ])
    func anInstitutionInAppositionToAPersonsOwn(_ text: String, _ expected: String) {
        #expect(redacted(text) == expected)
    }

    // MARK: names from other languages

    @Test(arguments: [
        (
            "The manager, Gülşen Aydoğan, forwarded it. Gülşen now avoids the park.",
            "The manager, [NAME], forwarded it. [NAME] now avoids the park."
        ),
        ("Two men followed Jurgita Petrauskienė from the station.", "Two men followed [NAME] from the station."),
        ("The post listed Zdeněk Dvořák's address.", "The post listed [NAME] address."),
        ("Bins set alight — the Ó Súilleabháin house.", "Bins set alight — the [NAME] house."),
        ("Post for Venkatesh Subramanian is collected.", "Post for [NAME] is collected."),
    ])
    func namesMarkedByTheirLettersOrListed(_ text: String, _ expected: String) {
        #expect(redacted(text) == expected)
    }

    @Test(arguments: [
        "They met at a café; his fiancée and the Sinn Féin office were mentioned.",
        "A swastika was sprayed near the Zürich branch.",
    ])
    func lettersOfEnglishLoanwordsMarkNoName(_ text: String) {
        #expect(redacted(text) == text)
    }

    // MARK: the fifth attack

    @Test(arguments: [
        ("P. Gorodetsky", "Mrs Pauline Gorodetsky was abused. Her son Edward Gorodetsky saw it."),
        ("GORODETSKY, P", "Mrs Pauline Gorodetsky was abused. Her son Edward Gorodetsky saw it."),
    ])
    func aNameKnownByItsSurnameTakesTheGivenNameBesideIt(_ name: String, _ text: String) {
        #expect(redacted(text, name: name) == "Mrs [NAME] was abused. Her son [NAME] saw it.")
    }

    @Test func piecesOfOneNameAreOnePlaceholder() {
        #expect(
            redacted("Sarah ap Rhys and Avi Cohen-Levy were there.", name: "Sarah ap Rhys")
                == "[NAME] and [NAME] were there.")
    }

    @Test func accentsOnEitherSideMatchTheRecordsName() {
        #expect(redacted("Mehmet Yıldırım was abused.", name: "Mehmet Yildirim") == "[NAME] was abused.")
        #expect(redacted("Zoe Adler was abused.", name: "Zoë Adler") == "[NAME] was abused.")
    }

    @Test func thePlatformXEndingASentenceIsNoInitial() {
        #expect(
            redacted("It was posted on X. Mehmet Yıldırım saw it. Then J. Smith called.")
                == "It was posted on X. [NAME] saw it. Then [NAME] called.")
    }

    @Test(arguments: [
        ("Home: Flat 3, 47 Bury Old Road, Salford.", "Home: [ADDRESS], Salford."),
        ("Also Flat B, 12 Leicester Road.", "Also [ADDRESS]."),
        ("Suite 4, 10 Market Street.", "[ADDRESS]."),
    ])
    func aFlatInAHouseGoesWithTheHouse(_ text: String, _ expected: String) {
        #expect(redacted(text) == expected)
    }

    @Test(arguments: [
        ("I go to Hendon United Synagogue.", "I go to [ORGANISATION]."),
        ("The school is Manchester Jewish Girls' School.", "The school is [ORGANISATION]."),
        ("I study at Yeshivas Beis Yosef.", "I study at [ORGANISATION]."),
        ("Her synagogue is Ohel Moshe.", "Her synagogue is [ORGANISATION]."),
    ])
    func anInstitutionNamedAsSomeonesOwn(_ text: String, _ expected: String) {
        #expect(redacted(text) == expected)
    }

    @Test(arguments: [
        "The school is closed.", "The synagogue was empty.", "I go to Tesco.", "Flat B was damaged.",
    ])
    func institutionsAndFlatsNamedForNoOneStay(_ text: String) {
        #expect(redacted(text) == text)
    }

    @Test(arguments: [
        "No-one was hurt.", "An Iraqi-Jewish grandmother and a Chinese-British student were abused.",
        "An elderly Iranian-Jewish couple was abused.",
    ])
    func peoplesJoinedByAHyphenAreNoName(_ text: String) {
        #expect(redacted(text) == text)
    }

    @Test func doubleBarrelledNamesAndDashedNumbersStillGo() {
        #expect(
            redacted("Sarah Cohen-Levy spelled it R-I-V-K-A; NI JG-10-37-89-A.")
                == "[NAME] spelled it [NAME]; NI [NINO].")
        #expect(redacted("Her number was JG-10-37-89-A.") == "Her number was [NINO].")
    }
}
