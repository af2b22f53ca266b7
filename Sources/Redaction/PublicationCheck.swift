/// Whether a text written for publication (a case example) would reveal personal data, by the
/// two tests every anonymised export passes: the redactor finds nothing to take out of it, and
/// the export's fail-closed check (``LeakCheck``) finds no value of any record's personal columns
/// in it. Fails closed: a text either test doubts is refused, never printed.
public struct PublicationCheck: Sendable {
    /// Why a text was refused; says what was found, never the value.
    public enum Finding: Sendable, Equatable, CustomStringConvertible {
        /// The redactor would replace parts of the text; `redacted` shows where (placeholders in
        /// place of what it found, safe to print).
        case redactor(redacted: String, kinds: [PersonalDataKind])
        /// The text holds the value of a personal column: of its own record, or of another.
        case personalValue(column: LeakCheck.Column, ownRecord: Bool)
        /// The text is its record's own free-text description (never printed as it stands).
        case description

        /// The finding without the text (for messages that do not show it).
        public var brief: String {
            switch self {
            case .redactor(_, let kinds):
                "the redactor finds personal data in it (\(kinds.map(\.placeholder).joined(separator: ", ")))"
            default: description
            }
        }

        public var description: String {
            switch self {
            case .redactor(let redacted, let kinds):
                let what = kinds.map(\.placeholder).joined(separator: ", ")
                return "the redactor finds personal data in it (\(what)): \"\(redacted)\""
            case .personalValue(let column, let own):
                let whose = own ? "this record" : "another record"
                return "it holds the \(column.rawValue) of \(whose) (the value is not shown)"
            case .description:
                return "it is the record's own description, which is never printed; "
                    + "write a short anonymised account instead"
            }
        }
    }

    private let everyone: LeakCheck

    /// A check against the personal columns of `records` (every record stored).
    public init(_ records: [RecordPersonalValues]) {
        everyone = LeakCheck(records)
    }

    /// The first reason `text`, an example of a record with personal columns `own` and
    /// description `description`, may not be published; nil when it may.
    public func finding(in text: String, own: RecordPersonalValues, description: String?) -> Finding? {
        if let description, LeakCheck.words(description) == LeakCheck.words(text) { return .description }
        if let column = everyone.hit(in: text) {
            return .personalValue(column: column, ownRecord: LeakCheck([own]).hit(in: text) == column)
        }
        let redacted = Redactor().redact(text, knowing: own)
        if redacted != text {
            let kinds = PersonalDataKind.allCases.filter {
                redacted.contains($0.placeholder) && !text.contains($0.placeholder)
            }
            return .redactor(redacted: redacted, kinds: kinds)
        }
        return nil
    }
}
