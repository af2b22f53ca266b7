import Foundation
import IncidentModel
import Testing

@testable import Linkage

/// The incident's own date, as a police account writes it when the record is dated by report.
@Suite struct WrittenDateTests {
    static let reported = CivilDate(year: 2025, month: 9, day: 9)!.dayNumber
    static let may = CivilDate(year: 2025, month: 5, day: 10)!.dayNumber

    static func read(_ text: String, reported: Int = Self.reported) -> String? {
        WrittenDate.incidentDay(in: text, recordedOn: reported).map { CivilDate(dayNumber: $0).description }
    }

    @Test(
        "reads the incident's date in the ways officers write it, day before month",
        arguments: [
            ("On 05/09/2025 at 1800hrs IP was verbally abused.", "2025-09-05"),
            ("At approx 1134 on 05/09/25 hate mail received.", "2025-09-05"),
            ("Time: between 1800 and 1830 050925. CRIS 55/13471/25.", "2025-09-05"),
            ("Incident on 5.9.25, reported later.", "2025-09-05"),
            ("Occurred 05-09-2025 o/s shop.", "2025-09-05"),
            ("Occurred 2025-09-05 o/s shop.", "2025-09-05"),
            ("IP states that on 5th September a male shouted abuse.", "2025-09-05"),
            ("IP states that on the 5th of Sept 2025 a male shouted abuse.", "2025-09-05"),
            ("Between September 5th and 7th the sign was defaced.", "2025-09-05"),
            ("On 05/09 at 2130 stickers were found.", "2025-09-05"),
        ])
    func readsWrittenDates(text: String, date: String) {
        #expect(Self.read(text) == date)
    }

    @Test(
        "counts, times, references, phone numbers and dates outside the window are not the incident's date",
        arguments: [
            "Group of 4-5 youths, one aged 20-30, shouted abuse.",
            "4/5 males approached IP at 5.30pm.",
            "CRIS 55/13471/25, occurrence ESSEX-71137-25, contact 07817 191274.",
            "Previous incident on 12/01/2024 at the same address.",
            "Court date set for 01/10/2025.",
            "Threats made in an email. S.4A POA 1986.",
            // Within the window, but another event's date.
            "IP reports abuse today. Previous incident on 20/08/2025 same male.",
            "Ongoing since 15/08/25. Bailed until 30/09/2025.",
            // "may" and "march" as words, a comma, references and phone numbers.
            "Suspect 1 may have been drinking. Male 2 may be known to IP.",
            "In September, 3 youths shouted abuse.",
            "Ref ESSEX-050925, tel 0161 040925.",
        ])
    func readsNoDate(text: String) {
        #expect(Self.read(text) == nil, "\(text)")
    }

    @Test("of several dates in the window the earliest is the incident's; a date without a year takes its year")
    func earliestAndYearless() {
        #expect(Self.read("Reported 08/09/2025; incident 03/09/2025.") == "2025-09-03")
        #expect(Self.read("On 30/08/2025 at 2000 hrs; last seen 01/08/2025.") == "2025-08-30")
        #expect(Self.read("IP states that on 1st May a male shouted abuse.", reported: Self.may) == "2025-05-01")
        #expect(Self.read("Sept 5, 2025: graffiti found.") == "2025-09-05")
        // Reported on 3 January 2026, about 30 December: last year's.
        let january = CivilDate(year: 2026, month: 1, day: 3)!.dayNumber
        #expect(Self.read("On 30th December a swastika was found.", reported: january) == "2025-12-30")
    }

    @Test(
        """
        a police record dated by report is compared at the date its account writes: with the team's record \
        of the same day, the date agrees
        """
    )
    func policeRecordComparedAtItsWrittenDate() {
        let team = LinkRecord(
            id: 1, source: .own, reference: "CST-1", date: CivilDate(year: 2025, month: 9, day: 5)!,
            description: "A man shouted abuse at a Jewish woman.")
        let police = LinkRecord(
            id: 2, source: .police, reference: "POL-1", date: CivilDate(year: 2025, month: 9, day: 11)!,
            description: "On 05/09/2025 at 1800hrs suspect shouted abuse at IP.")
        let prepared = Linker().prepare([team, police])
        #expect(prepared[0].day == prepared[1].day)
        // The team's account is not read so: its date is the incident's.
        let teamWriting = LinkRecord(
            id: 3, source: .own, reference: "CST-2", date: CivilDate(year: 2025, month: 9, day: 11)!,
            description: "On 05/09/2025 a man shouted abuse.")
        #expect(Linker().prepare([teamWriting])[0].day == CivilDate(year: 2025, month: 9, day: 11)!.dayNumber)
    }

