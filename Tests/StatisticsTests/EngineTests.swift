import IncidentModel
import Statistics
import Testing

/// A small history whose figures are worked out by hand in the tests below.
enum Fixture {
    static func make(
        _ reference: String, _ date: String, _ category: Category?, force: PoliceForce? = nil,
        method: Method? = nil, discourse: [Discourse] = [], status: Status = .antisemitic,
        source: Source = .own, victim: VictimType? = nil, offender: OffenderProfile? = nil
    ) -> Incident {
        Incident(
            reference: reference, source: source, date: CivilDate(iso: date)!, status: status, category: category,
            policeForce: force, victimType: victim, method: method, discourse: DiscourseSet(discourse),
            offender: offender,
            personal: PersonalDetails(
                victimName: Personal("Sarah Demowitz"), offenderDescription: Personal("male, adult")))
    }

    static let incidents: [Incident] = [
        // 2023: four counted.
        make("A1", "2023-01-10", .assault, force: .metropolitan, method: .inPerson),
        make("A2", "2023-01-10", .assault, force: .metropolitan, method: .inPerson),
        make("A3", "2023-02-28", .threats, force: .greaterManchester, method: .phone),
        make("A4", "2023-12-31", .abusiveBehaviour, method: .socialMedia),
        // 2024: seven counted (one from the police exchange), one excluded, one pending.
        make(
            "B1", "2024-01-01", .abusiveBehaviour, force: .metropolitan, method: .socialMedia,
            discourse: [.farRight, .israelRelated], victim: .individual),
        make(
            "B2", "2024-02-29", .assault, force: .cityOfLondon, method: .inPerson, victim: .individual,
            offender: OffenderProfile(appearance: .whiteNorthEuropean, gender: .male, age: .minor)),
        make(
            "B3", "2024-02-29", .threats, force: .hertfordshire, method: .email, discourse: [.conspiracy],
            victim: .synagogue),
        make(
            "B4",
            """
            2024-06-30
            """, .damageAndDesecration, force: .greaterManchester, method: .graffiti, victim: .synagogue),
        make("P1", "2024-05-05", .abusiveBehaviour, force: .metropolitan, source: .police),
        make(
            "B5", "2024-07-01", .abusiveBehaviour, force: .metropolitan, method: .inPerson,
            offender: OffenderProfile(appearance: nil, gender: .female, age: .adult)),
        make("B6", "2024-12-31", .literature, method: .letter),
        make("X1", "2024-03-01", nil, force: .metropolitan, status: .notAntisemitic),
        make("X2", "2024-04-01", .threats, status: .pending),
    ]

    static var engine: FigureEngine { FigureEngine(source: InMemoryCounts(incidents)) }
}

func counts(_ table: FigureTable) -> [String: Int] {
    Dictionary(uniqueKeysWithValues: table.cells.map { ($0.codes.joined(separator: "/"), $0.count) })
}

@Suite struct EngineTests {
    let engine = Fixture.engine

    @Test("counts only antisemitic incidents, and excluded reports separately")
    func totals() throws {
        #expect(try engine.total(.year(2024)) == 7)
        #expect(try engine.total(.year(2023)) == 4)
        #expect(try engine.excluded(.year(2024)) == 1)
        #expect(try engine.total(.half(2024, 1)) == 5)
        #expect(try engine.total(.half(2024, 2)) == 2)
        #expect(try engine.total(.month(2024, 2)) == 2)
        #expect(try engine.total(.range(CivilDate(iso: "2023-12-31")!, CivilDate(iso: "2024-01-01")!)) == 2)
    }

