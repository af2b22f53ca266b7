import Foundation
import IncidentModel
import Intake
import Testing

@Suite struct RoundTripTests {
    @Test("what the writer writes, the reader reads back identically, personal data included")
    func writeThenRead() throws {
        let incidents = [
            Incident(
                reference: "R1", source: .own, date: CivilDate(iso: "2024-02-29")!, category: .assault,
                policeForce: .greaterManchester, location: "Prestwich", victimType: .individual, method: .inPerson,
                discourse: DiscourseSet([.farRight, .conspiracy]),
                offender: OffenderProfile(appearance: .southAsian, gender: .mixed, age: nil), consentToShare: false,
                personal: PersonalDetails(
                    postcode: Personal(Postcode(parsing: "M25 1AB")!),
                    description: Personal("He said \"go home\",\nthen left."),
                    victimName: Personal("Sarah Demowitz"))),
            Incident(
                reference: "R2", source: .police, date: CivilDate(iso: "2023-10-07")!, status: .notAntisemitic,
                category: nil),
        ]
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("roundtrip-\(UUID()).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var writer = try IncidentCSVWriter(path: path, personalData: .include)
        for incident in incidents { try writer.write(incident) }
        try writer.close()
        var sink = CollectingSink()
        let summary = try IncidentFileReader.read(path: path, options: ReadOptions(today: today), into: &sink)
        #expect(summary.problems.isEmpty)
        #expect(sink.incidents == incidents)
        #expect(summary.checksum.count == 64)
    }

    @Test("the example file in the README imports without a problem")
    func exampleFile() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Fixtures/incidents-example.csv"
        ).path
        var sink = CollectingSink()
        let summary = try IncidentFileReader.read(path: path, options: ReadOptions(today: today), into: &sink)
        #expect(summary.problems.isEmpty)
        #expect(sink.incidents.count == 5)
        #expect(sink.incidents[1].category == .damageAndDesecration)
        #expect(sink.incidents[2].policeForce == .westYorkshire)
    }

    @Test("withholding personal data leaves those columns out entirely")
    func withhold() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("withheld-\(UUID()).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var writer = try IncidentCSVWriter(path: path, personalData: .withhold)
        try writer.write(
            Incident(
                reference: "R1", source: .own, date: CivilDate(iso: "2024-01-01")!, category: .threats,
                personal: PersonalDetails(victimName: Personal("Sarah Demowitz"))))
        try writer.close()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!text.contains("Demowitz"))
        #expect(!text.contains("victim_name"))
    }

    @Test("the checksum is SHA-256 of the file's bytes")
    func checksum() throws {
        var sink = CollectingSink()
        let summary = try IncidentFileReader.read(
            bytes: Array("reference,date,category\nR1,2024-01-01,threats\n".utf8), displayName: "x",
            options: ReadOptions(defaultSource: .own, today: today), into: &sink)
        #expect(summary.checksum == "6f32b5a23086520f5fd18a2b36874660f5fc03376fce8129bdb0efe364efdd59")
        #expect(summary.byteCount == 46)
    }
}
