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
        let linker = Linker()
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
    }

    @Test("the bits lost: the team's coincidences in a class against the product of its fields' frequencies")
    func bitsLost() {
        // Two patterns, each seen by 1,000 compared pairs: both fields the same, or both different.
        let same: [Int?] = LinkField.allCases.map { $0 == .date || $0 == .place || $0 == .street ? 0 : nil }
        let differ: [Int?] = LinkField.allCases.map { $0 == .date ? 0 : $0 == .place ? 3 : $0 == .street ? 1 : nil }
        let patterns = [same, differ].map { (code: ComparisonPattern(levels: $0).code, count: 1_000) }
        var coincidences = [Int](repeating: 0, count: Linker.lookAlikeClasses)
        // The product of the frequencies expects 500 pairs of each (1,000 of 2,000 on each field).
        coincidences[Linker.lookAlikeClass(same)] = 4_000
        coincidences[Linker.lookAlikeClass(differ)] = 100
        let bits = Linker.lookAlikeBits(
            patterns: patterns, levels: [same, differ], coincidences: coincidences, policeCount: 500, ownCount: 1_000)
        // Scaled to the police records: 2,000 seen, 500 expected; 50 seen, fewer than expected: nothing.
        #expect(abs(bits[0] - log2(2_001.0 / 501)) < 1e-9)
        #expect(bits[1] == 0)
        // A class whose places differ loses nothing, however often it is seen.
        let elsewhere: [Int?] = LinkField.allCases.map { $0 == .date ? 0 : $0 == .place ? 5 : nil }
        coincidences[Linker.lookAlikeClass(elsewhere)] = 1_000_000
        let far = Linker.lookAlikeBits(
            patterns: [(ComparisonPattern(levels: elsewhere).code, 10)], levels: [elsewhere],
            coincidences: coincidences, policeCount: 1, ownCount: 1)
        #expect(far == [0])
    }

    @Test(
        """
        pairs reported later were compared only where their places agree: the product expects them as the \
        model's u does, as if every late pair had been compared, so their agreeing places do not count twice
        """
    )
    func latePairsExpectedAsIfAllCompared() {
        // Police 8+ days later (compared only where places agree), same place; and the same day, same place.
        let late: [Int?] = LinkField.allCases.map { $0 == .date ? 4 : $0 == .place ? 1 : nil }
        let sameDay: [Int?] = LinkField.allCases.map { $0 == .date ? 0 : $0 == .place ? 1 : nil }
        let elsewhere: [Int?] = LinkField.allCases.map { $0 == .date ? 0 : $0 == .place ? 5 : nil }
        let levels = [late, sameDay, elsewhere]
        let patterns = levels.map { (code: ComparisonPattern(levels: $0).code, count: $0 == elsewhere ? 800 : 100) }
        var coincidences = [Int](repeating: 0, count: Linker.lookAlikeClasses)
        coincidences[Linker.lookAlikeClass(late)] = 200
        // Counted as compared: 1,000 pairs, a tenth late and a fifth in one place: 20 late pairs
        // in one place expected, 200 seen (3.3 bits).
        let counted = Linker.lookAlikeBits(
            patterns: patterns, levels: levels, coincidences: coincidences, policeCount: 1, ownCount: 1)
        #expect(abs(counted[0] - log2(201.0 / 21)) < 1e-9)
        // A tenth of the pairs within the window have places that agree: as if all were compared,
        // 1,000 late pairs, 200 of them in one place: as many as seen, nothing lost.
        let asIfAll = Linker.lookAlikeBits(
            patterns: patterns, levels: levels, coincidences: coincidences, policeCount: 1, ownCount: 1,
            latePassShare: 0.1)
        #expect(asIfAll[0] == 0)
    }
}
