import CGraphics
import Foundation

/// A page or picture being drawn: owns a cairo surface and its context.
///
/// Not thread-safe (cairo contexts are not): keep a canvas on one task and pass only values
/// (file paths, bytes) between tasks.
public final class Canvas {
    /// The kinds of output.
    public enum Format: String, Sendable, CaseIterable {
        case pdf, svg, png
    }

    /// The output format.
    public let format: Format
    /// The page or picture size in points (1/72 inch); PNGs are `scale` pixels per point.
    public let width: Double
    public let height: Double
    let surface: OpaquePointer
    let context: OpaquePointer
    private let path: String
    private var finished = false
    /// The page being drawn (0-based), and the places and links kept for `PDFLinks`.
    private(set) var page = 0
    private var destinations: [String: (page: Int, y: Double)] = [:]
    private var links:
        [(
            page: Int, rect: (x: Double, y: Double, width: Double, height: Double), name: String,
            element: Int?, description: String
        )] = []
    /// The structure elements open now (innermost last) with their number in the order elements
    /// began, how many have begun, the figures' alternative texts in order and the document's
    /// language, for ``PDFAccessibility``.
    var openStructure: [(type: StructureType, index: Int)] = []
    var structureCount = 0
    var figures: [PDFAccessibility.Figure] = []
    var tagged: Bool { structureCount > 0 }
    var language: String?

