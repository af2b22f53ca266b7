import Testing

@testable import Linkage

/// Which pairs the review queue lists: of the queued pairs and the automatic links, the decisions
/// that would change the figures most, within the week's budget.
@Suite struct ReviewListTests {
    // Chances that a decision changes the count: a queued pair's probability; an automatic link's
    // chance of being wrong (0.45, 0.05, 0.38, 0.01, 0.30).
    static let queued = [0.45, 0.31, 0.40], linked = [0.55, 0.95, 0.62, 0.99, 0.70]

    @Test("within the budget, a doubtful link comes before a queued pair that is probably two incidents")
    func doubtfulLinksBeforeUnlikelyQueuedPairs() {
        // 80 police records: a budget of 4. The queued pair at 0.31 waits; the link at 0.62 (wrong with
        // a chance of 0.38) is listed; on equal chances (0.45) the queued pair comes first.
        let listed = LinkOptions.reviewList(queued: Self.queued, linked: Self.linked, policeRecords: 80)
        #expect(listed.queued == [0, 2])
        #expect(listed.linked == [0, 2])
        // A budget of 3: the tie keeps the queued pair.
        let three = LinkOptions.reviewList(queued: Self.queued, linked: Self.linked, policeRecords: 60)
        #expect(three.queued == [0, 2] && three.linked == [0])
    }

    @Test("a budget larger than the doubtful pairs lists them all, the near-certain links included")
    func roomyBudgetListsEverything() {
        let listed = LinkOptions.reviewList(queued: Self.queued, linked: Self.linked, policeRecords: 10_000)
        #expect(Set(listed.queued) == [0, 1, 2])
        #expect(Set(listed.linked) == [0, 1, 2, 3, 4])
    }

    @Test("a small file lists as many pairs as it has queued, even where 5% of its police records is none")
    func smallFileListsAsManyAsQueued() {
        let listed = LinkOptions.reviewList(queued: Self.queued, linked: Self.linked, policeRecords: 10)
        #expect(listed.queued.count + listed.linked.count == Self.queued.count)
        #expect(listed.queued == [0, 2] && listed.linked == [0])
        #expect(LinkOptions.reviewList(queued: [], linked: Self.linked, policeRecords: 10) == ([], []))
    }

    @Test("more queued pairs than the budget: the list keeps to the budget, the least likely queued pairs wait")
    func manyQueuedPairsKeepToTheBudget() {
        // 1,100 police records: a budget of 55, with 61 queued pairs and two doubtful links.
        let queued = (0..<61).map { 0.3 + Double($0) / 1000 }
        let listed = LinkOptions.reviewList(queued: queued, linked: [0.52, 0.99], policeRecords: 1_100)
        #expect(listed.queued.count + listed.linked.count == 55)
        #expect(listed.linked == [0])
        #expect(!listed.queued.contains(0) && listed.queued.contains(60))
        // A small file still lists its queued pairs up to the floor, beyond it they wait.
        let small = LinkOptions.reviewList(queued: queued, linked: [], policeRecords: 30)
        #expect(small.queued.count == LinkOptions.reviewFloor)
    }
}
