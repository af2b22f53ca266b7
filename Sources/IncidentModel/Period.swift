/// A span of days the figures are counted over: a year (`2024`), a half (`2024-H1`), a quarter
/// (`2024-Q3`), a month (`2024-10`) or any inclusive date range (`2023-10-07..2023-12-31`).
public struct Period: Hashable, Sendable, CustomStringConvertible {
    /// What kind of span this is; comparisons and ranks pair a period with its own kind.
    public enum Kind: Hashable, Sendable {
        case year(Int)
        case half(year: Int, half: Int)
        case quarter(year: Int, quarter: Int)
        case month(year: Int, month: Int)
        case range
    }

    /// The kind of span.
    public let kind: Kind
    /// The first day, inclusive.
    public let start: CivilDate
    /// The last day, inclusive.
    public let end: CivilDate

    /// The calendar year `year`.
    public static func year(_ year: Int) -> Period {
        Period(
            kind: .year(year), start: CivilDate(year: year, month: 1, day: 1)!,
            end: CivilDate(year: year, month: 12, day: 31)!)
    }

    /// January–June (`half` 1) or July–December (`half` 2) of `year`.
    public static func half(_ year: Int, _ half: Int) -> Period {
        let firstMonth = half == 1 ? 1 : 7
        return Period(
            kind: .half(year: year, half: half), start: CivilDate(year: year, month: firstMonth, day: 1)!,
            end: lastDay(year: year, month: firstMonth + 5))
    }

    /// Quarter `quarter` (1–4) of `year`.
    public static func quarter(_ year: Int, _ quarter: Int) -> Period {
        let firstMonth = (quarter - 1) * 3 + 1
        return Period(
            kind: .quarter(year: year, quarter: quarter), start: CivilDate(year: year, month: firstMonth, day: 1)!,
            end: lastDay(year: year, month: firstMonth + 2))
    }

    /// The calendar month `month` of `year`.
    public static func month(_ year: Int, _ month: Int) -> Period {
        Period(
            kind: .month(year: year, month: month), start: CivilDate(year: year, month: month, day: 1)!,
            end: lastDay(year: year, month: month))
    }

    /// The days from `start` to `end`, inclusive.
    public static func range(_ start: CivilDate, _ end: CivilDate) -> Period {
        Period(kind: .range, start: start, end: end)
    }

    private init(kind: Kind, start: CivilDate, end: CivilDate) {
        self.kind = kind
        self.start = start
        self.end = end
    }

