import IncidentModel

/// The research team's typology codes for the synthetic history.
///
/// Drawn from a generator of each record's own (seeded by the history's seed and the record's
/// reference), after the history is made: the main generator's sequence, and so every other value
/// of the demo, is the same as before the typology existed. Only the team's antisemitic records
/// are coded; the police exchange does not carry the team's coding, so incidents known only from
/// the police count as "not coded".
enum DemoTypology {
    /// A generator for `reference` alone, independent of the history's main sequence.
    static func generator(seed: UInt64, reference: String, salt: UInt64) -> SeededGenerator {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ salt
        for byte in reference.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0100_0000_01B3 }
        return SeededGenerator(seed: seed ^ hash)
    }

    /// The code the team gives `incident`: most abusive behaviour face to face is opportunistic,
    /// damage, literature and hate mail are mostly mission incidents, and disputes that turn
    /// antisemitic are a minority of each category.
    static func code(_ incident: Incident, seed: UInt64) -> Typology? {
        guard incident.status == .antisemitic, let category = incident.category else { return nil }
        var rng = generator(seed: seed, reference: incident.reference, salt: 0x7970)
        let method = incident.method ?? .other
        let remote = method == .letter || method == .email || method == .phone
        let weights: (mission: Double, opportunistic: Double, aggravated: Double) =
            switch category {
            case .extremeViolence: (30, 50, 20)
            case .assault: (15, 60, 25)
            case .damageAndDesecration: (75, 20, 5)
            case .threats: method == .inPerson ? (20, 50, 30) : (70, 20, 10)
            case .abusiveBehaviour:
                switch method {
                case .inPerson: (6, 74, 20)
                case .socialMedia: (30, 60, 10)
                case .graffiti: (45, 55, 0)
                default: remote ? (75, 15, 10) : (20, 65, 15)
                }
            case .literature: (95, 5, 0)
            }
        return rng.weighted([
            (.mission, weights.mission), (.opportunistic, weights.opportunistic),
            (.aggravated, weights.aggravated),
        ])
    }
}
