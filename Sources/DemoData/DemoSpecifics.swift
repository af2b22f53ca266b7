import IncidentModel

/// What makes one incident different from another on the same day in the same borough: where
/// exactly, when, and a detail of what happened. The victim and the police describe the same
/// specifics in their own words (the police abbreviate streets, write times as "2030hrs" and
/// use their own vocabulary), so a matcher has to see through the wording.
public struct DemoSpecifics: Sendable, Hashable {
    /// The victim's phrase for the venue ("outside the Tesco Express") and the police's ("outside supermarket").
    public var venue: (own: String, police: String)?
    /// The street, as a victim writes it ("Brent Street").
    public var street: String?
    /// The hour and minute, when the account gives a time.
    public var time: (hour: Int, minute: Int)?
    /// A detail of what happened, in both voices.
    public var detail: (own: String, police: String)?
    /// What was said or shown, in the police's words (set as the victim's account is written).
    public var said: [String] = []
    /// How the police may describe the victim ("IP (IC female)", "Public figure"), chosen to fit
    /// the victim's account ("IC " stands for an identity code the police add).
    public var victim: [String]?

    public static func == (a: DemoSpecifics, b: DemoSpecifics) -> Bool {
        a.venue?.own == b.venue?.own && a.street == b.street && a.time?.hour == b.time?.hour
            && a.time?.minute == b.time?.minute && a.detail?.own == b.detail?.own
    }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(street); hasher.combine(venue?.own); hasher.combine(detail?.own)
    }

    static let venues: [(String, String)] = [
        ("outside the Tesco Express", "outside supermarket"), ("at the bus stop", "at bus stop"),
        ("on the top deck of a bus", "on bus"), ("at the tube station", "at underground station"),
        ("in the park", "in park"), ("outside a kosher café", "outside cafe"), ("in the car park", "in car park"),
        ("outside the school gates", "outside school premises"), ("on the high street", "on high street"),
        ("near the library", "near library"), ("at the petrol station", "at petrol station forecourt"),
        ("outside their home", "outside home address"), ("in the playground", "in play area"),
        ("at the traffic lights", "at junction"), ("outside the synagogue", "outside place of worship"),
        ("in the post office queue", "in post office"), ("at the pharmacy", "at chemist"),
        ("in the launderette", "in launderette"), ("outside the kosher butcher", "outside butchers"),
        ("at the railway bridge", "under railway bridge"),
    ]

    static let streets = [
        "Brent Street", "Golders Green Road", "Finchley Road", "Ballards Lane", "Bury Old Road", "Leicester Road",
        "Stamford Hill", "Clapton Common", "Upper Clapton Road", "Dunstan Road", "Hendon Way", "Station Road",
        "High Street", "Church Lane", "Queens Road", "Victoria Avenue", "Park Lane", "Regent Street", "Watford Way",
        "Edgware Way", "Broughton Lane", "Singleton Road", "Kings Road", "Manor Road", "Elm Grove", "Green Lanes",
        "Cheetham Hill Road", "Holders Hill Road", "Sentinel Square", "Wykeham Road", "Hale Lane", "Stanmore Hill",
        "Canons Drive", "Shenley Road", "Aldenham Road", "Hillside Avenue", "Alwoodley Lane", "Harrogate Road",
        "Coatham Gardens", "Cranbrook Road",
    ]

    static let details: [Category: [(String, String)]] = [
        .extremeViolence: [
            ("They were hit over the head with a bottle", "IP struck to head with glass bottle"),
            ("A knife was pulled on them", "Suspect produced bladed article"),
            ("They were kicked repeatedly on the ground", "IP kicked whilst on floor"),
        ],
        .assault: [
            ("A coffee was thrown over them", "Hot drink thrown at IP"),
            ("Their kippah was knocked off", "Religious head covering knocked off"),
            ("Their tzitzit were pulled", "Suspect pulled at IP's religious clothing"),
            ("A stone was thrown at them", "Stone thrown at IP"),
            ("Eggs were thrown from a white van", "Eggs thrown from white van"),
            ("They were shoved into the road", "IP pushed into carriageway"),
        ],
        .damageAndDesecration: [
            ("A swastika was scratched into the car bonnet", "Swastika scratched on vehicle"),
            ("Stickers saying Free Palestine were stuck on the door", "Stickers affixed to door"),
            ("A brick went through the front window", "Brick thrown through window"),
            ("The mezuzah was ripped off", "Mezuzah removed and damaged"),
            (
                "Graffiti reading Hitler was right was sprayed on the wall",
                "Graffiti 'Hitler was right' sprayed on wall"
            ),
        ],
        .threats: [
            ("The man said he would burn the synagogue down", "Threat to set fire to synagogue"),
            ("They were told they would be shot", "Threat to shoot IP"),
            ("A note said their children would be next", "Note threatening IP's children"),
            ("He drew a finger across his throat", "Throat-slitting gesture made"),
        ],
        .abusiveBehaviour: [
            ("He shouted Heil Hitler", "Suspect shouted 'Heil Hitler'"),
            ("They were called a child killer", "IP called 'child killer'"),
            ("A group of four teenagers made monkey noises and laughed", "Group of 4 youths laughing and jeering"),
            ("A driver slowed down and shouted Free Palestine", "Driver shouted 'Free Palestine' from vehicle"),
            ("He mimed a Nazi salute at them", "Nazi salute made towards IP"),
            ("A woman spat on the pavement in front of them", "Suspect spat on floor near IP"),
            ("Someone hissed gas noises", "Gas noises made at IP"),
        ],
        .literature: [
            ("The leaflet was pushed through every letterbox in the road", "Leaflets posted through letterboxes"),
            ("The flyer claimed the Holocaust was a hoax", "Flyer containing Holocaust denial"),
        ],
    ]

    static let onlineDetails: [(String, String)] = [
        ("on X", "on Twitter"), ("on Instagram", "via Instagram"), ("on TikTok", "on TikTok"),
        ("on Facebook", "via Facebook"),
        ("in a WhatsApp group", "via WhatsApp"), ("on Telegram", "on Telegram"),
    ]

    /// Draws the specifics of one incident.
    static func draw(category: Category, method: Method, _ rng: inout SeededGenerator) -> DemoSpecifics {
        var s = DemoSpecifics()
        if method.isOnline || method == .letter || method == .phone || category == .literature {
            if method.isOnline {
                s.detail = rng.pick(onlineDetails)
            } else if rng.chance(0.7), let list = details[category] {
                s.detail = rng.pick(list)
            }
            if rng.chance(0.3) { s.time = (rng.below(24), rng.pick([0, 15, 30, 45])) }
            return s
        }
        if rng.chance(0.85) { s.venue = rng.pick(venues) }
        if rng.chance(0.6) { s.street = rng.pick(streets) }
        if rng.chance(0.75) { s.time = (6 + rng.below(17), rng.pick([0, 5, 10, 15, 20, 30, 40, 45, 50])) }
        if rng.chance(0.8), let list = details[category] { s.detail = rng.pick(list) }
        return s
    }

    /// The specifics as the victim tells them (a sentence or two).
    func ownText(_ rng: inout SeededGenerator) -> String {
        var parts: [String] = []
        var whereText = ""
        if let venue { whereText += venue.own }
        if let street { whereText += (whereText.isEmpty ? "on " : " on ") + street }
        if let time {
            let h12 = time.hour % 12 == 0 ? 12 : time.hour % 12
            let suffix = time.hour < 12 ? "am" : "pm"
            let when = rng.pick([
                time.minute == 0
                    ? "at about \(h12)\(suffix)" : "at about \(h12).\(DemoWriter.pad(time.minute, 2))\(suffix)",
                "at \(DemoWriter.pad(time.hour, 2)):\(DemoWriter.pad(time.minute, 2))",
            ])
            whereText += (whereText.isEmpty ? "" : " ") + when
        }
        if !whereText.isEmpty { parts.append("It happened " + whereText + ".") }
        if let detail { parts.append(detail.own + ".") }
        return parts.joined(separator: " ")
    }

    /// The specifics in police shorthand, sometimes missing a part the victim gave.
    func policeText(_ rng: inout SeededGenerator) -> String {
        var parts: [String] = []
        if let time, rng.chance(0.85) {
            let minute = rng.chance(0.7) ? time.minute : time.minute / 30 * 30
            parts.append("At \(DemoWriter.pad(time.hour, 2))\(DemoWriter.pad(minute, 2))hrs")
        }
        var place: [String] = []
        if let venue, rng.chance(0.8) { place.append(venue.police) }
        if let street, rng.chance(0.8) { place.append(DemoSpecifics.abbreviate(street)) }
        if !place.isEmpty { parts.append(place.joined(separator: ", ")) }
        if let detail, rng.chance(0.85) { parts.append(detail.police) }
        return parts.isEmpty ? "" : parts.joined(separator: ". ") + "."
    }

    static func abbreviate(_ street: String) -> String {
        street.replacing(" Road", with: " Rd").replacing(" Street", with: " St").replacing(" Lane", with: " Ln")
            .replacing(" Avenue", with: " Ave").replacing(" Gardens", with: " Gdns").replacing(" Drive", with: " Dr")
    }
}
