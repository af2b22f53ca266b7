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
}
