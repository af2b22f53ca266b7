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
}

public enum RedactionSamples {
    static let first = ["Miriam", "David", "Sarah", "Daniel", "Rachel", "Jonathan", "Leah", "Benjamin", "Hannah", "Samuel",
                        "Esther", "Adam", "Naomi", "Joshua", "Ruth", "Aaron", "Chaim", "Rivka", "Yossi", "Shira", "Mohammed",
                        "Priya", "Connor", "Siobhan", "Olivia", "Tamar", "Eliezer", "Tobias", "Bracha", "Nachum"]
    static let surnames = ["Fictionberg", "Exampleton", "Demowitz", "Samplewood", "Mockstein", "Goldblatt", "Cohen-Levy",
                           "Rosenthal", "O'Donnell", "Abrahams", "Patel", "Khan", "Greenbaum", "Weiss", "Friedman", "Shapiro"]
    static let places = ["Golders Green", "Stamford Hill", "Prestwich", "Finchley", "Hendon", "Borehamwood", "Salford",
                         "Gateshead", "Leeds", "Hove", "Westcliff", "Edgware"]
    static let streets = ["Wykeham Road", "Brent Street", "Bury Old Road", "Finchley Lane", "Hillside Avenue", "Elm Close",
                          "Park Crescent", "Queens Gardens", "Manor Drive", "Station Way"]
    static let acts = ["was shouted at by a man who called them a dirty Jew", "had eggs thrown at them from a car",
                       "was punched in the face", "found a swastika drawn on the front door", "was sent abusive messages",
                       "was threatened with a knife", "was spat at on the bus", "received a leaflet claiming Jews control the media"]

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
                rng.pick(["07700 900\(DemoWriter.pad(rng.below(1000), 3))", "07700900\(DemoWriter.pad(rng.below(1000), 3))",
                          "+44 7700 900\(DemoWriter.pad(rng.below(1000), 3))", "020 7946 0\(DemoWriter.pad(rng.below(1000), 3))",
                          "(020) 7946 0\(DemoWriter.pad(rng.below(1000), 3))", "0161-496-0\(DemoWriter.pad(rng.below(1000), 3))",
                          "0113 496 0\(DemoWriter.pad(rng.below(1000), 3))"])
            }
            let letters = Array("ABDEFGHJLNPQRSTUWXYZ")
            func postcode() -> String { rng.pick(["NW11", "N16", "M7", "M25", "WD6", "HA8", "LS17", "NE8", "SS0", "N3"]) + " \(rng.below(10))\(rng.pick(letters))\(rng.pick(letters))" }
            func plate() -> String {
                let l = Array("ABCDEFGHJKLMNPRSTVWXY")
                return rng.pick(["\(rng.pick(l))\(rng.pick(l))\(10 + rng.below(60)) \(rng.pick(l))\(rng.pick(l))\(rng.pick(l))",
                                 "\(rng.pick(l))\(100 + rng.below(800)) \(rng.pick(l))\(rng.pick(l))\(rng.pick(l))"])
            }
            func dob() -> String {
                let y = 1940 + rng.below(60), m = 1 + rng.below(12), d = 1 + rng.below(28)
                return rng.pick(["\(DemoWriter.pad(d, 2))/\(DemoWriter.pad(m, 2))/\(y)", "\(d) \(["January", "March", "May", "July", "October", "December"][rng.below(6)]) \(y)",
                                 "\(DemoWriter.pad(d, 2)).\(DemoWriter.pad(m, 2)).\(y)"])
            }
            let victim = name()
            let nameIntro = rng.pick(["\(victim) \(act) in \(place) at about \(hour)pm.",
                                      "The victim, \(victim), \(act) in \(place) at about \(hour)pm.",
                                      "In \(place) at about \(hour)pm a man \(act). Reported by \(victim).",
                                      "Mr \(rng.pick(surnames)) \(act) near \(place) at about \(hour)pm.",
                                      "My son \(rng.pick(first)) \(act) in \(place) at about \(hour)pm."])
            var text = nameIntro
            // The name planted in the intro (all capitalised words of the chosen form).
            if nameIntro.hasPrefix("Mr ") { planted.append(("NAME", String(nameIntro.dropFirst(3).prefix { $0 != " " }))) }
            else if nameIntro.hasPrefix("My son ") { planted.append(("NAME", String(nameIntro.dropFirst(7).prefix { $0 != " " }))) }
            else { planted.append(("NAME", victim)) }
            var extras = [0, 1, 2, 3, 4, 5, 6, 7, 8]
            for _ in 0..<(1 + rng.below(3)) {
                let k = extras.remove(at: rng.below(extras.count))
                switch k {
                case 0: let v = phone(); planted.append(("PHONE", v)); text += rng.pick([" Call back on \(v).", " Her number is \(v).", " Tel: \(v)"])
                case 1:
                    let v = "\(rng.pick(first).lowercased()).\(rng.pick(surnames).lowercased().filter(\.isLetter))@example.invalid"
                    planted.append(("EMAIL", v)); text += rng.pick([" Email \(v) for details.", " Contact: \(v)."])
                case 2: let v = postcode(); planted.append(("POSTCODE", v)); text += rng.pick([" Home postcode \(v).", " It happened near \(v)."])
                case 3:
                    let v = "\(1 + rng.below(180)) \(rng.pick(streets))"
                    planted.append(("ADDRESS", v)); text += rng.pick([" They live at \(v).", " Outside \(v), \(place)."])
                case 4: let v = plate(); planted.append(("VEHICLE", v)); text += rng.pick([" The car's registration was \(v).", " A silver Ford, reg \(v), drove off."])
                case 5: let v = dob(); planted.append(("DOB", v)); text += rng.pick([" Victim born \(v).", " DOB \(v).", " Date of birth: \(v)."])
                case 6:
                    let v = "@" + rng.pick(["hatefulguy", "truth_seeker88", "JewWatch_UK", "anon.patriot", "gazaNow"]) + String(rng.below(100))
                    planted.append(("HANDLE", v)); text += rng.pick([" The account \(v) posted it.", " Sent from \(v) on X."])
                case 7:
                    let l = Array("ABCEGHJKLMNPRSTWXYZ")
                    let v = "\(rng.pick(l))\(rng.pick(l)) \(10 + rng.below(90)) \(10 + rng.below(90)) \(10 + rng.below(90)) \(rng.pick(Array("ABCD")))"
                    planted.append(("NINO", v)); text += " NI number \(v)."
                default:
                    let w = name(); planted.append(("NAME", w))
                    text += rng.pick([" A witness, \(w), saw it.", " Her friend \(w) was with her.", " Rabbi \(w) was informed."])
                }
            }
            keep.append(contentsOf: ["victim", "police"].filter { text.lowercased().contains($0) })
            out.append(RedactionSample(text: text, planted: planted, keep: keep))
        }
        return out
    }
}
