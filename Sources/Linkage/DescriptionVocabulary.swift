// The words the description comparison reads into terms: ordinary English and general police
// usage, kept apart from the logic in DescriptionTerms.swift (no word list here is taken from any
// data set). `DescriptionReadingTests` checks that no word is given two meanings.
extension DescriptionText {
    /// The words for a street's kind, and how each is written in full ("Rd" → "road").
    static let streetKinds: [String: String] = [
        "road": "road", "rd": "road", "street": "street", "st": "street", "lane": "lane", "ln": "lane",
        "lanes": "lanes", "avenue": "avenue", "ave": "avenue", "gardens": "gardens", "gdns": "gardens",
        "drive": "drive", "dr": "drive", "way": "way", "grove": "grove", "square": "square", "sq": "square",
        "crescent": "crescent", "cres": "crescent", "terrace": "terrace", "parade": "parade", "pde": "parade",
        "gr": "grove", "mews": "mews", "av": "avenue", "terr": "terrace",
    ]

    /// Street kinds that are also ordinary words or end place names ("Mill Hill", "took place"):
    /// read as a street only after a capitalised name that is not a known place.
    static let ordinaryStreetKinds: [String: String] = [
        "hill": "hill", "hl": "hill", "place": "place", "pl": "place",
        "common": "common", "cmn": "common", "close": "close",
        "walk": "walk", "row": "row", "rise": "rise", "cl": "close", "wlk": "walk",
        // A railway or bus station, named as a street is (British Transport Police records are
        // placed at stations: "EUSTON RLY STN").
        "station": "station", "stn": "station",
    ]

    /// The words between a station's name and "station" ("Euston railway station", "RLY STN").
    static let stationWords: Set<String> = [
        "railway", "rly", "rail", "tube", "underground", "lul", "lu", "dlr", "overground", "train", "bus", "coach",
        "metro", "metrolink", "tram",
    ]

    /// The words before "station" that make it no place on the railway.
    static let notStations: Set<String> = ["police", "petrol", "fire", "filling", "service", "polling", "power"]

    /// Words before which a street's kind names a kind of place, not a street ("the high street").
    static let articles: Set<String> = ["the", "a", "an"]

    /// Police and caseworker phrases → concepts ([] drops the phrase: outcomes, legal boilerplate).
    static let phrases: [String: [String]] = [
        "injured party": ["victim"], "malicious communications": ["message"], "malicious comms": ["message"],
        "mal comms": ["message"], "criminal damage": ["damage"], "public order": ["abuse"], "verbal abuse": ["abuse"],
        "verbally abused": ["abuse"], "no further action": [], "enquiries ongoing": [], "cctv requested": [],
        "suspect identified": [], "suspect arrested": ["arrest"], "no suspects": [], "no suspect": [],
        "racially religiously aggravated": [], "racially or religiously aggravated": [], "religiously aggravated": [],
        "racially aggravated": [], "hate crime": [], "threats to kill": ["threat", "kill"],
        "threat to kill": ["threat", "kill"], "social media": ["online"], "common assault": ["assault"],
        "actual bodily harm": ["assault", "injury"], "grievous bodily harm": ["assault", "injury", "serious"],
        "section 5": ["abuse"], "s 5": ["abuse"], "spat at": ["spit"], "spat on": ["spit"], "hand written": ["letter"],
        "phone call": ["phone"], "dirty jew": ["slur"], "bus stop": ["bus"], "bus shelter": ["bus", "shelter"],
        "front door": ["door"], "nazi salute": ["nazi", "salute"], "heil hitler": ["nazi"],
        "kosher shop": ["premises", "kosher"], "place of worship": ["synagogue"], "jewish school": ["school"],
        "jewish student": ["university", "student"], "online messages": ["online", "message"],
        "direct messages": ["online", "message"], "eggs thrown": ["egg", "throw"],
        "taken to hospital": ["injury", "hospital"], "knocked unconscious": ["injury", "serious"],
        "beaten unconscious": ["assault", "injury", "serious"], "hot drink": ["drink"], "head covering": ["kippah"],
        "religious clothing": ["tzitzit"], "traffic lights": ["junction"], "play area": ["playground"],
        "bladed article": ["knife", "assault", "injury", "serious"], "free palestine": ["israel", "free"],
        "child killer": ["childkiller"], "child killers": ["childkiller"], "car park": ["carpark"],
        "petrol station": ["petrolstation"], "post office": ["postoffice"], "high street": ["highstreet"],
        "railway bridge": ["bridge"], "railway arch": ["bridge"], "public figure": ["publicfigure"],
        "staff member": ["staff"],
    ]

