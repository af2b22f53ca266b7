// The words the reading of people and reach reads (DescriptionReading.swift, OffenderSketch):
// ordinary English and general police usage, no word list taken from any data set.
extension DescriptionText {
    /// Words before an age ("aged 34").
    static let ageBefore: Set<String> = [
        "aged", "age", "approx", "approximately", "about", "around", "ages", "roughly",
    ]
    /// Words after an age ("34 yrs").
    static let ageAfter: Set<String> = [
        "yrs", "years", "yr", "year", "yo", "yoa",
    ]
    /// Words for someone in their teens.
    static let teenWords: Set<String> = [
        "teenager", "teenagers", "teen", "teens", "teenage", "juvenile", "juveniles", "youths", "youth", "schoolboy",
        "schoolgirl", "schoolboys", "schoolgirls",
    ]

    /// Words for more than one.
    static let severalWords: Set<String> = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens", "several", "many",
        "multiple", "numerous", "various", "all", "neighbouring", "hundreds", "scores", "other", "group",
    ]
    /// Words that name several people on their own: each may be a police record of their own.
    static let severalPeople: Set<String> = [
        "couple", "family", "families", "congregants", "worshippers", "pupils", "schoolchildren", "children",
        "parents", "siblings", "students", "residents", "neighbours",
    ]
    /// Plural words for people (who may be an incident's victims, counted: "two Jewish men").
    static let peoplePlurals: Set<String> = [
        "men", "women", "boys", "girls", "teenagers", "teens", "children", "kids", "students", "pupils", "friends",
        "people", "youths", "males", "females", "adults", "schoolboys",
        "schoolgirls", "schoolchildren", "worshippers", "congregants", "persons", "individuals", "ladies",
        "brothers", "sisters", "sons", "daughters", "siblings", "twins", "grandchildren", "cousins",
    ]
    /// The family among `peoplePlurals`: counted, they are victims without a mark ("two brothers").
    static let kinPlurals: Set<String> = [
        "brothers", "sisters", "sons", "daughters", "siblings", "twins", "grandchildren", "cousins",
    ]
    /// Words that mark people as the community an incident targets ("two Jewish teenagers"),
    /// not as its offenders.
    static let targetedWords: Set<String> = [
        "jewish", "orthodox", "haredi", "charedi", "hasidic", "chasidic", "hassidic", "frum", "israeli",
    ]
    /// Words for the victim in an account (police usage: "IP", injured party; "V1"; "aggrieved").
    static let victimWords: Set<String> = ["ip", "ip1", "v1", "vic", "victim", "aggrieved", "complainant"]
    /// Words that may stand between a word for the victim and the victim's sex ("IP (juvenile
    /// male)", "victim, an elderly woman", "IP is a visibly Jewish man", "IP (IC1 female)").
    static let victimFillers: Set<String> = [
        "(", ",", "-", ":", "is", "was", "a", "an", "juvenile", "elderly", "young", "older", "adult", "teenage",
        "visibly", "ic1", "ic2", "ic3", "ic4", "ic5", "ic6",
    ]
    /// How a police log numbers a second victim of one incident ("V2 also abused - separate crime").
    static let secondVictimWords: Set<String> = ["v2", "v3", "v4", "ip2", "ip3", "ip4"]
    /// Words that deny the count after them ("no other victims", "not several").
    static let negationWords: Set<String> = ["no", "not", "nil", "any", "without"]
    /// Numbers written as words, before "x" in a count ("two x males").
    static let countWords: Set<String> = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]

    /// Plural words for people, homes and their doors: who a campaign reaches.
    static let receivers: Set<String> = [
        "homes", "houses", "households", "residents", "doors", "letterboxes", "flats", "families", "people",
        "neighbours", "victims", "cars", "vehicles", "properties", "addresses", "shops", "businesses", "members",
        "congregants", "pupils", "students", "parents", "worshippers",
    ]
    /// The receivers that are places or the households in them, and the things that are put up
    /// or pushed through doors by the dozen: an act that reached several of them ("five homes",
    /// "dozens of stickers") is spread over doors and streets, and each household or passer-by
    /// may report it on another day, to another officer, who words and classifies it their own way.
    static let placeReceivers: Set<String> = [
        "homes", "houses", "households", "residents", "doors", "letterboxes", "flats", "families", "properties",
        "addresses", "shops", "shopfronts", "businesses", "premises", "lampposts", "leaflets", "flyers", "stickers",
        "posters", "pamphlets", "schools", "nurseries", "synagogues", "shuls", "organisations", "organizations",
        "charities", "traders", "recipients", "garages", "bins",
    ]
    /// Things put up or handed out by the dozen (a subset of `placeReceivers`): with a word that
    /// spreads them over a place ("along", "across"), in the same sentence, they reached several.
    static let spreadThings: Set<String> = ["leaflets", "flyers", "stickers", "posters", "pamphlets"]
    /// Words that spread things over a place ("along the high street", "across the estate").
    static let spreadWords: Set<String> = ["along", "across", "throughout"]
    /// Homes and the places of several households, shops or organisations that, as a plural with
    /// no count and no "the", "their" or "a … of" before it, still mean several of them
    /// ("leaflets were pushed through letterboxes in Hale", "letters reached Jewish homes in the
    /// area"; residents and traders live or trade at several); not people at one place
    /// ("families"), not words whose plural is used for one place ("premises").
    static let barePlaceReceivers: Set<String> = [
        "homes", "houses", "households", "residents", "doors", "letterboxes", "flats", "properties", "shops",
        "shopfronts", "businesses", "lampposts", "schools", "nurseries", "synagogues", "shuls", "organisations",
        "organizations", "charities", "traders",
    ]
    /// Words that make a plural after them (within four words) one owner's, one known set or
    /// one building's ("the doors", "their homes", "a block of flats", "a row of shops"): the
    /// plural is then not read as several places on its own.
    static let definiteWords: Set<String> = [
        "the", "its", "his", "her", "their", "our", "my", "your", "this", "these", "those", "whose", "a", "an",
        "one", "block", "row",
    ]

    /// Words that name a person's sex, by entry: each word is in one entry only.
    static let sexEntries: [(words: [String], meaning: Sexes)] = [
        (
            [
                "male", "males", "man", "men", "boy", "boys", "gentleman", "father", "husband", "son", "grandfather",
                "brother", "mr", "schoolboy", "schoolboys",
            ], .male
        ),
        (
            [
                "female", "females", "woman", "women", "girl", "girls", "lady", "mother", "wife", "daughter",
                "grandmother",
                "sister", "mrs", "ms", "miss", "schoolgirl", "schoolgirls",
            ], .female
        ),
    ]
    /// Each word of `sexEntries` → the sex it names.
    static let sexWords: [String: Sexes] = table(sexEntries)

    /// Words that end a sentence's subject (its verb, or "by" before an agent).
    static let subjectEnds: Set<String> = [
        "was", "were", "is", "are", "had", "has", "have", "received", "receives", "reported", "reports", "sustained",
        "subject", "subjected", "assaulted", "attacked", "suffered", "got", "by", "who", "said", "says", "told",
        "called", "being", "been", "did", "came", "went", "walked", "found", "when", "while",
    ]

    /// Common irregular verbs of what an offender does (a past tense not ending in "-ed").
    static let activeVerbs: Set<String> = [
        "made", "gave", "threw", "spat", "hit", "took", "stole", "broke", "drew", "wrote", "sent", "shot", "struck",
        "ran", "drove", "rode", "stood", "put", "left", "tore", "began", "kept",
    ]

    /// Words after "by" that say how, not who ("by post", "by car"): no offender follows.
    static let meansAfterBy: Set<String> = ["post", "phone", "email", "letter", "hand", "car", "bus", "train"]
}
