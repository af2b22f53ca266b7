import IncidentModel
import Statistics
import Testing

@Suite struct PercentTests {
    @Test(
        "rounds changes to whole per cent, half up on the size of the change",
        arguments: [
            (100, 118, 18), (200, 235, 18), (200, 165, -18), (8, 9, 13), (3, 2, -33), (2, 3, 50), (4_148, 3_534, -15),
            (10, 10, 0), (1_000, 1_004, 0), (1_000, 1_005, 1), (1_000, 995, -1), (7, 0, -100),
        ])
    func change(_ previous: Int, _ current: Int, _ expected: Int) {
        #expect(Percent.change(from: previous, to: current) == expected)
    }

    @Test("has no percentage change from zero")
    func fromZero() {
        #expect(Percent.change(from: 0, to: 12) == nil)
        #expect(Percent.signedText(nil) == "n/a")
    }

    @Test("rounds shares half up")
    func shares() {
        #expect(Percent.share(1, of: 8) == 13)
        #expect(Percent.share(2, of: 3) == 67)
        #expect(Percent.share(1, of: 3) == 33)
        #expect(Percent.share(0, of: 0) == nil)
        #expect(Percent.oneDecimal(97, 10) == "9.7")
        #expect(Percent.oneDecimal(1_000, 3) == "333.3")
    }
}

@Suite struct PeriodTests {
    @Test(
        "reads every kind of period",
        arguments: [
            ("2024", "2024-01-01", "2024-12-31", "2024"),
            ("2024-H1", "2024-01-01", "2024-06-30", "January–June 2024"),
            ("2024-h2", "2024-07-01", "2024-12-31", "July–December 2024"),
            ("2024-Q3", "2024-07-01", "2024-09-30", "July–September 2024"),
            ("2024-02", "2024-02-01", "2024-02-29", "February 2024"),
            ("2023-02", "2023-02-01", "2023-02-28", "February 2023"),
            ("2023-10-07..2023-12-31", "2023-10-07", "2023-12-31", "7 October 2023 to 31 December 2023"),
            ("2016..2025", "2016-01-01", "2025-12-31", "1 January 2016 to 31 December 2025"),
            ("2023-10..2024-H1", "2023-10-01", "2024-06-30", "1 October 2023 to 30 June 2024"),
        ])
    func parse(_ text: String, _ start: String, _ end: String, _ label: String) throws {
        let period = try Period(parsing: text)
        #expect(period.start.description == start)
        #expect(period.end.description == end)
        #expect(period.label == label)
    }

    @Test(
        "refuses malformed periods with what is accepted",
        arguments: [
            "2024-H3", "2024-13", "24", "2024-Q0", "2024-01-05..2024-01-01", "last year", "2024-1", "2024...2025",
            "2024..", "2025..2024",
        ])
    func malformed(_ text: String) {
        #expect(throws: PeriodError.self) { try Period(parsing: text) }
    }

    @Test("counts days exactly, leap years included")
    func days() throws {
        #expect(try Period(parsing: "2024").dayCount == 366)
        #expect(try Period(parsing: "2023").dayCount == 365)
        #expect(try Period(parsing: "2024-02").dayCount == 29)
        #expect(try Period(parsing: "2023-12-31..2024-01-01").dayCount == 2)
        #expect(try Period(parsing: "2023-12-31..2024-01-01").months.count == 2)
    }

    @Test("finds the same period a year earlier")
    func shifted() throws {
        #expect(try Period(parsing: "2024-H1").shifted(years: 1) == .half(2023, 1))
        #expect(try Period(parsing: "2024-02-29..2024-03-01").shifted(years: 1).start.description == "2023-02-28")
    }

    @Test("names ranks as the publication does")
    func rankWords() {
        #expect(Rank(position: 1, of: 10).words == "highest")
        #expect(Rank(position: 2, of: 10).words == "second-highest")
        #expect(Rank(position: 10, of: 10).words == "lowest")
        #expect(Rank(position: 13, of: 30).words == "13th-highest")
        #expect(Rank(position: 21, of: 30).words == "21st-highest")
        #expect(Rank(position: 2, of: 2).words == "second-highest")
    }
}
