import IncidentModel

/// Where a place name or postcode district lies: its local authority district and police force.
public struct GazetteerPlace: Hashable, Sendable {
    /// The place as the gazetteer names it ("Golders Green").
    public let name: String
    /// The local authority district ("Barnet").
    public let authority: String
    /// The police force whose area it is in.
    public let force: PoliceForce?
    /// Index of the authority in the gazetteer (compact comparisons).
    public let authorityIndex: Int
    /// Index of the place's own name (a neighbourhood or town); equal places agree most strongly.
    public let placeIndex: Int
}

/// The bundled gazetteer (`GazetteerData`): UK towns, neighbourhoods and postcode districts with
/// their local authority district and police force, and forces that border each other.
///
/// Victims name the street or neighbourhood, the police the borough or town, and either may
/// misspell it; places are compared through this table, so "Stanmore" and "Harrow",
/// "Westcliff" and "Southend-on-Sea", "Fnichley" and "Finchley" agree.
public final class Gazetteer: Sendable {
    /// The one bundled gazetteer.
    public static let bundled = Gazetteer(lines: GazetteerData.lines, neighbours: GazetteerData.neighbours)

    /// Authority names by index.
    public let authorities: [String]
    private let authorityForce: [PoliceForce?]
    /// Place names (normalised) → candidate (place index, authority index).
    private let names: [String: [(place: Int, authority: Int)]]
    private let placeNames: [String]
    /// Normalised names grouped by length, for the spelling-tolerant search.
    private let namesByLength: [Int: [String]]
    private let postcodes: [String: Int]
    private let borders: Set<String>
    /// The longest name in words, for scanning free text.
    public let longestName: Int
    /// The first word of every name (a quick test before looking a run of words up).
    public let nameStarts: Set<String>
    /// Every name as `place(exactly:)` looks it up (normalised: lower case, single spaces).
    public var nameKeys: Dictionary<String, [(place: Int, authority: Int)]>.Keys { names.keys }

    init(lines: String, neighbours: [(String, [String])]) {
        var authorities: [String] = [], authorityForce: [PoliceForce?] = []
        var names: [String: [(place: Int, authority: Int)]] = [:], placeNames: [String] = []
        var postcodes: [String: Int] = [:]
        var longest = 1
        for line in lines.split(separator: "\n") {
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
            guard parts.count == 4 else { preconditionFailure("gazetteer line \(line): expected 4 fields") }
            let index = authorities.count
            authorities.append(parts[1])
            authorityForce.append(PoliceForce(rawValue: parts[0]))
            for name in [parts[1]] + parts[2].split(separator: ";").map(String.init) {
                let key = Gazetteer.normalise(name)
                guard !key.isEmpty else { continue }
                if names[key]?.contains(where: { $0.authority == index }) == true { continue }
                let place = placeNames.count
                placeNames.append(name)
                names[key, default: []].append((place, index))
                longest = max(longest, key.split(separator: " ").count)
            }
            for district in parts[3].split(separator: ";") where postcodes[String(district)] == nil {
                postcodes[String(district)] = index
            }
        }
        var borders = Set<String>()
        for (force, others) in neighbours {
            for other in others { borders.insert(force + "|" + other); borders.insert(other + "|" + force) }
        }
        self.authorities = authorities
        self.authorityForce = authorityForce
        self.names = names
        self.placeNames = placeNames
        // Sorted, so that the spelling-tolerant search settles ties the same way in every run.
        self.namesByLength = Dictionary(grouping: names.keys.sorted()) { $0.count }
        self.nameStarts = Set(names.keys.map { String($0.prefix { $0 != " " }) })
        self.postcodes = postcodes
        self.borders = borders
        self.longestName = longest
    }

