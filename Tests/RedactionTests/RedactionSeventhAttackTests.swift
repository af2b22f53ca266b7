import Redaction
import Testing

/// Rules found wanting by a seventh stranger's attack on the police export (2026-12-02: 300 rows
/// of moderation reports, safeguarding referrals, letters, shift logs and voicemails). The cases
/// are made up for each rule.
@Suite struct RedactionSeventhAttackTests {
    let redactor = Redactor()

    func redacted(_ text: String, name: String? = nil, contact: String? = nil) -> String {
        redactor.redact(text, knowing: RecordPersonalValues(victimName: name, victimContact: contact))
    }

    @Test func aYearEndingASentenceIsNoPartOfTheNextPhoneNumber() {
        #expect(
            redacted("Dalia, 17, born 3 March 2008. 07700 900417.", name: "Dalia Mizrahi", contact: "07700 900417")
                == "[NAME], 17, born [DOB]. [PHONE].")
    }

    @Test func aProfilesAddressKeepsItsScheme() {
        #expect(
            redacted("Profile: https://www.tiktok.com/@zion_hater_77 was reported.")
                .hasPrefix("Profile: https://www.tiktok.com/"))
    }

    @Test func theSecondHalfOfADoubleBarrelledNameGoesWithTheFirst() {
        #expect(
            redacted("Ruth's son Eli Stern-Maguire saw it.", name: "Ruth Stern") == "[NAME] son [NAME] saw it.")
    }

    @Test func aNicknameInBracketsAfterANameGoes() {
        #expect(
            redacted("Mordechai Klein (Motti), 15, was followed. Motti ran home.")
                == "[NAME] ([NAME]), 15, was followed. [NAME] ran home.")
    }

    @Test(arguments: [
        ("Rachel Cohen (Jewish, a teacher) called.", "[NAME] (Jewish, a teacher) called."),
        ("Daniel Levy (Scottish-Jewish) says it happened again.", "[NAME] (Scottish-Jewish) says it happened again."),
    ])
    func whatIsSaidOfAPersonInBracketsStays(_ text: String, _ expected: String) {
        #expect(redacted(text) == expected)
    }

    @Test(arguments: [
        "A jiffy bag held white powder. Powder was sent for testing.",
        "Building was evacuated. Owner said the site was searched. Security was stepped up.",
    ])
    func aNounOpeningASentenceIsNoName(_ text: String) {
        #expect(redacted(text) == text)
    }

    @Test func aCountryBeforeAVictimsGivenNameIsNoName() {
        #expect(
            redacted("The caller said \"go back to Israel, Galit\" twice.", name: "Galit Peretz")
                == "The caller said \"go back to Israel, [NAME]\" twice.")
    }

    @Test func abuseInCyrillicStaysButACapitalisedNameGoes() {
        #expect(
            redacted("He wrote \"Ольга, ты жидовка\" on the door.") == "He wrote \"[NAME], ты жидовка\" on the door.")
    }

    @Test(arguments: [
        "Graffiti was found at Etz Chaim synagogue in Leeds.", "A man on the Elizabeth line shouted at a family.",
    ])
    func publicPlacesNamedAfterPeopleStay(_ text: String) {
        #expect(redacted(text) == text)
    }
}

extension RedactionSeventhAttackTests {
    // MARK: a person's numbers, spaced registrations, flats alone, peers

    @Test(arguments: [
        ("He paid with a card ending 9032 and left.", "He paid with a card ending [ID] and left."),
        ("Her student ID 2024118805 was shared.", "Her student ID [ID] was shared."),
        ("The cab's badge number TX 2201 was noted.", "The cab's badge number [ID] was noted."),
        ("Patient MRN QH7716023 was named on the ward.", "Patient MRN [ID] was named on the ward."),
    ])
    func aPersonsNumberAfterWhatItNumbersGoes(_ text: String, _ expected: String) {
        #expect(redacted(text) == expected)
    }

    @Test func thePolicesOwnNumbersStay() {
        let text = "Crime number 4412345/25 and incident number 1234 were given; his driving licence was taken."
        #expect(redacted(text) == text)
    }

    @Test func aRegistrationWrittenWithSpacesGoes() {
        #expect(
            redacted("A car, LB 71 KTV, then a van P 417 HGX drove off along the A 406 ROAD.")
                == "A car, [VEHICLE], then a van [VEHICLE] drove off along the A 406 ROAD.")
    }

    @Test func aFlatOrARoomByItsNumberGoes() {
        #expect(
            redacted("Her flat is Flat 12. Next door (no. 31) put up a flag. He was staying in room 508.")
                == "Her flat is [ADDRESS]. Next door ([ADDRESS]) put up a flag. He was staying in [ADDRESS].")
    }

    @Test func peersByTheirTitleArePublic() {
        let text = "Lord Austin and Baroness Deech condemned the march."
        #expect(redacted(text) == text)
    }
}
