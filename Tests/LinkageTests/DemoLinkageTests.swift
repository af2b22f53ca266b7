import DemoData
import IncidentModel
import Linkage
import Testing

/// The demo's police feed has known true matches (`DemoHistory.truth`): dates a day or two off,
/// places written as the borough, misspelt or left out, categories judged differently, police
/// shorthand, and many other incidents on the same day in the same borough.
@Suite struct DemoLinkageTests {
    static func records(_ history: DemoHistory) -> (police: [LinkRecord], own: [LinkRecord]) {
        return (
            history.police.enumerated().map { LinkRecord($1, id: Int64($0)) },
            history.own.enumerated().map { LinkRecord($1, id: Int64(100_000 + $0)) }
        )
    }

    @Test(
        "precision and recall ≥ 0.95 at the default thresholds",
        arguments: [("2025-01-01", "2025-06-30"), ("2019-01-01", "2019-12-31")])
    func demoFeedLinksWithHighPrecisionAndRecallAtTheDefaults(first: String, last: String) {
        let history = DemoHistory(first: CivilDate(iso: first)!, last: CivilDate(iso: last)!)
        let (police, own) = Self.records(history)
        let linker = Linker()
        let scored = linker.score(police: police, own: own)
        let states = scored.states(linkAbove: linker.options.linkAbove)
        var truePositive = 0, falsePositive = 0
        for (pair, state) in zip(scored.pairs, states) where state == .linked {
            if history.truth[police[pair.police].reference] == own[pair.own].reference {
                truePositive += 1
            } else {
                falsePositive += 1
            }
        }
        let precision = Double(truePositive) / Double(truePositive + falsePositive)
        let recall = Double(truePositive) / Double(history.truth.count)
        #expect(precision >= 0.95, "precision \(precision)")
        #expect(recall >= 0.95, "recall \(recall)")
        // The model was estimated, not assumed: agreeing on the place is evidence for a match,
        // different force areas evidence against.
        let place = LinkField.place.levels
        #expect(scored.model.weight(.place, level: place.firstIndex(of: "same place")!) > 2)
        #expect(scored.model.weight(.place, level: place.firstIndex(of: "different force areas")!) < -2)
        #expect(scored.model.weight(.date, level: 0) > scored.model.weight(.date, level: LinkField.dateLevel(lag: 5)))
    }

    @Test("the police summary of an incident describes the same victim as the team's record (sex, role)")
    func policeSummaryDescribesTheSameVictim() {
        let history = DemoHistory(first: CivilDate(iso: "2025-01-01")!, last: CivilDate(iso: "2025-06-30")!)
        let own = Dictionary(uniqueKeysWithValues: history.own.map { ($0.reference, $0) })
        var both = 0, agree = 0, publicFigures = 0
        for police in history.police {
            guard let reference = history.truth[police.reference], let mine = own[reference],
                let policeText = police.personal.description?.revealed,
                let ownText = mine.personal.description?.revealed
            else { continue }
            let a = DescriptionText(policeText).victimSex, b = DescriptionText(ownText).victimSex
            if !a.isEmpty && !b.isEmpty { both += 1; if a == b { agree += 1 } }
            if ownText.hasPrefix("A Jewish MP") {
                publicFigures += 1; #expect(policeText.hasPrefix("IP (MP)") || policeText.hasPrefix("Public figure"))
            }
        }
        #expect(both > 50, "\(both) pairs name the victim's sex on both sides")
        // The police now and then record the wrong sex (about 2%), never often.
        #expect(Double(agree) >= 0.95 * Double(both), "\(agree) of \(both)")
        #expect(publicFigures > 0)
    }
}