    private static func lastDay(year: Int, month: Int) -> CivilDate {
        CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year))!
    }

    /// Parses `2024`, `2024-H1`, `2024-Q3`, `2024-10` or `2023-10-07..2023-12-31`.
    public init(parsing text: String) throws(PeriodError) {
        let t = text.trimmingSpaces.uppercased()
        let pieces = t.split(separator: ".", omittingEmptySubsequences: false)
        if pieces.count > 1 {
            // Each end may itself be a period: 2016..2025, 2023-10..2024-03, 2023-10-07..2023-12-31.
            guard pieces.count == 3, pieces[1].isEmpty, !pieces[0].contains("."), !pieces[2].contains("."),
                let a = try? Period(parsing: String(pieces[0])), let b = try? Period(parsing: String(pieces[2]))
            else {
                throw PeriodError(
                    text: text,
                    reason: "a range is two dates or periods joined by .., e.g. 2023-10-07..2023-12-31 or 2016..2025")
            }
            guard a.start <= b.end else { throw PeriodError(text: text, reason: "the range ends before it starts") }
            self = .range(a.start, b.end)
            return
        }
        let parts = t.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, let year = Int(first), (1900...9999).contains(year) else {
            throw PeriodError(text: text, reason: Period.expected)
        }
        switch parts.count {
        case 1:
            self = .year(year)
        case 2 where parts[1].hasPrefix("H"):
            guard let h = Int(parts[1].dropFirst()), h == 1 || h == 2 else {
                throw PeriodError(text: text, reason: "a half is H1 or H2")
            }
            self = .half(year, h)
        case 2 where parts[1].hasPrefix("Q"):
            guard let q = Int(parts[1].dropFirst()), (1...4).contains(q) else {
                throw PeriodError(text: text, reason: "a quarter is Q1 to Q4")
            }
            self = .quarter(year, q)
        case 2:
            guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else {
                throw PeriodError(text: text, reason: "a month is written YYYY-MM, 01 to 12")
            }
            self = .month(year, m)
        case 3:
            guard let day = CivilDate(iso: t) else { throw PeriodError(text: text, reason: "no such date") }
            self = .range(day, day)
        default:
            throw PeriodError(text: text, reason: Period.expected)
        }
    }

    static let expected =
        """
        expected a year (2024), a half (2024-H1), a quarter (2024-Q3), a month (2024-10) or a range \
        (2023-10-07..2023-12-31, 2016..2025)
        """

    /// The number of days in the period.
    public var dayCount: Int { end.dayNumber - start.dayNumber + 1 }

    /// Whether `date` is in the period.
    public func contains(_ date: CivilDate) -> Bool { start <= date && date <= end }

    /// The calendar months the period touches, in order, as (year, month).
    public var months: [(year: Int, month: Int)] {
        var out: [(Int, Int)] = []
        var (y, m) = (start.year, start.month)
        while (y, m) <= (end.year, end.month) {
            out.append((y, m))
            (y, m) = m == 12 ? (y + 1, 1) : (y, m + 1)
        }
        return out
    }

    /// The same period `years` years earlier (a range keeps its days; 29 February becomes the 28th).
    public func shifted(years: Int) -> Period {
        switch kind {
        case .year(let y): return .year(y - years)
        case .half(let y, let h): return .half(y - years, h)
        case .quarter(let y, let q): return .quarter(y - years, q)
        case .month(let y, let m): return .month(y - years, m)
        case .range:
            func shift(_ d: CivilDate) -> CivilDate {
                CivilDate(
                    year: d.year - years, month: d.month,
                    day: min(d.day, CivilDate.daysIn(month: d.month, year: d.year - years)))!
            }
            return .range(shift(start), shift(end))
        }
    }

    /// The canonical spelling, as parsed: `2024`, `2024-H1`, `2024-Q3`, `2024-10`, `A..B`.
    public var description: String {
        switch kind {
        case .year(let y): String(y)
        case .half(let y, let h): "\(y)-H\(h)"
        case .quarter(let y, let q): "\(y)-Q\(q)"
        case .month(let y, let m): "\(y)-" + CivilDate.pad(m, 2)
        case .range: start == end ? start.description : "\(start)..\(end)"
        }
    }

    /// How the publication names the period: "2024", "January–June 2024", "October 2024".
    public var label: String {
        switch kind {
        case .year(let y): String(y)
        case .half(let y, let h): h == 1 ? "January–June \(y)" : "July–December \(y)"
        case .quarter(let y, let q): "\(Period.monthNames[(q - 1) * 3])–\(Period.monthNames[(q - 1) * 3 + 2]) \(y)"
        case .month(let y, let m): "\(Period.monthNames[m - 1]) \(y)"
        case .range: start == end ? Period.dayLabel(start) : "\(Period.dayLabel(start)) to \(Period.dayLabel(end))"
        }
    }

    /// "7 October 2023".
    public static func dayLabel(_ date: CivilDate) -> String {
        "\(date.day) \(monthNames[date.month - 1]) \(date.year)"
    }

    /// English month names, January first.
    public static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ]
}

/// A period that could not be read.
public struct PeriodError: Error, Sendable, CustomStringConvertible {
    /// The text as given.
    public let text: String
    /// What is wrong and what is accepted.
    public let reason: String

    public var description: String { "period \"\(text)\": \(reason)" }
}
