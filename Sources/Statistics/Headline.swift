import IncidentModel

/// The numbers behind a press release's sentences, all from the engine.
public struct Headline: Sendable {
    /// The period and its counted incidents.
    public let period: Period
    public let total: Int
    /// The same period a year earlier and its (current, revised) total; nil before the record began.
    public let previousPeriod: Period?
    public let previousTotal: Int?
    /// Where the total ranks among comparable periods.
    public let rank: Rank?
    /// Totals of the periods before the previous one (most recent first), up to three.
    public let earlierTotals: [(period: Period, total: Int)]
    /// Reports in the period not deemed antisemitic.
    public let excluded: Int
    /// Monthly context, for periods of two months or more.
    public let monthly: MonthlyContext?

    /// Incidents per month, whole, as every sentence and table writes it ("371").
    public var averagePerMonthText: String? {
        monthly.map { Percent.roundedRatio(total, $0.months).grouped }
    }

    /// Incidents per day as every sentence and table writes it: whole from ten a day ("12"), one
    /// decimal below ("9.7"), "fewer than 0.1" for almost none.
    public var averagePerDayText: String? {
        guard let days = monthly?.days, days > 0 else { return nil }
        if total * 10 < days { return "fewer than 0.1" }
        if total < 10 * days { return Percent.oneDecimal(total, days) }
        return Percent.roundedRatio(total, days).grouped
    }

    /// The change from the previous period in whole per cent (nil from zero or without one).
    public var changePercent: Int? { previousTotal.flatMap { Percent.change(from: $0, to: total) } }
}

/// What the publication says about months within a period.
public struct MonthlyContext: Sendable {
    /// The month with the most incidents (the earliest if tied) and its total.
    public let highestMonth: Period
    public let highestTotal: Int
    /// That month's rank among every month on record.
    public let highestRankOnRecord: Rank?
    /// Months in the period, days in the period.
    public let months: Int
    public let days: Int
    /// With a threshold: how many months had more incidents than it.
    public let threshold: Int?
    public let monthsAboveThreshold: Int?
    /// With a date: the date and the share of the period's incidents on or after it.
    public let since: CivilDate?
    public let shareSince: Int?
}

extension FigureEngine {
    /// The headline figures for `period`: total, change from the same period a year earlier,
    /// rank in the whole record, earlier totals and monthly context.
    ///
    /// `threshold` adds how many months exceeded it; `since` the share on or after that date.
    public func headline(_ period: Period, threshold: Int? = nil, since: CivilDate? = nil) throws -> Headline {
        let history = try history()
        let total = history.total(period)
        let previous = period.shifted(years: 1)
        let hasPrevious = history.covers(previous) || (history.first.map { previous.start >= $0 } ?? false)
        var earlier: [(Period, Int)] = []
        switch period.kind {
        case .year, .half:
            for back in 2...4 {
                let p = period.shifted(years: back)
                if history.covers(p) { earlier.append((p, history.total(p))) }
            }
        default: break
        }
        var monthly: MonthlyContext?
        let months = history.monthlyTotals(in: period)
        if months.count >= 2, let top = months.max(by: { ($0.count, $1.month.start) < ($1.count, $0.month.start) }) {
            monthly = MonthlyContext(
                highestMonth: top.month, highestTotal: top.count, highestRankOnRecord: history.rank(top.month),
                months: months.count, days: period.dayCount, threshold: threshold,
                monthsAboveThreshold: threshold.map { t in months.filter { $0.count > t }.count },
                since: since,
                shareSince: since.flatMap { d in
                    Percent.share(
                        period.contains(d) ? history.total(.range(d, period.end)) : (d < period.start ? total : 0),
                        of: total)
                })
        }
        return Headline(
            period: period, total: total, previousPeriod: hasPrevious ? previous : nil,
            previousTotal: hasPrevious ? history.total(previous) : nil, rank: history.rank(period),
            earlierTotals: earlier, excluded: try excluded(period), monthly: monthly)
    }
}

/// The sentences of a press release, written as the publication writes them.
extension Headline {
    /// The headline sentences, in order: ``totalSentences`` with ``monthlySentences`` before the
    /// last (the reports not counted).
    public var sentences: [String] {
        var out = [mainSentence]
        if let comparison = earlierTotalsSentence { out.append(comparison) }
        out += monthlySentences
        if let excluded = excludedSentence { out.append(excluded) }
        return out
    }

