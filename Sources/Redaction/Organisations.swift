/// Names of schools, synagogues, workplaces and clubs tied to a person: "a teacher at Etz Chaim
/// Primary School", "works at Brent Cross Motors", "Rabbi Levy of Ohel Torah Congregation", "the
/// rabbi of Beth Shalom", "a pupil at St Mary's". What ties them is the person: a role or a verb
/// of belonging before, or a person's name just before "of". Public places that identify nobody
/// (a railway station, a museum, a park, a town in the gazetteer) stay, and so do institutions
/// that are named with no person tied to them.
enum Organisations {
    /// Nouns for a person's role in an organisation (before "at", "of", "for", "in").
    static let roles: Set<String> = [
        "teacher", "teachers", "pupil", "pupils", "student", "students", "rabbi", "rebbetzin", "member", "members",
        "congregant",
        "congregants", "worshipper", "employee", "employees", "manager", "owner", "director", "head", "headteacher",
        "headmaster", "headmistress", "principal", "chair", "chairman", "chairwoman", "chairperson", "trustee",
        "volunteer",
        "volunteers", "worker", "workers", "staff", "nurse", "doctor", "gp", "secretary", "caretaker", "warden",
        "chazan",
        "cantor", "lecturer", "professor", "coach", "player", "parent", "parents", "governor", "receptionist",
        "administrator", "treasurer", "president", "minister", "imam", "vicar", "priest", "chaplain", "assistant",
        "colleague", "colleagues", "boss", "supervisor", "apprentice", "intern", "trainee", "cleaner", "chef", "waiter",
        "waitress", "driver", "guard", "officer", "shammas", "gabbai", "madrich", "madricha", "leader", "founder",
        "partner", "solicitor", "pharmacist", "dentist", "accountant", "engineer", "mechanic", "shopkeeper",
        "proprietor",
        "pastor", "deacon", "elder", "tutor", "mentor", "counsellor", "therapist", "carer", "resident", "patient",
        "regular", "customer", "client", "alumnus", "alumna", "graduate", "fellow", "captain", "footballer", "striker",
        "goalkeeper", "child", "children", "son", "daughter", "kids", "grandchildren", "employer", "job", "class",
        "form",
        // the synagogue's officers, in their several spellings
        "shammes", "shamash", "shammash", "shamas", "shames", "beadle", "sexton", "baal", "koreh", "rav", "rebbe",
        "morah", "moreh", "hazzan", "chazzan", "parnas",
        // and jobs
        "cashier", "clerk", "teller", "bookkeeper", "janitor", "porter", "technician", "analyst", "consultant",
        "programmer", "developer", "barista", "bartender", "hairdresser", "barber", "librarian", "paramedic", "midwife",
        "optician", "vet", "architect", "lawyer", "barrister", "banker", "courier", "postman", "postwoman", "chauffeur",
        "steward", "stewardess", "usher", "attendant", "salesman", "saleswoman", "shop-assistant", "dinner-lady",
    ]
    /// Words that end the name of an institution whose members are few enough to identify a
    /// person: the whole run of capitalised words before one is the institution's name.
    static let institutionHeads: Set<String> = [
        "school", "college", "academy", "primary", "secondary", "grammar", "yeshiva", "yeshivah", "synagogue", "shul",
        "congregation", "community", "kehillah", "kehilla", "seminary", "kollel", "cheder", "nursery", "infants",
        "juniors",
        "hospital", "minyan", "centre", "center", "sixth", "prep", "preparatory", "montessori", "kindergarten",
    ]
    /// First words of Jewish institutions' names in Hebrew and Yiddish ("Beis …" a house of
    /// learning, "Ohel …", "Kehal …", "Talmud Torah …", "Bnos …"): the run they open is an
    /// institution even without an English word for one at its end.
    static let institutionOpeners: Set<String> = [
        "beis", "beth", "bais", "beit", "bet", "bnos", "bnei", "ohel", "kehal", "kehillas", "kehillat", "yeshivas",
        "yeshivat",
        "mesivta", "talmud", "etz", "adass", "adath", "adas", "adat", "machzike", "machzikei", "yesodey", "yesodei",
        "tiferes",
        "tiferet", "toras",
        "torat",
        "chabad", "lubavitch", "ateres", "ateret", "kollel", "cheder", "heichal",
    ]
    /// Words of public places that stop a run being an organisation, unless an institution's word
    /// ends it ("Kingsbury Park Academy" is a school; "Kingsbury Park" is a park).
    static let placeLikePublicWords: Set<String> = [
        "park", "station", "railway", "rail", "airport", "museum", "borough", "county", "year", "form", "class",
    ]
    /// Lower-case institution words that end a capitalised name ("the Bevis Marks congregation").
    static let lowerInstitutionHeads: Set<String> = [
        "school", "college", "academy", "synagogue", "shul", "congregation", "community", "yeshiva", "nursery",
        "primary",
    ]
    /// Verbs of belonging (before "at", "for", "with", "in", or directly).
    static let verbs: Set<String> = [
        "works", "worked", "working", "work", "employed", "attends", "attended", "attending", "attend", "studies",
        "studied", "study",
        "studying", "teaches", "taught", "teaching", "volunteers", "volunteered", "volunteering", "prays", "prayed",
        "praying", "davens", "davened", "davening", "learns", "learnt", "learned", "boards", "boarded", "belongs",
        "belonged", "enrolled", "registered", "plays", "played",
        "playing", "trains", "trained",
        "goes", "went", "worships", "worshipped", "runs", "ran", "owns", "owned", "manages", "managed", "leads", "led",
        "joined", "joins", "represents", "coaches", "coached", "serves", "served", "based", "schooled", "educated",
        "stationed", "placed", "hired", "recruited", "sacked", "dismissed", "suspended", "expelled", "excluded",
    ]
    /// Possessive words before an institution of someone's ("her school, X").
    static let possessives: Set<String> = ["his", "her", "their", "my", "our", "whose", "your"]
    /// Children named as a group ("their boys go to …").
    static let kinPlurals: Set<String> = [
        "boys", "girls", "sons", "daughters", "children", "kids", "grandchildren", "grandsons", "granddaughters",
        "twins",
    ]
    /// Words that link a role or verb to the organisation's name.
    static let links: Set<String> = ["at", "of", "for", "in", "with", "to"]
    /// Words of an organisation's name that may stand lower-case inside it.
    static let connectors: Set<String> = ["of", "and", "&", "the", "for", "de", "la", "le", "du", "und"]
    /// The last word of a public place that identifies nobody.
    static let publicHeads: Set<String> = [
        "station", "museum", "park", "gallery", "library", "cathedral", "stadium", "airport", "square", "bridge",
        "market",
        "common", "heath", "gardens", "garden", "beach", "pier", "theatre", "arena", "abbey", "palace", "tower", "zoo",
        "road", "street", "lane", "avenue", "way", "high", "broadway", "centre", "center", "forest", "hill", "green",
        "river", "canal", "reservoir", "bus", "underground", "tube", "overground", "line", "junction", "interchange",
        "parade", "mall", "precinct", "retail", "shopping",
    ]
    /// Words of public bodies and public places, which never make a private organisation.
    static let publicWords: Set<String> = [
        "police", "constabulary", "council", "borough", "nhs", "parliament", "government", "ministry", "cps", "court",
        "crown", "magistrates", "tfl", "railway", "rail", "airport", "station", "museum", "park", "bbc", "itv", "cst",
        "year", "form", "class", "met", "metropolitan", "commons", "lords", "county",
        // universities teach thousands and name their town: they identify nobody
        "university", "polytechnic",
    ]
    /// Words that end an organisation's name when nothing ties it to a person, but which always
    /// make a named organisation (a school, synagogue, congregation, club, firm).
    static let heads: Set<String> = [
        "school", "schools", "synagogue", "synagogues", "shul", "congregation", "kehillah", "kehilla", "academy",
        "college",
        "nursery", "yeshiva", "yeshivah", "seminary", "kollel", "cheder", "club", "fc", "afc", "rfc", "cc",
        "society", "ltd", "limited", "llp", "plc", "inc", "solicitors", "surgery", "practice", "clinic", "bakery",
        "deli",
        "restaurant", "cafe", "café", "shop", "stores", "store", "pharmacy", "chemist", "chemists", "salon", "garage",
        "motors", "associates", "partners", "group", "trust", "foundation", "charity", "lodge", "mosque", "gurdwara",
        "temple", "mandir", "church", "chapel", "primary", "secondary", "grammar", "infants", "juniors", "kindergarten",
        "gymnasium", "gym", "hotel", "pub", "inn", "bar", "studio", "studios", "agency", "consultancy", "services",
        "hospital", "hospice", "care", "home", "federation", "union", "association", "movement", "scouts", "guides",
        "brigade", "lads", "girls", "boys", "high school", "talmud", "torah", "hebrew", "community", "minyan",
    ]

