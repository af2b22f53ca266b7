import Foundation
import IncidentModel

/// Wall-clock facts, kept in one place so that tests can pin them.
enum Clock {
    /// Today's date in the local time zone.
    static func today() -> CivilDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// The current instant, ISO 8601 in UTC.
    static func timestamp() -> String { Date().ISO8601Format() }
}
