import IncidentModel

/// A synthetic history of incidents: the research team's own records and a police exchange feed
/// that partly overlaps them, from a fixed seed.
///
/// Every person is invented (surnames such as "Fictionberg"; phone numbers in Ofcom's drama
/// ranges; `example.invalid` addresses) and every reference starts `DEMO-` or `PX-DEMO-`, so that
/// demo data is never mistaken for real reports. Places are real towns, so the geography looks
/// like the publication's.
public struct DemoHistory: Sendable {
    /// The research team's records (source `cst`), including not-antisemitic reports.
    public private(set) var own: [Incident] = []
    /// The police exchange feed (source `police`), anonymised.
    public private(set) var police: [Incident] = []
    /// For each police record that describes one of `own`: police reference → own reference.
    public private(set) var truth: [String: String] = [:]

    /// The first and last day generated.
    public let first: CivilDate
    public let last: CivilDate

    /// The span `incidents demo` generates: twelve full years and the first half of 2026.
    public static let defaultRange =
        CivilDate(year: 2014, month: 1, day: 1)!...CivilDate(year: 2026, month: 6, day: 30)!

    /// The synthetic trigger events behind the demo's spikes, with the labels charts mark them by.
    public static var triggerEvents: [(CivilDate, String)] {
        DemoRates.triggers.map { date, _, _ in (date, "\(date.day) \(Period.monthNames[date.month - 1])") }
    }

    /// The default seed of `incidents demo`.
    public static let defaultSeed: UInt64 = 20_240_207

    /// Generates the history from `first` to `last` (by default 2014-01-01 to 2026-06-30).
    ///
    /// `scale` multiplies every rate (the benchmarks use it to make a million rows).
    public init(
        seed: UInt64 = DemoHistory.defaultSeed,
        first: CivilDate = DemoHistory.defaultRange.lowerBound,
        last: CivilDate = DemoHistory.defaultRange.upperBound,
        scale: Double = 1
    ) {
        self.first = first
        self.last = last
        var rng = SeededGenerator(seed: seed)
        var writer = DemoWriter()
        let rates = DemoRates(first: first, last: last, scale: scale)
        var ownSeq: [Int: Int] = [:]
        var policeSeq: [Int: Int] = [:]
        for dayNumber in first.dayNumber...last.dayNumber {
            let date = CivilDate(dayNumber: dayNumber)
            let lambda = rates.expected(on: date)
            let counted = rng.poisson(lambda)
            let excluded = rng.poisson(lambda * 0.24)
            for k in 0..<(counted + excluded) {
                ownSeq[date.year, default: 0] += 1
                let reference = "DEMO-\(date.year)-" + DemoWriter.pad(ownSeq[date.year]!, 5)
                var status: Status = k < counted ? .antisemitic : .notAntisemitic
                if status == .antisemitic && last.dayNumber - dayNumber < 45 && rng.chance(0.06) { status = .pending }
                let incident = writer.ownIncident(reference: reference, date: date, status: status, rng: &rng)
                own.append(incident)
                guard status == .antisemitic, rng.chance(writer.policeReportingChance(incident)) else { continue }
                let policeDate = writer.policeDate(for: date, last: last, rng: &rng)
                policeSeq[policeDate.year, default: 0] += 1
                let policeReference = "PX-DEMO-\(policeDate.year)-" + DemoWriter.pad(policeSeq[policeDate.year]!, 6)
                police.append(writer.policeCopy(of: incident, reference: policeReference, date: policeDate, rng: &rng))
                truth[policeReference] = reference
            }
            // Incidents reported only to the police.
            for _ in 0..<rng.poisson(lambda * 0.09) {
                policeSeq[date.year, default: 0] += 1
                let policeReference = "PX-DEMO-\(date.year)-" + DemoWriter.pad(policeSeq[date.year]!, 6)
                let original = writer.ownIncident(
                    reference: policeReference, date: date, status: .antisemitic, rng: &rng)
                police.append(writer.policeCopy(of: original, reference: policeReference, date: date, rng: &rng))
            }
        }
        // The team's coding and chosen examples, drawn apart from the main sequence above. A
        // history scaled up for the benchmarks carries no examples: the import benchmark measures
        // records, and an example's check reads every record's personal fields.
        for i in own.indices { own[i].typology = DemoTypology.code(own[i], seed: seed) }
        if scale <= 1 { DemoExamples.add(to: &own, seed: seed) }
    }
}

/// Expected counted incidents per day: yearly level × season × trigger-event spikes.
struct DemoRates: Sendable {
    /// Counted incidents per year the shape is scaled to (synthetic, shaped like the publication's).
    static let yearly: [Int: Double] = [
        2012: 650, 2013: 530, 2014: 1_180, 2015: 960, 2016: 1_350, 2017: 1_420, 2018: 1_690, 2019: 1_810,
        2020: 1_680, 2021: 2_250, 2022: 1_650, 2023: 4_100, 2024: 3_500, 2025: 3_350, 2026: 3_200,
    ]
    /// Mild seasonality, January to December.
    static let season: [Double] = [0.95, 0.9, 1.0, 1.0, 1.05, 1.0, 1.05, 0.95, 1.0, 1.05, 1.0, 1.0]
    /// Trigger events: start date, extra multiple of the daily rate at the start, decay in days.
    static let triggers: [(CivilDate, Double, Double)] = [
        (CivilDate(year: 2014, month: 7, day: 8)!, 4.0, 22),
        (CivilDate(year: 2018, month: 3, day: 26)!, 0.8, 35),
        (CivilDate(year: 2021, month: 5, day: 10)!, 6.0, 12),
        (CivilDate(year: 2023, month: 10, day: 7)!, 13.0, 34),
        (CivilDate(year: 2025, month: 6, day: 13)!, 1.5, 20),
    ]

    var perYearFactor: [Int: Double] = [:]
    let scale: Double

    init(first: CivilDate, last: CivilDate, scale: Double) {
        self.scale = scale
        for year in first.year...last.year {
            let start = CivilDate(year: year, month: 1, day: 1)!.dayNumber
            let end = CivilDate(year: year, month: 12, day: 31)!.dayNumber
            let shapeSum = (start...end).reduce(0.0) { $0 + DemoRates.shape(CivilDate(dayNumber: $1)) }
            let level = DemoRates.yearly[year] ?? DemoRates.yearly[min(max(year, 2012), 2026)]!
            perYearFactor[year] = level / shapeSum
        }
    }

    static func shape(_ date: CivilDate) -> Double {
        var spike = 0.0
        for (start, height, decay) in triggers where date >= start {
            let days = Double(date.dayNumber - start.dayNumber)
            spike += height * exp(-days / decay)
        }
        return season[date.month - 1] * (1 + spike)
    }

    func expected(on date: CivilDate) -> Double {
        DemoRates.shape(date) * perYearFactor[date.year]! * scale
    }

    /// How strongly the day is inside a trigger event (0 when calm), for the discourse mix.
    static func eventIntensity(_ date: CivilDate) -> Double {
        var spike = 0.0
        for (start, height, decay) in triggers where date >= start {
            spike += height * exp(-Double(date.dayNumber - start.dayNumber) / decay)
        }
        return spike
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
