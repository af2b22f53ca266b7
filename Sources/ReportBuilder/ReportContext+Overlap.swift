import IncidentModel
import Statistics
import Typesetting

extension ReportContext {
    /// The figures and table of the capture–recapture estimate: the very estimate, and the very
    /// words, `incidents figures --by source` prints, labelled as an estimate with its assumptions.
    ///
    /// Figures: `overlap_estimate` (the sentence), `overlap_assumptions`, and `overlap_total`,
    /// `overlap_low`, `overlap_high`, `overlap_neither`, `overlap_observed` (rounded, "n/a" without
    /// an estimate). Table: `overlap`.
    static func overlap(
        _ estimate: OverlapEstimate?, period: Period
    ) -> (figures: [String: String], table: Document.Table) {
        let title = "Incidents that reached neither source, \(period.label): an estimate, not a count"
        func whole(_ value: Double) -> String { Int(value.rounded()).grouped }
        guard let estimate, let summary = estimate.summary else {
            let none =
                "No incident of \(period.label) was recorded by both sources, "
                + "so the number that reached neither cannot be estimated."
            var figures = ["overlap_estimate": none, "overlap_assumptions": OverlapEstimate.assumptions]
            for key in ["total", "low", "high", "neither", "observed"] { figures["overlap_" + key] = "n/a" }
            return (
                figures,
                Document.Table(
                    title: title, columns: ["Period"], rows: [],
                    note: "Not estimated: no incident of the period reached both sources.")
            )
        }
        let figures = [
            "overlap_estimate": summary, "overlap_assumptions": OverlapEstimate.assumptions,
            "overlap_total": whole(estimate.total), "overlap_low": whole(estimate.low),
            "overlap_high": whole(estimate.high), "overlap_neither": whole(estimate.neither),
            "overlap_observed": estimate.observed.grouped,
        ]
        let columns = [
            "Period", "Known to us", "Known to the police", "Known to both", "Recorded (once each)",
            "Estimated, all incidents", "95% interval", "Estimated, reached neither",
        ]
        let row = [
            period.label, estimate.own.grouped, estimate.police.grouped, estimate.both.grouped,
            estimate.observed.grouped, whole(estimate.total), "\(whole(estimate.low))–\(whole(estimate.high))",
            whole(estimate.neither),
        ]
        return (figures, Document.Table(title: title, columns: columns, rows: [row]))
    }
}
