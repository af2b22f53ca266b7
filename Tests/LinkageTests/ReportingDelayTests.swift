import DemoData
import IncidentModel
import Linkage
import Testing

/// Where a force dates its records by when the incident was reported, some reports come weeks
/// after the incident: the delay compared widens when the records show it, and only then.
@Suite struct ReportingDelayTests {
    static let history = DemoHistory(first: CivilDate(iso: "2025-01-01")!, last: CivilDate(iso: "2025-06-30")!)

    /// The demo's records, with every third police record that has a match dated 8 to 25 days
    /// after the incident (as a force dating by report would), and the delay of each such pair.
    static func datedByReport() -> (police: [LinkRecord], own: [LinkRecord], delays: [String: Int]) {
        let (records, own) = DemoLinkageTests.records(history)
        var police = records
        var delays: [String: Int] = [:]
        var matched = 0
        for k in police.indices where history.truth[police[k].reference] != nil {
            matched += 1
            guard matched % 3 == 0 else { continue }
            let delay = 8 + matched % 18
            police[k].date = police[k].date.adding(days: delay)
            delays[police[k].reference] = delay
        }
        return (police, own, delays)
    }

    /// The linked pairs (police reference → own reference) of a run at its thresholds.
    static func linked(_ scored: Linker.Scored, _ linker: Linker, police: [LinkRecord], own: [LinkRecord])
        -> [String: String]
    {
        let states = scored.states(linkAbove: linker.options.linkAbove)
        var links: [String: String] = [:]
        for (pair, state) in zip(scored.pairs, states) where state == .linked {
            links[police[pair.police].reference] = own[pair.own].reference
        }
        return links
    }

    @Test("records dated by report, up to 25 days late, link: the delay compared widens to 28 days")
    func lateReportsWidenTheDelay() {
        let (police, own, delays) = Self.datedByReport()
        let linker = Linker()
        let scored = linker.score(police: police, own: own)
        #expect(scored.reportedWithinDays == LinkOptions.standardReportedWithin.whenLate)
        #expect((scored.reportedLate ?? 0) >= LinkOptions.lateReporting.share)
        let links = Self.linked(scored, linker, police: police, own: own)
        let beyondTwoWeeks = delays.filter { $0.value > LinkOptions.standardReportedWithin.days }
        #expect(beyondTwoWeeks.count > 40)
        let found = beyondTwoWeeks.keys.filter { links[$0] == Self.history.truth[$0] }.count
        #expect(Double(found) / Double(beyondTwoWeeks.count) >= 0.7, "\(found) of \(beyondTwoWeeks.count)")

        // A delay given explicitly is kept: those reports are not compared with their incidents.
        let fixed = Linker(
            options: LinkOptions(
                linkAbove: 0.5, reviewAbove: 0.3, windowDays: 3,
                reportedWithinDays: LinkOptions.standardReportedWithin.days))
        let narrow = fixed.score(police: police, own: own)
        #expect(narrow.reportedWithinDays == LinkOptions.standardReportedWithin.days)
        let truth = Self.history.truth
        #expect(
            !narrow.pairs.contains {
                beyondTwoWeeks[police[$0.police].reference] != nil
                    && truth[police[$0.police].reference] == own[$0.own].reference
            })
    }

    @Test(
        """
        repeat incidents at one place, as often 10 days before the team's record as after it, are not taken for \
        late reports; the same records only after it are
        """
    )
    func repeatIncidentsAreNotLateReports() {
        let (records, own) = DemoLinkageTests.records(Self.history)
        let ownByReference = Dictionary(uniqueKeysWithValues: own.map { ($0.reference, $0) })
        // Every third incident in both files is one the police did not record; instead they
        // recorded incidents of the same kind at the same place 10 days after it (`after`) and,
        // in the second case, also 10 days before it (`before`).
        var police: [LinkRecord] = [], after: [LinkRecord] = [], before: [LinkRecord] = []
        var matched = 0
        for record in records {
            guard let reference = Self.history.truth[record.reference], let team = ownByReference[reference] else {
                police.append(record)
                continue
            }
            matched += 1
            guard matched % 3 == 0 else {
                police.append(record)
                continue
            }
            for days in [10, -10] {
                var another = record
                another.id = 1_000_000 + Int64(matched * 2 + (days > 0 ? 0 : 1))
                another.reference = "ANOTHER-\(matched)-\(days)"
                another.date = team.date.adding(days: days)
                if days > 0 { after.append(another) } else { before.append(another) }
            }
        }
        let laterOnly = Linker().score(police: police + after, own: own)
        #expect(laterOnly.reportedWithinDays == LinkOptions.standardReportedWithin.whenLate)
        let bothWays = Linker().score(police: police + after + before, own: own)
        #expect(bothWays.model.shareReportedLate >= LinkOptions.lateReporting.share)
        #expect(bothWays.reportedLate == nil)
        #expect(bothWays.reportedWithinDays == LinkOptions.standardReportedWithin.days)
    }

    @Test("a file too small to say how the police date its records keeps the usual delay")
    func smallFilesKeepTheDelay() {
        let team = ComparisonTests.record(1, .own, location: "Golders Green", "Graffiti on a synagogue.")
        var police = ComparisonTests.record(2, .police, location: "Golders Green", "Graffiti on synagogue wall.")
        police.date = team.date.adding(days: 150)
        let scored = Linker().score(police: [police], own: [team])
        #expect(scored.reportedLate == nil)
        #expect(scored.reportedWithinDays == LinkOptions.standardReportedWithin.days)
    }

    @Test("records dated by incident keep the usual delay (two weeks)")
    func recordsDatedByIncidentKeepTheDelay() {
        let (police, own) = DemoLinkageTests.records(Self.history)
        let scored = Linker().score(police: police, own: own)
        #expect(scored.model.shareReportedLate < LinkOptions.lateReporting.share)
        #expect(scored.reportedLate == nil)
        #expect(scored.reportedWithinDays == LinkOptions.standardReportedWithin.days)
    }
}
