import Foundation
import TestSupport
import Testing

@testable import Graphics

/// A picture is written only when its file ends as its format ends: cairo does not always see a
/// write that failed (a full disk noticed only when the file is closed).
@Suite struct WholeFileTests {
    init() { _ = fontsReady }

    @Test("a finished PDF or SVG ends whole; cut short or empty, it does not")
    func endsWhole() throws {
        for format in [Canvas.Format.pdf, .svg] {
            let path = scratch("whole.\(format.rawValue)")
            let canvas = try Canvas(format: format, path: path, width: 200, height: 100)
            try canvas.finish()
            #expect(Canvas.endsWhole(path, format: format), "\(format)")
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: path))
            #expect(!Canvas.endsWhole(path, format: format), "\(format) cut short")
            try Data().write(to: URL(fileURLWithPath: path))
            #expect(!Canvas.endsWhole(path, format: format), "\(format) empty")
        }
    }
}
