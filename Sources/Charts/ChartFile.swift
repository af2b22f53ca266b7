import Foundation
import Graphics

/// Writes a single chart to a PDF, SVG or PNG file (for the media office).
public enum ChartFile {
    /// Writes `chart` to `path` in `format`, `width` × `height` points.
    public static func write(
        _ chart: Chart, to path: String, format: Canvas.Format, width: Double = 560, height: Double = 340,
        created: String
    ) throws(GraphicsError) {
        let canvas = try Canvas(format: format, path: path, width: width, height: height)
        canvas.setMetadata(
            title: chart.title, author: "incidents", subject: chart.subtitle ?? chart.title,
            keywords: "incidents, chart", creator: "incidents", created: created)
        ChartRenderer.draw(chart, on: canvas, in: Frame(x: 24, y: 22, width: width - 48, height: height - 40))
        try canvas.finish()
    }

    /// The bytes of `chart` in `format`, drawn through a file of this process's own in `folder`
    /// (cairo writes SVG and PNG to files), removed at once.
    public static func data(
        _ chart: Chart, format: Canvas.Format, folder: String, created: String,
        width: Double = 560, height: Double = 340
    ) throws -> Data {
        let path = (folder as NSString).appendingPathComponent("chart-\(UUID().uuidString).\(format.rawValue)")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try write(chart, to: path, format: format, width: width, height: height, created: created)
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }
}
