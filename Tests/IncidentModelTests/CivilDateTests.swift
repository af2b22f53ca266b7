import IncidentModel
import Testing

@Suite struct CivilDateTests {
    @Test("accepts 29 February only in leap years")
    func leapYears() {
        #expect(CivilDate(iso: "2024-02-29") != nil)
        #expect(CivilDate(iso: "2000-02-29") != nil)
        #expect(CivilDate(iso: "2023-02-29") == nil)
        #expect(CivilDate(iso: "1900-02-29") == nil)
    }

    @Test(
        "rejects impossible and malformed dates",
        arguments: [
            "2024-04-31", "2024-13-01", "2024-00-10", "2024-1-01", "24-01-01", "2024/01/01", "2024-01-01T00", "",
        ])
    func rejects(_ text: String) {
        #expect(CivilDate(iso: text) == nil)
    }

    @Test("day numbers round-trip and count days exactly")
    func dayNumbers() {
        #expect(CivilDate(iso: "1970-01-01")!.dayNumber == 0)
        #expect(CivilDate(iso: "2024-03-01")!.dayNumber - CivilDate(iso: "2024-02-01")!.dayNumber == 29)
        #expect(CivilDate(iso: "2024-01-01")!.dayNumber - CivilDate(iso: "2023-01-01")!.dayNumber == 365)
        for n in stride(from: -700_000, through: 2_000_000, by: 997) {
            let date = CivilDate(dayNumber: n)
            #expect(date.dayNumber == n)
            #expect(CivilDate(iso: date.description) == date)
        }
    }

    @Test("knows the weekday")
    func weekday() {
        #expect(CivilDate(iso: "2024-01-01")!.weekday == 1)  // Monday
        #expect(CivilDate(iso: "2023-10-07")!.weekday == 6)  // Saturday
    }

    @Test("orders dates chronologically")
    func ordering() {
        #expect(CivilDate(iso: "2023-12-31")! < CivilDate(iso: "2024-01-01")!)
        #expect(CivilDate(iso: "2024-02-01")!.adding(days: 28) == CivilDate(iso: "2024-02-29")!)
    }
}
