import Foundation
import Graphics
import TestSupport
import Testing

@testable import Charts

/// The demo's monthly chart: its highest month (June) reaches close to the top of the axis, and
/// the trigger date falls inside it, under the bar's value label.
func markedMonthly(_ marks: [(Double, String)]) -> Chart {
    Chart(
        kind: .verticalBars, title: "Antisemitic incidents by month, 2025", subtitle: "3,649 incidents",
        categories: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        series: [.init(name: "Incidents", values: [271, 229, 302, 267, 330, 419, 394, 285, 306, 326, 231, 289])],
        annotations: marks.map { .init(position: $0.0, label: $0.1) })
}

@Suite(.serialized) struct AnnotationTests {
    init() { _ = fontsReady }

    /// Lays `chart` out on a real canvas as the report draws it (a column chart 471 × 212 points).
    func plot(_ chart: Chart) throws -> CategoryPlot {
        let canvas = try Canvas(format: .pdf, path: scratch("layout.pdf"), width: 595, height: 842)
        defer { try? canvas.finish() }
        return ChartRenderer.columnPlot(chart, on: canvas, in: Frame(x: 62, y: 100, width: 471, height: 180))
    }

    /// Every collision the placement must avoid, as messages (none when all is well).
    func collisions(_ layout: CategoryPlot, plot: Frame) -> [String] {
        var found: [String] = []
        for (i, mark) in layout.marks.enumerated() {
            for value in layout.values where value.frame.intersects(mark.label) {
                found.append("mark \(i) label \(mark.label) meets value label \(value.frame)")
            }
            for (j, other) in layout.marks.enumerated() where j > i && other.label.intersects(mark.label) {
                found.append("mark \(i) label meets mark \(j) label")
            }
            if mark.label.y < plot.y || mark.label.x < plot.x
                || mark.label.x + mark.label.width > plot.x + plot.width + 0.001
            {
                found.append("mark \(i) label \(mark.label) leaves the chart")
            }
            // The dashed line crosses no label, its own or another.
            let labels =
                layout.values.map(\.frame) + layout.marks.enumerated().filter { $0.offset != i }.map(\.element.label)
            for segment in mark.segments {
                for frame in labels
                where frame.x < mark.x && mark.x < frame.x + frame.width
                    && segment.top < frame.y + frame.height && frame.y < segment.bottom
                {
                    found.append("mark \(i) line \(segment) crosses label \(frame)")
                }
            }
            if mark.label.x < mark.x && mark.x < mark.label.x + mark.label.width {
                found.append("mark \(i) line runs through its own label")
            }
        }
        return found
    }

    @Test(
        "a trigger-date label never meets a bar's value label, wherever the date falls",
        arguments: Array(stride(from: -0.5, through: 11.5, by: 0.25)))
    func oneMark(_ position: Double) throws {
        let layout = try plot(markedMonthly([(position, "13 June")]))
        #expect(layout.values.count == 12)
        #expect(layout.marks.count == 1)
        let problems = collisions(layout, plot: Frame(x: 62, y: 100, width: 471, height: 180))
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test("marks close together take rows of their own, and no label meets another or a value label")
    func crowdedMarks() throws {
        let layout = try plot(
            markedMonthly([(4.9, "13 June"), (5.1, "Second date"), (5.3, "A third, longer label"), (11.4, "Late")]))
        #expect(layout.marks.count == 4)
        #expect(Set(layout.marks.map(\.row)).count >= 2)
        let problems = collisions(layout, plot: Frame(x: 62, y: 100, width: 471, height: 180))
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test("the line stops above the value label of the bar it falls in, and reaches the axis between bars")
    func lineEnds() throws {
        let inJune = try plot(markedMonthly([(4.9, "13 June")]))
        let juneValue = inJune.values[5].frame
        #expect(inJune.marks[0].segments.last!.bottom <= juneValue.y)
        let between = try plot(markedMonthly([(4.5, "1 June")]))
        let axis = between.axis.area.y + between.axis.area.height
        #expect(abs(between.marks[0].segments.last!.bottom - axis) < 1e-9)
    }

    @Test("lines charts place their marks the same way")
    func linesChart() throws {
        var chart = markedMonthly([(4.9, "13 June")])
        chart.kind = .lines
        let pdf = scratch("lines.pdf")
        try ChartFile.write(chart, to: pdf, format: .pdf, created: "2026-01-01T00:00:00Z")
        #expect(try tool("pdftotext", [pdf, "-"]).contains("13 June"))
    }
}
