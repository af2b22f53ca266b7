import IncidentModel

// The words the description comparison reads: ordinary English and general police usage, kept
// apart from the logic in DescriptionText.swift (no word list here is taken from any data set).
extension DescriptionText {
    /// Words before an age ("aged 34") and after one ("34 yrs").
    static let ageBefore: Set<String> = [
        "aged", "age", "approx", "approximately", "about", "around", "ages", "roughly",
    ]
    static let ageAfter: Set<String> = ["yrs", "years", "yr", "year", "yo", "yoa"]
    /// Words for someone in their teens.
    static let teenWords: Set<String> = [
        "teenager", "teenagers", "teen", "teens", "teenage", "juvenile", "juveniles", "youths", "youth",
        "schoolboy", "schoolgirl", "schoolboys", "schoolgirls",
    ]

    /// Words for more than one.
    static let severalWords: Set<String> = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens",
        "several", "many", "multiple", "numerous", "various", "all", "neighbouring", "hundreds", "scores",
    ]
    /// Plural words for people, homes and their doors: who a campaign reaches.
    static let receivers: Set<String> = [
        "homes", "houses", "households", "residents", "doors", "letterboxes", "flats", "families",
        "people", "neighbours", "victims", "cars", "vehicles", "properties", "addresses", "shops",
        "businesses", "members", "congregants", "pupils", "students", "parents", "worshippers",
    ]

    /// Words that name a person's sex.
    static let sexWords: [String: UInt8] = {
        var map: [String: UInt8] = [:]
        for w in [
            "male", "males", "man", "men", "boy", "boys", "gentleman", "father", "husband", "son", "grandfather",
            "brother", "mr",
        ] { map[w] = 1 }
        for w in [
            "female", "females", "woman", "women", "girl", "girls", "lady", "mother", "wife", "daughter", "grandmother",
            "sister", "mrs", "ms", "miss",
        ] { map[w] = 2 }
        return map
    }()

    /// Words that end a sentence's subject (its verb, or "by" before an agent).
    static let subjectEnds: Set<String> = [
        "was", "were", "is", "are", "had", "has", "have", "received", "receives", "reported", "reports", "sustained",
        "subject", "subjected", "assaulted", "attacked", "suffered", "got", "by", "who", "said", "says", "told",
        "called",
        "being", "been", "did", "came", "went", "walked", "found",
    ]

    /// What marks a street among the terms of `terms(of:)` (not a letter or digit, so no word has it).
    static let streetMark = "§"

    /// The words for a street's kind, and how each is written in full ("Rd" → "road").
    static let streetKinds: [String: String] = [
        "road": "road", "rd": "road", "street": "street", "st": "street", "lane": "lane", "ln": "lane",
        "lanes": "lanes",
        "avenue": "avenue", "ave": "avenue", "gardens": "gardens", "gdns": "gardens", "drive": "drive", "dr": "drive",
        "way": "way", "grove": "grove", "square": "square", "sq": "square", "crescent": "crescent", "cres": "crescent",
        "terrace": "terrace", "parade": "parade",
    ]

    /// Police and caseworker phrases → concepts ([] drops the phrase: outcomes, legal boilerplate).
    static let phrases: [String: [String]] = [
        "injured party": ["victim"], "malicious communications": ["message"], "malicious comms": ["message"],
        "mal comms": ["message"], "criminal damage": ["damage"], "public order": ["abuse"], "verbal abuse": ["abuse"],
        "verbally abused": ["abuse"], "no further action": [], "enquiries ongoing": [], "cctv requested": [],
        "suspect identified": [], "suspect arrested": ["arrest"], "no suspects": [], "no suspect": [],
        "racially religiously aggravated": [], "racially or religiously aggravated": [], "religiously aggravated": [],
        "racially aggravated": [], "hate crime": [], "threats to kill": ["threat", "kill"],
        "threat to kill": ["threat", "kill"],
        "social media": ["online"], "common assault": ["assault"], "actual bodily harm": ["assault", "injury"],
        "grievous bodily harm": ["assault", "injury", "serious"], "section 5": ["abuse"], "s 5": ["abuse"],
        "spat at": ["spit"], "spat on": ["spit"], "hand written": ["letter"], "phone call": ["phone"],
        "dirty jew": ["slur"], "bus stop": ["bus"], "bus shelter": ["bus", "shelter"], "front door": ["door"],
        "nazi salute": ["nazi", "salute"], "heil hitler": ["nazi"], "kosher shop": ["premises", "kosher"],
        "place of worship": ["synagogue"], "jewish school": ["school"], "jewish student": ["university", "student"],
        "online messages": ["online", "message"], "direct messages": ["online", "message"],
        "eggs thrown": ["egg", "throw"],
        "taken to hospital": ["injury", "hospital"], "knocked unconscious": ["injury", "serious"],
        "beaten unconscious": ["assault", "injury", "serious"], "hot drink": ["drink"], "head covering": ["kippah"],
        "religious clothing": ["tzitzit"], "traffic lights": ["junction"], "play area": ["playground"],
        "bladed article": ["knife", "assault", "injury", "serious"], "free palestine": ["israel", "free"],
        "child killer": ["childkiller"], "child killers": ["childkiller"], "car park": ["carpark"],
        "petrol station": ["petrolstation"], "post office": ["postoffice"], "high street": ["highstreet"],
        "railway bridge": ["bridge"], "railway arch": ["bridge"],
        "public figure": ["publicfigure"], "staff member": ["staff"],
    ]

    /// The first word of every phrase.
    static let phraseStarts = Set(phrases.keys.map { String($0.prefix { $0 != " " }) })

    /// Single words → concepts ([] drops the word).
    static let wordMap: [String: [String]] = {
        var map: [String: [String]] = [:]
        func add(_ words: [String], _ concepts: [String]) { for w in words { map[w] = concepts } }
        add(["ip", "ips", "victim", "victims", "complainant", "aggrieved", "vic"], ["victim"])
        add(
            [
                "ic1", "ic2", "ic3", "ic4", "ic5", "ic6", "ic9", "ic0", "nfa", "enquiries", "ongoing", "cctv",
                "requested",
                "identified", "suspect", "suspects", "offender", "offenders", "perpetrator", "unknown", "male", "males",
                "female", "females", "man", "men", "woman", "women", "person", "persons", "subject", "reported",
                "report",
                "reports", "raised", "crime", "incident", "aggravated", "racially", "religiously", "s5", "sec",
                "logged",
                "recorded", "ref", "officers", "attended", "police", "premises", "location", "loc",
            ], [])
        add(
            [
                "punched", "punch", "hit", "struck", "kicked", "kick", "beaten", "beat", "attacked", "attack",
                "assaulted",
                "assault", "pushed", "shoved", "push", "headbutted", "slapped", "grabbed", "tripped", "abh",
            ], ["assault"])
        add(["gbh", "wounding", "stabbed", "stab", "knife", "slashed", "bottle"], ["assault", "injury", "serious"])
        add(["injured", "injury", "injuries", "hospital", "bleeding", "hospitalised"], ["injury"])
        add(["spat", "spit", "spitting", "spitted"], ["spit"])
        add(["threatened", "threat", "threats", "threatening", "menaced", "intimidated"], ["threat"])
        add(["kill", "killed", "murder", "stabbed", "shoot", "shot", "finish"], ["kill"])
        add(
            [
                "graffiti", "daubed", "sprayed", "painted", "scrawled", "etched", "tagged", "symbols", "symbol",
                "daubing",
            ], ["graffiti"])
        add(["swastika", "swastikas"], ["graffiti", "swastika"])
        add(
            [
                "smashed", "broken", "damaged", "vandalised", "vandalized", "damage", "vandalism", "torn", "ripped",
                "desecrated", "desecration", "overturned", "toppled",
            ], ["damage"])
        add(
            ["headstone", "headstones", "gravestone", "gravestones", "graves", "grave", "tombstones", "cemetery"],
            ["cemetery"])
        add(["synagogue", "shul", "congregants", "congregation", "rabbi", "worshippers"], ["synagogue"])
        add(
            ["school", "pupils", "pupil", "schoolchildren", "schoolgirl", "schoolboy", "children", "primary"],
            ["school"])
        add(["student", "students", "campus", "university", "uni", "lecturer", "soc"], ["university"])
        add(["shop", "restaurant", "bakery", "business", "store", "cafe", "deli", "owned", "kosher"], ["premises"])
        add(["email", "emailed", "emails"], ["email", "message"])
        add(
            ["message", "messages", "messaged", "dm", "dms", "text", "texts", "communication", "communications"],
            ["message"])
        add(
            [
                "online", "internet", "post", "posts", "posted", "replies", "reply", "comment", "comments", "social",
                "media",
            ], ["online"])
        add(
            [
                "shouted", "shouting", "yelled", "abuse", "abused", "abusive", "verbal", "verbally", "called",
                "insulted",
                "insults", "remarks", "slurs", "slur", "taunted", "chanted", "screamed", "comments", "harassed",
            ], ["abuse"])
        add(
            [
                "leaflet", "leaflets", "flyer", "flyers", "literature", "pamphlet", "stickers", "sticker", "posters",
                "poster",
            ], ["leaflet"])
        add(["letter", "letters", "mailed", "envelope", "card"], ["letter"])
        add(["phone", "phoned", "telephone", "call", "voicemail", "rang"], ["phone"])
        add(["window", "windows", "glass"], ["window"])
        add(["mezuzah", "mezuzot"], ["mezuzah"])
        add(["egg", "eggs", "egged"], ["egg"])
        add(["bus", "buses", "tube", "train", "station", "platform"], ["transport"])
        add(["car", "vehicle", "van"], ["car"])
        add(["hitler", "nazi", "nazis", "holocaust", "salute"], ["nazi"])
        add(["israel", "israeli", "gaza", "zionist", "zionists", "palestine", "idf"], ["israel"])
        add(["kippah", "kippa", "yarmulke", "skullcap"], ["kippah"])
        add(["arrested", "arrest", "charged"], ["arrest"])
        add(["threw", "thrown", "throw", "throwing", "hurled", "lobbed"], ["throw"])
        add(["coffee", "tea", "drink", "drinks", "milkshake"], ["drink"])
        add(["knife", "blade", "bladed", "machete"], ["knife", "assault", "injury", "serious"])
        add(["tesco", "sainsburys", "sainsbury", "supermarket", "lidl", "aldi", "waitrose"], ["supermarket"])
        add(["tube", "underground"], ["tube"])
        add(["playground", "play"], ["playground"])
        add(["pharmacy", "chemist", "chemists"], ["pharmacy"])
        add(["junction", "crossing", "lights"], ["junction"])
        add(["home", "house", "address", "flat"], ["home"])
        add(["tzitzit", "tallit"], ["tzitzit"])
        add(["youths", "youth", "teenagers", "teenager", "teens", "boys", "lads", "juvenile", "juveniles"], ["youth"])
        add(["mp", "politician", "councillor"], ["publicfigure", "politician"])
        add(["journalist", "broadcaster", "presenter", "reporter", "columnist"], ["publicfigure", "journalist"])
        add(["lecturer", "professor", "academic"], ["university", "staff"])
        add(["stickers", "sticker", "affixed", "stuck"], ["sticker"])
        add(["removed", "ripped"], ["damage"])
        add(["burn", "fire", "arson", "petrol"], ["fire"])
        add(["denial", "hoax", "denying", "denied"], ["denial"])
        add(["letterbox", "letterboxes", "door"], ["door"])
        add(["gas", "hissed", "hissing"], ["gas"])
        add(["x", "twitter", "tweet", "tweets", "tweeted"], ["twitter", "online"])
        add(["instagram", "insta"], ["instagram", "online"])
        add(["tiktok"], ["tiktok", "online"])
        add(["facebook", "fb"], ["facebook", "online"])
        add(["whatsapp"], ["whatsapp", "message"])
        add(["telegram"], ["telegram", "online"])
        add(["floor", "ground", "pavement"], ["ground"])
        return map
    }()

    static let stopWords: Set<String> = [
        "a", "an", "the", "was", "were", "by", "of", "to", "on", "in", "at", "and", "or", "who", "with", "from",
        "for", "their", "them", "they", "it", "its", "as", "that", "this", "had", "has", "have", "been", "be", "is",
        "are", "his", "her", "he", "she", "him", "we", "our", "us", "i", "me", "my", "you", "your", "jewish", "jew",
        "jews", "antisemitic", "anti", "semitic", "antisemitism", "visibly", "which", "while", "when", "after",
        "into", "outside", "near", "inside", "over", "up", "out", "about", "then", "there", "not", "no", "also",
        "being", "some", "several", "two", "three", "one", "would", "will", "could", "did", "do", "said", "told",
        "made", "received", "subject", "subjected", "sustained", "passing", "passer", "other", "another", "same",
        "repeated", "repeatedly", "mass", "well", "known", "named", "via", "re", "st", "road", "street", "rd", "ln",
        "lane", "ave", "avenue", "gdns", "gardens", "dr", "drive", "way", "happened", "approx", "approximately",
        "around", "whilst", "forecourt", "gates", "under", "top", "deck", "every", "each", "someone",
    ]

    /// Short common words that are also place names somewhere; not read as places in free text.
    static let notPlaces: Set<String> = [
        "sale", "hale", "bank", "bow", "borough", "victoria", "hatfield", "angel", "kew", "hyde",
    ]
}
