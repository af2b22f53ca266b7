import CGraphics

/// The structure types of a tagged PDF (ISO 32000-1, 14.8.4) the report uses; cairo 1.16 writes
/// each of them (it refuses names outside the standard list, such as `Artifact`).
public enum StructureType: String, Sendable {
    case heading1 = "H1", heading2 = "H2", paragraph = "P", note = "Note"
    case list = "L", listItem = "LI", label = "Lbl", listBody = "LBody"
    case table = "Table", caption = "Caption", row = "TR", headerCell = "TH", dataCell = "TD"
    case figure = "Figure", contents = "TOC", contentsItem = "TOCI"
}

extension Canvas {
    /// Begins a structure element of a tagged PDF: what is drawn until ``endStructure(_:)`` is
    /// its content, in reading order. Elements nest, and may continue on the next page. What is
    /// drawn while no element is open (running heads, page numbers, rules) stays outside the
    /// structure tree, so a reader that follows it skips them. (Cairo 1.16 cannot mark them as
    /// artifacts: they are unmarked content.) Other formats ignore structure.
    public func beginStructure(_ type: StructureType) {
        guard format == .pdf else { return }
        cairo_tag_begin(context, type.rawValue, "")
        openStructure.append((type, structureCount))
        structureCount += 1
    }

    /// Ends the innermost structure element, which must be `type`.
    public func endStructure(_ type: StructureType) {
        guard format == .pdf else { return }
        precondition(openStructure.last?.type == type, "ending \(type) inside \(openStructure.map(\.type))")
        cairo_tag_end(context, type.rawValue)
        openStructure.removeLast()
    }

    /// Draws `body` as the content of a structure element `type`.
    public func structure(_ type: StructureType, _ body: () -> Void) {
        beginStructure(type)
        body()
        endStructure(type)
    }

    /// How many structure elements are open (0: what is drawn now is outside the structure).
    public var openStructureCount: Int { openStructure.count }

    /// Draws `body` as a figure whose alternative text (what a screen reader reads in place of the
    /// picture) is `alternative`, occupying `rect` on the page (cairo's coordinates).
    public func figure(
        alternative: String, rect: (x: Double, y: Double, width: Double, height: Double),
        _ body: () -> Void
    ) {
        guard format == .pdf else { return body() }
        figures.append(PDFAccessibility.Figure(alternative: alternative, page: page, rect: rect))
        structure(.figure, body)
    }

    /// The natural language of the document's text (BCP 47, "en-GB"), written as the catalog's `/Lang`.
    public func setLanguage(_ tag: String) {
        language = tag
    }
}
