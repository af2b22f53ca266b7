import IncidentModel
import Synchronization

/// Person names in free text: after titles and cue words, and known first names (with the
/// capitalised surname that follows).
enum Names {
    /// Answers already given (the gazetteer's normalising is costly, and descriptions repeat
    /// their places).
    static let placeCache = Mutex<[String: Bool]>([:])

    static func find(_ words: [Redactor.Word], _ s: [Unicode.Scalar]) -> [Range<Int>] {
        var places: [Range<Int>] = []
        return find(words, s, places: &places)
    }

    /// The name spans; `places` receives the gazetteer places seen (never names, nor parts of one).
    static func find(_ words: [Redactor.Word], _ s: [Unicode.Scalar], places: inout [Range<Int>]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < words.count {
            let w = words[i]
            let lower = bare(w)
            var start: Int?
            var end = i
            // A place in the gazetteer (St John's Wood, Bath and North East Somerset) is never a name.
            if w.isCapitalised, let last = place(startingAt: i, words, s) {
                places.append(w.range.lowerBound..<words[last].range.upperBound)
                i = last + 1
                continue
            }
            // Not a person of the incident: a public figure or a name in a trope ("George Soros",
            // "Rothschild", "Anne Frank"), a symbol ("Magen David"), an institution's name after
            // its Hebrew opener ("Adath Yisroel"), a business ("Grodzinski's bakery"), a place
            // named after someone ("Lord Nelson pub", "Rabbi Sacks Way", "Queen Elizabeth Hall").
            if w.isCapitalised, let last = notOfTheIncident(startingAt: i, words, s) {
                places.append(w.range.lowerBound..<words[last].range.upperBound)
                i = last + 1
                continue
            }
            // A street named after someone ("Albert Road", "Lea Bridge Road", "St Peter's Street",
            // "Chase Side"): a known first name whose capitalised words run on to a street's kind.
            if w.isCapitalised, isGiven(lower) || ambiguous.contains(lower) || englishWords.contains(lower),
                let last = streetEnd(after: i, words, s)
            {
                places.append(w.range.lowerBound..<words[last].range.upperBound)
                i = last + 1
                continue
            }
            // A known first name, and the capitalised surname(s) after it.
            if w.isCapitalised, isGiven(lower) || ambiguous.contains(lower), !notNames.contains(lower),
                !placeWords.contains(lower)
            {
                end = extend(words, s, from: i, limit: 3)
                if (isGiven(lower) && !ambiguous.contains(lower) && !isPlace(w.text) && !partOfProperNoun(i, words, s))
                    || end > i
                {
                    start = i
                }
                if start != nil, end == i, i + 1 < words.count, adjacent(w, words[i + 1], s), isLowerName(words[i + 1])
                {
                    end = i + 1
                }
            }
            // A lower-case name: a known given name and a known surname ("sarah cohen").
            if start == nil, !w.isCapitalised, isLowerName(w), firstNames.contains(lower), i + 1 < words.count,
                adjacent(w, words[i + 1], s), isLowerName(words[i + 1]) || isSurname(words[i + 1])
            {
                start = i; end = i + 1
            }
            // After a title or cue (the title itself stays: "Mr [NAME]").
            // "The person affected is X", "the victim was X", "her name is X", "identified as X".
            var cue =
                titles.contains(lower) || cues.contains(lower)
                || ((lower == "is" || lower == "was") && i > 0
                    && [
                        "name", "affected", "victim", "complainant", "caller", "witness", "informant",
                        "ip", "reporter", "concerned", "involved", "injured", "attacked", "targeted",
                    ].contains(words[i - 1].bare))
            // "known (locally) as", "goes by", "calls himself", "real name"
            if !cue, lower == "as", i > 0,
                [
                    "known", "locally", "nicknamed", "named", "identified", "introduced", "himself", "herself",
                    "themselves", "name",
                ].contains(words[i - 1].lower)
            {
                cue = true
            }
            if !cue, lower == "by", i > 0, ["goes", "go", "went", "known"].contains(words[i - 1].lower) { cue = true }
            if !cue, ["himself", "herself", "themselves"].contains(lower), i > 0,
                ["calls", "called", "call", "calling"].contains(words[i - 1].lower)
            {
                cue = true
            }
            // "I am X", "DOB of X", and a sign-off before its writer: "Thanks so much, X", "Regards, X".
            if !cue, lower == "am", i > 0, words[i - 1].text == "I", adjacent(words[i - 1], w, s) { cue = true }
            if !cue, lower == "of", i > 0,
                ["dob", "d.o.b", "birth", "details"].contains(words[i - 1].lower)
                    || (i > 2 && words[i - 1].lower == "b" && words[i - 2].lower == "o")
            {
                cue = true
            }
            var signOff = false
            if !cue,
                signOffs.contains(lower)
                    || (lower == "much" && i > 1 && ["thanks", "thank"].contains(words[i - 2].lower))
                    || (lower == "you" && i > 0 && words[i - 1].lower == "thank"),
                i + 1 < words.count,
                s[w.range.upperBound..<words[i + 1].range.lowerBound].contains(",")
                    || s[w.range.upperBound..<words[i + 1].range.lowerBound].contains("\n")
            {
                cue = true; signOff = true
            }
            // A cue word that ends its sentence cues nothing in the next ("…directed at IP.
            // Referred to…", "No physical contact. Bus CCTV requested"); a title may take a full
            // stop ("Mr. Cohen").
            if cue, !signOff, !titles.contains(lower), i + 1 < words.count, sentenceEnds(between: w, words[i + 1], s) {
                cue = false
            }
            // A chain of titles ("Det Sgt", "Chief Inspector", "Rt Hon"): the name follows the last.
            var cueEnd = i
            if cue {
                while cueEnd + 1 < words.count, titles.contains(words[cueEnd + 1].bare),
                    s[words[cueEnd].range.upperBound..<words[cueEnd + 1].range.lowerBound].allSatisfy({
                        " .:,(".unicodeScalars.contains($0)
                    }),
                    words[cueEnd + 1].range.lowerBound - words[cueEnd].range.upperBound <= 3
                { cueEnd += 1 }
                // "PC 4432 Hughes": a collar or warrant number between a rank and the name.
                if titles.contains(words[cueEnd].bare), cueEnd + 2 < words.count,
                    words[cueEnd + 1].text.allSatisfy(\.isNumber),
                    adjacent(words[cueEnd], words[cueEnd + 1], s), adjacent(words[cueEnd + 1], words[cueEnd + 2], s)
                {
                    cueEnd += 1
                }
            }
            // A place right after a cue ("and Cheshire West and Chester") is the place.
            // But a given name that is also a place ("Chelsea") after a cue that only a person
            // follows ("her daughter", "I'm", "my name is", a sign-off) is the person.
            if cue, !titles.contains(lower), cueEnd + 1 < words.count, words[cueEnd + 1].isCapitalised,
                let placeEnd = place(startingAt: cueEnd + 1, words, s)
            {
                let personCue =
                    signOff || ["i'm", "i’m", "am"].contains(lower)
                    || (!weakCues.contains(lower)
                        && (kin.contains(lower)
                            || ["is", "named", "called", "of", "caller", "occupant"].contains(lower)))
                if !(personCue && placeEnd == cueEnd + 1 && ambiguous.contains(words[cueEnd + 1].bare)) { cue = false }
            }
            // In a log written in capitals, the word after "IP" is a name only when it is one
            // ("IP GARETH …"), not the log's next verb or heading ("IP STATES", "IP RESIDES").
            if cue, lower == "ip", cueEnd == i, i + 1 < words.count, upperCaseWord(words[i + 1]) {
                let next = words[i + 1]
                let secondIsName =
                    i + 2 < words.count && adjacent(next, words[i + 2], s) && upperCaseWord(words[i + 2])
                    && (isFamily(words[i + 2].bare) || isSurname(words[i + 2]) || isGiven(words[i + 2].bare))
                let known =
                    isGiven(next.bare) || isFamily(next.bare) || (isSurname(next) && !englishWords.contains(next.bare))
                    || secondIsName
                // An unknown word is still taken for a name unless it reads as the log's own words:
                // a function word, a verb, a heading.
                let b = next.bare
                let logWord =
                    Redactor.stopWords.contains(b) || narrativeVerbs.contains(b) || logWords.contains(b)
                    || notNames.contains(b)
                    || (b.count > 4
                        && (b.hasSuffix("s") && !b.hasSuffix("ss") || b.hasSuffix("ed") || b.hasSuffix("ing")))
                if !known && logWord { cue = false }
            }
            if start == nil, cue, cueEnd + 1 < words.count {
                let next = words[cueEnd + 1]
                let w = words[cueEnd]
                let strongCue =
                    !signOff && (titles.contains(lower) || !weakCues.contains(lower))
                    || ["known", "locally", "goes", "himself", "herself", "nicknamed", "identified"].contains(
                        i > 0 ? words[i - 1].lower : "")
                let gap = s[w.range.upperBound..<next.range.lowerBound]
                let joined =
                    adjacent(w, next, s)
                    || (gap.count <= 3 && gap.allSatisfy { " .:,\"'“‘(".unicodeScalars.contains($0) })
                if joined {
                    if isCapitalisedName(next) {
                        end = extend(words, s, from: cueEnd + 1, limit: 3)
                        // After a weak cue ("and", "with", "told") two capitalised words are a name only
                        // when the last is a known or surname-shaped surname ("and North Yorkshire" is not).
                        let organisationFollows =
                            end + 1 < words.count && Organisations.heads.contains(words[end + 1].bare)
                        let surnameFollows =
                            end > cueEnd + 1 && !organisationFollows
                            && (strongCue || isSurname(words[end]) || isFamily(words[end].bare) || isGiven(bare(next)))
                            && !isPlace(makeString(s[next.range.lowerBound..<words[end].range.upperBound]))
                        if strongCue || surnameFollows
                            || (firstNames.contains(bare(next)) && !ambiguous.contains(bare(next)))
                            // "I'm Chelsea": a given name that is also a place or a word, introduced.
                            || ((signOff || ["i'm", "i’m", "am"].contains(lower)) && ambiguous.contains(bare(next))
                                && end == cueEnd + 1)
                        {
                            start = cueEnd + 1
                        }
                    } else if isLowerName(next)
                        || (strongCue && cueEnd + 2 < words.count && adjacent(next, words[cueEnd + 2], s)
                            && (isLowerName(words[cueEnd + 2]) || townSurname(words[cueEnd + 2])
                                || surnameAfterGiven(words[cueEnd + 2]))
                            && !Redactor.stopWords.contains(next.bare) && !commonLower.contains(next.bare)
                            && (!englishWords.contains(next.bare) || localAmbiguous.contains(next.bare))
                            && !notKinNames.contains(next.bare) && !narrativeVerbs.contains(next.bare)
                            && next.text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" })
                        || (titles.contains(lower) && lower.count <= 4 && !notNames.contains(bare(next))
                            && !Redactor.stopWords.contains(bare(next))
                            && next.text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic })
                    {
                        // "mr cohen", "IP sarah levy"
                        start = cueEnd + 1; end = cueEnd + 1
                        if end + 1 < words.count, adjacent(words[end], words[end + 1], s),
                            isLowerName(words[end + 1]) || isCapitalisedName(words[end + 1])
                        {
                            end += 1
                        }
                    }
                }
            }
            // "occupant sharon king", "caller ahmad bin yusuf", "IP khalid al-hashimi": after a lower-case
            // given name that follows a cue, a surname even if it is an ordinary word, or a particle's name.
            if let st = start, st == cueEnd + 1, end == st, !words[st].isCapitalised, cue, !weakCues.contains(lower),
                end + 1 < words.count,
                adjacent(words[end], words[end + 1], s), !words[end + 1].isCapitalised
            {
                let n = words[end + 1]
                if surnameAfterGiven(n) {
                    end += 1
                } else if lowerParticleName(n) || lowerDoubleBarrelled(n) {
                    end += 1
                } else if particles.contains(n.lower), end + 2 < words.count, adjacent(n, words[end + 2], s),
                    !words[end + 2].isCapitalised,
                    !Redactor.stopWords.contains(words[end + 2].bare), !englishWords.contains(words[end + 2].bare),
                    words[end + 2].text.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic })
                {
                    end += 2
                }
            }
            // "her daughter chelsea found it", "my son eoghan was": a lone lower-case word between a
            // family word after a possessive and a verb is the relative's name.
            // Or before an age ("my son kenji, 9,", "her daughter chelsea (aged 12)"), or ending the
            // sentence when the word is a known given name ("… found by her daughter chelsea.").
            if start == nil, kin.contains(lower), i > 0,
                ["her", "his", "my", "their", "our", "your"].contains(words[i - 1].lower), i + 1 < words.count,
                adjacent(w, words[i + 1], s), !words[i + 1].isCapitalised,
                i + 2 < words.count && adjacent(words[i + 1], words[i + 2], s)
                    && (narrativeVerbs.contains(words[i + 2].lower) || ["and", "who"].contains(words[i + 2].lower))
                    || kinAgeFollows(i + 1, words, s)
                    || ((isGiven(words[i + 1].bare) && !englishWords.contains(words[i + 1].bare)
                        && !ambiguous.contains(words[i + 1].bare) || localAmbiguous.contains(words[i + 1].bare))
                        && (i + 2 >= words.count
                            || s[words[i + 1].range.upperBound..<words[i + 2].range.lowerBound].contains {
                                $0 == "." || $0 == "," || $0 == ";" || $0 == "!"
                            }))
            {
                let n = words[i + 1]
                if n.text.unicodeScalars.count >= 3,
                    n.text.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" }),
                    !Redactor.stopWords.contains(n.bare),
                    !notKinNames.contains(n.bare), !commonLower.contains(n.bare), !notNames.contains(n.bare),
                    !narrativeVerbs.contains(n.bare),
                    !(englishWords.contains(n.bare) && !ambiguous.contains(n.bare)),
                    !n.bare.hasSuffix("ly")
                {
                    start = i + 1; end = i + 1
                }
            }
            // "Reported by X", "sent by X": the person who reported or acted.
            if start == nil, ["by"].contains(lower), i > 0,
                ["reported", "sent", "posted", "written", "witnessed", "seen", "signed"].contains(words[i - 1].lower),
                i + 1 < words.count, adjacent(w, words[i + 1], s), isCapitalisedName(words[i + 1])
            {
                start = i + 1
                end = extend(words, s, from: i + 1, limit: 2)
            }
            // A known surname, or a surname-shaped word, wherever it is capitalised (not a noun that
            // opens a log's sentence: "Sender address appears false").
            if start == nil, isSurname(w), !(commonOpeners.contains(lower) && opensSentence(i, words, s)) {
                start = i; end = i
                // "Eoghan McGillycuddy": a name-shaped capitalised word just before the surname is
                // its given name, known to the lists or not.
                if i > 0, adjacent(words[i - 1], w, s), isCapitalisedName(words[i - 1]),
                    !titles.contains(words[i - 1].bare), !cues.contains(words[i - 1].bare),
                    !commonOpeners.contains(words[i - 1].bare), !Redactor.stopWords.contains(words[i - 1].bare),
                    !Organisations.roles.contains(words[i - 1].bare),
                    !placeWords.contains(words[i - 1].bare), !englishWords.contains(words[i - 1].bare),
                    !isPlace(words[i - 1].text),
                    !capitalisedFunctionWords.contains(words[i - 1].bare), !narrativeVerbs.contains(words[i - 1].bare),
                    !(out.last.map { $0.upperBound >= words[i - 1].range.lowerBound } ?? false)
                {
                    start = i - 1
                }
                // "Cohen-Levy", "Goldberg Cohen": a second surname after it.
                if i + 1 < words.count, adjacent(w, words[i + 1], s), isSurname(words[i + 1]) { end = i + 1 }
            }
            // A capitalised run just before "(the victim)", ", the victim,", ", a teacher at", ", 34,".
            if start == nil, isCapitalisedName(w), !commonOpeners.contains(lower), !Names.isPlace(w.text) {
                let last = extend(words, s, from: i, limit: 3)
                if appositiveFollows(last, words, s) || organisationOfFollows(last, words, s),
                    !isPlace(words[i...last].map(\.text).joined(separator: " "))
                {
                    start = i; end = last
                }
            }
            // A sentence opening with one or two capitalised words and a narrative verb: "Tobias was punched".
            // One word alone counts when it is a known name or does not look like a plural noun
            // ("Gravestones were pushed over").
            if start == nil, w.isCapitalised, Names.opensSentence(i, words, s), !commonOpeners.contains(lower),
                !cues.contains(lower),
                !Organisations.roles.contains(lower), !appositives.contains(lower), isCapitalisedName(w)
            {
                var j = i + 1
                end = i
                if j < words.count, adjacent(words[i], words[j], s), isCapitalisedName(words[j]) { end = j; j += 1 }
                let plausible =
                    end > i || firstNames.contains(lower) || surnames.contains(lower)
                    || !(lower.hasSuffix("s") && !lower.hasSuffix("ss"))
                if plausible, j < words.count, narrativeVerbs.contains(words[j].lower),
                    adjacent(words[end], words[j], s),
                    !isPlace(words[i...end].map(\.text).joined(separator: " "))
                {
                    start = i
                }
            }
            if let start {
                out.append(initialsBefore(start, words, s)..<words[end].range.upperBound)
                i = end + 1
            } else {
                i += 1
            }
        }
        return out
    }
}
