import ArgumentParser
import Foundation
import IncidentModel
import IncidentStore
import ReportBuilder
import SafeOutput
import Statistics
import Typesetting

/// The forms of the report `incidents report` writes.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable, CustomStringConvertible {
    case pdf, html, both

    var description: String { rawValue }

    /// The files to write for `path` (the PDF's, or the web edition's alone): the web edition of
    /// `both` goes beside the PDF, with the same name.
    func outputs(_ path: String) -> (pdf: String?, html: String?) {
        switch self {
        case .pdf: (path, nil)
        case .html: (nil, path)
        case .both: (path, (path as NSString).deletingPathExtension + ".html")
        }
    }
}

/// What ``ReportCommand/writeEditions`` wrote.
struct WrittenEditions {
    var pdf: (path: String, result: TypesetResult)?
    var html: (path: String, sections: Int, charts: Int)?

    /// What the command says.
    var summary: String {
        var lines: [String] = []
        if let pdf {
            let sections = pdf.result.sections.filter { $0.level == 1 }.count
            lines.append("Wrote \(pdf.path): \(pdf.result.pageCount) pages, \(sections) sections.")
        }
        if let html {
            lines.append("Wrote \(html.path): the web edition, \(html.sections) sections, \(html.charts) charts.")
        }
        return lines.joined(separator: "\n")
    }
}

extension ReportCommand {
    /// Builds the report once and writes it as a PDF (`pdf`), a web edition (`html`) or both, each
    /// through the same checks (never over the database, the template or a file incidents did not
    /// write, without --force) and atomically; shared with `incidents demo`.
    static func writeEditions(
        engine: FigureEngine, store: IncidentStore, period: Period, templatePath: String,
        pdf: String?, html: String?, protection: OutputFile.Protection, createFolder: Bool,
        created: String, marks: [(CivilDate, String)]
    ) throws -> WrittenEditions {
        // Every named output is refused before anything is built.
        for path in [pdf, html].compactMap({ $0 }) {
            do { try OutputFile.check(path, protection: protection, createFolder: createFolder) } catch {
                throw error.cli
            }
        }
        let built = try build(
            engine: engine, store: store, period: period, templatePath: templatePath,
            created: created, marks: marks, draft: nil)
        var written = WrittenEditions()
        if let pdf {
            var result: TypesetResult?
            do {
                try OutputFile.write(to: pdf, protection: protection, createFolder: createFolder) { temporary in
                    do { result = try Typesetter.write(built.document, to: temporary) } catch {
                        throw Advice.cli(error)
                    }
                }
            } catch let error as OutputError {
                throw error.cli
            }
            written.pdf = (pdf, result!)
        }
        if let html {
            let page: String
            do {
                page = try HTMLEdition.render(built.document, scratch: FileManager.default.temporaryDirectory.path)
            } catch {
                throw Advice.cli(error)
            }
            do {
                try OutputFile.write(Data(page.utf8), to: html, protection: protection, createFolder: createFolder)
            } catch {
                throw error.cli
            }
            var sections = 0, charts = 0
            for block in built.document.blocks {
                if case .heading(1, _, _) = block { sections += 1 }
                if case .chart = block { charts += 1 }
            }
            written.html = (html, sections, charts)
        }
        return written
    }
}
