import Foundation

/// Internal links (a rectangle on one page that jumps to a place on another) written into a
/// finished PDF as part of an incremental update (``PDFUpdate``), for cairo versions whose own
/// links are broken.
///
/// Cairo before 1.17.2 (Debian bookworm has 1.16.0) writes link annotations without their
/// destination and refers to a structure object it never writes, so the file's cross-reference
/// table is damaged. Here each page object is found through the table and the page tree, and the
/// link annotations and new versions of the pages that carry them (with `/Annots`, and `/Tabs /S`
/// so that the keyboard follows the structure) are appended. The output stays deterministic: same
/// links, same bytes.
struct PDFLinks {
    struct Link {
        /// Page (0-based) holding the rectangle, and the rectangle in cairo's coordinates (points,
        /// y down from the top).
        let page: Int
        let x, y, width, height: Double
        /// Target page (0-based) and the y on it, in cairo's coordinates.
        let targetPage: Int
        let targetY: Double
    }

    /// Adds `links` to `update`, whose pages are `pageHeight` points high; the annotations' object
    /// numbers, in the order of `links`.
    @discardableResult
    static func add(_ links: [Link], to update: inout PDFUpdate, pageHeight: Double) throws -> [Int] {
        let pages = update.pages
        for link in links where !pages.indices.contains(link.page) || !pages.indices.contains(link.targetPage) {
            throw PDFUpdate.Failure.unreadable(
                "a link on page \(link.page + 1) to page \(link.targetPage + 1) of \(pages.count)")
        }
        func number(_ value: Double) -> String { String(format: "%.2f", value) }
        var annotations: [Int: [Int]] = [:]
        var made: [Int] = []
        for link in links {
            let top = pageHeight - link.y, bottom = pageHeight - link.y - link.height
            let annotation = update.add(
                """
                << /Type /Annot /Subtype /Link /Rect [ \(number(link.x)) \(number(bottom)) \
                \(number(link.x + link.width)) \(number(top)) ] \
                /Border [ 0 0 0 ] /Dest [ \(pages[link.targetPage]) 0 R /XYZ 0 \(number(pageHeight - link.targetY)) \
                null ] >>
                """)
            annotations[link.page, default: []].append(annotation)
            made.append(annotation)
        }
        for page in annotations.keys.sorted() {
            let object = pages[page]
            var dictionary = try update.dictionary(object)
            let references = annotations[page]!.map(PDFValue.reference)
            dictionary["Annots"] = .array((dictionary["Annots"]?.items ?? []) + references)
            dictionary["Tabs"] = .name("S")
            update.replace(object, with: .dictionary(dictionary))
        }
        return made
    }
}
