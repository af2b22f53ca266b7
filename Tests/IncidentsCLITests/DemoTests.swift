import DemoData
import Foundation
import IncidentModel
import IncidentStore
import Intake
import Testing

@Suite struct DemoHistoryTests {
    /// Two and a half years including a trigger event, generated once for these tests.
    static let history = DemoHistory(first: CivilDate(iso: "2022-01-01")!, last: CivilDate(iso: "2024-06-30")!)

    var counted: [Incident] { Self.history.own.filter(\.isCounted) }

    @Test("is the same for the same seed and differs for another")
    func deterministic() {
        let a = DemoHistory(seed: 7, first: CivilDate(iso: "2024-01-01")!, last: CivilDate(iso: "2024-03-31")!)
        let b = DemoHistory(seed: 7, first: CivilDate(iso: "2024-01-01")!, last: CivilDate(iso: "2024-03-31")!)
        let c = DemoHistory(seed: 8, first: CivilDate(iso: "2024-01-01")!, last: CivilDate(iso: "2024-03-31")!)
        #expect(a.own == b.own && a.police == b.police)
        #expect(a.own != c.own)
    }

    @Test("has a few thousand incidents a year, about three quarters abusive behaviour")
    func categoryMix() {
        let in2022 = counted.filter { $0.date.year == 2022 }.count
        #expect((1_200...2_500).contains(in2022))
        let abusive = Double(counted.filter { $0.category == .abusiveBehaviour }.count) / Double(counted.count)
        #expect((0.70...0.82).contains(abusive))
        #expect(Set(counted.compactMap(\.category)).count == 6)
    }

    @Test("concentrates in Greater London and Greater Manchester, with a large online share")
    func geographyAndOnline() {
        let located = counted.compactMap(\.policeForce)
        let londonManchester = located.filter { $0.reportRegion != .force($0) }.count
        #expect(Double(londonManchester) / Double(located.count) > 0.5)
        let online = Double(counted.filter { $0.method?.isOnline == true }.count) / Double(counted.count)
        #expect((0.25...0.5).contains(online))
    }

    @Test("spikes after a trigger event")
    func spike() {
        func month(_ y: Int, _ m: Int) -> Int { counted.filter { $0.date.year == y && $0.date.month == m }.count }
        let calm = (1...9).map { month(2023, $0) }.reduce(0, +) / 9
        #expect(month(2023, 10) > 3 * calm)
    }

    @Test("includes not-antisemitic reports, and a police feed that partly overlaps")
    func excludedAndPolice() {
        let excluded = Self.history.own.filter { $0.status == .notAntisemitic }.count
        #expect(Double(excluded) / Double(Self.history.own.count) > 0.1)
        let linked = Self.history.truth.count
        #expect(Double(linked) / Double(counted.count) > 0.1)
        #expect(Self.history.police.count > linked)  // some reached only the police
        #expect(Self.history.police.allSatisfy { $0.personal.victimName == nil && $0.source == .police })
    }

    @Test("is obviously synthetic: DEMO references and invented people")
    func synthetic() {
        #expect(Self.history.own.allSatisfy { $0.reference.hasPrefix("DEMO-") })
        #expect(Self.history.police.allSatisfy { $0.reference.hasPrefix("PX-DEMO-") })
        let surnames = [
            "Fictionberg", "Exampleton", "Demowitz", "Samplewood", "Mockstein", "Placeholder",
            "Testerman", "Synthetica", "Madeupski", "Inventor",
        ]
        let names = Self.history.own.compactMap { $0.personal.victimName?.revealed }
        let contacts = Self.history.own.compactMap { $0.personal.victimContact?.revealed }
        // Some records must carry them, or the checks below would pass on nothing.
        #expect(names.count > Self.history.own.count / 10 && contacts.count > Self.history.own.count / 10)
        for name in names { #expect(surnames.contains { name.hasSuffix(" " + $0) }, "\(name)") }
        for contact in contacts {
            #expect(contact.hasPrefix("07700 900") || contact.hasSuffix("@example.invalid"), "\(contact)")
        }
    }
}

@Suite(.serialized) struct DemoCommandTests {
    @Test("writes the CSV files, imports them, and the database holds exactly what the files say")
    func roundTrip() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let result = try cli.run(["demo", "--first", "2024-01-01", "--last", "2024-06-30"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("Demo database: incidents.sqlite"))
        let store = try cli.store()
        #expect(try store.setting("demo") == "true")
        let expected = DemoHistory(first: CivilDate(iso: "2024-01-01")!, last: CivilDate(iso: "2024-06-30")!)
        #expect(try store.recordCount() == expected.own.count + expected.police.count)
        for incident in expected.own.prefix(300) + expected.police.prefix(100) {
            // A case example is kept apart from its record (see below).
            var record = incident
            record.caseExample = nil
            record.caseExampleSection = nil
            #expect(try store.incident(source: incident.source, reference: incident.reference) == record)
        }
        let examples = try store.caseExamples()
        let given = expected.own.filter { $0.caseExample != nil }
        #expect(examples.count == given.count && !given.isEmpty)
        for incident in given {
            let stored = examples.first { $0.reference == incident.reference }
            #expect(stored?.text == incident.caseExample && stored?.section == incident.caseExampleSection?.description)
        }
        let batches = try store.batches()
        #expect(batches.map(\.fileName) == ["cst-incidents.csv", "police-exchange.csv"])
        #expect(batches.allSatisfy { $0.rowsRejected == 0 })
        // Running it again rebuilds the same demo rather than adding to it.
        #expect(try cli.run(["demo", "--first", "2024-01-01", "--last", "2024-06-30"]).status == 0)
        #expect(try cli.store().batches().count == 2)
    }

    @Test("never overwrites a database of real records")
    func protectsRealData() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("good.csv", goodFile)
        try cli.run(["import", "good.csv"])
        let result = try cli.run(["demo", "--first", "2024-01-01", "--last", "2024-01-31"])
        #expect(result.status != 0)
        #expect(result.err.contains("will not overwrite"))
        #expect(try cli.store().recordCount() == 3)
    }
}
