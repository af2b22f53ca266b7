import IncidentModel

/// Counts computed from incident values in memory: the reference implementation the SQL is
/// checked against, and the source for hand-built test data.
public struct InMemoryCounts: CountSource, Sendable {
    private let counted: [(incident: Incident, sourceKind: String)]
    private let all: [Incident]

    /// Counts over `incidents`; each antisemitic one is a separate real incident.
    public init(_ incidents: [Incident]) {
        all = incidents
        counted = incidents.filter(\.isCounted).map { incident in
            let kind = incident.source.isOwn ? "own" : incident.source.isPolice ? "police" : "partner"
            return (incident, kind)
        }
    }

    public func counts(from start: CivilDate, to end: CivilDate, by dimensions: [Breakdown]) -> [CountRow] {
        var groups: [[String]: Int] = [:]
        for (incident, kind) in counted where start <= incident.date && incident.date <= end {
            var keys: [[String]] = [[]]
            for dimension in dimensions {
                let codes = dimension.codes(of: incident, sourceKind: kind)
                keys = keys.flatMap { prefix in codes.map { prefix + [$0] } }
            }
            for key in keys { groups[key, default: 0] += 1 }
        }
        return groups.map { CountRow(codes: $0.key, count: $0.value) }
    }

    public func dailyTotals() -> [(date: CivilDate, count: Int)] {
        Dictionary(grouping: counted, by: \.incident.date).map { (date: $0.key, count: $0.value.count) }.sorted {
            $0.date < $1.date
        }
    }

    public func recordCount(status: Status, from start: CivilDate, to end: CivilDate) -> Int {
        all.filter { $0.status == status && start <= $0.date && $0.date <= end }.count
    }
}
