import IncidentModel
import Redaction

/// Turns one data record into an ``Incident``, or into every problem it has.
public final class RowValidator: Sendable {
    /// The file's column layout.
    public let header: HeaderMap
    /// The source for rows whose `source` is blank or absent (`--source`).
    public let defaultSource: Source?
    /// Today: dates after it are noted, and dates more than `daysAhead` after it refused.
    public let today: CivilDate
    /// The file name used in messages.
    public let file: String

    /// The earliest plausible date; earlier ones are typing mistakes (0224 for 2024).
    public static let earliest = CivilDate(year: 1900, month: 1, day: 1)!
    /// How far after today a date may be and still be imported (with a note naming the rows): two
    /// months, for a clock or time zone a day ahead or a partner's file dated to its period's end;
    /// later ones are refused as typing mistakes (2027 for 2026, 2062).
    public static let daysAhead = 62
    /// The longest reference accepted.
    public static let maxReferenceLength = 64
    /// The longest value of any column accepted, in bytes: an account of an incident runs to a
    /// few thousand characters; a cell of megabytes is a pasted file (it slowed every export).
    public static let maxValueBytes = 65_536

    /// A validator for rows laid out as `header`.
    public init(header: HeaderMap, defaultSource: Source?, today: CivilDate, file: String) {
        self.header = header
        self.defaultSource = defaultSource
        self.today = today
        self.file = file
    }

    /// Whether a cell says its value is not known ("Unknown", "N/K", "Not recorded", "None", "-"),
    /// as police systems write an empty field: an optional coded column, the discourse and the
    /// postcode read it as empty. The status and category do not (a missing category is reported).
    public static func saysNotKnown(_ raw: String) -> Bool {
        notKnownKeys.contains(VocabularyKey.normalise(raw)) || raw.allSatisfy { $0 == "-" || $0 == " " }
    }

    private static let notKnownKeys: Set<String> = [
        "unknown", "not_known", "n_k", "nk", "n_a", "na", "none", "not_recorded", "not_stated", "not_given",
        "not_applicable", "unspecified", "null",
    ]

