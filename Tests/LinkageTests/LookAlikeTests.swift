import DemoData
import Foundation
import IncidentModel
import Testing

@testable import Linkage

/// Look-alikes: different incidents that agree on the day, place, category, victim type and street.
/// How often they do is learnt from the team's own records (different incidents of one another).
@Suite struct LookAlikeTests {
    static let first = CivilDate(iso: "2025-02-03")!

    /// One of a run of nuisance calls to shops on one street: the same template of incident.
    static func call(_ id: Int64, _ source: Source, day: Int, police: Bool = false) -> LinkRecord {
        LinkRecord(
            id: id, source: source, reference: "LOOKALIKE-\(id)", date: first.adding(days: day),
            category: .abusiveBehaviour, policeForce: .metropolitan,
            location: police ? "BRENT ST, Hendon" : "Brent Street, Hendon", postcodeDistrict: nil, postcode: nil,
            victimType: .business, method: .phone,
            description: police
                ? "Nuisance call to shop premises on Brent St. Caller made antisemitic remarks and hung up."
                : "A Jewish-owned shop on Brent Street, Hendon, received a call from a man shouting antisemitic abuse.")
    }

    /// The demo's quarter for the other pairs; the team's calls on twelve days four days apart
    /// (two different shops each day when `twins`, one otherwise); the police's one call, on a day
    /// of its own with the team's one record of it.
    static func files(twins: Bool) -> (police: [LinkRecord], own: [LinkRecord]) {
        let history = CampaignTests.background()
        var own = history.own, police = history.police
        for k in 0..<12 {
            own.append(call(Int64(800_000 + 2 * k), .own, day: 4 * k))
            if twins { own.append(call(Int64(800_001 + 2 * k), .own, day: 4 * k)) }
        }
        own.append(call(810_000, .own, day: 50))
        police.append(call(820_000, .police, day: 50, police: true))
        return (police, own)
    }

    @Test(
        """
        a pattern that the team's own different incidents often share (the same day, street, category and victim \
        type) weighs less: the pair that has it loses bits, says so in its reasons, and is less likely
        """
    )
    func sharedPatternsWeighLess() throws {
        var options = LinkOptions.standard
        options.lookAlikes = true
        let linker = Linker(options: options)
        func pair(twins: Bool) throws -> (ScoredPair, Linker.Scored) {
            let (police, own) = Self.files(twins: twins)
            let scored = linker.score(police: police, own: own)
            let found = scored.pairs.first { police[$0.police].id == 820_000 && own[$0.own].id == 810_000 }
            return (try #require(found), scored)
        }
        let (alone, _) = try pair(twins: false)
        let (amongTwins, scored) = try pair(twins: true)
        #expect(alone.lookAlike < 0.5, "no two of the team's records coincide so: \(alone.lookAlike) bits")
        #expect(amongTwins.lookAlike > 2, "\(amongTwins.lookAlike) bits")
        #expect(amongTwins.probability < alone.probability)
        #expect(amongTwins.weight < alone.weight - 1.5)
        let verdict = try #require(
            linker.verdicts(scored).first { $0.police == amongTwins.police && $0.own == amongTwins.own })
        #expect(verdict.reasons.contains("\"field\":\"look-alikes\""), "\(verdict.reasons)")
        // Off by default (`incidents link` without --look-alikes): the same files, no bits lost.
        let (police, own) = Self.files(twins: true)
        let plain = Linker().score(police: police, own: own)
        #expect(plain.pairs.allSatisfy { $0.lookAlike == 0 })
        let same = try #require(plain.pairs.first { $0.police == amongTwins.police && $0.own == amongTwins.own })
        #expect(same.probability > amongTwins.probability)
    }

    /// The levels of a pattern with only these fields compared.
    static func levels(_ given: [LinkField: Int]) -> [Int?] { LinkField.allCases.map { given[$0] } }

    @Test("the bits lost: the team's pairs in a class against the product of the same pairs' frequencies of each level")
    func bitsLost() {
        // 1,000 of the team's pairs on one day: the same place or the same authority, the same
        // street or different ones, together more often than one by one.
        let sameBoth = Self.levels([.date: 0, .place: 1, .street: 0])
        let placeOnly = Self.levels([.date: 0, .place: 1, .street: 1])
        let streetOnly = Self.levels([.date: 0, .place: 3, .street: 0])
        let neither = Self.levels([.date: 0, .place: 3, .street: 1])
        var coincidences = [Int](repeating: 0, count: Linker.lookAlikeClasses)
        for (levels, count) in [(sameBoth, 400), (placeOnly, 100), (streetOnly, 100), (neither, 400)] {
            coincidences[Linker.lookAlikeClass(levels)] = count
        }
        let elsewhere = Self.levels([.date: 0, .place: 5, .street: 0])
        let bits = Linker.lookAlikeBits(
            levels: [sameBoth, placeOnly, neither, elsewhere], coincidences: coincidences)
        // Half agree on the place, half on the street: 250 expected in each class.
        #expect(abs(bits[0] - log2(401.0 / 251)) < 1e-9)
        #expect(bits[1] == 0, "fewer than expected: nothing lost")
        #expect(abs(bits[2] - log2(401.0 / 251)) < 1e-9)
        #expect(bits[3] == 0, "places that differ make no look-alike")
        #expect(Linker.lookAlikeBits(levels: [sameBoth], coincidences: coincidences.map { _ in 0 }) == [0])
    }

    @Test(
        """
        the team's pairs dated further apart than the window were counted only where places agree: the product \
        expects them as if all had been, so their agreeing places do not count twice
        """
    )
    func latePairsExpectedAsIfAllCounted() {
        // Within the window, 1,000 pairs, a tenth in one place; 8+ days apart, the 100 in one place.
        let sameDay = Self.levels([.date: 0, .place: 1]), sameDayForce = Self.levels([.date: 0, .place: 4])
        let late = Self.levels([.date: 4, .place: 1])
        var coincidences = [Int](repeating: 0, count: Linker.lookAlikeClasses)
        coincidences[Linker.lookAlikeClass(sameDay)] = 100
        coincidences[Linker.lookAlikeClass(sameDayForce)] = 900
        coincidences[Linker.lookAlikeClass(late)] = 100
        // As if every late pair had been counted: 1,000 of them, a tenth in one place. Counted as
        // they were, 100 late pairs and 200 in one place, 18 would be expected: 2.4 bits lost.
        let bits = Linker.lookAlikeBits(levels: [late, sameDay], coincidences: coincidences)
        #expect(bits == [0, 0])
    }
}
