import IncidentModel

/// Free-text descriptions in the two voices of the data: a victim's or caseworker's account, and
/// the police's anonymised shorthand (IP, IC codes, NFA).
enum DemoText {
    static func ownDescription(
        category: Category, method: Method, victim: VictimType, place: String?,
        discourse: DiscourseSet, victimName: String?, specifics: inout DemoSpecifics,
        rng: inout SeededGenerator
    ) -> String {
        // Who the victim is, in the victim's words and in the police's (who note the injured
        // party's sex and identity code, or their role).
        let (target, police): (String, [String]) =
            switch victim {
            case .individual:
                rng.pick([
                    ("A visibly Jewish man", ["IP (IC male)"]), ("A Jewish woman", ["IP (IC female)"]),
                    ("A Jewish teenager", ["Juvenile IP (IC male)", "Juvenile IP (IC female)"]),
                    ("A man wearing a kippah", ["IP (IC male)"]),
                    ("A Jewish family", ["IP (IC male) and family", "IP (IC female) and family"]),
                ])
            case .synagogue:
                rng.pick([
                    ("A synagogue", ["Synagogue", "Place of worship"]),
                    ("Congregants leaving a synagogue", ["Synagogue", "Place of worship"]),
                    ("A rabbi outside the synagogue", ["Synagogue", "Place of worship"]),
                ])
            case .school:
                rng.pick([
                    ("Pupils of a Jewish school", ["School", "Pupils at school"]),
                    ("A Jewish primary school", ["School", "Pupils at school"]),
                    ("Schoolchildren waiting at a bus stop", ["School", "Pupils at school"]),
                ])
            case .university:
                rng.pick([
                    ("A Jewish student", ["University student", "Student"]),
                    ("The Jewish society on campus", ["University student society", "Student society"]),
                    ("A Jewish lecturer", ["University staff member", "University lecturer"]),
                ])
            case .communalOrganisation:
                rng.pick([
                    ("A communal organisation", ["Community centre", "Communal organisation"]),
                    ("A Jewish community centre", ["Community centre", "Communal organisation"]),
                    ("Volunteers at a communal event", ["Community centre", "Communal organisation"]),
                ])
            case .business:
                rng.pick([
                    ("A kosher restaurant", ["Business premises", "Shop"]),
                    ("A Jewish-owned shop", ["Business premises", "Shop"]),
                    ("A kosher bakery", ["Business premises", "Shop"]),
                ])
            case .publicFigure:
                rng.pick([
                    ("A Jewish MP", ["IP (MP)", "Public figure"]),
                    ("A Jewish journalist", ["IP (journalist)", "Public figure"]),
                    ("A well-known Jewish broadcaster", ["IP (journalist)", "Public figure"]),
                ])
            case .cemetery: ("A Jewish cemetery", ["Cemetery"])
            case .other:
                rng.pick([
                    ("A Jewish household", ["Premises"]), ("A family home", ["Premises"]),
                    ("A Jewish charity shop", ["Premises"]),
                ])
            }
        specifics.victim = police
        let at = place.map { " in \($0)" } ?? ""
        let act: String =
            switch (category, method) {
            case (.extremeViolence, _):
                rng.pick([
                    "was attacked with a knife\(at) and taken to hospital",
                    "was beaten unconscious\(at) by a group shouting antisemitic abuse",
                ])
            case (.assault, _):
                rng.pick([
                    "was punched\(at) by a man who shouted \"Jews\"", "was spat at and pushed over\(at)",
                    "had eggs thrown at them from a passing car\(at)",
                ])
            case (.damageAndDesecration, .graffiti):
                rng.pick(["was daubed with a swastika\(at)", "had antisemitic graffiti sprayed on the front wall\(at)"])
            case (.damageAndDesecration, _):
                rng.pick([
                    "had its windows smashed\(at)", "had headstones pushed over\(at)",
                    "had a mezuzah torn from the door\(at)",
                ])
            case (.threats, .phone): "received a phone call threatening to \"finish what Hitler started\""
            case (.threats, .socialMedia): "received repeated threats to kill on social media"
            case (.threats, _): rng.pick(["was threatened with violence\(at)", "was told they would be stabbed\(at)"])
            case (.abusiveBehaviour, .socialMedia):
                rng.pick([
                    "was sent antisemitic messages on social media", "was targeted by antisemitic replies to a post",
                ])
            case (.abusiveBehaviour, .email): "received an abusive antisemitic email"
            case (.abusiveBehaviour, .letter): "received a hand-written antisemitic letter"
            case (.abusiveBehaviour, .graffiti): "reported antisemitic graffiti on a bus shelter\(at)"
            case (.abusiveBehaviour, _):
                rng.pick([
                    "was shouted at\(at) by a passer-by", "was verbally abused on a bus\(at)",
                    "was called a \"dirty Jew\"\(at)",
                ])
            case (.literature, _): "received a mass-mailed antisemitic leaflet"
            }
        if act == "was targeted by antisemitic replies to a post" {
            specifics.said.append("Replies to IP's social media post")
        }
        var motive = ""
        // What was said, as the victim tells it and as the police summarise it.
        func say(_ pair: (String, String)) { motive += " " + pair.0; specifics.said.append(pair.1) }
        if discourse.contains(.farRight) {
            say(
                rng.pick([
                    ("The offender gave a Nazi salute.", "Nazi salute made"),
                    ("The abuse referred to the Holocaust.", "Holocaust references"),
                ]))
        }
        if discourse.contains(.israelRelated) {
            say(
                rng.pick([
                    ("The abuse blamed them for the actions of Israel.", "IP blamed for Israeli state actions"),
                    ("The offender shouted about Gaza.", "Suspect made comments re Gaza"),
                ]))
        }
        if discourse.contains(.conspiracy) {
            say(("The message claimed Jews control the media.", "Conspiracy content re Jewish control of media"))
        }
        let told = specifics.ownText(&rng)
        var text = "\(target) \(act)." + (told.isEmpty ? "" : " " + told) + motive
        if let victimName, rng.chance(0.35) {
            text +=
                " Reported by \(victimName)"
                + (rng.chance(0.4) ? ", who can be reached on 07700 900\(DemoWriter.pad(rng.below(1000), 3))." : ".")
        }
        return text
    }

