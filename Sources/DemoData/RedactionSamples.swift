/// A labelled set for measuring redaction: realistic incident descriptions with planted personal
/// data of every kind (each planted value recorded with its kind) and the non-personal words that
/// must survive (places, times, what happened). Names include some that are in no first-name list,
/// so that the cue rules are measured too.
public struct RedactionSample: Sendable {
    public var text: String
    /// Planted personal data: kind (the placeholder's name, e.g. "NAME") and the exact text.
    public var planted: [(kind: String, value: String)]
    /// Words that must be kept.
    public var keep: [String]
    /// The record's own personal columns: the victim's name and contact.
    public var victimName: String = ""
    public var victimContact: String = ""
}

public enum RedactionSamples {
    static let first = [
        "Miriam", "David", "Sarah", "Daniel", "Rachel", "Jonathan", "Leah", "Benjamin", "Hannah", "Samuel",
        "Esther", "Adam", "Naomi", "Joshua", "Ruth", "Aaron", "Chaim", "Rivka", "Yossi", "Shira", "Mohammed",
        "Priya", "Connor", "Siobhan", "Olivia", "Tamar", "Eliezer", "Tobias", "Bracha", "Nachum",
    ]
    static let surnames = [
        "Fictionberg", "Exampleton", "Demowitz", "Samplewood", "Mockstein", "Goldblatt", "Cohen-Levy",
        "Rosenthal", "O'Donnell", "Abrahams", "Patel", "Khan", "Greenbaum", "Weiss", "Friedman", "Shapiro",
    ]
    static let places = [
        "Golders Green", "Stamford Hill", "Prestwich", "Finchley", "Hendon", "Borehamwood", "Salford",
        "Gateshead", "Leeds", "Hove", "Westcliff", "Edgware",
    ]
    static let streets = [
        "Wykeham Road", "Brent Street", "Bury Old Road", "Finchley Lane", "Hillside Avenue", "Elm Close",
        "Park Crescent", "Queens Gardens", "Manor Drive", "Station Way",
    ]
    static let acts = [
        "was shouted at by a man who called them a dirty Jew", "had eggs thrown at them from a car",
        "was punched in the face", "found a swastika drawn on the front door", "was sent abusive messages",
        "was threatened with a knife", "was spat at on the bus", "received a leaflet claiming Jews control the media",
    ]

