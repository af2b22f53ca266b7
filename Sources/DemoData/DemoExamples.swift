import IncidentModel

/// The case examples of the synthetic history: for each half-year, three of the team's records of
/// each category, and three more for the typology section (one of each kind), told as the
/// publication tells them ("A Jewish man was punched on a bus in Salford …"): no name, no street,
/// no time, nothing from the record's personal fields. Chosen and worded by generators of their
/// own, so the rest of the history is unchanged.
enum DemoExamples {
    /// Examples per category in each half-year, and for the typology section.
    static let perCategory = 3

    /// Sets `caseExample` (and for the typology's, `caseExampleSection`) on the chosen records.
    static func add(to own: inout [Incident], seed: UInt64) {
        var byHalf: [String: [Int]] = [:]
        for (i, incident) in own.enumerated() where incident.status == .antisemitic && incident.category != nil {
            byHalf["\(incident.date.year)-\(incident.date.month <= 6 ? 1 : 2)", default: []].append(i)
        }
        // The accounts told in each year and section, so that a year's report repeats none (the
        // same account in another town is the same account).
        var told: [String: Set<String>] = [:]
        func gist(_ account: String, _ incident: Incident) -> String {
            let at = place(incident)
            return at.isEmpty ? account : account.replacing(at, with: "")
        }
        for key in byHalf.keys.sorted() {
            // A fixed order of each half's records that depends on the seed and references only.
            let shuffled = byHalf[key]!.map { i in
                var rng = DemoTypology.generator(seed: seed, reference: own[i].reference, salt: 0x6578)
                return (i, rng.next())
            }.sorted { $0.1 < $1.1 }.map(\.0)
            var taken: Set<Int> = []
            for category in Category.allCases {
                // Distinct accounts: a record whose account reads like one already told is passed over.
                let year = "\(key.prefix(4))|\(category.rawValue)"
                var count = 0
                for i in shuffled where own[i].category == category && !taken.contains(i) && count < perCategory {
                    let account = text(own[i], seed: seed)
                    guard told[year, default: []].insert(gist(account, own[i])).inserted else { continue }
                    taken.insert(i)
                    own[i].caseExample = account
                    count += 1
                }
            }
            for typology in Typology.allCases {
                let year = "\(key.prefix(4))|typology"
                guard
                    let i = shuffled.first(where: { i in
                        own[i].typology == typology && !taken.contains(i) && isTold(own[i])
                            && !told[year, default: []].contains(
                                gist(text(own[i], seed: seed, typology: typology), own[i]))
                    })
                else { continue }
                let account = text(own[i], seed: seed, typology: typology)
                told[year, default: []].insert(gist(account, own[i]))
                taken.insert(i)
                own[i].caseExample = account
                own[i].caseExampleSection = .other("typology")
            }
        }
    }

    /// Whether the record's facts make a typology example read well (someone there in person).
    static func isTold(_ incident: Incident) -> Bool {
        incident.method == .inPerson && incident.category != .literature
    }

    /// The town or borough, as the publication names it.
    static func place(_ incident: Incident) -> String {
        guard let force = incident.policeForce, let name = incident.location else { return "" }
        let district = DemoGazetteer.places[force]?.first { $0.name == name }?.district ?? name
        return " in " + (district == "City of London" ? "the City of London" : district)
    }

    /// The person the account is about, chosen to fit the record's victim type, with the
    /// pronouns the sentence goes on with.
    struct Person {
        let name: String
        let he: String
        let him: String
        /// "was" or "were", after ``he``.
        var was: String { he == "they" ? "were" : "was" }
    }

