import DemoData
import Redaction
import Testing

@Suite struct RedactionTests {
    let redactor = Redactor()

    @Test func eachKindIsReplacedByItsPlaceholder() {
        let text =
            "Reported by Miriam Fictionberg (07700 900123, miriam@example.invalid) of 14 Wykeham Road, NW4 2SU. "
                + """
                DOB 03/07/1981. Car AB12 CDE. NI AB 12 34 56 C. Posted by @truth_seeker88. Shouted at in Golders Green \
                at \
                8pm.
                """
        let out = redactor.redact(text)
        #expect(
            out
                == """
                Reported by [NAME] ([PHONE], [EMAIL]) of [ADDRESS], [POSTCODE]. DOB [DOB]. Car [VEHICLE]. NI \
                [NINO]. Posted by [HANDLE]. Shouted at in Golders Green at 8pm.
                """
        )
    }

    @Test func whatHappenedAndWhereIsKept() {
        let text =
            """
            A visibly Jewish man was punched outside the synagogue in Stamford Hill at about 7pm. Police attended; NFA.
            """
        #expect(redactor.redact(text) == text)
        #expect(
            redactor.redact("Graffiti on Brent Street, Hendon, on 12/03/2024.")
                == "Graffiti on Brent Street, Hendon, on 12/03/2024.")
    }

    @Test func labelledSetRecallAndOverRedaction() {
        let samples = RedactionSamples.generate(count: 400)
        var planted = 0, caught = 0, keep = 0, lost = 0
        for sample in samples {
            let out = redactor.redact(sample.text)
            for item in sample.planted {
                planted += 1
                if !out.contains(item.value) { caught += 1 } else { print("MISSED", item.kind, item.value, "in:", out) }
            }
            for word in sample.keep {
                keep += 1
                if !out.lowercased().contains(word.lowercased()) { lost += 1; print("LOST", word, "in:", out) }
            }
        }
        let recall = Double(caught) / Double(planted)
        #expect(recall >= 0.99, "recall \(recall)")
        #expect(Double(lost) / Double(keep) <= 0.01, "over-redaction \(lost) of \(keep)")
    }
}
