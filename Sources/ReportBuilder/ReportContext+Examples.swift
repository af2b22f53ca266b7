import IncidentModel
import Statistics
import Typesetting

extension ReportContext {
    /// The most examples a section prints; the publication tells two to four.
    public static let examplesPerSection = 4

    /// Sets the case examples of the period (approved texts, never descriptions): each section
    /// prints up to ``examplesPerSection`` of its own, chosen by ``CaseExample/choose(_:limit:)``.
    public mutating func setExamples(_ all: [CaseExample]) {
        let period = figures["period"] ?? "the period"
        examples = [:]
        for (section, list) in Dictionary(grouping: all, by: \.section.description) {
            let chosen = CaseExample.choose(list, limit: ReportContext.examplesPerSection)
            let lead: String =
                switch ExampleSection(parsing: section) {
                case .category(let category)?: "Examples of \(category.publishedName) in \(period):"
                default: "Examples from \(period):"
                }
            examples[section] = [
                .paragraph(LightMarkup.inline("*\(ReportContext.escapedMarkup(lead))*")),
                .bullets(chosen.map { LightMarkup.inline(ReportContext.escapedMarkup($0.text)) }),
            ]
        }
    }

    /// Text set as it is: the light markup's own characters (`*`, `[^`) taken literally.
    static func escapedMarkup(_ text: String) -> String {
        // Asterisks in an account ("f***") are text, not emphasis; brackets are not footnotes.
        text.replacingOccurrences(of: "*", with: "\u{2217}").replacingOccurrences(of: "[^", with: "[\u{2060}^")
    }

    /// The typology's figures beyond one per value: how many incidents were coded, and each
    /// value's share of those (the publication's percentages are of the incidents coded).
    static func typologyFigures(_ table: FigureTable, into figures: inout [String: String]) {
        let notCoded = table.cell([Breakdown.unknownCode])?.count ?? 0
        let coded = table.total - notCoded
        figures["typology_coded"] = coded.grouped
        figures["typology_coded_share"] = Percent.text(Percent.share(coded, of: table.total))
        figures["typology_not_coded"] = notCoded.grouped
        figures["typology_not_coded_share"] = Percent.text(Percent.share(notCoded, of: table.total))
        for value in Typology.allCases {
            let count = table.cell([value.rawValue])?.count ?? 0
            figures["typology_\(value.rawValue)_of_coded"] = Percent.text(Percent.share(count, of: coded))
        }
    }
}