    static func person(_ victim: VictimType?, _ rng: inout SeededGenerator) -> Person {
        let man = ("he", "him"), woman = ("she", "her"), someone = ("they", "them")
        let (name, pronouns) =
            switch victim ?? .individual {
            case .individual, .other:
                rng.pick([
                    ("A Jewish man", man), ("A Jewish woman", woman), ("A visibly Jewish man", man),
                    ("A Jewish teenager", someone),
                    ("An elderly Jewish man", man), ("A Jewish mother", woman), ("A man wearing a kippah", man),
                ])
            case .synagogue:
                rng.pick([
                    ("A man walking to synagogue", man), ("A congregant leaving a synagogue", someone),
                    ("A rabbi", man),
                ])
            case .school: rng.pick([("A Jewish schoolboy", man), ("A Jewish schoolgirl", woman)])
            case .university: rng.pick([("A Jewish student", someone), ("A Jewish lecturer", someone)])
            case .communalOrganisation: ("A volunteer at a Jewish community event", someone)
            case .business:
                rng.pick([("The owner of a kosher shop", someone), ("A worker at a kosher bakery", someone)])
            case .publicFigure: rng.pick([("A Jewish public figure", someone), ("A Jewish journalist", someone)])
            case .cemetery: ("A visitor to a Jewish cemetery", someone)
            }
        return Person(name: name, he: pronouns.0, him: pronouns.1)
    }

    /// The building or body the account is about: what was damaged (`graffiti`: what was daubed),
    /// or who received the mail or call.
    static func target(
        _ victim: VictimType?, method: Method?, category: Category?,
        _ rng: inout SeededGenerator
    ) -> String {
        switch victim ?? .other {
        case .synagogue: "A synagogue"
        case .cemetery: "A Jewish cemetery"
        case .business: rng.pick(["A kosher restaurant", "A Jewish-owned shop"])
        case .communalOrganisation: "A Jewish community centre"
        case .school: "A Jewish school"
        case .university: "A Jewish student society"
        case .publicFigure: "The office of a Jewish public figure"
        case .individual, .other:
            category != .damageAndDesecration
                ? rng.pick(["A Jewish family", "A Jewish household"])
                : method == .graffiti
                    ? rng.pick(["The home of a Jewish family", "A Jewish family's car"])
                    : "The home of a Jewish family"
        }
    }

