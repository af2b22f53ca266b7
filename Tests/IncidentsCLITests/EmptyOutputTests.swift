import Foundation
import SafeOutput
import Testing

/// No output of the tool is empty: an empty file is a write that failed unseen, and never
/// replaces the previous file.
@Suite struct EmptyOutputTests {
    @Test("an empty output is refused and the previous file stays; a non-empty one replaces it")
    func emptyIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("empty-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = (folder as NSString).appendingPathComponent("chart.pdf")
        try OutputFile.write(Data("first".utf8), to: target)
        #expect(throws: OutputError.self) { try OutputFile.write(Data(), to: target) }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "first")
        // A renderer that wrote nothing and said nothing.
        #expect(throws: (any Error).self) { try OutputFile.write(to: target) { (_: String) throws(OutputError) in } }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "first")
        try OutputFile.write(Data("second".utf8), to: target)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "second")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
            $0.hasSuffix(".incidents-tmp")
        }
        #expect(leftovers.isEmpty)
    }
}