    /// The first word of every phrase.
    static let phraseStarts = Set(phrases.keys.map { String($0.prefix { $0 != " " }) })

    /// The most words in a phrase.
    static let longestPhrase = phrases.keys.map { $0.split(separator: " ").count }.max() ?? 1

    /// Single words → concepts ([] drops the word), by entry: each word is in one entry only.
    static let wordEntries: [(words: [String], meaning: [String])] = [
        (["ip", "ips", "victim", "victims", "complainant", "aggrieved", "vic"], ["victim"]),
        (
            [
                "ic1", "ic2", "ic3", "ic4", "ic5", "ic6", "ic9", "ic0", "nfa", "enquiries", "ongoing", "cctv",
                "requested",
                "identified", "suspect", "suspects", "offender", "offenders", "perpetrator", "unknown", "male", "males",
                "female", "females", "man", "men", "woman", "women", "person", "persons", "subject", "reported",
                "report",
                "reports", "raised", "crime", "incident", "aggravated", "racially", "religiously", "s5", "sec",
                "logged",
                "recorded", "ref", "officers", "attended", "police", "premises", "location", "loc",
            ], []
        ),
        (
            [
                "punched", "punch", "hit", "struck", "kicked", "kick", "beaten", "beat", "attacked", "attack",
                "assaulted",
                "assault", "pushed", "shoved", "push", "headbutted", "slapped", "grabbed", "tripped", "abh",
            ], ["assault"]
        ),
        (["gbh", "wounding", "stab", "slashed", "bottle"], ["assault", "injury", "serious"]),
        (["injured", "injury", "injuries", "hospital", "bleeding", "hospitalised"], ["injury"]),
        (["spat", "spit", "spitting", "spitted"], ["spit"]),
        (["threatened", "threat", "threats", "threatening", "menaced", "intimidated"], ["threat"]),
        (["kill", "killed", "murder", "stabbed", "shoot", "shot", "finish"], ["kill"]),
        (
            [
                "graffiti", "daubed", "sprayed", "painted", "scrawled", "etched", "tagged", "symbols", "symbol",
                "daubing",
            ], ["graffiti"]
        ),
        (["swastika", "swastikas"], ["graffiti", "swastika"]),
        (
            [
                "smashed", "broken", "damaged", "vandalised", "vandalized", "damage", "vandalism", "torn", "ripped",
                "desecrated", "desecration", "overturned", "toppled",
            ], ["damage"]
        ),
        (
            [
                "headstone", "headstones", "gravestone", "gravestones", "graves", "grave", "tombstones",
                "cemetery",
            ], ["cemetery"]
        ),
        (["synagogue", "shul", "congregants", "congregation", "rabbi", "worshippers"], ["synagogue"]),
        (
            ["school", "pupils", "pupil", "schoolchildren", "schoolgirl", "schoolboy", "children", "primary"],
            ["school"]
        ),
        (["student", "students", "campus", "university", "uni", "soc"], ["university"]),
        (["shop", "restaurant", "bakery", "business", "store", "cafe", "deli", "owned", "kosher"], ["premises"]),
        (["email", "emailed", "emails"], ["email", "message"]),
        (
            [
                "message", "messages", "messaged", "dm", "dms", "text", "texts", "communication",
                "communications",
            ], ["message"]
        ),
        (
            [
                "online", "internet", "post", "posts", "posted", "replies", "reply", "comment", "social",
                "media",
            ], ["online"]
        ),
        (
            [
                "shouted", "shouting", "yelled", "abuse", "abused", "abusive", "verbal", "verbally", "called",
                "insulted",
                "insults", "remarks", "slurs", "slur", "taunted", "chanted", "screamed", "comments",
                "harassed",
            ], ["abuse"]
        ),
        (["leaflet", "leaflets", "flyer", "flyers", "literature", "pamphlet", "posters", "poster"], ["leaflet"]),
        (["letter", "letters", "mailed", "envelope", "card"], ["letter"]),
        (["phone", "phoned", "telephone", "call", "voicemail", "rang"], ["phone"]),
        (["window", "windows", "glass"], ["window"]),
        (["mezuzah", "mezuzot"], ["mezuzah"]),
        (["egg", "eggs", "egged"], ["egg"]),
        (["bus", "buses", "train", "station", "platform"], ["transport"]),
        (["car", "vehicle", "van"], ["car"]),
        (["hitler", "nazi", "nazis", "holocaust", "salute"], ["nazi"]),
        (["israel", "israeli", "gaza", "zionist", "zionists", "palestine", "idf"], ["israel"]),
        (["kippah", "kippa", "yarmulke", "skullcap"], ["kippah"]),
        (["arrested", "arrest", "charged"], ["arrest"]),
        (["threw", "thrown", "throw", "throwing", "hurled", "lobbed"], ["throw"]),
        (["coffee", "tea", "drink", "drinks", "milkshake"], ["drink"]),
        (["knife", "blade", "bladed", "machete"], ["knife", "assault", "injury", "serious"]),
        (["tesco", "sainsburys", "sainsbury", "supermarket", "lidl", "aldi", "waitrose"], ["supermarket"]),
        (["tube", "underground"], ["tube"]),
        (["playground", "play"], ["playground"]),
        (["pharmacy", "chemist", "chemists"], ["pharmacy"]),
        (["junction", "crossing", "lights"], ["junction"]),
        (["home", "house", "address", "flat"], ["home"]),
        (["tzitzit", "tallit"], ["tzitzit"]),
        (["youths", "youth", "teenagers", "teenager", "teens", "boys", "lads", "juvenile", "juveniles"], ["youth"]),
        (["mp", "politician", "councillor"], ["publicfigure", "politician"]),
        (["journalist", "broadcaster", "presenter", "reporter", "columnist"], ["publicfigure", "journalist"]),
        (["lecturer", "professor", "academic"], ["university", "staff"]),
        (["stickers", "sticker", "affixed", "stuck"], ["sticker"]),
        (["removed"], ["damage"]),
        (["burn", "fire", "arson", "petrol"], ["fire"]),
        (["denial", "hoax", "denying", "denied"], ["denial"]),
        (["letterbox", "letterboxes", "door"], ["door"]),
        (["gas", "hissed", "hissing"], ["gas"]),
        (["x", "twitter", "tweet", "tweets", "tweeted"], ["twitter", "online"]),
        (["instagram", "insta"], ["instagram", "online"]),
        (["tiktok"], ["tiktok", "online"]),
        (["facebook", "fb"], ["facebook", "online"]),
        (["whatsapp"], ["whatsapp", "message"]),
        (["telegram"], ["telegram", "online"]),
        (["floor", "ground", "pavement"], ["ground"]),
    ]

