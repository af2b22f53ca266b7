import Redaction
import Testing

/// Rules found wanting by an eighth stranger's measure of the police export (2026-12-02: 250
/// rows of call notes, letters, liaison summaries and complaints). The cases are made up for
/// each rule.
@Suite struct RedactionEighthAttackTests {
    let redactor = Redactor()

    func redacted(_ text: String, name: String? = nil) -> String {
        redactor.redact(text, knowing: RecordPersonalValues(victimName: name, victimContact: nil))
    }

    @Test func aTownWithLowerCaseWordsInItsHyphensIsNoName() {
        #expect(
            redacted("It happened on the pier at Weston-super-Mare; Ruth Cohen-Levy saw it.")
                == "It happened on the pier at Weston-super-Mare; [NAME] saw it.")
    }

    @Test func aLettersGreetingIsNoName() {
        let text =
            "Letter from the rabbi: Dear Sir, the gates were daubed. Head teacher: Dear colleagues, a pupil was hit."
        #expect(redacted(text) == text)
    }

    @Test func theStarOfDavidStaysBesideAPossessive() {
        let text = "A customer saw a colleague's Star of David and sneered."
        #expect(redacted(text, name: "Carys Morgan") == text)
    }

    @Test func theReichIsNoPersonButMrReichIs() {
        #expect(redacted("He shouted that Israel is the new Reich.") == "He shouted that Israel is the new Reich.")
        #expect(redacted("Mr Reich heard it.") == "Mr [NAME] heard it.")
    }

    @Test func aSchoolYearIsNoHouseNumber() {
        #expect(redacted("Her son (yr 9, Kingsway Academy) was shown the post.").contains("yr 9"))
    }

    @Test func servicesOpeningASentenceAreNoNames() {
        let text = "Shomrim attended within minutes. Ambulance called at 22:10. Paramedics treated him."
        #expect(redacted(text) == text)
    }
}
