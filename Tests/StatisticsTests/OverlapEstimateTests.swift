import Foundation
import Statistics
import Testing

@Suite struct OverlapEstimateTests {
    @Test func chapmanByHand() throws {
        // n1 = 100 (60 own only + 40 both), n2 = 60, m = 40: N = 101 × 61 / 41 − 1 = 149.268…
        let e = try #require(OverlapEstimate(ownOnly: 60, policeOnly: 20, both: 40))
        #expect(abs(e.total - (101.0 * 61.0 / 41.0 - 1)) < 1e-9)
        #expect(e.observed == 120)
        #expect(abs(e.neither - 29.268) < 0.001)
        // Seber's variance: 101·61·60·20 / (41²·42) = 87.86…; the log-normal interval lies above what was seen.
        let variance = 101.0 * 61 * 60 * 20 / (41.0 * 41 * 42)
        let k = exp(1.96 * (log(1 + variance / (e.neither * e.neither))).squareRoot())
        #expect(abs(e.low - (120 + e.neither / k)) < 1e-9 && abs(e.high - (120 + e.neither * k)) < 1e-9)
        #expect(e.low > 120 && e.low < e.total && e.total < e.high)
    }

    @Test("the estimate in words, rounded to whole incidents and labelled as an estimate")
    func summary() throws {
        let e = try #require(OverlapEstimate(ownOnly: 60, policeOnly: 20, both: 40))
        let interval = "\(Int(e.low.rounded()))–\(Int(e.high.rounded()))"
        #expect(
            e.summary == "Estimated incidents that reached neither source: about 29 "
                + "(all incidents: about 149, 95% interval \(interval); 120 observed).")
        #expect(OverlapEstimate(ownOnly: 10, policeOnly: 5, both: 0)?.summary == nil)
    }

    @Test func nothingToEstimateFrom() {
        #expect(OverlapEstimate(ownOnly: 10, policeOnly: 0, both: 0) == nil)
        // Complete overlap: nobody unseen, a zero-width interval.
        let all = OverlapEstimate(ownOnly: 0, policeOnly: 0, both: 50)!
        #expect(abs(all.neither) < 1e-9 && all.low == all.total && all.high == all.total)
    }
}
