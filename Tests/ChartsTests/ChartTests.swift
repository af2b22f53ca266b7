import Charts
import Foundation
import Graphics
import TestSupport
import Testing

/// The repository's bundled fonts, registered once for these tests.
let fontsReady: Void = {
    let fonts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fonts").path
    try! FontLibrary.useBundledFonts(in: fonts)
}()

func scratch(_ name: String) -> String {
    let folder = try! TestScratch.newFolder("charts")
    return (folder as NSString).appendingPathComponent(name)
}

let monthly = Chart(
    kind: .verticalBars, title: "Antisemitic incidents by month, 2023", subtitle: "5,520 incidents",
    categories: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    series: [.init(name: "Incidents", values: [193, 157, 198, 197, 240, 192, 237, 236, 237, 1_910, 1_113, 610])],
    annotations: [.init(position: 8.7, label: "7 October")], note: "Source: incident records.")

/// Whether a P6 PPM image has any pixel that is not near-white.
/// Whether a rendered chart is drawn: at least 1% of its pixels dark, across a fifth of its rows.
func hasInk(_ ppmPath: String) throws -> Bool {
    let measured = try ink(ppmPath)
    return measured.pixels >= 0.01 && measured.rows >= 0.2
}

@Suite(.serialized) struct ChartTests {
    init() { _ = fontsReady }

    @Test(
        "puts axis ticks at round numbers",
        arguments: [(1_910.0, 500.0, 2_000.0), (7, 2, 8), (3, 1, 3), (0, 1, 1), (4_208, 1_000, 5_000), (96, 20, 100)])
    func ticks(_ maximum: Double, _ step: Double, _ top: Double) {
        let scale = NiceScale.ticks(maximum: maximum)
        #expect(scale.step == step && scale.top == top)
    }

    @Test("writes a vector PDF with the bundled font embedded, its metadata, its words and numbers")
    func pdf() throws {
        let path = scratch("monthly.pdf")
        try ChartFile.write(monthly, to: path, format: .pdf, created: "2024-02-01T00:00:00Z")
        let fonts = try tool("pdffonts", [path]).split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for line in fonts {
            #expect(line.contains("Inter-"), "a font other than the bundled one: \(line)")
            #expect(line.contains(" yes yes "), "not embedded and subset: \(line)")
        }
        let info = try tool("pdfinfo", [path])
        func field(_ name: String) -> String? {
            info.split(separator: "\n").first { $0.hasPrefix(name + ":") }.map {
                $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces)
            }
        }
        #expect(field("Title") == "Antisemitic incidents by month, 2023")
        #expect(field("Creator") == "incidents")
        #expect(field("CreationDate")?.contains("2024") == true)
        let text = try tool("pdftotext", [path, "-"])
        for word in ["Antisemitic incidents by month, 2023", "1,910", "1,113", "7 October", "Oct", "2,000"] {
            #expect(text.contains(word), "missing \(word)")
        }
    }

    @Test("the same chart gives the same bytes")
    func deterministic() throws {
        let a = scratch("a.pdf"), b = scratch("b.pdf")
        try ChartFile.write(monthly, to: a, format: .pdf, created: "2024-02-01T00:00:00Z")
        try ChartFile.write(monthly, to: b, format: .pdf, created: "2024-02-01T00:00:00Z")
        #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)))
    }

    @Test(
        "a rendered page is not blank, and PNG and SVG files are written",
        arguments: [Chart.Kind.verticalBars, .horizontalBars, .groupedBars, .stackedBars, .lines, .share])
    func rendered(_ kind: Chart.Kind) throws {
        var chart = monthly
        chart.kind = kind
        if kind == .groupedBars || kind == .stackedBars || kind == .lines {
            chart.series.append(
                .init(name: "2022", values: [150, 140, 160, 170, 180, 160, 150, 150, 160, 170, 160, 150]))
        }
        let pdf = scratch("chart.pdf")
        try ChartFile.write(chart, to: pdf, format: .pdf, created: "2024-02-01T00:00:00Z")
        _ = try tool("pdftoppm", ["-r", "30", pdf, pdf])
        #expect(try hasInk(pdf + "-1.ppm"))
        let png = scratch("chart.png")
        try ChartFile.write(chart, to: png, format: .png, created: "2024-02-01T00:00:00Z")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: png))
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        // IHDR width and height: 560 × 340 points at 2 pixels a point.
        #expect(bytes[16..<24].elementsEqual([0, 0, 4, 0x60, 0, 0, 2, 0xA8]))
        let svg = scratch("chart.svg")
        try ChartFile.write(chart, to: svg, format: .svg, created: "2024-02-01T00:00:00Z")
        #expect(try String(contentsOfFile: svg, encoding: .utf8).contains("<svg"))
    }

    @Test("a file that cannot be written is an error, not a blank chart")
    func unwritable() {
        #expect(throws: GraphicsError.self) {
            try ChartFile.write(monthly, to: "/no/such/folder/chart.pdf", format: .pdf, created: "2024-02-01T00:00:00Z")
        }
    }
}
