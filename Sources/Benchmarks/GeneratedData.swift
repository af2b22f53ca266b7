// The benchmarks' data: the demo's synthetic history scaled up (written by the `generate` and
// `generate-exchange` steps, each in a child process of its own).
import DemoData
import Foundation
import IncidentModel
import Intake

/// Writes `rows` synthetic records (the demo's history, scaled up) to `path` (the `generate` step).
func writeRows(_ rows: Int, to path: String) throws {
    let history = DemoHistory(
        seed: 1, first: CivilDate(iso: "2016-01-01")!, last: CivilDate(iso: "2025-12-31")!,
        scale: Double(rows) / 32_000)
    var writer = try IncidentCSVWriter(path: path, personalData: .include)
    var written = 0
    for incident in history.own + history.police where written < rows {
        try writer.write(incident)
        written += 1
    }
    try writer.close()
}

/// Writes 100,000 of the team's records and `police` police records from `firstYear` to 2025 as
/// own.csv and police.csv in `folder` (the `generate-exchange` step).
func writeExchange(to folder: String, police: Int, firstYear: Int) throws {
    let data = exchangeHistory(own: 100_000, police: police, firstYear: firstYear)
    for (name, records) in [("own.csv", data.own), ("police.csv", data.police)] {
        var writer = try IncidentCSVWriter(path: folder + "/" + name, personalData: .include)
        for record in records { try writer.write(record) }
        try writer.close()
    }
}

/// The exchange benchmark's data: the research team's records (`own` of them, the demo's model
/// scaled up over 2019–2025) and `police` police records: the police copies of some of those
/// (with the truth kept), topped up with police records of incidents the team never heard of.
func exchangeHistory(own: Int, police: Int, firstYear: Int = 2019) -> (
    own: [Incident], police: [Incident], truth: [String: String]
) {
    let first = CivilDate(year: firstYear, month: 1, day: 1)!, last = CivilDate(iso: "2025-12-31")!
    // The demo's model gives about 22,700 records of the team in 2019–2025 at scale 1; the years
    // before 2019 are quieter, so a longer history is scaled up more to reach the same count.
    let scale = Double(own) / 22_700 * (firstYear == 2019 ? 1 : 2.2 * 7 / Double(2026 - firstYear))
    let history = DemoHistory(seed: 3, first: first, last: last, scale: scale)
    let ownRecords = Array(history.own.prefix(own))
    let kept = Set(ownRecords.map(\.reference))
    var policeRecords = history.police.filter { history.truth[$0.reference].map(kept.contains) ?? true }
    // Histories of other seeds until there are `police` records (over 25 years one is not enough).
    var seed: UInt64 = 4
    while policeRecords.count < police {
        let extra = DemoHistory(seed: seed, first: first, last: last, scale: scale)
        let before = policeRecords.count
        for var record in extra.police where policeRecords.count < police {
            record.reference = "PX\(seed == 4 ? "" : String(seed))-ONLY-" + record.reference
            policeRecords.append(record)
        }
        guard policeRecords.count > before else { break }
        seed += 1
    }
    return (ownRecords, Array(policeRecords.prefix(police)), history.truth.filter { kept.contains($0.value) })
}