    /// The incident in `record`, or the problems that stop it being one.
    public func validate(_ record: CSVRecord) -> Result<Incident, ImportFailure> {
        var problems: [ImportProblem] = []
        // The row's own personal values, raw, to keep out of every message about its other cells:
        // read only for a row with a problem (most rows have none).
        var readOwnValues: RecordPersonalValues?
        func ownValues() -> RecordPersonalValues {
            if let readOwnValues { return readOwnValues }
            // (A short row has fewer cells than the header: it is reported below.)
            func raw(_ field: IncidentField) -> String? {
                header[field].flatMap { $0 < record.fieldCount ? record.trimmedString($0) : nil }
            }
            let values = RecordPersonalValues(
                victimName: raw(.victimName), victimContact: raw(.victimContact),
                offenderDescription: raw(.offenderDescription))
            readOwnValues = values
            return values
        }
        func problem(_ field: IncidentField, _ value: String?, _ message: String, remedy: ImportProblem.Remedy? = nil) {
            // A personal column is named, never quoted: its value stays out of terminals and logs.
            // Another column's value is shown with any personal data in it replaced, as the police
            // export would write it: a date of birth or a phone number typed into the wrong column
            // ("DOB 03/03/1987 Perel Teitelbaum" as the date) does not reach the terminal either.
            // The row's own name and contact typed into another column are taken out whole, and
            // a value that reads as a name where a code belongs ("Zelda Quorntwhistle" as the
            // category) is not shown at all.
            var shown = field.isPersonal ? nil : value.map { Redactor().redact($0, knowing: ownValues()) }
            var note =
                field.isPersonal && value != nil
                ? " (the value is personal data and is not shown)"
                : shown != value ? " (personal data in the value is not shown)" : ""
            if let value, let candidate = shown, !RowValidator.quotable(candidate, field: field) {
                shown = nil
                note = " (the value, \(value.count) characters, is not shown: it may hold personal data)"
            }
            problems.append(
                ImportProblem(
                    file: file, line: record.line, column: header[field].map { $0 + 1 },
                    field: field.rawValue, value: shown, message: message + note, remedy: remedy))
        }
        for syntax in record.problems {
            let name = syntax.field < header.names.count ? header.names[syntax.field] : nil
            problems.append(
                ImportProblem(
                    file: file, line: syntax.line, column: syntax.field + 1, field: name, message: syntax.message))
        }
        if record.fieldCount != header.names.count {
            problems.append(
                ImportProblem(
                    file: file, line: record.line,
                    message:
                        "this row has \(record.fieldCount) values but the header has \(header.names.count) columns; "
                        + (record.fieldCount > header.names.count
                            ? "a value containing a comma must be enclosed in double quotes"
                            : "add the missing values (empty ones still need their commas)")))
            return .failure(ImportFailure(problems: problems))
        }
        // Text of each present column; invalid UTF-8 is a problem of its own.
        func text(_ field: IncidentField) -> String? {
            guard let i = header[field] else { return nil }
            guard let value = record.trimmedString(i) else {
                problem(field, record.lossyString(i), "is not valid UTF-8 text; save the file as \"CSV UTF-8\"")
                return nil
            }
            guard value.utf8.count <= RowValidator.maxValueBytes else {
                problem(
                    field, nil,
                    """
                    is \(value.utf8.count) bytes long; the longest value accepted is \(RowValidator.maxValueBytes) \
                    bytes: shorten it (is a file pasted into the cell?)
                    """)
                return nil
            }
            return value.isEmpty ? nil : value
        }
        // …and nil too where the column says the value is not known ("Unknown", "N/K").
        func given(_ field: IncidentField) -> String? {
            guard let raw = text(field) else { return nil }
            return field.notKnownIsEmpty && RowValidator.saysNotKnown(raw) ? nil : raw
        }
        func coded<V: Vocabulary>(_ field: IncidentField, _ type: V.Type) -> V? {
            guard let raw = given(field) else { return nil }
            guard let value = V(parsing: raw) else {
                problem(
                    field, raw,
                    "expected " + field.accepted + (field == .policeForce ? "" : " (or their published names)"))
                return nil
            }
            return value
        }

        let reference = text(.reference)
        if reference == nil, header[.reference].flatMap({ record.string($0) }) != nil {
            problem(.reference, nil, "is empty; every row needs a reference, unique within its source")
        } else if let reference, reference.utf8.count > RowValidator.maxReferenceLength,
            reference.count > RowValidator.maxReferenceLength
        {
            problem(.reference, reference, "is longer than \(RowValidator.maxReferenceLength) characters")
        }

        var source = defaultSource
        if let raw = text(.source) {
            if let parsed = Source(raw) {
                source = parsed
            } else {
                problem(.source, raw, "expected " + IncidentField.source.accepted)
            }
        } else if defaultSource == nil, header[.source] != nil {
            problem(.source, nil, "is empty; fill it in or name the source for the whole file", remedy: .nameTheSource)
        }

        let date = parseDate(
            text(.date), problem: { problem(.date, $0, $1) },
            missing: header[.date].flatMap { record.string($0) } != nil)
        let status = coded(.status, Status.self) ?? .antisemitic
        let category = coded(.category, Category.self)
        if category == nil && status == .antisemitic
            && header[.category].flatMap({ record.trimmedString($0) })?.isEmpty == true
        {
            problem(
                .category, nil,
                "is empty; an antisemitic incident needs one of " + Category.acceptedCodes.joined(separator: ", ")
                    + " (or set status to pending)")
        }
        let force = coded(.policeForce, PoliceForce.self)
        let victimType = coded(.victimType, VictimType.self)
        let method = coded(.method, Method.self)
        let appearance = coded(.offenderAppearance, OffenderAppearance.self)
        let gender = coded(.offenderGender, OffenderGender.self)
        let age = coded(.offenderAge, OffenderAge.self)
        let offender =
            appearance == nil && gender == nil && age == nil
            ? nil
            : OffenderProfile(appearance: appearance, gender: gender, age: age)
        let typology = coded(.typology, Typology.self)
        let example = caseExample(text(.caseExample), status: status, problem: { problem(.caseExample, $0, $1) })
        var exampleSection: ExampleSection?
        if let raw = text(.caseExampleSection) {
            exampleSection = ExampleSection(parsing: raw)
            if exampleSection == nil {
                problem(.caseExampleSection, raw, "expected " + IncidentField.caseExampleSection.accepted)
            } else if example == nil && header[.caseExample].flatMap({ record.trimmedString($0) })?.isEmpty != false {
                problem(
                    .caseExampleSection, raw,
                    "names a section for a case example, but the row has no case_example "
                        + "text; write the text or leave the section empty")
            }
        }

        var discourse = DiscourseSet()
        if let raw = given(.discourse) {
            for part in raw.split(separator: ";") {
                let item = part.trimmingSpaces
                if item.isEmpty { continue }
                if let value = Discourse(parsing: item) {
                    discourse.insert(DiscourseSet([value]))
                } else {
                    problem(.discourse, item, "expected " + IncidentField.discourse.accepted)
                }
            }
        }

        var postcode: Postcode?
        if let raw = given(.postcode) {
            postcode = Postcode(parsing: raw)
            if postcode == nil { problem(.postcode, raw, "expected " + IncidentField.postcode.accepted) }
        }

        var consent: Bool?
        if let raw = text(.consentToShare) {
            switch raw.lowercased() {
            case "yes", "y", "true", "1": consent = true
            case "no", "n", "false", "0": consent = false
            case _ where RowValidator.saysNotKnown(raw): consent = nil  // "Unknown", "N/K": not asked
            default: problem(.consentToShare, raw, "expected yes or no (or leave it empty when not asked)")
            }
        }

        let location = text(.location)
        let personal = PersonalDetails(
            postcode: postcode.map(Personal.init),
            description: text(.description).map(Personal.init),
            victimName: text(.victimName).map(Personal.init),
            victimContact: text(.victimContact).map(Personal.init),
            offenderDescription: text(.offenderDescription).map(Personal.init))

        guard problems.isEmpty, let reference, let source, let date else {
            return .failure(ImportFailure(problems: problems))
        }
        return .success(
            Incident(
                reference: reference, source: source, date: date, status: status, category: category,
                policeForce: force, location: location, postcodeDistrict: postcode?.district,
                victimType: victimType, method: method, discourse: discourse, offender: offender,
                consentToShare: consent,
                typology: typology, personal: personal, caseExample: example, caseExampleSection: exampleSection))
    }

