/// Where in the report a case example is printed: a category's section (the default, the
/// record's own category) or another section that asks for examples in its template.
public enum ExampleSection: Hashable, Sendable, CustomStringConvertible {
    /// The section of a category (`{{examples assault}}`).
    case category(Category)
    /// Another section of the report (`{{examples online}}`).
    case other(String)

    /// The sections other than the categories' that a template may ask examples for.
    public static let otherNames = ["victims", "offenders", "discourse", "geography", "typology", "online", "police"]

    /// Every section name, as written in templates, files and on the command line.
    public static var names: [String] { Category.allCases.map(\.rawValue) + otherNames }

    /// Reads a section name: a category's code or published name, or one of ``otherNames``.
    public init?(parsing text: String) {
        let key = VocabularyKey.normalise(text)
        if let category = Category(parsing: text) {
            self = .category(category)
        } else if ExampleSection.otherNames.contains(key) {
            self = .other(key)
        } else {
            return nil
        }
    }

    /// The name templates and files use (`assault`, `online`).
    public var description: String {
        switch self {
        case .category(let category): category.rawValue
        case .other(let name): name
        }
    }
}

/// A case example as the report prints it: an approved, anonymised account of one incident.
public struct CaseExample: Hashable, Sendable {
    /// The record it tells of.
    public var source: Source
    public var reference: String
    /// The record's date (the report chooses among the period's examples).
    public var date: CivilDate
    /// The section it belongs to: the one it was assigned, else its record's category.
    public var section: ExampleSection
    /// The approved text, for publication.
    public var text: String

    public init(source: Source, reference: String, date: CivilDate, section: ExampleSection, text: String) {
        self.source = source
        self.reference = reference
        self.date = date
        self.section = section
        self.text = text
    }

    /// The longest example text accepted, in characters (a few sentences).
    public static let maxLength = 600

    /// Up to `limit` examples of `examples`, chosen deterministically: spread evenly over the
    /// period in date order (then reference), so the same examples give the same choice.
    public static func choose(_ examples: [CaseExample], limit: Int = 4) -> [CaseExample] {
        let sorted = examples.sorted {
            ($0.date, $0.source.name, $0.reference) < ($1.date, $1.source.name, $1.reference)
        }
        guard sorted.count > limit, limit > 1 else { return Array(sorted.prefix(limit)) }
        return (0..<limit).map { i in sorted[(i * (sorted.count - 1) + (limit - 1) / 2) / (limit - 1)] }
    }
}
