import Linkage

/// Person names in free text: after titles and cue words, and known first names (with the
/// capitalised surname that follows).
enum Names {
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "rabbi", "rebbetzin", "rev", "revd", "reverend", "sir", "dame", "lady",
        "lord", "prof", "professor", "pc", "dc", "ds", "sgt", "sergeant", "insp", "inspector", "cllr", "councillor",
        "imam", "father", "sister", "brother", "uncle", "aunt", "auntie", "master",
    ]
    /// Words after which a capitalised word is a person's name.
    static let cues: Set<String> = [
        "named", "called", "name", "reported", "victim", "complainant", "witness", "son", "daughter", "wife", "husband",
        "mother", "mum", "dad", "friend", "neighbour", "colleague", "contact", "aka", "as", "pupil", "teacher", "student",
        "boyfriend", "girlfriend", "partner", "grandson", "granddaughter", "cousin", "nephew", "niece", "caller",
        "by", "from", "to", "with", "and", "told", "asked", "informed", "tagged", "mentioned", "messaged", "emailed",
    ]
    /// Cues that are common words: a name must follow directly and be a known first name or
    /// followed by a capitalised surname.
    static let weakCues: Set<String> = ["by", "from", "to", "with", "and", "as", "told", "asked", "informed", "mentioned", "name"]

    /// Capitalised words that are not names (sentence starters, institutions, places in stock phrases).
    static let notNames: Set<String> = [
        "the", "a", "an", "i", "he", "she", "they", "we", "it", "this", "that", "his", "her", "their", "my", "our", "jewish",
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
    ]

    /// First names (UK usage across communities). Ambiguous ones (also ordinary words) count
    /// only with a surname after them or a cue before.
    static let firstNames: Set<String> = [
        "aaron", "abigail", "abraham", "adam", "adele", "adrian", "ahmed", "aisha", "alan", "albert", "alex", "alexander",
        "alexandra", "ali", "alice", "alison", "amanda", "amelia", "amir", "amy", "andrew", "angela", "anna", "anne",
        "anthony", "ari", "ariel", "arthur", "ashley", "avi", "avraham", "barbara", "barry", "batsheva", "ben", "benjamin",
        "beth", "bethany", "brian", "bruce", "caroline", "catherine", "charles", "charlie", "charlotte", "chaim", "chana",
        "chaya", "chloe", "chris", "christine", "christopher", "claire", "clare", "colin", "craig", "dan", "daniel",
        "danielle", "david", "dean", "deborah", "debbie", "dennis", "derek", "dov", "dvora", "edward", "eitan", "elaine",
        "eleanor", "eli", "eliana", "elijah", "elizabeth", "ella", "ellie", "emily", "emma", "eric", "esther", "ethan",
        "eve", "ezra", "fatima", "fiona", "gabriel", "gary", "gavin", "gemma", "geoffrey", "george", "gerald", "gideon",
        "gila", "gillian", "graham", "hannah", "harry", "harvey", "hassan", "hayley", "heather", "helen", "henry", "hershel",
        "hilary", "howard", "hugo", "ian", "ilana", "irene", "isaac", "isabel", "isabella", "ivan", "jacob", "jake",
        "james", "jamie", "jane", "janet", "jason", "jeffrey", "jennifer", "jeremy", "jessica", "joanna", "joel", "john",
        "jonathan", "joseph", "josh", "joshua", "judith", "julia", "julian", "justin", "karen", "kate", "katherine",
        "katie", "keith", "kevin", "laura", "lauren", "leah", "lee", "leo", "leon", "lewis", "liam", "lily", "linda",
        "lisa", "louise", "lucy", "luke", "malka", "margaret", "maria", "marion", "martin", "mary", "matthew", "max",
        "megan", "melanie", "menachem", "michael", "michelle", "miriam", "mohammed", "mohammad", "moshe", "muhammad",
        "naomi", "natalie", "nathan", "neil", "nicholas", "nicola", "noah", "oliver", "olivia", "oscar", "paul", "pauline",
        "peter", "philip", "phillip", "rachel", "rebecca", "richard", "rivka", "robert", "rochel", "ruth", "ryan",
        "sam", "samantha", "samuel", "sandra", "sara", "sarah", "shimon", "shira", "shlomo", "shmuel", "simon", "sophie",
        "stephen", "steven", "stuart", "susan", "talia", "tamar", "thomas", "timothy", "tom", "tony", "tzvi", "victor",
        "vincent", "yaakov", "yael", "yehuda", "yitzchak", "yosef", "yossi", "zac", "zachary", "zoe", "zvi", "mordechai",
        "baruch", "dina", "devorah", "feige", "gitty", "perel", "sholom", "yehudis", "yocheved", "zissy", "chani",
        "efraim", "levi", "mendel", "mendy", "nechama", "pinchas", "raizy", "shoshana", "tova", "yisroel", "akiva",
        "priya", "raj", "sunil", "anil", "deepak", "omar", "yusuf", "ibrahim", "khalid", "tariq", "zara", "layla",
        "noor", "ayesha", "kwame", "kofi", "ama", "chidi", "tunde", "wei", "li", "chen", "piotr", "agnieszka", "marek",
        "katarzyna", "giovanni", "francesca", "pierre", "sophia", "ana", "carlos", "sofia", "mateo", "connor", "declan",
        "siobhan", "niamh", "aoife", "callum", "rhys", "owen", "dylan", "ffion", "morgan", "ruby", "freya", "poppy",
        "isla", "evie", "amber", "jasmine", "harriet", "imogen", "jemima", "tabitha", "rosie", "phoebe", "maisie",
    ]
    static let ambiguous: Set<String> = [
        "will", "may", "june", "rose", "mark", "grace", "hope", "faith", "joy", "bill", "art", "pat", "sue", "jack",
        "frank", "victoria", "chelsea", "florence", "jordan", "kent", "holly", "ivy", "dawn", "summer", "iris", "ray",
        "rob", "guy", "penny", "sky", "river", "brook", "autumn", "august", "april", "hunter", "miles", "dean", "lee",
        "max", "sam", "eve", "chase", "harry", "zion", "shalom", "simcha", "adina",
    ]

    /// Common surnames (UK usage across communities), which count wherever they are capitalised.
    static let surnames: Set<String> = [
        "smith", "jones", "williams", "taylor", "brown", "davies", "evans", "wilson", "thomas", "johnson", "roberts",
        "robinson", "thompson", "wright", "walker", "white", "edwards", "hughes", "green", "hall", "lewis", "harris",
        "clarke", "patel", "jackson", "wood", "turner", "martin", "cooper", "hill", "ward", "morris", "moore", "clark",
        "lee", "king", "baker", "harrison", "morgan", "allen", "james", "scott", "phillips", "watson", "davis", "parker",
        "price", "bennett", "young", "griffiths", "mitchell", "kelly", "cook", "carter", "richardson", "bailey", "collins",
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
    static let surnameEndings = ["berg", "stein", "baum", "witz", "thal", "feld", "blatt", "owicz", "ovich", "ski", "sky", "mann"]

    /// Verbs after which a sentence's capitalised opening words are its subject: a person.
    static let narrativeVerbs: Set<String> = [
        "was", "were", "had", "has", "found", "received", "reported", "said", "told", "saw", "is", "went", "came", "got",
        "heard", "noticed", "called", "rang", "contacted", "phoned", "emailed", "wrote", "says", "explained", "described",
    ]
    /// Common nouns that open sentences in incident descriptions (never names).
    static let commonOpeners: Set<String> = [
        "graffiti", "swastika", "swastikas", "leaflet", "leaflets", "eggs", "egg", "stones", "stickers", "windows", "headstones",
        "someone", "nobody", "everyone", "congregants", "pupils", "children", "students", "volunteers", "worshippers",
        "neighbours", "people", "residents", "staff", "officers", "witnesses", "shoppers", "passengers", "stickers",
        "posters", "messages", "emails", "letters", "flyers", "the", "a", "an", "she", "he", "they", "it", "this", "that",
        "nothing", "something", "damage", "abuse", "threats", "cctv", "footage", "paint", "glass", "bricks", "rocks",
        "schoolchildren", "jews", "israelis", "protesters", "marchers", "drivers", "men", "women", "boys", "girls", "teenagers",
    ]

    /// Surnames that are also ordinary words or parts of place names (Stamford Hill, Golders
    /// Green): names only after a first name or a title, never on their own.
    static let wordSurnames: Set<String> = [
        "hill", "green", "wood", "hall", "king", "white", "brown", "bell", "mason", "marks", "glass", "gold", "silver",
        "hart", "young", "cook", "baker", "price", "ward", "cox", "mills", "barnes", "knight", "fisher", "carter",
        "turner", "parker", "walker", "wright", "shaw", "james", "david", "joseph", "nathan", "benjamin", "lee", "martin",
        "morgan", "scott", "thomas", "lewis", "russell", "butler", "palmer", "holmes", "owen", "webb", "gray", "stern",
        "gross", "newman", "murray", "powell", "chapman", "cooper", "wilson", "jackson", "harvey", "lyons", "solomon",
        "franks", "hughes", "ellis", "mitchell", "allen", "campbell", "richards", "jacobs", "mendel", "levi", "ali",
    ]

    static func isSurname(_ word: Redactor.Word) -> Bool {
        guard word.isCapitalised else { return false }
        let b = bare(word)
        if surnames.contains(b) { return !wordSurnames.contains(b) }
        if b.count >= 6, surnameEndings.contains(where: { b.hasSuffix($0) }) { return true }
        // Double-barrelled and O'/Mc names: Cohen-Levy, O'Donnell.
        let scalars = Array(word.text.unicodeScalars)
        for k in 1..<max(scalars.count - 1, 1) where scalars[k] == "-" || scalars[k] == "'" || scalars[k] == "’" {
            if Patterns.isUpper(scalars[k + 1]) { return true }
        }
        return false
    }

    static func bare(_ word: Redactor.Word) -> String {
        var w = word.lower
        if w.hasSuffix("'s") || w.hasSuffix("’s") { w = String(w.dropLast(2)) }
        return w
    }

    static func isCapitalisedName(_ word: Redactor.Word) -> Bool {
        word.isCapitalised && !notNames.contains(bare(word)) && !Patterns.streetTypes.contains(word.lower)
            && word.text.unicodeScalars.allSatisfy { Patterns.isLetter($0) || $0 == "'" || $0 == "’" || $0 == "-" }
    }

    static func find(_ words: [Redactor.Word], _ s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < words.count {
            let w = words[i]
            let lower = bare(w)
            var start: Int?
            var end = i
            // A known first name, and the capitalised surname(s) after it.
            if w.isCapitalised, firstNames.contains(lower) || ambiguous.contains(lower) {
                var j = i + 1
                while j < words.count, j <= i + 2, adjacent(words[j - 1], words[j], s), isCapitalisedName(words[j]) { end = j; j += 1 }
                if firstNames.contains(lower) && !ambiguous.contains(lower) || end > i { start = i }
            }
            // After a title or cue.
            if start == nil, i + 1 < words.count, titles.contains(lower) || cues.contains(lower) || (lower == "is" && i > 0 && words[i - 1].lower == "name") {
                let next = words[i + 1]
                let strongCue = titles.contains(lower) || !weakCues.contains(lower)
                if adjacent(w, next, s) || s[w.range.upperBound] == "." || s[w.range.upperBound] == ":" || s[w.range.upperBound] == "," {
                    if isCapitalisedName(next) {
                        var j = i + 2
                        end = i + 1
                        while j < words.count, j <= i + 3, adjacent(words[j - 1], words[j], s), isCapitalisedName(words[j]) { end = j; j += 1 }
                        let surnameFollows = end > i + 1
                        if strongCue || surnameFollows || firstNames.contains(bare(next)) { start = i + 1 }
                        // A title's own word goes too ("Mr" stays readable, the name goes).
                    }
                }
            }
            // "Reported by X", "sent by X": the person who reported or acted.
            if start == nil, ["by"].contains(lower), i > 0, ["reported", "sent", "posted", "written", "witnessed", "seen", "signed"].contains(words[i - 1].lower),
               i + 1 < words.count, adjacent(w, words[i + 1], s), isCapitalisedName(words[i + 1]) {
                start = i + 1; end = i + 1
                var j = i + 2
                while j < words.count, j <= i + 3, adjacent(words[j - 1], words[j], s), isCapitalisedName(words[j]) { end = j; j += 1 }
            }
            // A known surname, or a surname-shaped word, wherever it is capitalised.
            if start == nil, isSurname(w) { start = i; end = i }
            // A sentence opening with one or two capitalised words and a narrative verb: "Tobias was punched".
            if start == nil, w.isCapitalised, Names.opensSentence(i, words, s), !commonOpeners.contains(lower), isCapitalisedName(w) {
                var j = i + 1
                end = i
                if j < words.count, adjacent(words[i], words[j], s), isCapitalisedName(words[j]) { end = j; j += 1 }
                if j < words.count, narrativeVerbs.contains(words[j].lower), adjacent(words[end], words[j], s),
                   !isPlace(words[i...end].map(\.text).joined(separator: " ")) {
                    start = i
                }
            }
            if let start {
                out.append(words[start].range.lowerBound..<words[end].range.upperBound)
                i = end + 1
            } else {
                i += 1
            }
        }
        return out
    }

    /// Whether word `i` starts the text or a sentence.
    static func opensSentence(_ i: Int, _ words: [Redactor.Word], _ s: [Unicode.Scalar]) -> Bool {
        guard i > 0 else { return true }
        let gap = s[words[i - 1].range.upperBound..<words[i].range.lowerBound]
        return gap.contains { $0 == "." || $0 == "!" || $0 == "?" || $0 == "\n" }
    }

    /// Whether the words name a place in the bundled gazetteer (Golders Green, Stamford Hill).
    static func isPlace(_ text: String) -> Bool {
        Gazetteer.bundled.isPlaceName(text)
    }

    /// Whether two words are separated by spaces only (a name does not run across punctuation).
    static func adjacent(_ a: Redactor.Word, _ b: Redactor.Word, _ s: [Unicode.Scalar]) -> Bool {
        let gap = s[a.range.upperBound..<b.range.lowerBound]
        return !gap.isEmpty && gap.count <= 2 && gap.allSatisfy { $0 == " " }
    }
}