    /// A canvas writing `format` to `path`, `width` × `height` points (PNG: × `scale` pixels).
    public init(format: Format, path: String, width: Double, height: Double, scale: Double = 2) throws(GraphicsError) {
        self.format = format
        self.path = path
        self.width = width
        self.height = height
        let made: OpaquePointer? =
            switch format {
            case .pdf: cairo_pdf_surface_create(path, width, height)
            case .svg: cairo_svg_surface_create(path, width, height)
            case .png:
                cairo_image_surface_create(
                    CAIRO_FORMAT_ARGB32, Int32((width * scale).rounded()), Int32((height * scale).rounded()))
            }
        guard let made else { throw GraphicsError(action: "creating \(path)", reason: "cairo returned no surface") }
        do { try GraphicsError.check(cairo_surface_status(made), "creating \(path)") } catch {
            cairo_surface_destroy(made)
            throw error
        }
        surface = made
        context = cairo_create(made)
        if format == .png {
            cairo_scale(context, scale, scale)
            // PNGs get a white background; PDF and SVG pages are white already.
            cairo_set_source_rgb(context, 1, 1, 1)
            cairo_paint(context)
        }
        if format == .pdf { cairo_pdf_surface_restrict_to_version(made, CAIRO_PDF_VERSION_1_5) }
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    /// Document information for a PDF: title, author, subject, keywords, creator and a creation
    /// date fixed by the caller (ISO 8601), so the same input gives the same bytes.
    public func setMetadata(
        title: String, author: String, subject: String, keywords: String, creator: String, created: String
    ) {
        guard format == .pdf else { return }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, author)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, subject)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS, keywords)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, creator)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, created)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, created)
    }

    /// Whether the file at `path` ends as a whole PDF ("%%EOF") or SVG ("</svg>") does.
    static func endsWhole(_ path: String, format: Format) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd(), size > 0 else { return false }
        try? handle.seek(toOffset: size > 1024 ? size - 1024 : 0)
        guard let tail = try? handle.readToEnd() else { return false }
        let text = String(decoding: tail, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.hasSuffix(format == .pdf ? "%%EOF" : "</svg>")
    }

    /// Ends the current page and starts another (PDF).
    public func newPage() {
        cairo_show_page(context)
        page += 1
    }

    /// Finishes the file: writes the PNG, or closes the PDF or SVG, and checks every status.
    public func finish() throws(GraphicsError) {
        guard !finished else { return }
        finished = true
        try GraphicsError.check(cairo_status(context), "drawing \(path)")
        if format == .png {
            cairo_surface_flush(surface)
            try GraphicsError.check(cairo_surface_write_to_png(surface, path), "writing \(path)")
        } else {
            cairo_surface_finish(surface)
        }
        try GraphicsError.check(cairo_surface_status(surface), "finishing \(path)")
        // Cairo does not always see a write that failed (a full disk noticed only when the file
        // is closed): the file must end as its format ends, or it is not written.
        if format != .png, !Canvas.endsWhole(path, format: format) {
            throw GraphicsError(
                action: "finishing \(path)",
                reason:
                    "the file was not written whole (the disk may be full); free some space or choose another folder"
            )
        }
        guard format == .pdf && (!links.isEmpty || tagged || language != nil) else { return }
        guard openStructure.isEmpty else {
            throw GraphicsError(
                action: "finishing \(path)",
                reason: "structure elements left open: \(openStructure.map(\.type.rawValue))")
        }
        var written: [PDFLinks.Link] = []
        var tagging: [PDFAccessibility.Link] = []
        for link in links {
            guard let target = destinations[link.name] else {
                throw GraphicsError(action: "linking in \(path)", reason: "no destination named \(link.name)")
            }
            written.append(
                PDFLinks.Link(
                    page: link.page, x: link.rect.x, y: link.rect.y, width: link.rect.width,
                    height: link.rect.height, targetPage: target.page, targetY: target.y))
            tagging.append(PDFAccessibility.Link(element: link.element, description: link.description))
        }
        // Cairo's links (before 1.17.2) and what a tagged PDF needs beyond cairo's tags, as one
        // incremental update.
        do {
            var update = try PDFUpdate(path: path)
            let annotations = try PDFLinks.add(written, to: &update, pageHeight: height)
            if tagged || language != nil {
                let links = zip(tagging, annotations).map {
                    PDFAccessibility.Link(element: $0.element, description: $0.description, annotation: $1)
                }
                try PDFAccessibility(language: language, figures: figures, links: links, pageHeight: height)
                    .apply(to: &update)
            }
            try update.write(to: path)
        } catch {
            throw GraphicsError(action: "adding links and structure to \(path)", reason: "\(error)")
        }
    }

    // MARK: drawing

    /// Fills the rectangle with `color`.
    public func fill(x: Double, y: Double, width: Double, height: Double, color: Color) {
        set(color)
        cairo_rectangle(context, x, y, width, height)
        cairo_fill(context)
    }

    /// Strokes a line through `points`.
    public func line(_ points: [(Double, Double)], color: Color, width: Double, dash: [Double] = []) {
        guard let first = points.first else { return }
        set(color)
        cairo_set_line_width(context, width)
        cairo_set_line_join(context, CAIRO_LINE_JOIN_ROUND)
        cairo_set_line_cap(context, CAIRO_LINE_CAP_BUTT)
        cairo_set_dash(context, dash, Int32(dash.count), 0)
        cairo_move_to(context, first.0, first.1)
        for point in points.dropFirst() { cairo_line_to(context, point.0, point.1) }
        cairo_stroke(context)
        cairo_set_dash(context, [], 0, 0)
    }

    /// Fills a circle.
    public func dot(x: Double, y: Double, radius: Double, color: Color) {
        set(color)
        cairo_new_sub_path(context)
        cairo_arc(context, x, y, radius, 0, 2 * Double.pi)
        cairo_fill(context)
    }

    /// Fills the closed polygon through `points`.
    public func polygon(_ points: [(Double, Double)], color: Color) {
        guard let first = points.first else { return }
        set(color)
        cairo_move_to(context, first.0, first.1)
        for point in points.dropFirst() { cairo_line_to(context, point.0, point.1) }
        cairo_close_path(context)
        cairo_fill(context)
    }

    func set(_ color: Color) {
        cairo_set_source_rgba(context, color.red, color.green, color.blue, color.alpha)
    }

    // MARK: PDF structure

    /// Adds an outline (bookmark) entry pointing at `destination`; returns its id for children.
    @discardableResult
    public func addOutline(parent: Int32 = 0, title: String, destination: String, open: Bool = false) -> Int32 {
        guard format == .pdf else { return 0 }
        let flags = open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(0)
        return cairo_pdf_surface_add_outline(surface, parent, title, "dest='\(destination)'", flags)
    }

    /// Marks the current position of the page as the named destination `name`.
    public func addDestination(_ name: String, y: Double) {
        guard format == .pdf else { return }
        cairo_tag_begin(context, CAIRO_TAG_DEST, "name='\(name)' x=0 y=\(y)")
        cairo_tag_end(context, CAIRO_TAG_DEST)
        destinations[name] = (page, y)
    }

    /// Whether cairo writes links correctly. Cairo before 1.17.2 (Debian bookworm has 1.16.0)
    /// writes link annotations without their target and refers to an object it never writes,
    /// damaging the PDF's cross-reference table; there the links are added after cairo has
    /// finished, by ``PDFLinks``.
    public static var cairoWritesLinks: Bool { cairo_version() >= 11_702 }

    /// Makes the rectangle a link to the named destination `name` (which may be on a later page).
    /// In a tagged PDF the link belongs to the structure element open now, and `description`
    /// says where it goes.
    public func addLink(
        to name: String, rect: (x: Double, y: Double, width: Double, height: Double),
        description: String = ""
    ) {
        guard format == .pdf else { return }
        if Canvas.cairoWritesLinks {
            cairo_tag_begin(
                context, CAIRO_TAG_LINK, "dest='\(name)' rect=[\(rect.x) \(rect.y) \(rect.width) \(rect.height)]")
            cairo_tag_end(context, CAIRO_TAG_LINK)
        } else {
            links.append((page, rect, name, openStructure.last?.index, description))
        }
    }
}
