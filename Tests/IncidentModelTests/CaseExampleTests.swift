import IncidentModel
import Testing

/// How the report chooses among a section's case examples, and the sections' names.
@Suite struct CaseExampleTests {
    func examples(_ count: Int) -> [CaseExample] {
        (0..<count).map { i in
            CaseExample(
                source: .own, reference: "R\(100 + i)", date: CivilDate(iso: "2025-01-01")!.adding(days: i * 7),
                section: .category(.assault), text: "Account \(i).")
        }
    }

    @Test(
        "up to four examples, spread over the period from the first to the last, the same whatever the order given",
        arguments: [1, 2, 3, 4, 5, 9, 40])
    func choose(count: Int) {
        let all = examples(count)
        let chosen = CaseExample.choose(all)
        #expect(chosen.count == min(count, 4))
        #expect(chosen.first == all.first)
        if count > 1 { #expect(chosen.last == all.last) }
        #expect(Set(chosen.map(\.reference)).count == chosen.count, "no example twice")
        #expect(chosen == chosen.sorted { $0.date < $1.date }, "in date order")
        #expect(CaseExample.choose(all.reversed()) == chosen)
    }

    @Test("a section is a category (code or published name) or one of the other sections; anything else is refused")
    func sections() {
        #expect(ExampleSection(parsing: "assault") == .category(.assault))
        #expect(
            ExampleSection(parsing: "Damage and Desecration to Jewish Property") == .category(.damageAndDesecration))
        #expect(ExampleSection(parsing: "Typology") == .other("typology"))
        #expect(ExampleSection(parsing: "kitchen") == nil)
        #expect(
            ExampleSection.names.contains("online") && ExampleSection.names.count == 6 + ExampleSection.otherNames.count
        )
    }

    @Test("the typology reads its published names; incidents without a code are labelled not coded")
    func typology() {
        #expect(Typology(parsing: "Mission") == .mission && Typology(parsing: "aggravated") == .aggravated)
        #expect(Breakdown(parsing: "typology") == .typology)
        #expect(Breakdown.typology.label(of: Breakdown.unknownCode) == "Not coded")
        #expect(Breakdown.typology.fixedCodes == ["mission", "opportunistic", "aggravated"])
        #expect(
            Breakdown.typology.codes(
                of: Incident(reference: "X", source: .police, date: CivilDate(iso: "2025-01-01")!, category: .assault),
                sourceKind: "police") == [Breakdown.unknownCode])
    }
}
