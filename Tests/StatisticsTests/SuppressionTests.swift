import IncidentModel
import Statistics
import Testing

@Suite struct SuppressionTests {
    func incidents(_ perCategory: [Category: Int], month: Int = 3) -> [Incident] {
        var out: [Incident] = []
        for (category, n) in perCategory {
            for i in 0..<n {
                out.append(Fixture.make("\(category.rawValue)-\(month)-\(i)", "2024-0\(month)-1\(i % 9)", category))
            }
        }
        return out
    }

    @Test("withholds small cells and the next smallest, so the total does not give them away")
    func oneDimension() throws {
        let engine = FigureEngine(
            source: InMemoryCounts(incidents([.assault: 3, .threats: 12, .abusiveBehaviour: 40, .literature: 7])))
        let table = try engine.table(.year(2024), by: [.category], suppressBelow: 5)
        func mark(_ code: String) -> Suppression? { table.cell([code])!.suppressed }
        #expect(mark("assault") == .primary)
        #expect(mark("literature") == .secondary)  // the smallest other non-zero cell
        #expect(mark("threats") == nil && mark("abusive_behaviour") == nil)
        #expect(mark("extreme_violence") == nil)  // zero is published
        #expect(table.total == 62)
    }

    @Test("in a crossing, no row or column with a published total has exactly one withheld cell")
    func twoDimensions() throws {
        let march = incidents([.assault: 2, .threats: 9, .abusiveBehaviour: 30], month: 3)
        let april = incidents([.assault: 6, .threats: 1, .abusiveBehaviour: 25], month: 4)
        let engine = FigureEngine(source: InMemoryCounts(march + april))
        let table = try engine.table(
            .range(CivilDate(iso: "2024-03-01")!, CivilDate(iso: "2024-04-30")!), by: [.category, .month],
            suppressBelow: 5)
        let rows = table.codes(along: 0), columns = table.codes(along: 1)
        for r in rows {
            let withheld = columns.filter { table.cell([r, $0])?.suppressed != nil }.count
            #expect(withheld != 1, "row \(r) gives its withheld cell away")
        }
        for c in columns {
            let withheld = rows.filter { table.cell([$0, c])?.suppressed != nil }.count
            #expect(withheld != 1, "column \(c) gives its withheld cell away")
        }
        #expect(table.cell(["assault", "2024-03"])?.suppressed == .primary)
        #expect(table.cell(["threats", "2024-04"])?.suppressed == .primary)
    }

    @Test("discourse values overlap, so only the small cells themselves are withheld")
    func nonAdditive() throws {
        let list =
            [Fixture.make("D1", "2024-01-02", .threats, discourse: [.farRight])]
            + (0..<9).map { Fixture.make("D\($0 + 2)", "2024-01-03", .threats, discourse: [.israelRelated]) }
        let table = try FigureEngine(source: InMemoryCounts(list)).table(
            .year(2024), by: [.discourse], suppressBelow: 5)
        #expect(table.cells.compactMap(\.suppressed) == [.primary])
    }
}