    /// Each word of `wordEntries` → its concepts.
    static let wordMap: [String: [String]] = table(wordEntries)

    /// The words of a list of entries → their entry's value. A word in two entries keeps its first
    /// (`repeatedWords` finds them; a test requires there are none).
    static func table<Value>(_ entries: [(words: [String], meaning: Value)]) -> [String: Value] {
        var table: [String: Value] = [:]
        for entry in entries {
            for word in entry.words where table[word] == nil { table[word] = entry.meaning }
        }
        return table
    }

    /// The words that are in more than one of `entries`, in order.
    static func repeatedWords<Value>(_ entries: [(words: [String], meaning: Value)]) -> [String] {
        var seen = Set<String>(), repeated: [String] = []
        for word in entries.flatMap(\.words) where !seen.insert(word).inserted { repeated.append(word) }
        return repeated
    }

    /// Words dropped from the terms (read after `wordMap`, so a word in both is mapped).
    static let stopWords: Set<String> = [
        "a", "an", "the", "was", "were", "by", "of", "to", "on", "in", "at", "and", "or", "who", "with", "from", "for",
        "their", "them", "they", "it", "its", "as", "that", "this", "had", "has", "have", "been", "be", "is", "are",
        "his", "her", "he", "she", "him", "we", "our", "us", "i", "me", "my", "you", "your", "jewish", "jew", "jews",
        "antisemitic", "anti", "semitic", "antisemitism", "visibly", "which", "while", "when", "after", "into",
        "outside", "near", "inside", "over", "up", "out", "about", "then", "there", "not", "no", "also", "being",
        "some", "several", "two", "three", "one", "would", "will", "could", "did", "do", "said", "told", "made",
        "received", "subject", "subjected", "sustained", "passing", "passer", "other", "another", "same", "repeated",
        "repeatedly", "mass", "well", "known", "named", "via", "re", "st", "road", "street", "rd", "ln", "lane", "ave",
        "avenue", "gdns", "gardens", "dr", "drive", "way", "happened", "approx", "approximately", "around", "whilst",
        "forecourt", "gates", "under", "top", "deck", "every", "each", "someone",
    ]

    /// Short common words that are also place names somewhere; not read as places in free text.
    static let notPlaces: Set<String> = [
        "sale", "hale", "bank", "bow", "borough", "victoria", "hatfield", "angel", "kew", "hyde",
    ]

    /// The endings `stem` removes, the longest first.
    static let stemSuffixes = ["ences", "ence", "ing", "ed", "ly", "es", "s"]
}
