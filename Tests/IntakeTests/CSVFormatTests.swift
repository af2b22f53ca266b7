import Intake
import Testing

/// The shared CSV writer neutralises formulas (OWASP's CSV injection advice) and keeps numbers.
@Suite struct CSVFormatTests {
    @Test(arguments: [
        "=1+2", "+SUM(A1)", "-2+3", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\")", "-", "+", "-cmd", "--5",
        "-5e3", "-.5",
    ])
    func formulasGetALeadingQuote(_ value: String) {
        #expect(CSVFormat.neutralise(value) == "'" + value)
        #expect(CSVFormat.line([value]).hasPrefix("'") || CSVFormat.line([value]).hasPrefix("\"'"))
    }

    @Test(arguments: ["-5", "+3", "-12.5", "-12.5%", "+0.0", "5", "plain text", "", "a=b", "x-y"])
    func numbersAndTextStay(_ value: String) {
        #expect(CSVFormat.neutralise(value) == value)
    }

    @Test func theInterchangeFileKeepsValuesForReimport() {
        #expect(CSVFormat.verbatimLine(["+44 20 7946 0018", "=x"]) == "+44 20 7946 0018,=x\n")
        #expect(CSVFormat.line(["+44 20 7946 0018", "=x"]) == "'+44 20 7946 0018,'=x\n")
    }
}