    @Test("breaks a year down by category, listing every category")
    func byCategory() throws {
        let table = try engine.table(.year(2024), by: [.category])
        #expect(
            counts(table) == [
                "extreme_violence": 0, "assault": 1, "damage_and_desecration": 1, "threats": 1,
                "abusive_behaviour": 3, "literature": 1,
            ])
        #expect(table.cells.map(\.codes[0]) == Category.allCases.map(\.rawValue))
        #expect(table.cells.map(\.count).reduce(0, +) == table.total)
    }

    @Test("groups London's forces and keeps missing values as not recorded")
    func regions() throws {
        let table = try engine.table(.year(2024), by: [.region])
        #expect(counts(table) == ["greater_london": 4, "greater_manchester": 1, "hertfordshire": 1, "unknown": 1])
        #expect(table.cells.last?.codes == ["unknown"])
    }

    @Test("counts online and offline, sources, and victim types")
    func otherDimensions() throws {
        #expect(counts(try engine.table(.year(2024), by: [.online])) == ["online": 2, "offline": 4, "unknown": 1])
        let sources = counts(try engine.table(.year(2024), by: [.source]))
        #expect(sources["own"] == 6 && sources["police"] == 1 && sources["both"] == 0)
        #expect(counts(try engine.table(.year(2024), by: [.victimType]))["synagogue"] == 2)
    }

    @Test("counts offenders where a description was given: no description and not stated kept apart")
    func offenders() throws {
        let appearance = counts(try engine.table(.year(2024), by: [.offenderAppearance]))
        #expect(appearance["white_north_european"] == 1 && appearance["not_stated"] == 1 && appearance["unknown"] == 5)
        #expect(appearance["black"] == 0)
        #expect(
            counts(try engine.table(.year(2024), by: [.offenderGender])) == [
                "male": 1, "female": 1, "mixed": 0, "not_stated": 0, "unknown": 5,
            ])
        let age = try engine.table(.year(2024), by: [.offenderAge])
        #expect(counts(age) == ["adult": 1, "minor": 1, "not_stated": 0, "unknown": 5])
        #expect(Breakdown.offenderAge.label(of: "unknown") == "No description")
        #expect(
            Breakdown(parsing: "gender") == .offenderGender && Breakdown(parsing: "appearance") == .offenderAppearance)
    }

    @Test("counts discourse per value, not additively, while the total stays the number of incidents")
    func discourse() throws {
        let table = try engine.table(.year(2024), by: [.discourse])
        let c = counts(table)
        #expect(c["far_right"] == 1 && c["israel_related"] == 1 && c["conspiracy"] == 1 && c["none"] == 5)
        #expect(table.cells.map(\.count).reduce(0, +) == 8)
        #expect(table.total == 7)
    }

    @Test("the category × month full breakdown's totals equal the period total")
    func fullBreakdown() throws {
        let table = try engine.table(.year(2024), by: [.category, .month])
        #expect(table.codes(along: 1).count == 12)
        #expect(table.codes(along: 1).first == "2024-01")
        #expect(table.rowTotals.values.reduce(0, +) == table.total)
        #expect(table.columnTotals.values.reduce(0, +) == table.total)
        #expect(table.columnTotals["2024-02"] == 2)
        #expect(table.cell(["assault", "2024-02"])?.count == 1)
        #expect(table.cells.map(\.count).reduce(0, +) == 7)
    }

    @Test("lays calendar months against years for the month-by-year series")
    func monthByYear() throws {
        let table = try engine.table(.range(Period.year(2023).start, Period.year(2024).end), by: [.monthOfYear, .year])
        let expectedMonths: [String] = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"]
        #expect(table.codes(along: 0) == expectedMonths)
        let january2023 = table.cell(["01", "2023"])?.count, january2024 = table.cell(["01", "2024"])?.count
        let february2024 = table.cell(["02", "2024"])?.count, december2023 = table.cell(["12", "2023"])?.count
        #expect(january2023 == 2)
        #expect(january2024 == 1)
        #expect(february2024 == 2)
        #expect(december2023 == 1)
        #expect(table.columnTotals == ["2023": 4, "2024": 7])
        #expect(Breakdown.monthOfYear.label(of: "10") == "October")
    }

    @Test("a range across a year boundary counts both sides")
    func rangeAcrossYears() throws {
        let table = try engine.table(.range(CivilDate(iso: "2023-12-31")!, CivilDate(iso: "2024-01-01")!), by: [.month])
        #expect(counts(table) == ["2023-12": 1, "2024-01": 1])
    }

    @Test("compares with the same period a year earlier, month by month")
    func compare() throws {
        let table = try engine.table(.year(2024), by: [.month], compareYearsBack: 1)
        #expect(table.previousTotal == 4)
        #expect(table.totalChangePercent == 75)
        let january = try #require(table.cell(["2024-01"]))
        #expect(january.count == 1 && january.previous == 2 && january.changePercent == -50)
        let february = try #require(table.cell(["2024-02"]))
        #expect(february.count == 2 && february.previous == 1 && february.changePercent == 100)
        let march = try #require(table.cell(["2024-03"]))
        #expect(march.count == 0 && march.previous == 0 && march.changePercent == nil)
    }

    @Test("ranks a period in the whole record and writes the headline")
    func headline() throws {
        let headline = try engine.headline(.year(2024))
        #expect(headline.rank == Rank(position: 1, of: 2))
        #expect(
            headline.sentences[0]
                == """
                7 antisemitic incidents were recorded in 2024, the highest total ever recorded in a calendar year, \
                an increase of 75% from 4 in 2023.
                """
        )
        #expect(
            headline.sentences.last
                == """
                A further 1 potential incident was reported that is not included in this total, because \
                it was not deemed antisemitic.
                """
        )
        let earlier = try engine.headline(.year(2023))
        #expect(
            earlier.sentences[0]
                == """
                4 antisemitic incidents were recorded in 2023, the second-highest total ever \
                recorded in a calendar year.
                """
        )
    }

    @Test("says so when the previous period had none, and when a month had one incident")
    func edgeSentences() throws {
        let engine = FigureEngine(
            source: InMemoryCounts([
                Fixture.make("C1", "2022-03-03", .threats), Fixture.make("C2", "2024-03-05", .threats),
                Fixture.make("C3", "2024-03-06", .assault), Fixture.make("C4", "2025-03-01", .assault),
            ]))
        #expect(try engine.headline(.year(2024)).sentences[0].hasSuffix(", compared with none in 2023."))
        #expect(
            try engine.headline(.month(2025, 3)).sentences[0]
                == """
                1 antisemitic incident was recorded in March 2025, the second-highest total ever for a single \
                month, a decrease of 50% from 2 in March 2024.
                """
        )
    }

    @Test("gives the monthly context: highest month and its rank, averages, threshold, share since a date")
    func monthly() throws {
        let headline = try engine.headline(.year(2024), threshold: 0, since: CivilDate(iso: "2024-06-30")!)
        let monthly = try #require(headline.monthly)
        #expect(monthly.highestMonth == .month(2024, 2))
        #expect(monthly.highestTotal == 2)
        #expect(monthly.monthsAboveThreshold == 6)
        #expect(monthly.shareSince == 43)  // 3 of 7 = 42.86%
        #expect(headline.sentences.contains("That is an average of 1 incident a month, or fewer than 0.1 a day."))
        #expect(headline.sentences.contains("43% of these incidents occurred on or after 30 June 2024."))
    }

    @Test("splits the headline into sentences about the total and about the months, each sentence in one of them")
    func splitSentences() throws {
        let headline = try engine.headline(.year(2024), threshold: 0, since: CivilDate(iso: "2024-06-30")!)
        let total = headline.totalSentences, months = headline.monthlySentences
        #expect(Set(total).isDisjoint(with: months))
        #expect(
            Set(total + months) == Set(headline.sentences) && total.count + months.count == headline.sentences.count)
        #expect(total.first == headline.sentences.first && total.last?.hasPrefix("A further") == true)
        #expect(months.first?.hasPrefix("The highest monthly total") == true && months.count == 4)
    }
}