    /// `count` samples from a fixed seed.
    public static func generate(count: Int, seed: UInt64 = 99) -> [RedactionSample] {
        var rng = SeededGenerator(seed: seed)
        var out: [RedactionSample] = []
        for _ in 0..<count {
            var planted: [(String, String)] = []
            let place = rng.pick(places)
            let act = rng.pick(acts)
            let hour = 1 + rng.below(12)
            var keep = [place, act.split(separator: " ").last.map(String.init)!, "\(hour)pm"]
            func name() -> String {
                let f = rng.pick(first), s = rng.pick(surnames)
                return rng.weighted([("\(f) \(s)", 5.0), (f, 2.0), (s, 1.0)])
            }
            func phone() -> String {
                rng.pick([
                    "07700 900\(DemoWriter.pad(rng.below(1000), 3))", "07700900\(DemoWriter.pad(rng.below(1000), 3))",
                    "+44 7700 900\(DemoWriter.pad(rng.below(1000), 3))",
                    "020 7946 0\(DemoWriter.pad(rng.below(1000), 3))",
                    "(020) 7946 0\(DemoWriter.pad(rng.below(1000), 3))",
                    "0161-496-0\(DemoWriter.pad(rng.below(1000), 3))",
                    "0113 496 0\(DemoWriter.pad(rng.below(1000), 3))",
                ])
            }
            let letters = Array("ABDEFGHJLNPQRSTUWXYZ")
            func postcode() -> String {
                rng.pick(["NW11", "N16", "M7", "M25", "WD6", "HA8", "LS17", "NE8", "SS0", "N3"])
                    + " \(rng.below(10))\(rng.pick(letters))\(rng.pick(letters))"
            }
            func plate() -> String {
                let l = Array("ABCDEFGHJKLMNPRSTVWXY")
                return rng.pick([
                    "\(rng.pick(l))\(rng.pick(l))\(10 + rng.below(60)) \(rng.pick(l))\(rng.pick(l))\(rng.pick(l))",
                    "\(rng.pick(l))\(100 + rng.below(800)) \(rng.pick(l))\(rng.pick(l))\(rng.pick(l))",
                ])
            }
            func dob() -> String {
                let y = 1940 + rng.below(60), m = 1 + rng.below(12), d = 1 + rng.below(28)
                let monthName = ["January", "March", "May", "July", "October", "December"][rng.below(6)]
                let ordinal =
                    d % 10 == 1 && d != 11 ? "st" : d % 10 == 2 && d != 12 ? "nd" : d % 10 == 3 && d != 13 ? "rd" : "th"
                return rng.pick([
                    "\(DemoWriter.pad(d, 2))/\(DemoWriter.pad(m, 2))/\(y)", "\(d) \(monthName) \(y)",
                    "\(DemoWriter.pad(d, 2)).\(DemoWriter.pad(m, 2)).\(y)",
                    "\(DemoWriter.pad(d, 2))-\(DemoWriter.pad(m, 2))-\(y)",
                    "\(y)-\(DemoWriter.pad(m, 2))-\(DemoWriter.pad(d, 2))", "\(d)\(ordinal) \(monthName) \(y)",
                    "\(d)/\(m)/\(DemoWriter.pad(y % 100, 2))", "\(monthName) \(d)\(ordinal), \(y)",
                ])
            }
            var victim = name()
            // Some victims are written with their surname in capitals, police style.
            if rng.below(10) == 0, victim.contains(" ") {
                victim = victim.split(separator: " ").enumerated().map {
                    $0.offset == 1 ? $0.element.uppercased() : String($0.element)
                }.joined(separator: " ")
            }
            let nameIntro = rng.pick([
                "\(victim) \(act) in \(place) at about \(hour)pm.",
                "The victim, \(victim), \(act) in \(place) at about \(hour)pm.",
                "In \(place) at about \(hour)pm a man \(act). Reported by \(victim).",
                "Mr \(rng.pick(surnames)) \(act) near \(place) at about \(hour)pm.",
                "My son \(rng.pick(first)) \(act) in \(place) at about \(hour)pm.",
            ])
            var text = nameIntro
            // The name planted in the intro (all capitalised words of the chosen form).
            if nameIntro.hasPrefix("Mr ") {
                planted.append(("NAME", String(nameIntro.dropFirst(3).prefix { $0 != " " })))
            } else if nameIntro.hasPrefix("My son ") {
                planted.append(("NAME", String(nameIntro.dropFirst(7).prefix { $0 != " " })))
            } else {
                planted.append(("NAME", victim))
            }
            var extras = Array(0...16)
            for _ in 0..<(1 + rng.below(3)) {
                let k = extras.remove(at: rng.below(extras.count))
                switch k {
                case 0:
                    let v = phone(); planted.append(("PHONE", v));
                    text += rng.pick([" Call back on \(v).", " Her number is \(v).", " Tel: \(v)"])
                case 1:
                    let v = """
                        \(rng.pick(first).lowercased()).\
                        \(rng.pick(surnames).lowercased().filter(\.isLetter))@example.invalid
                        """
                    planted.append(("EMAIL", v)); text += rng.pick([" Email \(v) for details.", " Contact: \(v)."])
                case 2:
                    let v = postcode(); planted.append(("POSTCODE", v));
                    text += rng.pick([" Home postcode \(v).", " It happened near \(v)."])
                case 3:
                    let v = "\(1 + rng.below(180)) \(rng.pick(streets))"
                    planted.append(("ADDRESS", v));
                    text += rng.pick([" They live at \(v).", " Outside \(v), \(place)."])
                case 4:
                    let v = plate(); planted.append(("VEHICLE", v));
                    text += rng.pick([" The car's registration was \(v).", " A silver Ford, reg \(v), drove off."])
                case 5:
                    let v = dob(); planted.append(("DOB", v));
                    text += rng.pick([" Victim born \(v).", " DOB \(v).", " Date of birth: \(v)."])
                case 6:
                    let v =
                        "@" + rng.pick(["hatefulguy", "truth_seeker88", "JewWatch_UK", "anon.patriot", "gazaNow"])
                        + String(rng.below(100))
                    planted.append(("HANDLE", v));
                    text += rng.pick([" The account \(v) posted it.", " Sent from \(v) on X."])
                case 7:
                    let l = Array("ABCEGHJKLMNPRSTWXYZ")
                    let v =
                        """
                        \(rng.pick(l))\(rng.pick(l)) \(10 + rng.below(90)) \(10 + rng.below(90)) \
                        \(10 + rng.below(90)) \(rng.pick(Array("ABCD")))
                        """
                    planted.append(("NINO", v)); text += " NI number \(v)."
                case 8:
                    let w = name(); planted.append(("NAME", w))
                    text += rng.pick([
                        " A witness, \(w), saw it.", " Her friend \(w) was with her.", " Rabbi \(w) was informed.",
                    ])
                case 9:
                    var d = [4 + rng.below(3)] + (0..<8).map { _ in rng.below(10) }
                    var check = 10
                    while check == 10 {
                        let sum = (0..<9).reduce(0) { $0 + d[$1] * (10 - $1) }
                        check = (11 - sum % 11) % 11
                        if check == 10 { d[8] = (d[8] + 1) % 10 }
                    }
                    let digits = (d + [check]).map(String.init).joined()
                    let a: String = String(digits.prefix(3)), b: String = String(digits.dropFirst(3).prefix(3)),
                        c: String = String(digits.suffix(4))
                    let v = rng.pick(["\(a) \(b) \(c)", digits, "\(a)-\(b)-\(c)"])
                    planted.append(("NHS_NUMBER", v)); text += rng.pick([" NHS number \(v).", " Her NHS no. is \(v)."])
                case 10:
                    let v = String(1 + rng.below(9)) + (0..<8).map { _ in String(rng.below(10)) }.joined()
                    planted.append(("PASSPORT", v));
                    text += rng.pick([" Passport number \(v).", " His passport no: \(v)."])
                case 11:
                    let s = rng.pick(["FICTI", "EXAMP", "DEMOW", "SAMPL", "COHEN", "KHAN9", "PATEL", "LEE99"])
                    let y = rng.below(100), m = 1 + rng.below(12) + (rng.below(2) == 0 ? 50 : 0), d = 1 + rng.below(28)
                    let dob = "\(y / 10)\(DemoWriter.pad(m, 2))\(DemoWriter.pad(d, 2))\(y % 10)"
                    let l = Array("ABCDEFGHJKLMNPRSTWXY")
                    let v0 = s + dob + "\(rng.pick(l))\(rng.pick(l))9\(rng.pick(l))\(rng.pick(l))"
                    let p1: String = String(v0.prefix(5)), p2: String = String(v0.dropFirst(5).prefix(6)),
                        p3: String = String(v0.dropFirst(11).prefix(3)), p4: String = String(v0.suffix(2))
                    let v = rng.below(2) == 0 ? v0 : "\(p1) \(p2) \(p3) \(p4)"
                    planted.append(("DRIVING_LICENCE", v)); text += " Driving licence \(v)."
                case 12:
                    var digits = [4] + (0..<14).map { _ in rng.below(10) }
                    let sum = digits.reversed().enumerated().reduce(0) { acc, e in
                        var v = e.element
                        if e.offset % 2 == 0 { v *= 2; if v > 9 { v -= 9 } }
                        return acc + v
                    }
                    digits.append((10 - sum % 10) % 10)
                    let plain = digits.map(String.init).joined()
                    let groups: [String] = stride(from: 0, to: 16, by: 4).map { String(plain.dropFirst($0).prefix(4)) }
                    let v = rng.pick([plain, groups.joined(separator: " "), groups.joined(separator: "-")])
                    planted.append(("CARD", v));
                    text += rng.pick([" The card used was \(v).", " Payment card \(v) was taken."])
                case 13:
                    let q1 = 81 + rng.below(100), q2 = rng.below(256), q3 = rng.below(256), q4 = 1 + rng.below(254)
                    let h1 = String(rng.below(65536), radix: 16), h2 = String(rng.below(65536), radix: 16),
                        h3 = 1 + rng.below(99)
                    let v = rng.pick(["\(q1).\(q2).\(q3).\(q4)", "2001:db8:\(h1):\(h2)::\(h3)"])
                    planted.append(("IP_ADDRESS", v));
                    text += rng.pick([" The messages came from IP \(v).", " Logged from \(v)."])
                case 14:
                    let f = rng.pick(first).lowercased(), l = rng.pick(surnames).lowercased().filter(\.isLetter)
                    let v = rng.pick([
                        "facebook.com/\(f).\(l)", "instagram.com/\(f)_\(l)", "x.com/\(f)\(l)\(rng.below(100))",
                        "tiktok.com/@\(f)\(l)",
                    ])
                    let shown = rng.pick(["https://www.", "", "https://"]) + v
                    planted.append(("URL", String(v.drop { $0 != "/" }.dropFirst())));
                    text += " Her profile is \(shown)."
                case 15:
                    let o = rng.pick([
                        "Kol Emet Primary School", "Beth Menorah Synagogue", "Northgate Rugby Club",
                        "Mosaic Design Ltd", "Oakfield Academy",
                        "Shaarei Tefila Congregation", "Greenway Dental Practice", "St Aidan's College",
                    ])
                    let w = name()
                    planted.append(("ORGANISATION", o)); planted.append(("NAME", w))
                    text += rng.pick([
                        " \(w), a teacher at \(o), saw it.", " \(w) works at \(o).", " \(w) of \(o) was told.",
                        " The victim is a pupil at \(o).", " Rabbi \(w) of \(o) was informed.",
                    ])
                    if text.hasSuffix("The victim is a pupil at \(o).") { planted.removeLast() }
                default:
                    let f = rng.pick(first), l = rng.pick(surnames)
                    let forms = [
                        (
                            "\(f.lowercased()) \(l.lowercased())",
                            " The victim, \(f.lowercased()) \(l.lowercased()), was upset."
                        ),
                        ("\(f) \(l)", " IP \(f) \(l) was upset."), ("\(f)", " He is known locally as \(f)."),
                        ("\(f) \(l)", " \(f) \(l) (the victim) was upset."),
                    ]
                    let (v, sentence) = rng.pick(forms)
                    planted.append(("NAME", v)); text += sentence
                }
            }
            keep.append(contentsOf: ["victim", "police"].filter { text.lowercased().contains($0) })
            // The record's own columns: the victim's full name (a nickname form of it at times)
            // and a contact; now and then the description repeats them.
            let contact = phone()
            if rng.below(8) == 0 {
                if rng.below(2) == 0 {
                    text += " The person affected is \(victim)."; planted.append(("NAME", victim))
                } else {
                    text += " Contact \(contact) (evenings)."; planted.append(("PHONE", contact))
                }
            }
            out.append(
                RedactionSample(text: text, planted: planted, keep: keep, victimName: victim, victimContact: contact))
        }
        return out
    }
}
