/// A closed list of coded values with published names, as the interchange format and the report use them.
///
/// The `rawValue` is the stable code written in CSV files and the database (`abusive_behaviour`);
/// `publishedName` is what the report prints ("Abusive Behaviour"). Parsing accepts either, in any
/// case and with any punctuation, plus the extra `aliases` a type lists.
public protocol Vocabulary: CaseIterable, Hashable, Sendable, RawRepresentable where RawValue == String {
    /// The name the publication prints.
    var publishedName: String { get }
    /// Other spellings people write for this value ("face to face" for `in_person`).
    var aliases: [String] { get }
    /// What the column is called in error messages ("category").
    static var fieldName: String { get }
    /// Every accepted spelling's comparison key → its value; built once per type
    /// (`static let lookup = makeLookup()`), because parsing runs for every cell of every import.
    static var lookup: [String: Self] { get }
}

extension Vocabulary {
    public var aliases: [String] { [] }

    /// The value whose code, published name or alias matches `text`, ignoring case and punctuation.
    @inlinable  // specialised where it is called: generic dictionary look-ups cost a metadata search per cell
    public init?(parsing text: String) {
        // A code as written in files is its own key: one hash look-up (the synthesised
        // `init(rawValue:)` compares the text with each case in turn).
        if let exact = Self.lookup[text], exact.rawValue == text {
            self = exact
            return
        }
        if let exact = Self(rawValue: text) {
            self = exact
            return
        }
        if let match = Self.lookup[VocabularyKey.normalise(text)] {
            self = match
            return
        }
        // A value with a qualifier after it, as exports write them: "Metropolitan Police Service
        // (MPS)", "MPS - Barnet BCU", "North Wales Police / Heddlu Gogledd Cymru", "Assault (minor)".
        let beforeDash = text.firstRange(of: " - ").map { text[..<$0.lowerBound] } ?? Substring(text)
        let head = String(beforeDash.prefix { !"(/".contains($0) })
        guard head.count < text.count, !head.isEmpty, let match = Self.lookup[VocabularyKey.normalise(head)] else {
            return nil
        }
        self = match
    }

    /// The table behind ``lookup``: every spelling of every value, normalised.
    public static func makeLookup() -> [String: Self] {
        var table: [String: Self] = [:]
        for value in allCases {
            for key in value.keys where !key.isEmpty && table[key] == nil { table[key] = value }
        }
        return table
    }

    /// The accepted codes, for "expected one of …" messages.
    public static var acceptedCodes: [String] { allCases.map(\.rawValue) }

    var keys: Set<String> {
        Set(([rawValue, publishedName] + aliases).map(VocabularyKey.normalise))
    }
}

/// Folds free text to a comparison key: lower case, `&` read as "and", punctuation runs as one `_`.
public enum VocabularyKey {
    /// The comparison key of `text` ("Damage & Desecration" → `damage_and_desecration`).
    public static func normalise(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSeparator = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar == "&" {
                if !out.isEmpty { out.append("_") }
                out.append("and")
                pendingSeparator = true
            } else if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingSeparator && !out.isEmpty { out.append("_") }
                pendingSeparator = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingSeparator = true
            }
        }
        return out
    }
}
