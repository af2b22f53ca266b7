import Foundation
import IncidentModel

/// A pair as the store keeps it: its two records (indexes into the run's police and team lists),
/// its weight and probability, and why, as the JSON array of ``LinkReason`` the review shows.
///
/// The linkage decides all of it; the store only writes it down (and asks for the verdict on a
/// pair a person accepted that the run did not keep).
public struct PairVerdict: Sendable {
    /// The police record, as an index into the run's police records.
    public let police: Int
    /// The team's record, as an index into the run's team records.
    public let own: Int
    /// The match weight in bits (see ``ScoredPair/weight``).
    public let weight: Double
    /// The probability that the pair is the match, other candidates considered.
    public let probability: Double
    /// The reasons, JSON-encoded (each field's level and bits, then the other candidates, if any).
    public let reasons: String
    /// The police record's campaign (see ``ScoredPair/campaign``).
    public let campaign: Int?
}

extension Linker {
    /// The verdicts on a run's kept pairs, best first. Reasons are encoded once per comparison
    /// pattern (a run has many pairs and few patterns), by two threads, each over half the pairs.
    public func verdicts(_ scored: Scored) -> [PairVerdict] {
        let pairs = scored.pairs, model = scored.model
        let middle = pairs.count / 2, halves = [0..<middle, middle..<pairs.count]
        return inParallel(halves.count) { h in
            var encoded: [ComparisonPattern: String] = [:]
            let encoder = Linker.encoder()
            return pairs[halves[h]].map { pair in
                let fields: String
                if let day = scored.accountDays[pair.police] {
                    // Said next to the date's level: that level compares the written date.
                    var reasons = Linker.reasons(pair.pattern, model: model)
                    reasons.insert(Linker.accountDateReason(day), at: LinkField.date.rawValue + 1)
                    fields = Linker.encode(reasons, with: encoder)
                } else if let known = encoded[pair.pattern] {
                    fields = known
                } else {
                    fields = Linker.encode(Linker.reasons(pair.pattern, model: model), with: encoder)
                    encoded[pair.pattern] = fields
                }
                var reasons = fields
                for reason in [
                    Linker.lookAlikeReason(pair.lookAlike), Linker.spreadStreetsReason(pair.spreadStreets),
                    Linker.competitionReason(pair.competition),
                ] {
                    reasons = Linker.appending(reason, to: reasons, with: encoder)
                }
                return PairVerdict(
                    police: pair.police, own: pair.own, weight: pair.weight, probability: pair.probability,
                    reasons: reasons, campaign: pair.campaign)
            }
        }.flatMap { $0 }
    }

    /// The verdict on a pair the run did not keep (one a person accepted): compared and weighed
    /// under `model`, with no competition.
    public func verdict(
        police: LinkRecord, at policeIndex: Int, own: LinkRecord, at ownIndex: Int,
        model: MatchModel
    ) -> PairVerdict {
        let prepared = prepare([police, own])
        let pattern = PreparedRecord.compare(prepared[0], prepared[1])
        var reasons = Linker.reasons(pattern, model: model)
        if prepared[0].day != police.date.dayNumber {
            reasons.insert(Linker.accountDateReason(prepared[0].day), at: LinkField.date.rawValue + 1)
        }
        return PairVerdict(
            police: policeIndex, own: ownIndex, weight: model.weight(pattern.levels),
            probability: model.probability(pattern.levels), reasons: Linker.encode(reasons), campaign: nil)
    }

    /// The reason that says the police record was compared on the incident's date its account
    /// writes (`day`, a day number), not the record's own date.
    public static func accountDateReason(_ day: Int) -> LinkReason {
        LinkReason(
            field: "date", level: "the police account dates the incident \(CivilDate(dayNumber: day)): compared on it",
            weight: 0)
    }

    /// The encoder of reasons: keys in sorted order, so the same run stores the same text.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }

    static func encode(_ reasons: [LinkReason], with encoder: JSONEncoder = Linker.encoder()) -> String {
        String(decoding: (try? encoder.encode(reasons)) ?? Data("[]".utf8), as: UTF8.self)
    }

    /// `reasons` (a JSON array) with `last` appended.
    static func appending(
        _ last: LinkReason?, to reasons: String, with encoder: JSONEncoder = Linker.encoder()
    ) -> String {
        guard let last else { return reasons }
        let element = encode([last], with: encoder).dropFirst().dropLast()
        return reasons == "[]" ? "[\(element)]" : reasons.dropLast() + "," + element + "]"
    }
}
