import IncidentModel

// The words name detection reads (titles, cues, name lists' additions, ordinary words that are
// also names…), kept apart from the rules in Names.swift. General English and UK usage only.
extension Names {
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "rabbi", "rebbetzin", "rev", "revd", "reverend", "sir", "dame", "lady",
        "lord", "prof", "professor", "pc", "dc", "ds", "sgt", "sergeant", "insp", "inspector", "cllr", "councillor",
        "imam", "father", "sister", "brother", "uncle", "aunt", "auntie", "master",
        // religious
        "rav", "reb", "rebbe", "dayan", "chazan", "hazzan", "cantor", "fr", "canon", "bishop", "archbishop", "pastor",
        "vicar", "deacon", "sheikh", "shaykh", "mufti", "maulana", "moulana", "hafiz", "haji", "hajji", "ustadh",
        "swami",
        "pandit", "giani", "bhai", "rebbitzen", "rebbetzen", "mother", "rt", "hon",
        // civic and academic
        "mayor", "alderman", "baroness", "baron", "judge", "justice", "dean", "principal", "headteacher",
        "madam", "madame", "mme", "mlle", "herr", "frau", "señor", "senor", "señora", "senora", "signor", "signora",
        // police ranks
        "pcso", "dci", "di", "dsi", "dsupt", "supt", "superintendent", "chief", "det", "detective", "constable", "cst.",
        "commander", "cdr", "officer", "acc", "dcc", "commissioner", "sergeant", "corporal", "cpl", "captain", "capt",
        "lieutenant", "lt", "major", "colonel", "col", "general", "private", "pte",
    ]

    /// Words after which a capitalised word is a person's name.
    static let cues: Set<String> = [
        "named", "called", "name", "reported", "victim", "complainant", "witness", "son", "daughter", "wife", "husband",
        "mother", "mum", "dad", "friend", "neighbour", "colleague", "contact", "aka", "as", "pupil", "teacher",
        "student",
        "boyfriend", "girlfriend", "partner", "grandson", "granddaughter", "cousin", "nephew", "niece", "caller",
        "by", "from", "to", "with", "and", "told", "asked", "informed", "tagged", "mentioned", "messaged", "emailed",
        "ip", "aka", "alias", "nicknamed", "nickname", "surnamed", "née", "nee", "grandfather", "grandmother",
        "grandma",
        "grandpa", "stepson", "stepdaughter", "fiancé", "fiancée", "fiance", "fiancee", "spouse", "flatmate",
        "housemate",
        "classmate", "landlord", "landlady", "tenant", "employer", "employee", "victims", "complainants", "suspect",
        "injured", "mrs.", "sibling", "brother-in-law", "sister-in-law", "father-in-law", "mother-in-law", "son-in-law",
        "daughter-in-law", "stepfather", "stepmother", "twin", "child", "baby", "toddler", "pupil", "person",
        "occupant", "occupier", "householder", "homeowner", "resident", "informant", "i'm", "i’m",
    ]

    /// Family words after a possessive ("her daughter", "my son"): a lone word after them, even
    /// in lower case and unknown to the name lists, is the relative's name when a verb follows.
    static let kin: Set<String> = [
        "son", "daughter", "wife", "husband", "mother", "mum", "dad", "father", "brother", "sister", "grandson",
        "granddaughter", "nephew", "niece", "cousin", "partner", "boyfriend", "girlfriend", "fiancé", "fiancée",
        "fiance",
        "fiancee", "stepson", "stepdaughter", "grandmother", "grandfather", "aunt", "uncle", "child", "friend",
        "neighbour",
    ]

    /// Words that may stand between a family word and a verb and are no name.
    static let notKinNames: Set<String> = [
        "first", "later", "too", "soon", "never", "always", "often", "once", "twice", "herself", "himself", "myself",
        "themselves", "alone", "together", "already", "just", "still", "even", "also", "then", "who", "which", "that",
        "finally", "initially", "instead", "again", "only", "both", "all", "each", "aged", "age", "now", "recently",
        "subsequently", "immediately", "actually", "really", "eventually", "previously", "nearly", "almost",
        "personally",
        "quickly", "luckily", "thankfully", "sadly", "here", "there", "home", "back", "outside", "inside", "upstairs",
        "downstairs", "nearby", "yesterday", "today", "tonight", "earlier", "afterwards", "meanwhile", "opposite",
        "abroad",
        "next-door", "nextdoor", "below", "above", "instead", "however", "though", "too", "either", "likewise",
        "herself",
    ]

    /// Words of police logs written in capitals that follow "IP" (the injured party) and are no name.
    static let logWords: Set<String> = [
        "contact", "contacted", "details", "address", "home", "tel", "mob", "mobile", "phone", "email", "resides",
        "states",
        "stated", "reports", "reported", "advised", "informed", "lives", "not", "declined", "refused", "unable",
        "happy",
        "wishes", "requests", "requested", "confirms", "confirmed", "believes", "describes", "described", "sustained",
        "suffered", "attended", "left", "returned", "went", "walking", "travelling", "approached", "punched",
        "assaulted",
        "spat", "pushed", "shaken", "upset", "distressed", "injured", "unhurt", "uninjured", "aged", "dob", "age",
        "ethnicity",
        "occupation", "works", "is", "was", "has", "had", "will", "would", "does", "did", "can", "could", "then", "now",
        "also", "further", "later", "initially", "subsequently", "called", "rang", "phoned", "texted", "emailed",
        "statement", "provided", "gave", "given", "supports", "support", "wants", "feels", "felt", "heard", "saw",
        "seen",
    ]

    /// Words that open a sentence with a capital before a surname and are no given name
    /// ("Unlike Cohen, …", "Ask Levy …").
    static let capitalisedFunctionWords: Set<String> = [
        "unlike", "like", "despite", "except", "against", "without", "unless", "although", "though", "since", "until",
        "whereas", "whilst", "neither", "nor", "either", "even", "dear", "hi", "hello", "thanks", "yet", "besides",
        "including", "regarding", "per", "via", "toward", "towards", "behind", "beside", "between", "beyond", "near",
        "opposite", "past", "through", "within", "upon", "among", "amongst", "around", "across", "along", "beneath",
        "inside", "onto", "whom", "whose", "what", "why", "how", "ask", "tell", "contact", "call", "email", "phone",
        "text", "see", "meet", "thank", "according", "following", "concerning", "re", "attn", "fao", "cc", "from", "to",
        "visit", "visited", "tell", "told", "let", "both", "every", "each", "another", "other", "such", "many",
        "several",
    ]

    /// Sign-offs after which a capitalised word ends a message with its writer's name.
    static let signOffs: Set<String> = [
        "thanks", "regards", "cheers", "sincerely", "faithfully", "wishes", "thank-you", "thankyou",
    ]

    /// Cues that are common words: a name must follow directly and be a known first name or
    /// followed by a capitalised surname.
    static let weakCues: Set<String> = [
        "by", "from", "to", "with", "and", "as", "told", "asked", "informed", "mentioned", "name", "i'm", "i’m", "am",
        "suspect", "injured", "victims", "complainants", "child", "baby", "person", "pupil", "employer",
        "employee", "landlord", "tenant", "twin", "toddler",
    ]

    /// Chains and platforms: named everywhere without identifying anyone.
    static let platforms: Set<String> = [
        "twitter", "instagram", "facebook", "tiktok", "whatsapp", "telegram", "youtube", "snapchat", "reddit",
        "linkedin",
        "x", "threads", "bluesky", "discord", "gab", "tesco", "sainsbury", "sainsburys", "sainsbury's", "lidl", "aldi",
        "asda", "waitrose", "morrisons", "mcdonalds", "mcdonald's", "amazon", "google", "uber", "deliveroo",
        "starbucks",
        "boots", "greggs", "primark", "kfc", "subway", "m&s", "iceland", "co-op", "ocado", "ikea", "argos",
    ]

    /// Capitalised words that are not names (sentence starters, institutions, places in stock phrases).
    static let notNames: Set<String> = [
        "the", "a", "an", "i", "he", "she", "they", "we", "it", "this", "that", "his", "her", "their", "my", "our",
        // a letter's greeting, and the community's own words for its traditions
        "dear", "madam", "ashkenazim", "ashkenazic", "sephardim", "sephardic",
        "jewish",
        "jew", "jews", "israel", "israeli", "gaza", "palestine", "palestinian", "hamas", "hitler", "nazi", "holocaust",
        "police", "cst", "met", "school", "synagogue", "council", "university", "street", "road", "station", "high",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "shabbat", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december", "christmas",
        "easter", "passover", "pesach", "yom", "kippur", "rosh", "hashanah", "chanukah", "hanukkah", "purim", "sukkot",
        "london", "manchester", "uk", "england", "britain", "british", "english", "muslim", "christian", "islam",
        "free", "heil", "twitter", "instagram", "facebook", "tiktok", "whatsapp", "telegram", "x", "youtube", "google",
        "tesco", "sainsbury", "sainsburys", "lidl", "aldi", "asda", "waitrose", "mcdonalds", "ip", "nfa", "cctv", "ic1",
        "ic2", "ic3", "ic4", "ic5", "ic6", "ic9", "it", "there", "when", "after", "then", "later", "on", "in", "at",
        "outside", "while", "during", "both", "no", "yes", "one", "two", "three", "suspect", "offender", "victim",
        "male", "female", "man", "woman", "someone", "unknown", "staff", "security", "community", "centre", "kosher",
        "jewish-owned", "zionist", "zionists", "child", "killer", "dirty", "go", "back", "you", "your", "all",
        "orthodox", "haredi", "charedi", "hasidic", "chasidic", "hassidic", "sephardi", "ashkenazi", "sikh", "hindu",
        "asian",
        "arab", "polish", "iranian", "turkish", "russian", "french", "american", "irish", "scottish", "welsh",
        "european",
        "african", "caribbean", "kurdish", "somali", "nigerian", "indian", "pakistani", "bangladeshi", "chinese",
        "jewess", "no-one", "iraqi", "moroccan", "ethiopian", "eritrean", "ghanaian", "lithuanian", "ukrainian",
        "romanian", "bulgarian", "hungarian", "greek", "portuguese", "brazilian", "spanish", "italian", "german",
        "dutch", "vietnamese", "filipino", "lankan", "gujarati", "punjabi", "bengali", "yemeni", "syrian", "egyptian",
        "lebanese", "afghan", "sudanese", "algerian", "tunisian", "libyan", "kenyan", "ugandan", "zimbabwean",
        "jamaican", "norwegian", "swedish", "danish", "finnish", "belgian", "swiss", "austrian", "czech", "slovak",
        "latvian", "estonian", "georgian", "armenian", "persian", "iraqis", "yemenite", "bukharan",
        "allahu", "akbar", "sieg", "intifada", "globalise", "globalize", "zog", "yesterday", "today", "tonight",
        "tomorrow", "earlier", "recently", "afterwards", "meanwhile", "overnight",
        "morning", "afternoon", "evening", "night", "sadly", "unfortunately", "luckily", "fortunately", "apparently",
        "allegedly", "eventually", "initially", "subsequently", "previously", "separately", "however", "also", "again",
    ]

    /// First names (UK usage across communities). Ambiguous ones (also ordinary words) count
    /// only with a surname after them or a cue before.
    static let firstNames: Set<String> = NameLists.givenNames.union(localFirstNames)

    static let localFirstNames: Set<String> = [
        "aaron", "abigail", "abraham", "adam", "adele", "adrian", "ahmed", "aisha", "alan", "albert", "alex",
        "alexander",
        "alexandra", "ali", "alice", "alison", "amanda", "amelia", "amir", "amy", "andrew", "angela", "anna", "anne",
        "anthony", "ari", "ariel", "arthur", "ashley", "avi", "avraham", "barbara", "barry", "batsheva", "ben",
        "benjamin",
        "beth", "bethany", "brian", "bruce", "caroline", "catherine", "charles", "charlie", "charlotte", "chaim",
        "chana",
        "chaya", "chloe", "chris", "christine", "christopher", "claire", "clare", "colin", "craig", "dan", "daniel",
        "danielle", "david", "dean", "deborah", "debbie", "dennis", "derek", "dov", "dvora", "edward", "eitan",
        "elaine",
        "eleanor", "eli", "eliana", "elijah", "elizabeth", "ella", "ellie", "emily", "emma", "eric", "esther", "ethan",
        "eve", "ezra", "fatima", "fiona", "gabriel", "gary", "gavin", "gemma", "geoffrey", "george", "gerald", "gideon",
        "gila", "gillian", "graham", "hannah", "harry", "harvey", "hassan", "hayley", "heather", "helen", "henry",
        "hershel",
        "hilary", "howard", "hugo", "ian", "ilana", "irene", "isaac", "isabel", "isabella", "ivan", "jacob", "jake",
        "james", "jamie", "jane", "janet", "jason", "jeffrey", "jennifer", "jeremy", "jessica", "joanna", "joel",
        "john",
        "jonathan", "joseph", "josh", "joshua", "judith", "julia", "julian", "justin", "karen", "kate", "katherine",
        "katie", "keith", "kevin", "laura", "lauren", "leah", "lee", "leo", "leon", "lewis", "liam", "lily", "linda",
        "lisa", "louise", "lucy", "luke", "malka", "margaret", "maria", "marion", "martin", "mary", "matthew", "max",
        "megan", "melanie", "menachem", "michael", "michelle", "miriam", "mohammed", "mohammad", "moshe", "muhammad",
        "naomi", "natalie", "nathan", "neil", "nicholas", "nicola", "noah", "oliver", "olivia", "oscar", "paul",
        "pauline",
        "peter", "philip", "phillip", "rachel", "rebecca", "richard", "rivka", "robert", "rochel", "ruth", "ryan",
        "sam", "samantha", "samuel", "sandra", "sara", "sarah", "shimon", "shira", "shlomo", "shmuel", "simon",
        "sophie",
        "stephen", "steven", "stuart", "susan", "talia", "tamar", "thomas", "timothy", "tom", "tony", "tzvi", "victor",
        "vincent", "yaakov", "yael", "yehuda", "yitzchak", "yosef", "yossi", "zac", "zachary", "zoe", "zvi",
        "mordechai",
        "baruch", "dina", "devorah", "feige", "gitty", "perel", "sholom", "yehudis", "yocheved", "zissy", "chani",
        "efraim", "levi", "mendel", "mendy", "nechama", "pinchas", "raizy", "shoshana", "tova", "yisroel", "akiva",
        "priya", "raj", "sunil", "anil", "deepak", "omar", "yusuf", "ibrahim", "khalid", "tariq", "zara", "layla",
        "noor", "ayesha", "kwame", "kofi", "ama", "chidi", "tunde", "wei", "li", "chen", "piotr", "agnieszka", "marek",
        "katarzyna", "giovanni", "francesca", "pierre", "sophia", "ana", "carlos", "sofia", "mateo", "connor", "declan",
        "siobhan", "niamh", "aoife", "callum", "rhys", "owen", "dylan", "ffion", "morgan", "ruby", "freya", "poppy",
        "isla", "evie", "amber", "jasmine", "harriet", "imogen", "jemima", "tabitha", "rosie", "phoebe", "maisie",
    ]

    static let ambiguous: Set<String> = englishWords.intersection(firstNames).union(localAmbiguous)

    static let localAmbiguous: Set<String> = [
        "will", "may", "june", "rose", "mark", "grace", "hope", "faith", "joy", "bill", "art", "pat", "sue", "jack",
        "frank", "victoria", "chelsea", "florence", "jordan", "kent", "holly", "ivy", "dawn", "summer", "iris", "ray",
        "rob", "guy", "penny", "sky", "river", "brook", "autumn", "august", "april", "hunter", "miles", "dean", "lee",
        "max", "sam", "eve", "chase", "harry", "zion", "shalom", "simcha", "adina", "sender", "can", "marina",
    ]

    /// Common surnames (UK usage across communities), which count wherever they are capitalised.
    static let surnames: Set<String> = NameLists.surnames.union(localSurnames)

    static let localSurnames: Set<String> = [
        "smith", "jones", "williams", "taylor", "brown", "davies", "evans", "wilson", "thomas", "johnson", "roberts",
        "robinson", "thompson", "wright", "walker", "white", "edwards", "hughes", "green", "hall", "lewis", "harris",
        "clarke", "patel", "jackson", "wood", "turner", "martin", "cooper", "hill", "ward", "morris", "moore", "clark",
        "lee", "king", "baker", "harrison", "morgan", "allen", "james", "scott", "phillips", "watson", "davis",
        "parker",
        "price", "bennett", "young", "griffiths", "mitchell", "kelly", "cook", "carter", "richardson", "bailey",
        "collins",
        "bell", "shaw", "murphy", "miller", "cox", "richards", "khan", "marshall", "anderson", "simpson", "ellis",
        "adams", "singh", "begum", "wilkinson", "foster", "chapman", "powell", "webb", "rogers", "gray", "mason", "ali",
        "hussain", "ahmed", "campbell", "matthews", "owen", "palmer", "holmes", "mills", "barnes", "knight", "lloyd",
        "butler", "russell", "barker", "fisher", "stevens", "jenkins", "murray", "dixon", "harvey", "cohen", "levy",
        "levi", "shapiro", "friedman", "goldberg", "goldstein", "rosenberg", "rosenthal", "schwartz", "weiss", "klein",
        "katz", "kaplan", "abrahams", "isaacs", "jacobs", "solomon", "solomons", "samuels", "myers", "marks", "lyons",
        "franks", "hart", "gold", "silver", "stern", "segal", "horowitz", "rabinowitz", "greenberg", "greenbaum",
        "lipman", "lieberman", "finkelstein", "epstein", "bernstein", "feldman", "glass", "gross", "newman", "berman",
        "kahn", "mendel", "mendelsohn", "mizrahi", "sassoon", "benjamin", "david", "joseph", "nathan", "simons",
        "o'brien", "o'connor", "o'donnell", "o'neill", "mcdonald", "macdonald", "mckenzie", "nowak", "kowalski",
        "nguyen", "chen", "wang", "zhang", "okafor", "mensah", "adeyemi", "osei", "sharma", "gupta", "kaur", "malik",
    ]

    /// Endings that mark a capitalised word as a surname (Goldblatt, Rosenthal, Mockstein, Demowitz).
    static let surnameEndings = [
        "berg", "stein", "baum", "witz", "thal", "feld", "blatt", "owicz", "ovich", "ski", "sky", "mann",
    ]

    /// Verbs after which a sentence's capitalised opening words are its subject: a person.
    static let narrativeVerbs: Set<String> = [
        "was", "were", "had", "has", "found", "received", "reported", "said", "told", "saw", "is", "went", "came",
        "got",
        "heard", "noticed", "called", "rang", "contacted", "phoned", "emailed", "wrote", "says", "explained",
        "described",
        "works", "worked", "lives", "lived", "attends", "attended", "teaches", "studies", "states", "stated", "alleges",
        "alleged", "claims", "claimed", "recalled", "added", "confirmed", "believes", "fears", "feared", "feels",
        "felt",
        "wants", "asked", "spoke", "messaged", "texted", "tweeted", "posted", "complained", "witnessed", "identified",
    ]

    /// Common nouns that open sentences in incident descriptions (never names).
    static let commonOpeners: Set<String> = [
        "graffiti", "swastika", "swastikas", "leaflet", "leaflets", "eggs", "egg", "stones", "stickers", "windows",
        "headstones",
        "someone", "nobody", "everyone", "congregants", "pupils", "children", "students", "volunteers", "worshippers",
        "neighbours", "people", "residents", "staff", "officers", "witnesses", "shoppers", "passengers", "stickers",
        "posters", "messages", "emails", "letters", "flyers", "the", "a", "an", "she", "he", "they", "it", "this",
        "that",
        "nothing", "something", "damage", "abuse", "threats", "cctv", "footage", "paint", "glass", "bricks", "rocks",
        "schoolchildren", "jews", "israelis", "protesters", "marchers", "drivers", "men", "women", "boys", "girls",
        "teenagers",
        "complainant", "informant", "caller", "offender", "offenders", "suspects", "victims", "youths", "group",
        "police",
        // nouns that open a log's sentences ("Incident reported by …", "Sender address appears false")
        "incident", "incidents", "matter", "report", "crime", "case", "letter", "email", "call", "message", "post",
        "tweet", "video", "car", "vehicle", "bus", "window", "door", "property", "sign", "item", "items", "sender",
        "referral", "update", "offence", "attack", "assault", "threat", "note", "sticker", "poster", "flyer", "package",
        "parcel", "object", "substance", "liquid",
        "powder", "building", "site", "owner", "premises", "shop", "gate", "gates", "wall", "fence", "bin", "bins",
        "house", "home", "area", "security", "manager", "guard", "taxi", "train", "phone", "account", "profile",
        "page", "chat", "comment", "comments", "reply", "replies", "photo", "photos", "image", "picture", "flag",
        "flags", "banner", "chanting", "crowd", "march", "protest", "rally", "event", "service", "meeting", "lesson",
        "match", "recording", "voicemail", "text", "texts", "e-mail", "screenshot", "screenshots", "evidence",
        "entrance", "ambulance", "paramedics", "shomrim", "hatzola", "hatzolah", "firefighters", "window", "windows",
        "graffito", "paintwork", "bonnet", "windscreen", "statement",
    ]

    /// Surnames that are also ordinary words or parts of place names (Stamford Hill, Golders
    /// Green): names only after a first name or a title, never on their own.
    static let wordSurnames: Set<String> = englishWords.union(localWordSurnames)

    static let localWordSurnames: Set<String> = [
        "reich", "hill", "green", "wood", "hall", "king", "white", "brown", "bell", "mason", "marks", "glass", "gold",
        "silver",
        "hart", "young", "cook", "baker", "price", "ward", "cox", "mills", "barnes", "knight", "fisher", "carter",
        "turner", "parker", "walker", "wright", "shaw", "james", "david", "joseph", "nathan", "benjamin", "lee",
        "martin",
        "morgan", "scott", "thomas", "lewis", "russell", "butler", "palmer", "holmes", "owen", "webb", "gray", "stern",
        "gross", "newman", "murray", "powell", "chapman", "cooper", "wilson", "jackson", "harvey", "lyons", "solomon",
        "franks", "hughes", "ellis", "mitchell", "allen", "campbell", "richards", "jacobs", "mendel", "levi", "ali",
    ]

    /// Names (given or family) that are also ordinary English words or places: names only beside
    /// another name, a title or a cue.
    static let englishWords: Set<String> = NameLists.set(
        """
        will may june rose mark grace hope faith joy bill art pat sue jack frank victoria chelsea florence jordan kent \
        holly ivy dawn summer iris ray rob guy penny sky river brook autumn august april hunter miles dean lee max sam \
        eve chase harry zion shalom simcha adina precious blessing pearl ruby violet willow amber jade crystal honey \
        long little black white green day bird wall west read page power swift law cross stone fox fine glass gold \
        diamond singer tan do ha le ly lo ma hu song sun wan lam mai van da chan ho lord lane king wells hill hills \
        wood woods hall bell mason marks silver hart young cook baker price ward cox mills barnes knight fisher carter \
        turner parker walker wright shaw bishop banks brooks bull burns ford hunt kay mann moss nash rice sharp smart \
        todd wade weaver wolf field fry gill hale heath holland holt long lowe mack north pratt reed rich bates \
        cole grant norman nelson gray grey brown street mills newton church chambers house rivers lake ash birch \
        oak heath marsh moor dale vale bush booth porter potter sawyer taylor mayor judge bishop abbot friar \
        an yi yu li lin lei ping hong hung nam hai lan tam thi thu hoa binh duc minh long quang van xuan yen \
        mo jun shan tao ting wen yang ying yong yun zhi chao hao fang feng hui jie jing rui ming ling lan \
        israel jesus christian islam salaam amen said hazel heather ivory olive rosemary saffron sage \
        sunny storm rain star angel angelo major baron duke earl prince princess queen noble bond \
        may asha ashe cash dash rush bolt hart cherry berry hazel poppy daisy lily rosie tiger \
        ali sultan kaur singh begum bibi miah khatun das dee dev ram raj roy kim lord lamb bright \
        well good best hard lock love gale gay joy hope light bright shepherd sharp strong swan butt
        """)

    static let particlePrefixes: Set<String> = [
        "al", "el", "ul", "ud", "ad", "as", "ar", "an", "at", "az", "d", "ben", "bin", "bat", "ibn", "abu", "o",
    ]

    /// Lower-case words that may stand inside a name: "Jan van der Berg", "Maria de Souza".
    static let particles: Set<String> = [
        "van", "von", "der", "den", "de", "da", "di", "del", "della", "du", "le", "la", "al", "el", "bin", "bint",
        "ibn",
        "abu", "ter", "ten", "dos", "das", "do", "y", "ben", "bat", "ap", "zu", "st",
    ]

    /// Lower-case words common in descriptions that also appear in name lists.
    static let commonLower: Set<String> = [
        "man", "men", "son", "van", "car", "bus", "can", "day", "way", "may", "will", "bill", "long", "field", "gill",
        "hall", "hill", "page", "rose", "law", "ray", "guy", "kay", "job", "chase", "cross", "lane", "rich", "abbott",
        "all", "and", "the", "his", "her", "mark", "said", "sale", "salt", "ward", "tan", "sun", "nash", "moss", "lamb",
        "israel", "jesus", "christian", "islam", "jew", "jews", "nazi", "hamas", "zion", "allah", "gaza", "hitler",
        "taylor", "harper", "mason", "hunter", "baker", "cook", "carter", "fisher", "porter", "turner", "parker",
        "walker", "wright", "smith", "butler", "steward", "miller", "weaver", "singer", "dean", "judge", "major",
        "noble", "young", "black", "white", "brown", "green", "gray", "grey", "banks", "brooks", "wood", "woods",
        "gold", "silver", "stone", "fox", "wolf", "bird", "swift", "marsh", "heath", "moor", "dale", "bush", "booth",
        "eve",
        "rabbi", "imam", "sheikh", "khan", "chan", "lee", "ali", "lin", "kim", "roy", "ram", "raj", "das", "dev",
        "hope", "grace", "faith", "joy", "amber", "ruby", "pearl", "jade", "olive", "hazel", "iris", "violet", "holly",
        "ivy", "dawn", "summer", "august", "june", "april", "sky", "river", "storm", "angel", "star", "love", "best",
        "good", "well", "hard", "bright", "strong", "light", "lock", "bond", "ross", "bell", "frank", "cole", "hale",
        "hart", "west", "north", "york", "kent", "chester", "lancaster", "devon", "jordan", "florence", "paris",
        "london", "lincoln", "preston", "burton", "sutton", "morley", "ashley", "bradley", "shirley", "stanley",
        "camden", "barnet", "brent", "harrow", "bury", "leigh", "hayes", "salford", "wigan", "crewe", "derby",
    ]

    /// Words before which a capitalised run is a person: "X (the victim)", "X, a teacher", "X, 34,".
    static let appositives: Set<String> = [
        "victim", "the victim", "ip", "complainant", "the complainant", "witness", "the witness", "suspect",
        "the suspect",
        "injured party", "the injured party", "the ip", "informant", "caller", "the caller", "reporter", "rp",
    ]
}
