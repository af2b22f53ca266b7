import CGraphics

/// How text is set: family, size, weight, slant, colour.
public struct TextStyle: Hashable, Sendable {
    /// Font weights the bundled family has.
    public enum Weight: Sendable, Hashable { case regular, semibold, bold }

    public var size: Double
    public var weight: Weight
    public var italic: Bool
    public var color: Color
    /// Extra space between lines, as a multiple of the font's own line height.
    public var lineSpacing: Double

    /// A style; sizes in points.
    public init(
        size: Double, weight: Weight = .regular, italic: Bool = false, color: Color = .black, lineSpacing: Double = 1
    ) {
        self.size = size
        self.weight = weight
        self.italic = italic
        self.color = color
        self.lineSpacing = lineSpacing
    }
}

/// Horizontal alignment of a block of text.
public enum TextAlignment: Sendable { case left, center, right, justified }

/// A laid-out block of text (a Pango layout), measured before it is drawn.
///
/// Owns its `PangoLayout`; bound to the canvas it was made for.
public final class TextLayout {
    private let layout: OpaquePointer
    private let canvas: Canvas
    /// The style it was set in.
    public let style: TextStyle

    /// Lays out `text` in `style`; with a `width`, lines break to fit it. With `markup`, Pango
    /// markup (`<b>`, `<i>`) is read; escape other text with ``escapeMarkup(_:)``.
    public init(
        _ text: String, style: TextStyle, on canvas: Canvas, width: Double? = nil,
        alignment: TextAlignment = .left, markup: Bool = false
    ) {
        self.canvas = canvas
        self.style = style
        layout = pango_cairo_create_layout(canvas.context)
        // The same metrics for PDF and PNG: no hinting, so line breaks never differ between them.
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(pango_layout_get_context(layout), options)
        cairo_font_options_destroy(options)
        pango_layout_context_changed(layout)

        let font = pango_font_description_new()
        pango_font_description_set_family(font, FontLibrary.family)
        pango_font_description_set_absolute_size(font, style.size * Double(PANGO_SCALE))
        let weight: PangoWeight =
            switch style.weight {
            case .regular: PANGO_WEIGHT_NORMAL
            case .semibold: PANGO_WEIGHT_SEMIBOLD
            case .bold: PANGO_WEIGHT_BOLD
            }
        pango_font_description_set_weight(font, weight)
        pango_font_description_set_style(font, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        pango_layout_set_font_description(layout, font)
        pango_font_description_free(font)
        pango_layout_set_line_spacing(layout, Float(style.lineSpacing))
        if let width {
            pango_layout_set_width(layout, Int32(width * Double(PANGO_SCALE)))
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD)
        }
        switch alignment {
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        case .justified:
            pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
            pango_layout_set_justify(layout, 1)
        }
        if markup, TextLayout.markupError(text) == nil {
            pango_layout_set_markup(layout, text, -1)
        } else if markup {
            // Markup Pango cannot read would leave the layout empty: set the words instead of
            // dropping them (templates are checked for this before, with file and line).
            pango_layout_set_text(layout, TextLayout.plainText(text), -1)
        } else {
            pango_layout_set_text(layout, text, -1)
        }
    }

    /// Why Pango cannot read `markup`, or nil when it can.
    public static func markupError(_ markup: String) -> String? {
        var error: UnsafeMutablePointer<GError>? = nil
        if pango_parse_markup(markup, -1, 0, nil, nil, nil, &error) != 0 { return nil }
        defer { if error != nil { g_error_free(error) } }
        return error.map { String(cString: $0.pointee.message) } ?? "invalid markup"
    }

    /// The text of `markup` with its tags removed and entities read.
    static func plainText(_ markup: String) -> String {
        var out = "", inTag = false
        for ch in markup {
            if ch == "<" { inTag = true } else if ch == ">" && inTag { inTag = false } else if !inTag { out.append(ch) }
        }
        return out.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(layout)) }

    /// The ink-independent size: width and height of the laid-out lines, in points.
    public var size: (width: Double, height: Double) {
        var w: Int32 = 0, h: Int32 = 0
        pango_layout_get_size(layout, &w, &h)
        return (Double(w) / Double(PANGO_SCALE), Double(h) / Double(PANGO_SCALE))
    }

    /// The number of lines.
    public var lineCount: Int { Int(pango_layout_get_line_count(layout)) }

    /// The distance from the top to the first line's baseline.
    public var baseline: Double { Double(pango_layout_get_baseline(layout)) / Double(PANGO_SCALE) }

    /// The top of each line and its height, from the top of the layout, in points.
    public var lineExtents: [(top: Double, height: Double)] {
        var out: [(Double, Double)] = []
        let iter = pango_layout_get_iter(layout)
        repeat {
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iter, nil, &logical)
            out.append((Double(logical.y) / Double(PANGO_SCALE), Double(logical.height) / Double(PANGO_SCALE)))
        } while pango_layout_iter_next_line(iter) != 0
        pango_layout_iter_free(iter)
        return out
    }

    /// Draws the text with its top-left corner at (`x`, `y`).
    public func draw(x: Double, y: Double) {
        canvas.set(style.color)
        cairo_move_to(canvas.context, x, y)
        pango_cairo_show_layout(canvas.context, layout)
    }

    /// Draws only the lines whose tops fall in `range` (for splitting a paragraph across pages),
    /// placing the first of them at `y`.
    public func drawLines(_ range: Range<Int>, x: Double, y: Double) {
        let extents = lineExtents
        guard let first = range.first, first < extents.count else { return }
        let offset = extents[first].top
        let bottom = range.upperBound < extents.count ? extents[range.upperBound].top : size.height
        cairo_save(canvas.context)
        cairo_rectangle(canvas.context, x - 2, y, size.width + 4, bottom - offset)
        cairo_clip(canvas.context)
        draw(x: x, y: y - offset)
        cairo_restore(canvas.context)
    }

    /// Draws the text turned by `angle` radians (default a quarter turn anticlockwise), its
    /// top-left corner (before turning) at (`x`, `y`).
    public func drawRotated(x: Double, y: Double, angle: Double = -Double.pi / 2) {
        cairo_save(canvas.context)
        cairo_translate(canvas.context, x, y)
        cairo_rotate(canvas.context, angle)
        canvas.set(style.color)
        cairo_move_to(canvas.context, 0, 0)
        pango_cairo_update_layout(canvas.context, layout)
        pango_cairo_show_layout(canvas.context, layout)
        cairo_restore(canvas.context)
    }

    /// `text` with `&`, `<`, `>` and quotes escaped, for use inside markup.
    public static func escapeMarkup(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }
}