    /// A case example's text, checked for what a file can tell (its length, the record's status);
    /// whether it reveals personal data is checked on import against every record.
    private func caseExample(_ raw: String?, status: Status, problem: (String?, String) -> Void) -> String? {
        guard let raw else { return nil }
        if raw.count > CaseExample.maxLength {
            problem(
                raw,
                "is \(raw.count) characters long; a case example is a few sentences, "
                    + "at most \(CaseExample.maxLength) characters")
            return nil
        }
        if status != .antisemitic {
            problem(
                raw,
                "is given for a record whose status is \(status.rawValue); "
                    + "only antisemitic incidents are printed as case examples")
            return nil
        }
        return raw
    }

    /// The row's source and reference as one key, for finding duplicates even in invalid rows.
    public func identity(of record: CSVRecord) -> RowIdentity? {
        guard let i = header[.reference], i < record.fieldCount,
            let reference = record.trimmedString(i), !reference.isEmpty
        else { return nil }
        var source = defaultSource?.name
        if let j = header[.source], j < record.fieldCount, let raw = record.trimmedString(j), !raw.isEmpty {
            source = Source(raw)?.name ?? raw.lowercased()
        }
        return source.map { RowIdentity(source: $0, reference: reference) }
    }

    private func parseDate(_ raw: String?, problem: (String?, String) -> Void, missing: Bool) -> CivilDate? {
        guard let raw else {
            if missing { problem(nil, "is empty; every row needs the date it happened, written YYYY-MM-DD") }
            return nil
        }
        guard let date = CivilDate(iso: raw) else {
            problem(raw, RowValidator.explainBadDate(raw))
            return nil
        }
        // A date up to two months ahead is imported, with a note (IncidentFileReader): a clock or time
        // zone a day ahead, or a partner's file dated to its period's end, should not refuse a file.
        if date > today.adding(days: RowValidator.daysAhead) {
            problem(raw, "is in the future (today is \(today)); check the year and month")
            return nil
        }
        if date < RowValidator.earliest {
            problem(raw, "is before \(RowValidator.earliest.year); check the year")
            return nil
        }
        return date
    }

    /// Why `raw` is not a date, and how to write it.
    static func explainBadDate(_ raw: String) -> String {
        let parts = raw.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) {
            if !(1...12).contains(m) { return "has no month \(m); write dates as YYYY-MM-DD" }
            if d < 1 || d > CivilDate.daysIn(month: m, year: y) {
                if m == 2 && d == 29 { return "does not exist: \(y) is not a leap year" }
                return "does not exist: month \(m) of \(y) has \(CivilDate.daysIn(month: m, year: y)) days"
            }
        }
        if raw.contains("/") || raw.contains(".") {
            return "expected a date written YYYY-MM-DD (e.g. 2024-03-07); day/month/year is ambiguous and not accepted"
        }
        return "expected a date written YYYY-MM-DD (e.g. 2024-03-07)"
    }
}

/// A row's source (its name) and reference: what may appear once per file.
///
/// Two strings rather than one joined: a joined key is a heap allocation per row of a
/// million-row import, while most sources and references fit in a string's inline storage.
public struct RowIdentity: Hashable, Sendable {
    public let source: String
    public let reference: String
}