    /// The organisation spans of `words`, given the person names already found (`names`).
    static func find(_ words: [Redactor.Word], _ s: [Unicode.Scalar], names: [Range<Int>]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < words.count {
            let w = words[i].lower
            var from: Int?
            // role/verb [a/an/the/his/her…] at|of|for X
            if links.contains(w), i > 0 {
                var k = i - 1
                // "teacher at", "a pupil at", "works at", "works part-time at", "is a member of"
                var steps = 0
                // "head of Year 9 at", "a teacher of year 6 at": a school year between the role and "at".
                let schoolYear =
                    w == "at" && i >= 2 && words[i - 1].text.allSatisfy(\.isNumber)
                    && ["year", "form", "class", "grade"].contains(words[i - 2].lower)
                while k >= 0, steps < (schoolYear ? 5 : 3) {
                    let p = words[k].lower
                    if roles.contains(p) || verbs.contains(p) { from = i + 1; break }
                    // "he is in year 8 at X": a pupil's school.
                    if schoolYear, p == "in", k == i - 3 { from = i + 1; break }
                    // "her son is at X"
                    if w == "at", p == "is", k == i - 1, k > 0, Names.kin.contains(words[k - 1].lower) {
                        from = i + 1; break
                    }
                    // "a dinner lady at", "the lollipop man at"
                    if ["lady", "man", "woman"].contains(p), k > 0,
                        ["dinner", "lollipop", "lunch", "tea"].contains(words[k - 1].lower)
                    {
                        from = i + 1; break
                    }
                    if schoolYear, k >= i - 3,
                        p.allSatisfy(\.isNumber) || ["year", "form", "class", "grade", "of", "for"].contains(p)
                    {
                        k -= 1; steps += 1; continue
                    }
                    if ![
                        "part-time", "full-time", "there", "now", "still", "also", "currently", "previously",
                        "formerly", "as", "a", "an", "the", "senior", "junior", "local", "new", "former",
                    ].contains(p) {
                        break
                    }
                    k -= 1; steps += 1
                }
                // A person's name just before "of"/"at"/"from": "Rabbi Yosef Katz of Ohel Yaakov".
                if from == nil, w == "of" || w == "at" || w == "from",
                    names.contains(where: {
                        $0.upperBound == words[i - 1].range.upperBound
                            || ($0.upperBound + 2 >= words[i - 1].range.upperBound
                                && $0.upperBound <= words[i - 1].range.upperBound
                                && s[$0.upperBound..<words[i - 1].range.upperBound].allSatisfy {
                                    $0 == "'" || $0 == "’" || $0 == "s"
                                })
                    }),
                    Names.adjacent(words[i - 1], words[i], s) || s[words[i - 1].range.upperBound] == ","
                {
                    from = i + 1
                }
            }
            // "on the way home from X", "walking back from X", "on her way to X": where a person
            // goes every day, when X is an institution's name (a school, a synagogue, a college).
            var travelled = false
            if from == nil, w == "from" || w == "to", i > 0, i + 1 < words.count {
                let before = words[max(0, i - 3)..<i].map(\.lower)
                if before.contains("home") || before.contains("back") || (w == "to" && before.last == "way")
                    // "I go to Hendon United Synagogue" (an institution's name only, below)
                    || (w == "to" && ["go", "goes"].contains(before.last ?? ""))
                    || (w == "to" && ["walks", "cycles", "commutes", "travels"].contains(before.last ?? ""))
                    // "their boys go to X", "her daughters go to X"
                    || (w == "to" && ["go", "goes"].contains(before.last ?? "") && before.count >= 2
                        && (Names.kin.contains(before[before.count - 2])
                            || kinPlurals.contains(before[before.count - 2])))
                {
                    from = i + 1; travelled = true
                }
            }
            // "attends X", "joined X" with no linking word.
            if from == nil, verbs.contains(w),
                [
                    "attends", "attended", "attend", "attending", "joined", "joins", "represents", "runs", "owns",
                    "manages", "leads",
                ].contains(w),
                i + 1 < words.count, Names.adjacent(words[i], words[i + 1], s)
            {
                from = i + 1
            }
            if let f = from, f < words.count, let span = name(after: f, words, s),
                !travelled || institutionHeads.contains(words[span.end].lower)
                    || heads.contains(words[span.end].lower) && !publicHeads.contains(words[span.end].lower)
                    || words.firstIndex(where: { $0.range.lowerBound == span.range.lowerBound }).map({
                        institutionOpeners.contains(words[$0].lower) && span.end > $0
                    }) == true
            {
                out.append(span.range)
                i = span.end + 1
                continue
            }
            i += 1
        }
        // Named schools, synagogues and congregations after a possessive ("her school, X"; "their
        // synagogue, X") are tied too.
        for (k, w) in words.enumerated()
        where k >= 1
            && [
                "school", "synagogue", "shul", "workplace", "employer", "college", "club", "congregation", "nursery",
                "yeshiva", "office", "firm", "company", "university",
            ].contains(w.lower)
        {
            // "her school, X", or a child's: "her kids' school, X", "his son's shul, X".
            let owned =
                possessives.contains(words[k - 1].lower)
                || (k >= 2 && possessives.contains(words[k - 2].lower)
                    && (Names.kin.contains(words[k - 1].bare) || kinPlurals.contains(words[k - 1].bare)))
            // "His synagogue is X"; "the school is X" when X is named as an institution.
            let named = k + 2 < words.count && ["is", "was"].contains(words[k + 1].lower)
            let theOne = k >= 1 && words[k - 1].lower == "the" && named
            guard owned || theOne, k + 1 < words.count else { continue }
            let at = named ? k + 2 : k + 1
            let gap = s[words[at - 1].range.upperBound..<words[at].range.lowerBound]
            guard gap.count <= 3, gap.allSatisfy({ $0 == " " || $0 == "," || $0 == "(" || $0 == ":" }) else { continue }
            if let span = name(after: at, words, s, acrossGap: true),
                !out.contains(where: { $0.overlaps(span.range) }),
                !theOne || institutionHeads.contains(words[span.end].lower)
                    || institutionOpeners.contains(words[at].lower)
            {
                out.append(span.range)
            }
        }
        return out
    }

