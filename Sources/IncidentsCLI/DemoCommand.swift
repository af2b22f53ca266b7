import ArgumentParser
import DemoData
import Figures
import Foundation
import IncidentModel
import IncidentStore
import Intake
import Linkage
import SafeOutput
import Statistics

/// `incidents demo`: a synthetic database to try everything on.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a demo database from a synthetic, seeded history and run every stage on it.",
        discussion: """
            Writes two CSV files to the output folder, the research team's records \
            (cst-incidents.csv) and a police exchange feed that partly overlaps them \
            (police-exchange.csv), and imports both, exactly as `incidents import` would. All \
            people and references are invented (references start DEMO-). A database that was not \
            made by `incidents demo` is never overwritten.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Folder for the generated CSV files.", valueName: "dir"))
    var outDir = "demo"

    @Option(help: "The random seed; the same seed gives the same data.")
    var seed: UInt64 = DemoHistory.defaultSeed

    @Option(help: ArgumentHelp("Folder for the demo's reports.", valueName: "dir"))
    var reports = "Reports"

    @Option(
        help: ArgumentHelp(
            "The bundled fonts folder (default: $INCIDENTS_FONTS, or Fonts beside the tool).", valueName: "dir"))
    var fonts: String?

    @Option(help: .hidden)
    var first: String?

    @Option(help: .hidden)
    var last: String?

    mutating func run() throws {
        let path = global.databasePath
        try DemoCommand.clearPreviousDemo(at: path)
        let defaults = DemoHistory.defaultRange
        guard let firstDay = first.map({ CivilDate(iso: $0) }) ?? defaults.lowerBound,
            let lastDay = last.map({ CivilDate(iso: $0) }) ?? defaults.upperBound, firstDay <= lastDay
        else {
            throw ValidationError("--first and --last: expected two dates YYYY-MM-DD in order")
        }
        let history = DemoHistory(seed: seed, first: firstDay, last: lastDay)
        try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true)
        let ownPath = (outDir as NSString).appendingPathComponent("cst-incidents.csv")
        let policePath = (outDir as NSString).appendingPathComponent("police-exchange.csv")
        let protection = global.protection(force: false)
        try DemoCommand.write(history.own, to: ownPath, protection: protection)
        try DemoCommand.write(history.police, to: policePath, protection: protection)
        print(
            """
            Wrote \(history.own.count.grouped) research-team records to \(ownPath) and \(history.police.count.grouped) \
            police exchange records to \(policePath) (\(history.first) to \(history.last), seed \(seed)).
            """
        )

        // The demo's own key file, beside its database, unless one is there already.
        if !FileManager.default.fileExists(atPath: global.keyPath) {
            do {
                try OutputFile.write(
                    Data(KeyRing.generate().fileText.utf8), to: global.keyPath,
                    protection: OutputFile.Protection(files: OutputFile.Protection.database(path), kind: .key),
                    ownerOnly: true)
            } catch { throw error.cli }
            print("Wrote the demo's key file \(global.keyPath) (its personal data is sealed with it).")
        }
        let store = try global.openStoreWithKeys()
        try store.setSetting("demo", "true")
        try store.setSetting("demo_seed", String(seed))
        let today = max(Clock.today(), history.last)
        var demoBatches: [Int64] = []
        for file in [ownPath, policePath] {
            let outcome = try ImportJob(path: file, options: ReadOptions(today: today)).run(into: store)
            demoBatches.append(outcome.result.batch.id)
            print(ImportCommand.describe(outcome))
        }
        // Which imports are the demo's own: a later import of a file with the same name is not.
        try store.setSetting("demo_batches", demoBatches.map(String.init).joined(separator: ","))
        // Link the police exchange to the team's records, so that each incident counts once.
        let (police, own) = try store.linkRecords()
        if !police.isEmpty && !own.isEmpty {
            let summary = try LinkCommand.link(store, police: police, own: own, options: .standard)
            let queue = try store.reviewQueue()
            print(
                LinkCommand.describe(
                    summary, police: police.count, own: own.count, options: .standard, queue: queue))
        }
        print("Demo database: \(path)")
        print("")
        print(try DemoCommand.summary(store, last: lastDay))
        print("")
        try writeReports(store, last: lastDay)
    }

    /// The last stage: the annual report for the last full year, and the January–June report
    /// when the history reaches the end of June, each as a PDF and as a web page.
    private func writeReports(_ store: IncidentStore, last: CivilDate) throws {
        try ChartCommand.registerFonts(fonts)
        let engine = FigureEngine(source: store)
        let history = try engine.history()
        let year = last.month == 12 && last.day == 31 ? last.year : last.year - 1
        var periods: [Period] = []
        if let first = history.first, first <= Period.year(year).start { periods.append(.year(year)) }
        if last >= CivilDate(year: last.year, month: 6, day: 30)!, let first = history.first,
            first <= Period.half(last.year, 1).start
        {
            periods.append(.half(last.year, 1))
        }
        for period in periods {
            let template = ReportCommand.locate(
                "Templates/" + (period.kind == .year(year) ? "annual.md" : "half-year.md"))
            let output = (reports as NSString).appendingPathComponent("antisemitic-incidents-\(period).pdf")
            // The demo history's synthetic trigger events, marked on the monthly chart.
            let marks = DemoHistory.triggerEvents.filter { period.contains($0.0) }
            let protection = global.protection(inputs: [(template, "the report's template")], force: false)
            let created = period.end.adding(days: 1).description + "T00:00:00Z"
            // The PDF and, beside it, the web edition, from one build of the report.
            let written = try ReportCommand.writeEditions(
                engine: engine, store: store, period: period, templatePath: template, pdf: output,
                html: (output as NSString).deletingPathExtension + ".html", protection: protection, createFolder: true,
                created: created, marks: marks)
            if let pdf = written.pdf { print("Wrote \(pdf.path): \(pdf.result.pageCount) pages.") }
            if let html = written.html { print("Wrote \(html.path): the web edition.") }
        }
    }

    /// Removes an earlier demo database at `path`; refuses to touch any other file.
    static func clearPreviousDemo(at path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        let existing: IncidentStore
        do { existing = try IncidentStore(path: path) } catch {
            throw CLIError(
                """
                \(path) exists and is not a demo database; the demo will not overwrite it. Use --database demo.sqlite, \
                or move the file.
                """
            )
        }
        let isDemo = (try? existing.setting("demo")) == "true"
        let isEmpty = ((try? existing.recordCount()) ?? 1) == 0
        guard isDemo || isEmpty else {
            throw CLIError(
                """
                \(path) holds real records (it was not made by `incidents demo`); the demo will not overwrite it. Use \
                --database demo.sqlite, or move the file.
                """
            )
        }
        // A demo database someone has since used for real work is real data now.
        let foreign: [String]
        do { foreign = try existing.notMadeByDemo(demoFiles: ["cst-incidents.csv", "police-exchange.csv"]) } catch {
            throw CLIError(
                """
                \(path) cannot be read (\(error.description)); the demo will not overwrite it. Use --database \
                demo.sqlite, or move the file.
                """
            )
        }
        guard foreign.isEmpty else {
            throw CLIError(
                """
                \(path) was made by `incidents demo` but now also holds \(foreign.joined(separator: ", ")); the demo \
                will not overwrite it. Use --database demo.sqlite, or move the file.
                """
            )
        }
        for suffix in ["", "-journal", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }

    static func write(_ incidents: [Incident], to path: String, protection: OutputFile.Protection) throws {
        // The research team's own file format: personal columns included, as they would be.
        do {
            try OutputFile.write(to: path, protection: protection, ownerOnly: true) { temporary in
                var writer = try IncidentCSVWriter(path: temporary, personalData: .include)
                for incident in incidents { try writer.write(incident) }
                try writer.close()
            }
        } catch let error as OutputError { throw error.cli }
    }

    /// The figures of the last full year and half-year of the demo, from the statistics engine.
    static func summary(_ store: IncidentStore, last: CivilDate) throws -> String {
        let engine = FigureEngine(source: store)
        let year = last.month == 12 && last.day == 31 ? last.year : last.year - 1
        var out: [String] = []
        let history = try engine.history()
        guard let first = history.first, first <= Period.year(year).start else {
            // A short demo (tests): no full year to show.
            return try engine.headline(.range(history.first ?? last, last)).sentences[0]
        }
        out.append(
            FiguresOutput.text(
                try engine.table(.year(year), by: [.category], compareYearsBack: 1),
                headline: try engine.headline(.year(year)).sentences.joined(separator: "\n")))
        if last >= CivilDate(year: last.year, month: 6, day: 30)!, last.year > year {
            out.append("")
            out.append(try engine.headline(.half(last.year, 1)).sentences[0])
        }
        out.append("")
        out.append("Try: incidents figures --period \(year) --by region --compare 1")
        return out.joined(separator: "\n")
    }
}