    /// The sentences about the period's total: the total with its rank and change, the totals of
    /// earlier periods, the reports not counted. (A report prints these and ``monthlySentences``
    /// in different paragraphs, so that no sentence is said twice.)
    public var totalSentences: [String] {
        [mainSentence] + [earlierTotalsSentence, excludedSentence].compactMap { $0 }
    }

    /// The sentences about the months of the period: the highest month and its rank on record,
    /// the averages per month and per day, months above a threshold, the share since a date.
    public var monthlySentences: [String] {
        guard let monthly else { return [] }
        var out: [String] = []
        var sentence = "The highest monthly total was \(monthly.highestTotal.grouped), in \(monthly.highestMonth.label)"
        if let rank = monthly.highestRankOnRecord, rank.of > 1 {
            sentence +=
                rank.position == 1
                ? ", the highest monthly total on record" : ", the \(rank.words) monthly total on record"
        }
        out.append(sentence + ".")
        let perMonth = Percent.roundedRatio(total, monthly.months)
        out.append(
            """
            That is an average of \(averagePerMonthText ?? "") incident\(perMonth == 1 ? "" : "s") a month, or \
            \(averagePerDayText ?? "") a day.
            """
        )
        if let threshold = monthly.threshold, let above = monthly.monthsAboveThreshold {
            out.append("In \(above) of the \(monthly.months) months the total exceeded \(threshold.grouped).")
        }
        if let since = monthly.since, let share = monthly.shareSince {
            out.append("\(share)% of these incidents occurred on or after \(Period.dayLabel(since)).")
        }
        return out
    }

    /// "This compares with 4,148 incidents in 2023, 2,255 in 2022 and 1,652 in 2021."
    var earlierTotalsSentence: String? {
        guard !earlierTotals.isEmpty else { return nil }
        let parts = earlierTotals.enumerated().map { i, item in
            i == 0
                ? "\(item.total.grouped) incidents in \(item.period.label)"
                : "\(item.total.grouped) in \(item.period.label)"
        }
        return "This compares with " + Headline.list(parts) + "."
    }

    /// "A further 775 potential incidents were reported that are not included in this total, …"
    var excludedSentence: String? {
        guard excluded > 0 else { return nil }
        return
            """
            A further \(excluded.grouped) potential incident\(excluded == 1 ? " was" : "s were") reported that \
            \(excluded == 1 ? "is" : "are") not included in this total, because \
            \(excluded == 1 ? "it was" : "they were") not deemed antisemitic.
            """
    }

    /// "3,534 antisemitic incidents were recorded in 2024, the second-highest total ever recorded in
    /// a calendar year, a decrease of 15% from 4,148 in 2023."
    var mainSentence: String {
        let noun = total == 1 ? "antisemitic incident was" : "antisemitic incidents were"
        let when: String = if case .range = period.kind { "from \(period.label)" } else { "in \(period.label)" }
        var sentence = "\(total.grouped) \(noun) recorded \(when)"
        if let rank, rank.of > 1 {
            let scope: String =
                switch period.kind {
                case .year: "recorded in a calendar year"
                case .half(_, 1): "reported in the first six months of any year"
                case .half: "reported in the second half of any year"
                case .quarter: "for that quarter of any year"
                case .month: "for a single month"
                case .range: ""
                }
            sentence +=
                rank.position == 1 && rank.words == "highest"
                ? ", the highest total ever \(scope)" : ", the \(rank.words) total ever \(scope)"
        }
        if let previousPeriod, let previousTotal {
            let then: String =
                if case .range = period.kind {
                    period.start.year == period.end.year
                        ? "the same days of \(previousPeriod.start.year)" : "the same span a year earlier"
                } else { previousPeriod.label }
            if previousTotal == 0 {
                sentence += ", compared with none in \(then)"
            } else if let change = changePercent {
                if previousTotal == total {
                    sentence += ", the same as in \(then)"
                } else {
                    let direction = total > previousTotal ? "an increase" : "a decrease"
                    sentence +=
                        change == 0
                        ? ", almost unchanged from \(previousTotal.grouped) in \(then)"
                        : ", \(direction) of \(abs(change))% from \(previousTotal.grouped) in \(then)"
                }
            }
        }
        return sentence + "."
    }

    static func list(_ parts: [String]) -> String {
        guard parts.count > 1 else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + " and " + parts.last!
    }
}