    /// A capitalised name starting at word `f` ("the" allowed before it): its range and last word.
    static func name(
        after f: Int, _ words: [Redactor.Word], _ s: [Unicode.Scalar], acrossGap: Bool = false
    ) -> (range: Range<Int>, end: Int)? {
        var start = f
        if f > 0, !acrossGap, !Names.adjacent(words[f - 1], words[f], s) { return nil }
        if start < words.count,
            ["the", "a", "an", "its", "their", "his", "her", "our", "my"].contains(words[start].lower),
            start + 1 < words.count, Names.adjacent(words[start], words[start + 1], s)
        {
            start += 1
        }
        // "a branch of Halifax", "the local office of Smith & Co": the firm is the name.
        if start + 2 < words.count, ["branch", "office", "depot", "store", "site"].contains(words[start].lower),
            words[start + 1].lower == "of",
            Names.adjacent(words[start], words[start + 1], s), Names.adjacent(words[start + 1], words[start + 2], s),
            isNameWord(words[start + 2])
        {
            var e = start + 2
            while e + 1 < words.count, e - start < 8,
                Names.adjacent(words[e], words[e + 1], s) || gapIsAmpersand(words[e], words[e + 1], s)
            {
                if isNameWord(words[e + 1]) { e += 1; continue }
                if connectors.contains(words[e + 1].lower), e + 2 < words.count,
                    Names.adjacent(words[e + 1], words[e + 2], s), isNameWord(words[e + 2])
                {
                    e += 2; continue
                }
                break
            }
            return (words[start].range.lowerBound..<words[e].range.upperBound, e)
        }
        guard start < words.count, isNameWord(words[start]) else { return nil }
        var end = start
        var j = start + 1
        while j < words.count, j - start < 8,
            Names.adjacent(words[j - 1], words[j], s) || s[words[j - 1].range.upperBound] == "&"
                || gapIsAmpersand(words[j - 1], words[j], s)
                || possessiveGap(words[j - 1], words[j], s)
        {
            if isNameWord(words[j]) { end = j; j += 1; continue }
            if connectors.contains(words[j].lower), j + 1 < words.count, Names.adjacent(words[j], words[j + 1], s),
                isNameWord(words[j + 1])
            {
                j += 1; continue
            }
            break
        }
        // "the Hagley Road branch of Halifax": a branch of a firm, named by its street.
        if end + 3 < words.count, ["branch", "office", "depot", "store", "site"].contains(words[end + 1].lower),
            words[end + 2].lower == "of",
            Names.adjacent(words[end], words[end + 1], s), Names.adjacent(words[end + 1], words[end + 2], s),
            Names.adjacent(words[end + 2], words[end + 3], s), isNameWord(words[end + 3])
        {
            var e = end + 3
            while e + 1 < words.count, e - start < 10,
                Names.adjacent(words[e], words[e + 1], s) || gapIsAmpersand(words[e], words[e + 1], s)
            {
                if isNameWord(words[e + 1]) { e += 1; continue }
                if connectors.contains(words[e + 1].lower), e + 2 < words.count,
                    Names.adjacent(words[e + 1], words[e + 2], s), isNameWord(words[e + 2])
                {
                    e += 2; continue
                }
                break
            }
            return (words[start].range.lowerBound..<words[e].range.upperBound, e)
        }
        // "the Bevis Marks congregation": an institution's word in lower case after its name.
        if end + 1 < words.count, lowerInstitutionHeads.contains(words[end + 1].text),
            Names.adjacent(words[end], words[end + 1], s),
            !words[start...end].contains(where: { Names.notNames.contains($0.bare) })
        {
            end += 1
        }
        // "a Jewish school", "an Orthodox School": a description, not a name.
        if start > f, ["a", "an"].contains(words[f].lower), Names.notNames.contains(words[start].bare) { return nil }
        let last = words[end].lower
        let institution = institutionHeads.contains(last)
        // A town at the front stays readable: "Leeds [ORGANISATION]" for "Leeds General Infirmary";
        // but not in a school's or a synagogue's name, which is one name ("Moortown Shul").
        if start < end, !institution, let town = Names.place(startingAt: start, words, s), town < end {
            start = town + 1
        }
        let text = words[start...end].map(\.text).joined(separator: " ")
        // A town, a district, a public place: not an organisation.
        if Names.isPlace(text) { return nil }
        if publicHeads.contains(last) && !heads.contains(last) { return nil }
        if Names.notNames.contains(Names.bare(words[start])) && start == end { return nil }
        // Platforms and chains are named without identifying anyone: "works at Tesco" stays
        // readable only when the name is a known chain or platform.
        if start == end, Names.platforms.contains(words[start].lower) { return nil }
        // Public bodies (the police, a council, the NHS, a court) identify nobody.
        if words[start...end].contains(where: {
            publicWords.contains($0.lower) && !(institution && placeLikePublicWords.contains($0.lower))
        }) {
            return nil
        }
        return (words[start].range.lowerBound..<words[end].range.upperBound, end)
    }

    /// "St Thomas' Hospital": a plural possessive's apostrophe between two words of a name.
    static func possessiveGap(_ a: Redactor.Word, _ b: Redactor.Word, _ s: [Unicode.Scalar]) -> Bool {
        let gap = s[a.range.upperBound..<b.range.lowerBound]
        return gap.count == 2 && (gap.first == "'" || gap.first == "’") && gap.last == " "
    }

    static func gapIsAmpersand(_ a: Redactor.Word, _ b: Redactor.Word, _ s: [Unicode.Scalar]) -> Bool {
        let gap = s[a.range.upperBound..<b.range.lowerBound]
        return gap.count <= 3 && gap.contains("&") && gap.allSatisfy { $0 == " " || $0 == "&" }
    }

    /// A word that can be part of an organisation's name: capitalised, or digits ("Year 7" no; "JW3" yes).
    static func isNameWord(_ w: Redactor.Word) -> Bool {
        guard let first = w.text.unicodeScalars.first else { return false }
        if first.properties.isUppercase { return true }
        return false
    }
}

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