    static func policeDescription(
        category: Category, method: Method, place: String?,
        discourse: DiscourseSet, specifics: DemoSpecifics, rng: inout SeededGenerator
    ) -> String {
        var ip = specifics.victim.map { rng.pick($0) } ?? "IP (IC male)"
        // The police note an identity code; now and then not the sex, or (rarely) the wrong one.
        if ip.contains("(IC ") {
            ip = ip.replacing("(IC ", with: "(\(rng.pick(["IC1", "IC1", "IC2", "IC3"])) ")
            let roll = rng.unit()
            if roll < 0.08 {
                ip = ip.replacing(" male)", with: ")").replacing(" female)", with: ")")
            } else if roll < 0.10 {
                ip =
                    ip.contains(" female)")
                    ? ip.replacing(" female)", with: " male)") : ip.replacing(" male)", with: " female)")
            }
        }
        let suspect =
            "\(rng.pick(["IC1", "IC1", "IC3", "IC4", "IC6"])) \(rng.pick(["male", "males", "female"])) suspect"
        let act: String =
            switch (category, method) {
            case (.extremeViolence, _):
                "\(ip) sustained serious injuries in assault by \(suspect). GBH. Suspect arrested"
            case (.assault, _):
                """
                \(ip) assaulted by \(suspect) who made antisemitic comments. Common assault, \
                racially/religiously aggravated
                """
            case (.damageAndDesecration, _):
                "\(ip) subject to criminal damage, antisemitic graffiti/symbols. No suspects"
            case (.threats, _): "\(ip) received threats to kill from \(suspect). Malicious communications"
            case (.abusiveBehaviour, .socialMedia):
                "\(ip) received antisemitic online messages. Malicious communications"
            case (.abusiveBehaviour, .email): "\(ip) received abusive email. Malicious communications"
            case (.abusiveBehaviour, .letter): "\(ip) received antisemitic letter in post. Malicious communications"
            case (.abusiveBehaviour, .phone): "\(ip) received abusive phone call. Malicious communications"
            case (.abusiveBehaviour, .graffiti): "Antisemitic graffiti reported\(ip == "Premises" ? "" : " by " + ip)"
            case (.abusiveBehaviour, _):
                """
                \(ip) subjected to antisemitic verbal abuse by \(suspect). Public order s.5, \
                racially/religiously aggravated
                """
            case (.literature, _): "Antisemitic leaflets distributed. Malicious communications"
            }
        let at = place.map { " Location: \($0)." } ?? ""
        let outcome = rng.pick([" NFA.", " Enquiries ongoing.", " CCTV requested.", " Suspect identified.", ""])
        var told = specifics.policeText(&rng)
        // Most summaries note what was said (a few leave it out).
        for said in specifics.said where rng.chance(0.75) { told += (told.isEmpty ? "" : " ") + said + "." }
        return act + "." + (told.isEmpty ? "" : " " + told) + at + outcome
    }

    /// A plausible misspelling: a dropped or swapped letter.
    static func misspell(_ name: String, _ rng: inout SeededGenerator) -> String {
        var chars = Array(name)
        guard chars.count > 4 else { return name }
        let i = 1 + rng.below(chars.count - 3)
        if rng.chance(0.5) { chars.swapAt(i, i + 1) } else { chars.remove(at: i) }
        return String(chars)
    }
}
