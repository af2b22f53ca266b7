import IncidentModel
import Testing

@Suite struct EditDistanceTests {
    @Test(
        "insertions, deletions, substitutions and a swap of neighbours count one edit each",
        arguments: [
            ("category", "category", 0), ("categroy", "category", 1), ("catgory", "category", 1),
            ("categoryy", "category", 1),
            ("katagory", "category", 2), ("", "abc", 3), ("abc", "", 3), ("Barnet", "Branet", 1),
            ("kitten", "sitting", 3),
        ])
    func distances(_ a: String, _ b: String, _ expected: Int) {
        #expect(EditDistance.between(a, b) == expected)
        #expect(EditDistance.between(b, a) == expected)
    }

    @Test("past the limit the answer is limit + 1, however far the texts are")
    func limit() {
        #expect(EditDistance.between("Westminster", "Wolverhampton", limit: 2) == 3)
        #expect(EditDistance.between("a", "abcdefgh", limit: 1) == 2)
        #expect(EditDistance.between("Hendon", "Hendno", limit: 1) == 1)
    }

    @Test("the closest candidate within the limit, ties alphabetically, none beyond it")
    func closest() {
        #expect(EditDistance.closest(to: "categry", among: ["category", "method", "date"], limit: 2) == "category")
        #expect(EditDistance.closest(to: "dat", among: ["data", "date"], limit: 2) == "data")
        #expect(EditDistance.closest(to: "zzzzzz", among: ["category"], limit: 2) == nil)
    }
}
