extension Identifiers {
    /// The sender of each line of a pasted chat export, after the line's time ("12:02 Gaz88: …",
    /// "[24/06/2025, 21:03] Abdul R: …", "09:14 - Moshe Klein: …"): a person or an account, never
    /// the content. Roles ("Caller", "OP", "Officer"), headers ("Subject") and phone numbers
    /// (found as phones) are left to the other rules.
    static func chatSenders(_ s: S) -> [(range: Range<Int>, isHandle: Bool)] {
        var out: [(range: Range<Int>, isHandle: Bool)] = []
        var lineStart = 0
        while lineStart < s.count {
            var lineEnd = lineStart
            while lineEnd < s.count, s[lineEnd] != "\n" { lineEnd += 1 }
            if let sender = chatSender(s, lineStart..<lineEnd) { out.append(sender) }
            lineStart = lineEnd + 1
        }
        return out
    }

    private static func chatSender(_ s: S, _ line: Range<Int>) -> (range: Range<Int>, isHandle: Bool)? {
        var i = line.lowerBound
        func skip(_ set: String) { while i < line.upperBound, set.unicodeScalars.contains(s[i]) { i += 1 } }
        func digits() -> Int {
            let start = i
            while i < line.upperBound, isDigit(s[i]) { i += 1 }
            return i - start
        }
        skip(" \t")
        let bracketed = i < line.upperBound && s[i] == "["
        if bracketed { i += 1 }
        // An optional date: 24/06/2025, 24.06.25, 2025-06-24, then a comma or a space.
        let save = i
        if (1...4).contains(digits()), i < line.upperBound, "/.-".unicodeScalars.contains(s[i]) {
            i += 1
            guard (1...2).contains(digits()), i < line.upperBound, "/.-".unicodeScalars.contains(s[i]) else {
                return nil
            }
            i += 1
            guard (2...4).contains(digits()) else { return nil }
            skip(", ")
        } else {
            i = save
        }
        // The time: 21:03, 9:14:55, with am/pm.
        guard (1...2).contains(digits()), i < line.upperBound, s[i] == ":" else { return nil }
        i += 1
        guard digits() == 2 else { return nil }
        if i < line.upperBound, s[i] == ":" {
            i += 1
            guard digits() == 2 else { return nil }
        }
        skip(" ")
        for suffix in ["am", "pm", "AM", "PM"] {
            let u = Array(suffix.unicodeScalars)
            if i + 1 < line.upperBound, s[i] == u[0], s[i + 1] == u[1] { i += 2; break }
        }
        if bracketed {
            guard i < line.upperBound, s[i] == "]" else { return nil }
            i += 1
        }
        skip(" -–—")
        // The sender: up to the colon, 2 to 32 characters of letters, digits, spaces, _ . ' -.
        let start = i
        while i < line.upperBound, i - start <= 32, s[i] != ":" {
            guard isAlnum(s[i]) || " _.'’-".unicodeScalars.contains(s[i]) || s[i].properties.isAlphabetic else {
                return nil
            }
            i += 1
        }
        guard i < line.upperBound, s[i] == ":", i - start >= 2, isAlnum(s[start]) || s[start].properties.isAlphabetic
        else { return nil }
        var end = i
        while end > start, s[end - 1] == " " { end -= 1 }
        let label = String(String.UnicodeScalarView(s[start..<end]))
        let lower = label.lowercased()
        guard !chatRoles.contains(lower), !lower.allSatisfy({ $0.isNumber || $0 == " " || $0 == "+" }),
            !Names.publicNames.contains(lower)
        else { return nil }
        let isHandle =
            !label.contains(" ")
            && (label.contains("_") || label.contains(where: \.isNumber)
                || label.dropFirst().contains(where: \.isUppercase))
        // A name's words are capitalised (an initial may follow: "Abdul R", "Kevin T."), and none
        // is a word of the log itself ("08:15 Gate check: all clear", "10:30 Police arrived: …").
        let named = label.split(separator: " ").allSatisfy { word in
            let part = word.trimmingCharacters(in: "."), p = part.lowercased()
            return part.first?.isUppercase == true && !Names.commonOpeners.contains(p)
                && !Redactor.stopWords.contains(p) && !Names.notNames.contains(p)
                && !Names.narrativeVerbs.contains(p) && !Organisations.roles.contains(p) && !Names.titles.contains(p)
        }
        guard isHandle || named else { return nil }
        return (start..<end, isHandle)
    }

    /// Who speaks in a transcript without being anyone in particular, and a message's headers.
    static let chatRoles: Set<String> = [
        "caller", "operator", "op", "c", "q", "a", "officer", "pc", "me", "you", "victim", "witness", "system", "admin",
        "moderator", "mod", "call handler", "handler", "agent", "staff", "cst", "police", "reporter", "unknown",
        "anonymous", "subject", "from", "to", "sent", "date", "re", "note", "notes", "update", "location", "time",
        "cc", "bcc", "message", "messages deleted", "you deleted this message", "bot", "security", "control",
        "dispatcher", "dispatch", "duty officer", "interviewer", "interpreter",
    ]
}
