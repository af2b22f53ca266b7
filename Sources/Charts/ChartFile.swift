import Graphics

/// Writes a single chart to a PDF, SVG or PNG file (for the media office).
public enum ChartFile {
    /// Writes `chart` to `path` in `format`, `width` × `height` points.
    public static func write(_ chart: Chart, to path: String, format: Canvas.Format, width: Double = 560, height: Double = 340,
                             created: String) throws(GraphicsError) {
        let canvas = try Canvas(format: format, path: path, width: width, height: height)
        canvas.setMetadata(title: chart.title, author: "incidents", subject: chart.subtitle ?? chart.title,
                           keywords: "incidents, chart", creator: "incidents", created: created)
        ChartRenderer.draw(chart, on: canvas, in: Frame(x: 24, y: 22, width: width - 48, height: height - 40))
        try canvas.finish()
    }
}
