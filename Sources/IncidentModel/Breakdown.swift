/// A way of breaking counted incidents down, with the codes and published labels of its values.
public enum Breakdown: String, CaseIterable, Sendable, Hashable {
    case category
    case year
    case month
    /// The calendar month whatever the year (January … December), for month-by-year series.
    case monthOfYear = "month_of_year"
    case policeForce = "police_force"
    case region
    case victimType = "victim_type"
    case method
    case online
    case discourse
    case source
    /// The offender's appearance, gender and age, where a description was given: "not recorded"
    /// is an incident with no description, "not stated" a description silent on this point.
    case offenderAppearance = "offender_appearance"
    case offenderGender = "offender_gender"
    case offenderAge = "offender_age"
    /// Mission, opportunistic or aggravated; "not coded" where the research team gave no code.
    case typology

    /// The code of a missing value ("not recorded").
    public static let unknownCode = "unknown"

    /// Reads a dimension name as written on the command line (`category`, `force`, `victim`, …).
    public init?(parsing text: String) {
        let key = VocabularyKey.normalise(text)
        let aliases: [String: Breakdown] = [
            "force": .policeForce, "police": .policeForce, "victim": .victimType, "victims": .victimType,
            "geography": .region, "regions": .region, "categories": .category, "months": .month, "years": .year,
            "calendar_month": .monthOfYear,
            "online_offline": .online, "motive": .discourse, "discourses": .discourse, "sources": .source,
            "appearance": .offenderAppearance, "ethnicity": .offenderAppearance, "offender": .offenderAppearance,
            "gender": .offenderGender, "sex": .offenderGender, "age": .offenderAge, "minor": .offenderAge,
            "typologies": .typology, "mission": .typology,
        ]
        guard let value = Breakdown(rawValue: key) ?? aliases[key] else { return nil }
        self = value
    }

    /// Whether the values partition the incidents (discourse does not: an incident may carry several).
    public var isAdditive: Bool { self != .discourse }

    /// The column heading the report and the text output use.
    public var heading: String {
        switch self {
        case .category: "Category"
        case .year: "Year"
        case .month: "Month"
        case .monthOfYear: "Month"
        case .policeForce: "Police force"
        case .region: "Region"
        case .victimType: "Victim"
        case .method: "Method"
        case .online: "Online or offline"
        case .discourse: "Discourse"
        case .source: "Reported by"
        case .offenderAppearance: "Offender appearance"
        case .offenderGender: "Offender gender"
        case .offenderAge: "Offender age"
        case .typology: "Typology"
        }
    }

    /// The values a table shows even when their count is zero, in display order; nil for open
    /// dimensions (years, months, forces), which list what the data and period hold.
    public var fixedCodes: [String]? {
        switch self {
        case .category: Category.allCases.map(\.rawValue)
        case .victimType: VictimType.allCases.map(\.rawValue)
        case .method: Method.allCases.map(\.rawValue)
        case .online: ["online", "offline"]
        case .discourse: Discourse.allCases.map(\.rawValue) + ["none"]
        case .source: ["own", "police", "both", "partner"]
        case .offenderAppearance: OffenderAppearance.allCases.map(\.rawValue) + [OffenderProfile.notStatedCode]
        case .offenderGender: OffenderGender.allCases.map(\.rawValue) + [OffenderProfile.notStatedCode]
        case .offenderAge: OffenderAge.allCases.map(\.rawValue) + [OffenderProfile.notStatedCode]
        case .typology: Typology.allCases.map(\.rawValue)
        case .monthOfYear: (1...12).map { String(100 + $0).suffix(2) }.map(String.init)
        case .year, .month, .policeForce, .region: nil
        }
    }

    /// The published label of `code`.
    public func label(of code: String) -> String {
        if code == Breakdown.unknownCode {
            return isOffender ? "No description" : self == .typology ? Typology.notCodedLabel : "Not recorded"
        }
        if code == OffenderProfile.notStatedCode { return "Not stated" }
        switch self {
        case .category: return Category(rawValue: code)?.publishedName ?? code
        case .year: return code
        case .month:
            guard code.count == 7, let y = Int(code.prefix(4)), let m = Int(code.suffix(2)), (1...12).contains(m) else {
                return code
            }
            return "\(Period.monthNames[m - 1]) \(y)"
        case .monthOfYear: return Int(code).flatMap { (1...12).contains($0) ? Period.monthNames[$0 - 1] : nil } ?? code
        case .policeForce: return PoliceForce(rawValue: code)?.areaName ?? code
        case .region: return ReportRegion.allCases.first { $0.code == code }?.name ?? code
        case .victimType: return VictimType(rawValue: code)?.publishedName ?? code
        case .method: return Method(rawValue: code)?.publishedName ?? code
        case .online: return code == "online" ? "Online" : "Offline"
        case .discourse: return code == "none" ? "None recorded" : (Discourse(rawValue: code)?.publishedName ?? code)
        case .source:
            return switch code {
            case "own": "Reported to us only"
            case "police": "Police exchange only"
            case "both": "Both"
            case "partner": "Partner organisations"
            default: code
            }
        case .offenderAppearance: return OffenderAppearance(rawValue: code)?.publishedName ?? code
        case .offenderGender: return OffenderGender(rawValue: code)?.publishedName ?? code
        case .offenderAge: return OffenderAge(rawValue: code)?.publishedName ?? code
        case .typology: return Typology(rawValue: code)?.publishedName ?? code
        }
    }

