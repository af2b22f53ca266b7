/// Thresholds and window of a linkage run.
public struct LinkOptions: Sendable, Codable, Equatable {
    /// Pairs at or above this match probability link without review.
    public var linkAbove: Double
    /// Pairs at or above this (and below `linkAbove`) go to the review queue.
    public var reviewAbove: Double
    /// Police records are compared with the research team's records dated up to this many days
    /// after them (a slip of the date either way).
    public var windowDays: Int
    /// …and with the team's records dated up to this many days before them: the police often
    /// date a record by when it was reported, a week or two after the incident. Pairs more than
    /// `windowDays` apart this way are compared only when their places agree (or neither has one).
    public var reportedWithinDays: Int
    /// …widened to this many days when the records show the police dating by report: when more
    /// than `lateReporting` of the matches are reported 8 or more days late (net of pairs as many
    /// days early: repeat incidents; see `Linker.score`), some will be later than
    /// `reportedWithinDays`. Nil: never widened.
    public var reportedWithinWhenLate: Int?
    /// Whether patterns that the team's own different incidents often share lose the bits their
    /// fields counted twice (`Linker`'s look-alikes). Off by default: the probabilities come
    /// closer to the observed shares on the independent development sets, but a stranger's files
    /// with campaigns or repeat incidents recorded by household lost more true pairs than
    /// look-alikes (the README gives the figures).
    public var lookAlikes = false

    /// Link when a match is more likely than not (the Bayes decision boundary); review from 0.3
    /// (below it, four pairs in five are different incidents: not worth a person's time).
    public static let standard = LinkOptions(linkAbove: 0.5, reviewAbove: 0.3, windowDays: 3)

    /// The delay compared by default, and what it widens to when the police date by report.
    public static let standardReportedWithin = (days: 14, whenLate: 28)

    /// The share of matches reported 8 or more days late, and their number, above which the delay
    /// compared widens: a force that dates its records by report. Where the police date by
    /// incident, under 1% is estimated (look-alikes and repeat incidents at one place); the number
    /// keeps a few repeat incidents in a small file from widening it.
    public static let lateReporting = (share: 0.03, pairs: 20.0)

    /// Automatic links less likely than this may be listed for review too, to be confirmed or
    /// undone. By default every automatic link may: the budget (`reviewBudget`) decides how many.
    /// On the independent development sets the automatic links from 0.6 to 0.9 are wrong one time
    /// in two to one in five, more often than the queued pairs near 0.3 are right, so a week's
    /// decisions are better spent on them than left unused.
    public static let confirmBelow = 1.0

    /// The review queue's budget as a share of the police records: what a research team can decide
    /// in a week.
    public static let reviewBudget = 0.05

    /// However few police records a file has, a week's decisions can take this many queued pairs.
    public static let reviewFloor = 20

    /// How many pairs the review queue lists with `queued` pairs queued, for `policeRecords` police
    /// records: the budget; in a small file, as many as are queued up to `reviewFloor`. Queued
    /// pairs beyond it wait for room (each decision frees some). No more automatic links than
    /// this can be listed, so only the least likely that many need be read.
    public static func reviewSize(queued: Int, policeRecords: Int) -> Int {
        max(Int((reviewBudget * Double(policeRecords)).rounded(.down)), min(queued, reviewFloor))
    }

    /// The review queue's pairs, of the `queued` pairs and the automatic links that may be listed
    /// (`linked`; their probabilities), for `policeRecords` police records: the decisions that would
    /// change the figures most, as many as `reviewSize`. A decision on a queued pair changes the
    /// count with the chance it is a match, one on an automatic link with the chance it is wrong;
    /// on equal chances the queued pair comes first. The pairs left out wait (decisions free room
    /// for them). Returns indexes into each.
    public static func reviewList(queued: [Double], linked: [Double], policeRecords: Int)
        -> (queued: [Int], linked: [Int])
    {
        let size = reviewSize(queued: queued.count, policeRecords: policeRecords)
        // (priority, queued before linked, index), most useful first.
        let ranked =
            (queued.indices.map { (queued[$0], 0, $0) } + linked.indices.map { (1 - linked[$0], 1, $0) })
            .sorted { a, b in a.0 != b.0 ? a.0 > b.0 : (a.1, a.2) < (b.1, b.2) }
            .prefix(size)
        return (ranked.filter { $0.1 == 0 }.map(\.2), ranked.filter { $0.1 == 1 }.map(\.2))
    }

    /// Options with these thresholds and window. `reportedWithinDays` (at least `windowDays`), when
    /// given, is the delay compared whatever the records show; by default it is the standard's,
    /// widened when the police date by report (`reportedWithinWhenLate`).
    public init(linkAbove: Double, reviewAbove: Double, windowDays: Int, reportedWithinDays: Int? = nil) {
        self.linkAbove = linkAbove
        self.reviewAbove = reviewAbove
        self.windowDays = windowDays
        let standard = LinkOptions.standardReportedWithin
        self.reportedWithinDays = max(reportedWithinDays ?? standard.days, windowDays)
        self.reportedWithinWhenLate = reportedWithinDays == nil ? max(standard.whenLate, windowDays) : nil
    }
}