    /// The account of `incident`, in the publication's style.
    static func text(_ incident: Incident, seed: UInt64, typology: Typology? = nil) -> String {
        var rng = DemoTypology.generator(seed: seed, reference: incident.reference, salt: 0x7478)
        let at = place(incident), person = person(incident.victimType, &rng)
        let what = target(incident.victimType, method: incident.method, category: incident.category, &rng)
        let who = person.name
        if let typology { return typologyText(typology, person: person, at: at, &rng) }
        let israel = incident.discourse.contains(.israelRelated), farRight = incident.discourse.contains(.farRight)
        let said =
            farRight
            ? rng.pick(["shouted \"Heil Hitler\"", "made a Nazi salute", "shouted about the Holocaust"])
            : israel
                ? rng.pick(["blamed \(person.him) for the war in Gaza", "shouted about Israel"])
                : rng.pick([
                    "shouted antisemitic abuse", "called \(person.him) a \"dirty Jew\"",
                    "shouted \"Jews\" at \(person.him)",
                ])
        switch (incident.category ?? .abusiveBehaviour, incident.method ?? .other) {
        case (.extremeViolence, _):
            return rng.pick([
                "\(who) was attacked with a bottle\(at) by a man who \(said), "
                    + "and needed hospital treatment.",
                "\(who) was beaten\(at) by a group who \(said), and was left with serious injuries.",
            ])
        case (.assault, _):
            return rng.pick([
                "\(who) was punched on a bus\(at) by a man who \(said).",
                "\(who) was pushed to the ground\(at) by a passer-by who \(said).",
                "\(who) was spat at outside a shop\(at) by a woman who \(said).",
                "\(who) had eggs thrown at \(person.him) from a passing car\(at).",
            ])
        case (.damageAndDesecration, .graffiti):
            return "\(what)\(at) was daubed with " + (farRight ? "swastikas." : "antisemitic graffiti.")
        case (.damageAndDesecration, _):
            return what == "A Jewish cemetery"
                ? "Headstones were pushed over at a Jewish cemetery\(at)."
                : "\(what)\(at) had "
                    + rng.pick([
                        "its windows smashed", "a mezuzah torn from its door",
                        "its gate kicked in", "a brick thrown through its window",
                        "antisemitic stickers stuck on its door",
                    ]) + "."
        case (.threats, .inPerson):
            return rng.pick([
                "\(who) was told\(at) that \(person.he) would be stabbed, by a man who \(said).",
                "\(who) was followed\(at) by a man who threatened to kill \(person.him) and \(said).",
            ])
        case (.threats, .phone):
            return "\(what)\(at) received a phone call threatening to \"finish what Hitler started\"."
        case (.threats, .socialMedia):
            return "\(who) received repeated threats to kill on social media."
        case (.threats, _):
            return "\(what)\(at) received a letter threatening to burn the building down."
        case (.abusiveBehaviour, .inPerson):
            return rng.pick([
                "\(who) was verbally abused on a bus\(at) by a man who \(said).",
                "A driver slowed down\(at) to shout antisemitic abuse at a group of "
                    + "Jewish schoolchildren.",
                "\(who) was abused in a supermarket queue\(at) by a customer who \(said).",
                "\(who) was called a \"dirty Jew\"\(at) by a passer-by.",
            ])
        case (.abusiveBehaviour, .socialMedia):
            return "\(who) was sent antisemitic messages on social media"
                + (israel ? " that blamed Jews for the war in Gaza." : ".")
        case (.abusiveBehaviour, .graffiti):
            return "Antisemitic graffiti was sprayed on a bus shelter\(at)."
        case (.abusiveBehaviour, .email):
            return "\(what)\(at) received an abusive antisemitic email."
        case (.abusiveBehaviour, .letter):
            return "\(what)\(at) received a hand-written antisemitic letter."
        case (.abusiveBehaviour, _):
            return "\(what)\(at) received an abusive antisemitic phone call."
        case (.literature, _):
            return rng.pick([
                "Leaflets claiming that Jews control the media were pushed through letterboxes\(at).",
                "Jewish organisations received a mass-mailed email promoting Holocaust denial.",
                "Flyers blaming Jews for the cost of living were left on parked cars\(at).",
                "A far-right group posted leaflets denying the Holocaust to homes\(at).",
                "Copies of an antisemitic conspiracy pamphlet were left in a library\(at).",
            ])
        }
    }

    /// An account that shows what the typology means.
    static func typologyText(_ typology: Typology, person: Person, at: String, _ rng: inout SeededGenerator) -> String {
        switch typology {
        case .mission:
            rng.pick([
                "A man drove to a synagogue\(at), waited for congregants to leave and shouted "
                    + "antisemitic abuse at them.",
                "An offender went from door to door\(at), sticking antisemitic stickers on the doors "
                    + "of Jewish homes.",
                "Two men travelled to a Jewish school\(at) to film the pupils and shout abuse at them "
                    + "through the fence.",
            ])
        case .opportunistic:
            rng.pick([
                "\(person.name) was abused\(at) by a stranger who saw that \(person.he) \(person.was) Jewish "
                    + "as \(person.he) passed in the street.",
                "A passing cyclist\(at) shouted antisemitic abuse at a visibly Jewish family walking "
                    + "to synagogue.",
                "A group of teenagers on a bus\(at) noticed a man wearing a kippah and made Nazi "
                    + "salutes at him.",
            ])
        case .aggravated:
            rng.pick([
                "An argument over a parking space\(at) turned antisemitic when the other driver called "
                    + "a Jewish man a \"dirty Jew\".",
                "A dispute between neighbours\(at) turned antisemitic when one of them made Nazi salutes "
                    + "at the Jewish family next door.",
                "A row in a shop queue\(at) turned antisemitic when a customer told a Jewish woman "
                    + "to \"go back to Israel\".",
            ])
        }
    }
}
