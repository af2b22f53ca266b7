import Foundation
import TestSupport
import Testing

@Suite(.serialized) struct ChartCommandTests {
    @Test("draws each chart from the figures, with the same numbers the figures command prints")
    func charts() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("f.csv", figuresFile)
        #expect(try cli.run(["import", "f.csv", "--today", "2026-01-01"]).status == 0)
        for name in [
            "monthly", "categories", "regions", "map", "victims", "methods", "discourse", "online", "sources", "trend",
            "month-by-year", "category-by-year",
        ] {
            let result = try cli.run(["chart", name, "--period", "2024", "--out", "\(name).pdf"])
            #expect(result.status == 0, "\(name): \(result.err)")
            #expect(FileManager.default.fileExists(atPath: cli.path("\(name).pdf")))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdftotext", cli.path("regions.pdf"), "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text.contains("Greater London"))
        #expect(text.contains("2024: 6 incidents"))
        for value in personalValues { #expect(!text.contains(value)) }
        // The map names areas and counts them, and nothing else of a record.
        let map = try tool("pdftotext", [cli.path("map.pdf"), "-"])
        #expect(map.contains("LDN") && map.contains("Greater London"))
        for value in personalValues { #expect(!map.contains(value), "\(value) on the map") }
        let png = try cli.run([
            "chart", "monthly", "--period", "2024", "--mark", "2024-02-29=Leap day", "--out", "m.png",
        ])
        #expect(png.status == 0, "\(png.err)")
    }

    @Test(
        "an unknown chart, a bad file type and a bad mark get one clear line",
        arguments: [
            (["chart", "pie", "--period", "2024", "--out", "x.png"], "unknown chart \"pie\""),
            (["chart", "monthly", "--period", "2024", "--out", "x.jpg"], "must end in .png, .svg or .pdf"),
            (["chart", "monthly", "--period", "2024", "--out", "x.png", "--mark", "7 October"], "expected DATE=LABEL"),
        ])
    func errors(_ arguments: [String], _ message: String) throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("f.csv", figuresFile)
        _ = try cli.run(["import", "f.csv", "--today", "2026-01-01"])
        let result = try cli.run(arguments)
        #expect(result.status != 0)
        #expect(result.err.contains(message), "\(result.err)")
    }
}
