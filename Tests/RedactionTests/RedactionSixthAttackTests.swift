import Redaction
import Testing

/// Rules found wanting by a sixth stranger's attack on the police export (2026-12-01, rows written
/// as call handlers, chat exports, forms and letters from several nations' styles). The cases
/// are made up for each rule.
@Suite struct RedactionSixthAttackTests {
    let redactor = Redactor()

    func redacted(_ text: String, name: String? = nil, contact: String? = nil) -> String {
        redactor.redact(text, knowing: RecordPersonalValues(victimName: name, victimContact: contact))
    }

    // MARK: phone numbers read out

    @Test(arguments: [
        (
            "caller gave her number as oh seven seven double four, nine one two three eight five and rang off",
            "caller gave her number as [PHONE] and rang off"
        ),
        ("call back on zero one six one four nine six two two one three.", "call back on [PHONE]."),
        ("his mobile is 0161 four nine six, two two one three", "his mobile is [PHONE]"),
        ("number: nought-seven-nine-one-one, triple two, eight four six", "number: [PHONE]"),
        ("ring plus four four seven nine one one two two two eight four six today", "ring [PHONE] today"),
    ])
    func aPhoneNumberReadOutGoes(_ text: String, _ expected: String) {
        #expect(redacted(text) == expected)
    }

    @Test(arguments: [
        "one or two of the seven or eight youths came back at nine",
        "two, three, four, five, six, seven, eight, nine, ten: he counted the candles aloud",
        "a group of four, then one, then three more; twelve in all by nine o'clock",
    ])
    func countsInWordsStay(_ text: String) {
        #expect(redacted(text) == text)
    }
}

extension RedactionSixthAttackTests {
    // MARK: a family by its name in the plural

    @Test(arguments: [
        ("Eggs were thrown at the Goldbergs' front door.", "Eggs were thrown at the [NAME]' front door."),
        ("The same man shouted at the Cohens again.", "The same man shouted at the [NAME] again."),
    ])
    func aFamilyInThePluralGoes(_ text: String, _ expected: String) {
        #expect(redacted(text) == expected)
    }

    @Test(arguments: [
        "He ranted about the Rothschilds and the banks.",
        "Leaflets blamed the Greens and the Israelis.",
        "A man shouted at the Jews outside the shul.",
    ])
    func peoplesAndPublicFamiliesStay(_ text: String) {
        #expect(redacted(text) == text)
    }
}
