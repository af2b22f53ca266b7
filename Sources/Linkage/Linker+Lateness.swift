#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Whether the police date their records by report: the test that widens the delay compared.
extension Linker {
    /// How many pairs look like matches on everything but their date (their expected number, the
    /// date's weight left out) among pairs whose places agree and whose police record is dated
    /// `days` after the team's record (`later`), and as many days before it (`earlier`).
    ///
    /// A force that dates its records by report has many such pairs later and few earlier;
    /// repeat incidents at one place (graffiti at a synagogue every week or two, recorded by one
    /// side or the other) give as many either way. The excess of `later` over `earlier` is the
    /// number of late reports, with the repeat incidents taken out.
    func matchLike(
        police: [PreparedRecord], own: [PreparedRecord], days: ClosedRange<Int>, model: MatchModel
    ) -> (later: Double, earlier: Double) {
        // The team's records by day, as the candidate search holds them.
        let search = CandidateSearch(own: own, forces: ForceNeighbours(gazetteer), window: 0, late: 0, trigrams: 0)
        let (ownByDay, ownDays, forces) = (search.ownByDay, search.ownDays, search.forces)
        let date = LinkField.date.rawValue
        let chunks = Linker.chunks(police.count)
        let parts = inParallel(chunks.count) { c -> (Double, Double) in
            var later = 0.0, earlier = 0.0
            for record in police[chunks[c]] {
                let policeForce = forces.slot(record.force)
                for sign in [1, -1] {
                    // The team's records dated `days` before the police record (sign 1), or after it.
                    let first = sign == 1 ? record.day - days.upperBound : record.day + days.lowerBound
                    var byDay = Linker.firstIndex(ownDays, atLeast: first)
                    while byDay < ownDays.count && ownDays[byDay] <= first + days.count - 1 {
                        let candidate = own[ownByDay[byDay]]
                        byDay += 1
                        guard forces.mayBeSame(policeForce, forces.slot(candidate.force)) else { continue }
                        let place = PreparedRecord.placeLevel(record, candidate)
                        guard place <= LinkField.placeAgrees.upperBound else { continue }
                        var levels = PreparedRecord.compare(record, candidate, place: place).levels
                        levels[date] = nil
                        let share = 1 / (1 + pow(2, -model.weight(levels)))
                        if sign == 1 { later += share } else { earlier += share }
                    }
                }
            }
            return (later, earlier)
        }
        return parts.reduce((0, 0)) { ($0.later + $1.0, $0.earlier + $1.1) }
    }
}
