// Institutions read after a person's name, and those a sentence ties to a person found already.
extension Organisations {
    /// The end of an institution whose name begins with the name at `range` ("Sullivan Upper
    /// School", "Menorah Grammar School", "Kasztner Build Ltd"): up to three capitalised words one
    /// space apart after it, the last an institution's word; nil when none follows.
    static func institutionAfter(_ range: Range<Int>, _ words: [Redactor.Word], _ s: [Unicode.Scalar]) -> Int? {
        guard let first = words.firstIndex(where: { $0.range.lowerBound >= range.upperBound }),
            words[first].range.lowerBound == range.upperBound + 1, s[range.upperBound] == " "
        else { return nil }
        var k = first
        while k < words.count, k < first + 3, words[k].isCapitalised,
            k == first || Names.adjacent(words[k - 1], words[k], s)
        {
            if institutionEnds.contains(words[k].lower) {
                // "… High School", "… Primary School": the institution's words run on.
                while k + 1 < words.count, words[k + 1].isCapitalised, institutionEnds.contains(words[k + 1].lower),
                    Names.adjacent(words[k], words[k + 1], s)
                { k += 1 }
                return words[k].range.upperBound
            }
            k += 1
        }
        return nil
    }

    /// Last words of institutions and firms that a person's name may begin.
    static let institutionEnds: Set<String> = institutionHeads.subtracting(["community", "centre", "center", "sixth"])
        .union([
            "surgery", "practice", "clinic", "ltd", "limited", "plc", "llp", "solicitors", "pharmacy", "chemists",
            "bakery", "deli", "motors", "associates",
        ])
}

extension Organisations {
    /// Schools, colleges, synagogues and surgeries that the sentence ties to a person found already
    /// (`people`, the name spans claimed): "Son is [NAME], 9, at X School", "her grandson [NAME] is
    /// at X High School", and in a form's line, "[NAME], DOB [DOB], X Grammar School". The person
    /// is at most ten words before "at" in the same sentence; the institution's name holds one of
    /// its kind's words. Universities are left, as everywhere (too large to point to anyone).
    static func tiedBySentence(
        _ words: [Redactor.Word], _ s: [Unicode.Scalar], people: [Range<Int>], claimed: [Range<Int>]
    ) -> [Range<Int>] {
        guard !people.isEmpty else { return [] }
        var out: [Range<Int>] = []
        func sentenceEnds(_ a: Int, _ b: Int) -> Bool {
            sentenceEndsBetween(words[a].range.upperBound, words[b].range.lowerBound, s)
        }
        for i in 1..<max(1, words.count - 1) {
            let linked: Bool
            let start: Int
            if ["at", "attends", "attending"].contains(words[i].lower) {
                // A person in the same sentence, up to ten words before.
                var k = i - 1, found = false
                while k >= 0, k >= i - 10 {
                    if k < i - 1, sentenceEnds(k, k + 1) { break }
                    if people.contains(where: { $0.overlaps(words[k].range) }) { found = true; break }
                    k -= 1
                }
                linked = found
                start = i + 1
            } else {
                // "[NAME], DOB [DOB], X School": the name or a date of birth just before the comma.
                let gap = s[words[i - 1].range.upperBound..<words[i].range.lowerBound]
                linked =
                    gap.contains(",") && !gap.contains(where: { $0 == "." || $0 == "\n" })
                    && claimed.contains(where: { $0.overlaps(words[i - 1].range) })
                    && people.contains(where: {
                        $0.upperBound <= words[i].range.lowerBound
                            && !sentenceEndsBetween($0.upperBound, words[i].range.lowerBound, s)
                            && words[i].range.lowerBound - $0.upperBound < 40
                    })
                start = i
            }
            guard linked, start < words.count, let span = name(after: start, words, s, acrossGap: start == i),
                !out.contains(where: { $0.overlaps(span.range) }),
                !claimed.contains(where: { $0.overlaps(span.range) })
            else { continue }
            let first = words.firstIndex { $0.range.lowerBound >= span.range.lowerBound } ?? span.end
            guard (first...span.end).contains(where: { tiedKinds.contains(words[$0].lower) }) else { continue }
            out.append(span.range)
        }
        return out
    }

    static func sentenceEndsBetween(_ a: Int, _ b: Int, _ s: [Unicode.Scalar]) -> Bool {
        a < b && s[a..<b].contains { $0 == "." || $0 == "!" || $0 == "?" || $0 == "\n" }
    }

    /// Words that make a name a school's, a college's or a surgery's, wherever they stand in it
    /// ("Queen's University Belfast", "Ysgol Gymraeg …", "Methodist College Belfast").
    static let tiedKinds: Set<String> = institutionEnds.union([
        "ysgol", "sgoil", "scoil", "gaelscoil", "colaiste", "high", "yeshiva", "cheder", "surgery",
    ]).subtracting(["centre", "center", "practice", "bakery", "deli", "motors", "associates"])
}
