// Why a pair weighs what it does: each field's level and bits, and the competition.
extension Linker {
    /// The reason that says a pair's records have other likely partners (nil when they have none).
    public static func competitionReason(_ competition: Double) -> LinkReason? {
        guard competition < -0.005 else { return nil }
        return LinkReason(
            field: "other candidates", level: "either record has other likely partners",
            weight: competition)
    }

    /// Each field's level and contribution to the weight of `pattern` under `model`.
    /// With `competition` (bits, from `ScoredPair`), a last reason: the records' other candidates.
    public static func reasons(
        _ pattern: ComparisonPattern, model: MatchModel,
        competition: Double = 0
    ) -> [LinkReason] {
        var reasons = zip(LinkField.allCases, pattern.levels).map { field, level in
            guard let level else { return LinkReason(field: field.name, level: "not recorded on both", weight: 0) }
            return LinkReason(field: field.name, level: field.levels[level], weight: model.weight(field, level: level))
        }
        if let competing = competitionReason(competition) { reasons.append(competing) }
        return reasons
    }
}