    /// Sort key of `code` within the dimension: fixed order, then chronological or by name;
    /// "not recorded" last.
    public func order(of code: String) -> (Int, String) {
        if code == Breakdown.unknownCode { return (Int.max, code) }
        if let fixed = fixedCodes, let i = fixed.firstIndex(of: code) { return (i, code) }
        if self == .region, let i = ReportRegion.allCases.firstIndex(where: { $0.code == code }) { return (i, code) }
        if self == .policeForce, let i = PoliceForce.allCases.firstIndex(where: { $0.rawValue == code }) {
            return (i, code)
        }
        return (0, code)
    }

    /// The stored value this breakdown is derived from, so that a store can group by stored
    /// columns and leave the mapping to ``codes(stored:)``.
    public enum StoredColumn: String, Sendable, Hashable {
        case category, year, month, policeForce = "police_force", victimType = "victim_type", method, discourse,
            offender, sourceKind = "source_kind"
        case typology
    }

    /// Whether the dimension describes offenders (counted among incidents with a description).
    public var isOffender: Bool { self == .offenderAppearance || self == .offenderGender || self == .offenderAge }

    /// The stored column this breakdown is derived from.
    public var storedColumn: StoredColumn {
        switch self {
        case .category: .category
        case .year: .year
        case .month, .monthOfYear: .month
        case .policeForce, .region: .policeForce
        case .victimType: .victimType
        case .method, .online: .method
        case .discourse: .discourse
        case .source: .sourceKind
        case .offenderAppearance, .offenderGender, .offenderAge: .offender
        case .typology: .typology
        }
    }

    /// The value codes of a stored value (the code of a category, force, method…; a year or month;
    /// the discourse bit set as a decimal number; nil when not recorded).
    public func codes(stored value: String?) -> [String] {
        switch self {
        case .region:
            guard let value else { return [Breakdown.unknownCode] }
            return [PoliceForce(rawValue: value)?.reportRegion.code ?? value]
        case .online:
            guard let value else { return [Breakdown.unknownCode] }
            return [Method(rawValue: value)?.isOnline == true ? "online" : "offline"]
        case .discourse:
            let members = DiscourseSet(rawValue: Int(value ?? "0") ?? 0).members
            return members.isEmpty ? ["none"] : members.map(\.rawValue)
        case .monthOfYear:
            return [String((value ?? "").dropFirst(5).prefix(2))]
        case .offenderAppearance, .offenderGender, .offenderAge:
            return [offenderCode(value.flatMap(OffenderProfile.init(code:)))]
        default:
            return [value ?? Breakdown.unknownCode]
        }
    }

    /// The value codes `incident` has in this dimension (several for discourse).
    public func codes(of incident: Incident, sourceKind: String) -> [String] {
        switch self {
        case .category: [incident.category?.rawValue ?? Breakdown.unknownCode]
        case .year: [String(incident.date.year)]
        case .month: [String(incident.date.description.prefix(7))]
        case .monthOfYear: [String(incident.date.description.dropFirst(5).prefix(2))]
        case .policeForce: [incident.policeForce?.rawValue ?? Breakdown.unknownCode]
        case .region: [incident.policeForce?.reportRegion.code ?? Breakdown.unknownCode]
        case .victimType: [incident.victimType?.rawValue ?? Breakdown.unknownCode]
        case .method: [incident.method?.rawValue ?? Breakdown.unknownCode]
        case .online: [incident.method.map { $0.isOnline ? "online" : "offline" } ?? Breakdown.unknownCode]
        case .discourse: incident.discourse.members.isEmpty ? ["none"] : incident.discourse.members.map(\.rawValue)
        case .source: [sourceKind]
        case .offenderAppearance, .offenderGender, .offenderAge: [offenderCode(incident.offender)]
        case .typology: [incident.typology?.rawValue ?? Breakdown.unknownCode]
        }
    }

    private func offenderCode(_ profile: OffenderProfile?) -> String {
        guard let profile else { return Breakdown.unknownCode }
        let code: String? =
            switch self {
            case .offenderAppearance: profile.appearance?.rawValue
            case .offenderGender: profile.gender?.rawValue
            default: profile.age?.rawValue
            }
        return code ?? OffenderProfile.notStatedCode
    }
}
