extension Identifiers {
    /// A person's number after what it numbers: "student ID 202301478", "matriculation number
    /// 51234567", "badge number PH 4471", "licence BCP 2193", "patient MRN RF1298374", "card ending
    /// 4421", "membership no. 10442". A crime or incident number (the police's own) is no cue.
    static func cuedNumbers(_ words: [Redactor.Word], _ s: S) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < words.count {
            guard let cueEnd = numberCue(at: i, words) else { i += 1; continue }
            var j = cueEnd + 1
            while j < words.count, ["no", "number", "is", "in", "of", "num", "ref"].contains(words[j].lower) { j += 1 }
            guard j < words.count, s[words[j - 1].range.upperBound..<words[j].range.lowerBound].count <= 3 else {
                i = cueEnd + 1
                continue
            }
            let w = words[j].text
            let digits = w.filter(\.isNumber).count
            if digits >= 4, w.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
                out.append(words[j].range)
                i = j + 1
                continue
            }
            // "PH 4471", "BCP 2193": letters, then the number.
            if (1...3).contains(w.count), w.allSatisfy({ $0.isASCII && $0.isUppercase }), j + 1 < words.count,
                words[j + 1].range.lowerBound == words[j].range.upperBound + 1,
                words[j + 1].text.count >= 3, words[j + 1].text.allSatisfy(\.isNumber)
            {
                out.append(words[j].range.lowerBound..<words[j + 1].range.upperBound)
                i = j + 2
                continue
            }
            i = cueEnd + 1
        }
        return out
    }

    /// The last word of a cue for a person's number at word `i`, or nil.
    static func numberCue(at i: Int, _ words: [Redactor.Word]) -> Int? {
        let w = words[i].lower, next = i + 1 < words.count ? words[i + 1].lower : ""
        switch w {
        case "student", "staff", "employee", "payroll", "membership", "member", "patient", "hospital", "customer",
            "matriculation", "matric", "badge", "pupil", "candidate", "tenant", "account":
            if ["id", "number", "no", "mrn", "ref", "reference"].contains(next) { return i + 1 }
            return w == "badge" || w == "matriculation" ? i : nil
        case "mrn", "licence", "license":
            // not a driving licence's own words ("licence was revoked")
            return i > 0 && words[i - 1].lower == "driving" ? nil : i
        case "card":
            return ["ending", "ends"].contains(next) ? i + 1 : nil
        default:
            return nil
        }
    }

    /// Registrations written with spaces inside: "MX 68 OPQ" (2001 on), "S 124 KLB" (1983–2001).
    static func spacedVehicles(_ words: [Redactor.Word], _ s: S) -> [Range<Int>] {
        var out: [Range<Int>] = []
        guard words.count >= 3 else { return out }
        for i in 0..<(words.count - 2) {
            let a = words[i].text, b = words[i + 1].text, c = words[i + 2].text
            guard words[i + 1].range.lowerBound == words[i].range.upperBound + 1,
                words[i + 2].range.lowerBound == words[i + 1].range.upperBound + 1,
                a.allSatisfy({ $0.isASCII && $0.isUppercase }), c.count == 3,
                c.allSatisfy({ $0.isASCII && $0.isUppercase }), b.allSatisfy(\.isNumber)
            else { continue }
            let current = a.count == 2 && b.count == 2 && Patterns.currentFormat(a + b, c)
            let prefix =
                a.count == 1 && (1...3).contains(b.count) && !"IQUZ".contains(a) && !c.contains("I")
                && !c.contains("Q")
            if current || prefix { out.append(words[i].range.lowerBound..<words[i + 2].range.upperBound) }
        }
        return out
    }
}