    @Test("a pair compared on the date a police account writes says so in its reasons, naming that date")
    func reasonNamesTheWrittenDate() throws {
        var (police, own) = CampaignTests.background()
        let day = CampaignTests.day
        own.append(
            CampaignTests.record(
                900_101, .own, "CST-WRITTEN", date: day, location: "Ashbourne Avenue, Golders Green",
                postcode: "NW11 0DP", method: .inPerson,
                "A man shouted antisemitic abuse at a Jewish woman outside her home on Ashbourne Avenue."))
        // Recorded nine days later, when it was reported; the account gives the incident's date.
        police.append(
            CampaignTests.record(
                900_102, .police, "POL-WRITTEN", date: day.adding(days: 9), location: "ASHBOURNE AVE NW11",
                postcode: "NW11 0DP", method: .inPerson,
                "On \(Self.written(day)) at 1830hrs unknown male shouted antisemitic abuse at IP outside her home."))
        let linker = Linker()
        let scored = linker.score(police: police, own: own)
        let index = police.count - 1
        #expect(scored.accountDays[index] == day.dayNumber)
        // Records dated by incident, whose accounts write no other date, are compared on their own.
        #expect(scored.accountDays.count < police.count / 10, "\(scored.accountDays.count) of \(police.count)")
        let verdicts = linker.verdicts(scored)
        let verdict = try #require(verdicts.first { $0.police == index && own[$0.own].reference == "CST-WRITTEN" })
        #expect(verdict.probability > 0.5)
        // Next to the date's level, which compares that date.
        let reasons = try JSONDecoder().decode([LinkReason].self, from: Data(verdict.reasons.utf8))
        #expect(reasons.map(\.field).prefix(2) == ["date", "date"])
        #expect(reasons[0].level == "same day", "\(reasons[0])")
        #expect(reasons[1].level.contains("the police account dates the incident \(day)"), "\(reasons[1])")
        // The verdict on a pair a person accepted that the run did not keep says so too.
        let accepted = linker.verdict(
            police: police[index], at: index, own: own[verdict.own], at: verdict.own, model: scored.model)
        #expect(accepted.reasons.contains("the police account dates the incident \(day)"), "\(accepted.reasons)")
        let plain = verdicts.filter { scored.accountDays[$0.police] == nil }
        #expect(!plain.isEmpty)
        #expect(plain.allSatisfy { !$0.reasons.contains("the police account dates") })
    }

    /// A day as officers write it: dd/mm/yyyy.
    static func written(_ day: CivilDate) -> String {
        String(format: "%02d/%02d/%04d", day.day, day.month, day.year)
    }
}

/// Which police records say there were other victims of their incident (`PreparedRecord.saysOthers`).
@Suite struct OtherVictimsTests {
    @Test("a second victim's number or other victims counted say so; 'no other victims' and a couple of youths do not")
    func saysOthers() {
        func says(_ text: String) -> Bool {
            let record = LinkRecord(
                id: 1, source: .police, reference: "P", date: CivilDate(year: 2025, month: 9, day: 9)!,
                description: text)
            return Linker().prepare([record])[0].saysOthers
        }
        #expect(says("IP abused in street. V2 also abused - separate crime."))
        #expect(says("Other victims present - see linked reports."))
        #expect(says("Two victims were spat at."))
        #expect(!says("No other victims identified."))
        #expect(!says("IP abused by a couple of youths."))
        #expect(!says("IP abused in front of her children."))
    }

    @Test(
        """
        an account counts its victims when a count, a word for the community and people come together, or a \
        count and family ("two brothers")
        """
    )
    func countsVictims() {
        func counts(_ text: String) -> Bool {
            let record = LinkRecord(
                id: 1, source: .own, reference: "T", date: CivilDate(year: 2025, month: 9, day: 9)!,
                description: text)
            return Linker().prepare([record])[0].text.countsSeveralVictims
        }
        #expect(counts("Two Jewish teenagers were abused by a man on a bicycle."))
        #expect(counts("A group of youths threatened three visibly Jewish women outside the station."))
        #expect(counts("Several strictly Orthodox boys were pelted with eggs."))
        #expect(counts("2 Jewish men were punched on the high street."))
        #expect(counts("Two brothers were abused by a man who shouted 'Jews out'."))
        #expect(counts("A father and his two sons were threatened outside the synagogue."))
        // "A group of" counts several: its people are victims when marked as the community.
        #expect(counts("A group of Jewish friends were abused by a man in his 50s."))
        #expect(!counts("A group of youths shouted at a Jewish man."))
        #expect(!counts("Two white men shouted at a Jewish woman."))
        #expect(!counts("Three men followed a Jewish boy. Two Jewish."))
        #expect(!counts("No two Jewish pupils were targeted."))
        #expect(!counts("A Jewish teenager was abused by two youths."))
        #expect(!counts("A man shouted at a Jewish boy and his brothers."))
    }
}