    /// Lower case, letters and digits only, single spaces; "St." and "Saint" alike; "-on-" kept as words.
    public static func normalise(_ text: some StringProtocol) -> String {
        var out = ""
        var space = false
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if space && !out.isEmpty { out.append(" ") }
                space = false
                out.unicodeScalars.append(scalar)
            } else if scalar != "'" && scalar != "’" {
                space = true
            }
        }
        if out.hasPrefix("saint ") { out = "st " + out.dropFirst(6) }
        return out.replacing(" saint ", with: " st ")
    }

    /// The place a location field names: the whole text, then each comma-separated part, then
    /// the longest run of words that is a known name; exact first, then allowing a misspelling.
    /// `force` breaks ties between places of the same name.
    public func place(named text: String, force: PoliceForce? = nil) -> GazetteerPlace? {
        let key = Gazetteer.normalise(text)
        guard !key.isEmpty else { return nil }
        if let found = exact(key, force: force) { return found }
        let parts = text.split(whereSeparator: { $0 == "," || $0 == "/" || $0 == "(" || $0 == ")" })
        for (n, part) in parts.enumerated() {
            guard let found = exact(Gazetteer.normalise(part), force: force) else { continue }
            // The last of several parts is often the post town ("Heywood Rd, M25, MANCHESTER"):
            // the postcode district before it, in the same force's area, is nearer the scene.
            if n > 0, n == parts.count - 1, let nearer = nearer(than: found, in: parts[..<n]) {
                return nearer
            }
            return found
        }
        if let found = mentioned(in: key.split(separator: " ").map(String.init), force: force).first { return found }
        if let found = fuzzy(key, force: force) { return found }
        // "Fnchley area", "Tottneham district": a misspelt name before a word that says only "around here".
        let words = key.split(separator: " ")
        if words.count >= 2, let last = words.last, Gazetteer.vagueEnds.contains(String(last)) {
            return fuzzy(words.dropLast().joined(separator: " "), force: force)
        }
        return nil
    }

    /// The authority of a postcode district that the location's first `parts` write, when it is
    /// in `town`'s force area but another authority. (Not a name they mention: "near Bury New
    /// Road, Broughton Park" is in Salford.)
    private func nearer(than town: GazetteerPlace, in parts: ArraySlice<Substring>) -> GazetteerPlace? {
        guard let district = postcode(in: parts.joined(separator: ", "))?.district,
            let candidate = place(postcode: district),
            candidate.force == town.force, candidate.authorityIndex != town.authorityIndex
        else { return nil }
        return candidate
    }

    /// Words after a place name that say only "around there" ("Finchley area").
    public static let vagueEnds: Set<String> = [
        "area", "district", "vicinity", "locality", "environs", "neighbourhood",
    ]

    /// The postcode a location writes: its district ("Lea Bridge Road, E5", "HIGH RD IG7"), an
    /// outward code written in capitals that the gazetteer knows, with the inward code after it
    /// when there is one ("Stamford Hill (N16 5AB)"); nil when there is none. A code followed by
    /// a junction or a carriageway is a motorway ("M25 J23", "M6 northbound"), not a district (M25
    /// is Bury's). An inward code is parsed as `Postcode` parses one, and never has C, I, K, M, O
    /// or V ("3PM" is a time) or an ordinal's letters ("1ST FLR", "2ND FLOOR").
    public func postcode(in location: String) -> Postcode? {
        let tokens = location.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        for (i, token) in tokens.enumerated() {
            let letters = token.prefix { $0.isLetter }
            guard (1...2).contains(letters.count), token.count <= 4, token.count > letters.count,
                token.dropFirst(letters.count).first?.isNumber == true,
                token.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber) })
            else { continue }
            if i + 1 < tokens.count, Gazetteer.isRoadWord(tokens[i + 1]) { continue }
            guard place(postcode: String(token)) != nil else { continue }
            let district = Postcode(parsing: String(token))
            guard i + 1 < tokens.count, let full = Postcode(parsing: token + " " + tokens[i + 1]), full.isFull,
                let inward = full.inward, !inward.contains(where: "CIKMOV".contains),
                !["ST", "ND", "RD", "TH"].contains(String(inward.dropFirst()))
            else { return district }
            return full
        }
        return nil
    }

    /// The postcode district a location names on its own (`postcode(in:)`'s district).
    public func postcodeDistrict(in location: String) -> String? { postcode(in: location)?.district }

    /// The full postcode a location writes after its district (`postcode(in:)`, when full).
    public func fullPostcode(in location: String) -> String? {
        postcode(in: location).flatMap { $0.isFull ? $0.description : nil }
    }

    /// Words that follow a motorway's number: a junction ("J23", "jct") or a carriageway.
    static func isRoadWord(_ word: Substring) -> Bool {
        let word = word.lowercased()
        if word.first == "j" && word.count > 1 && word.dropFirst().allSatisfy(\.isNumber) { return true }
        return Gazetteer.roadWords.contains(word)
    }

    static let roadWords: Set<String> = [
        "j", "jct", "jn", "junction", "northbound", "southbound", "eastbound", "westbound", "nb", "sb", "eb", "wb",
        "clockwise", "anticlockwise", "carriageway", "motorway", "services", "slip",
    ]

    /// The places named in a run of normalised words, longest names first, without overlaps. A
    /// name followed by a street's kind names the street ("Heywood Road, Prestwich" is in
    /// Prestwich, "Brent Street, Hendon" in Hendon): it counts only when no other place is named
    /// and no postcode district written in `words` is another authority's ("Golders Green Road"
    /// is in Golders Green, "Derby Rd, NG1" not in Derby).
    public func mentioned(in words: [String], force: PoliceForce? = nil) -> [GazetteerPlace] {
        var found: [GazetteerPlace] = [], streetNames: [GazetteerPlace] = []
        var i = 0
        while i < words.count {
            var matched = 0
            for length in stride(from: min(longestName, words.count - i), through: 1, by: -1) {
                let key = words[i..<(i + length)].joined(separator: " ")
                guard let place = exact(key, force: force) else { continue }
                matched = length
                if namesStreet(words, after: i + length, force: force) {
                    streetNames.append(place)
                } else {
                    found.append(place)
                }
                break
            }
            i += max(matched, 1)
        }
        guard found.isEmpty else { return found }
        let districts = words.compactMap { postcodes[$0.uppercased()] }
        return streetNames.filter { place in districts.allSatisfy { $0 == place.authorityIndex } }
    }

    /// Whether the word at `index` is a street's kind, so that the name before it is the street's
    /// ("Brent Street"), or one of the words streets named after a town put between ("Bury New
    /// Road", "Leeds Old Road"); "St" that begins a place's name ("St Albans") is not.
    func namesStreet(_ words: [String], after index: Int, force: PoliceForce?) -> Bool {
        var index = index
        if index + 1 < words.count, Gazetteer.streetQualifiers.contains(words[index]) { index += 1 }
        guard index < words.count, Gazetteer.streetKinds.contains(words[index]) else { return false }
        if words[index] == "st", index + 1 < words.count {
            for length in 1...min(longestName, words.count - index) {
                if exact(words[index..<(index + length)].joined(separator: " "), force: force) != nil { return false }
            }
        }
        return true
    }

    /// Words between a town's name and a street's kind in the name of a road to or from it.
    /// ("Kilburn High Road" is the high street of Kilburn, not a road to it: "high" is not one.)
    static let streetQualifiers: Set<String> = ["new", "old"]

    /// Words for a street's kind that are not also ordinary words or the ends of places' names
    /// ("close", "hill", "common" are left out: "Mill Hill" is a place).
    static let streetKinds: Set<String> = [
        "road", "rd", "street", "st", "lane", "ln", "avenue", "ave", "gardens", "gdns", "drive", "dr", "way",
        "grove", "gr", "square", "sq", "crescent", "cres", "terrace", "parade", "pde", "mews",
    ]

    /// The local authority of a postcode district ("NW11") or full postcode ("NW11 7AB").
    public func place(postcode: String) -> GazetteerPlace? {
        let outward = postcode.uppercased().split(separator: " ").first.map(String.init) ?? ""
        guard let authority = postcodes[outward] else { return nil }
        return GazetteerPlace(
            name: authorities[authority], authority: authorities[authority], force: authorityForce[authority],
            authorityIndex: authority, placeIndex: -1 - authority)
    }

    /// Whether two forces' areas border each other (or are the same, or one is British Transport Police).
    public func neighbouring(_ a: PoliceForce, _ b: PoliceForce) -> Bool {
        a == b || a == .britishTransport || b == .britishTransport || borders.contains(a.rawValue + "|" + b.rawValue)
    }

    /// Whether `text` is exactly the name of a place the gazetteer knows.
    public func isPlaceName(_ text: String) -> Bool { names[Gazetteer.normalise(text)] != nil }

    /// The place with exactly this normalised name (no spelling tolerance).
    public func place(exactly key: String) -> GazetteerPlace? { exact(key, force: nil) }

    private func exact(_ key: String, force: PoliceForce?) -> GazetteerPlace? {
        guard let candidates = names[key] else { return nil }
        let chosen = candidates.first { authorityForce[$0.authority] == force } ?? candidates[0]
        return GazetteerPlace(
            name: placeNames[chosen.place], authority: authorities[chosen.authority],
            force: authorityForce[chosen.authority], authorityIndex: chosen.authority, placeIndex: chosen.place)
    }

    /// A name within one edit (two for long names) of a known name: a dropped, added, changed or
    /// swapped letter. Names of four letters or fewer must be exact.
    private func fuzzy(_ key: String, force: PoliceForce?) -> GazetteerPlace? {
        guard key.count >= 5 else { return nil }
        let allowed = key.count >= 9 ? 2 : 1
        var best: (String, Int)?
        for length in (key.count - allowed)...(key.count + allowed) {
            for name in namesByLength[length] ?? [] {
                let d = Gazetteer.editDistance(key, name, limit: allowed)
                if d <= allowed, best == nil || d < best!.1 { best = (name, d) }
            }
        }
        return best.flatMap { exact($0.0, force: force) }
    }

    /// Optimal-string-alignment distance, stopping early once it must exceed `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int { EditDistance.between(a, b, limit: limit) }
}
