import Foundation
import TestSupport
import Testing

/// A demo of two years (2024–2025, with the first half of 2026 left out) and its reports, built once.
final class DemoReports: @unchecked Sendable {
    // Built once under Swift Testing's serialized suite and read only afterwards.
    static let shared = try! DemoReports()
    let cli: CLI
    var annual: String { cli.path("Reports/antisemitic-incidents-2025.pdf") }

    init() throws {
        cli = try CLI()
        let result = try cli.run(["demo", "--first", "2023-01-01", "--last", "2025-12-31"])
        precondition(result.status == 0, result.err)
    }

    func text(_ page: Int? = nil, _ path: String? = nil) throws -> String {
        var arguments = ["-layout"]
        if let page { arguments += ["-f", String(page), "-l", String(page)] }
        return try tool("pdftotext", arguments + [path ?? annual, "-"])
    }
}

@Suite(.serialized) struct ReportCommandTests {
    let demo = DemoReports.shared

    @Test("the demo writes the annual report, whose headline matches the figures command")
    func headline() throws {
        #expect(FileManager.default.fileExists(atPath: demo.annual))
        let sentence = try demo.cli.run(["figures", "--period", "2025", "--headline"]).out.split(separator: "\n")[0]
        let text = try demo.text().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains(String(sentence.prefix(60))), "headline \(sentence) missing")
        // The change against 2024, in the words and numbers the engine gives (not just "some direction").
        let compared = try demo.cli.run(["figures", "--period", "2025", "--compare", "1", "--format", "csv"]).out.split(
            separator: "\n")
        let cells = try #require(compared.last).split(separator: ",").compactMap { Int($0) }
        try #require(cells.count == 3 && cells[0] != cells[1], "\(compared)")
        let change =
            "a \(cells[0] < cells[1] ? "decrease" : "increase") of \(abs(cells[2]))% from \(grouped(cells[1])) in 2024"
        #expect(text.contains(change), "\(change) missing")
    }

    @Test("a figure is written the same way in the report as in the press release: the daily average")
    func sameFigureSameWords() throws {
        let text = try demo.text().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let press = try demo.cli.run(["figures", "--period", "2025", "--headline"]).out.split(
            whereSeparator: \.isWhitespace
        ).joined(separator: " ")
        func number(before suffix: String, in text: String) -> String? {
            text.range(of: suffix).map { String(text[..<$0.lowerBound].split(separator: " ").last ?? "") }
        }
        let headline = try #require(number(before: " a day.", in: press))
        #expect(number(before: " a day.", in: text) == headline)
    }

    @Test("every section of the publication is there, in order")
    func sections() throws {
        let text = try demo.text()
        let titles = [
            "Executive summary", "Introduction", "Antisemitic incidents in the United Kingdom in 2025",
            "Incident categories",
            "Extreme Violence", "Assault", "Damage and Desecration to Jewish Property", "Threats", "Abusive Behaviour",
            "Literature", "Information collection and suspicious behaviour", "Incident victims", "Incident offenders",
            "Discourse and motives", "Geographical locations and differences", "Antisemitic incidents online",
            "The police information exchange", "Annual antisemitic incident figures",
            "Table A: incidents by category", "Table B: incidents by month", "Table C: full breakdown",
        ]
        var position = text.range(of: "Contents")!.upperBound
        // After the contents page, each title appears in order.
        let body = text[text.range(of: "\u{0C}", range: position..<text.endIndex)!.upperBound...]
        position = body.startIndex
        for title in titles {
            let found = body.range(of: title, range: position..<body.endIndex)
            #expect(found != nil, "\(title) missing or out of order")
            if let found { position = found.upperBound }
        }
    }

    @Test("the contents page gives the pages where the sections really start")
    func contents() throws {
        let contents = try demo.text(3)
        var checked = 0
        for line in contents.split(separator: "\n") {
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            guard parts.count >= 2, let page = Int(parts.last!), page > 3 else { continue }
            let title = parts.dropLast().joined(separator: " ")
            let onPage = try demo.text(page).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(onPage.contains(title), "\(title) is not on page \(page)")
            let before = try demo.text(page - 1).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if page - 1 > 3 && title.count > 25 { #expect(!before.hasPrefix(title)) }
            checked += 1
        }
        #expect(checked >= 18)
    }

    @Test("each contents entry is a link to the page its section starts on")
    func contentsLinks() throws {
        // The pages the contents page prints, top to bottom.
        let printed = try demo.text(3).split(separator: "\n").compactMap { line -> Int? in
            let parts = line.split(separator: " ")
            return parts.count >= 2 ? Int(parts.last!) : nil
        }
        let json = try tool("qpdf", ["--json", "--json-key=pages", "--json-key=qpdf", demo.annual])
        let root = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let pages = try #require(root["pages"] as? [[String: Any]]).map { $0["object"] as? String ?? "" }
        let objects = try #require((root["qpdf"] as? [Any])?.last as? [String: Any])
        func value(_ reference: String) -> [String: Any]? {
            ((objects["obj:" + reference] as? [String: Any])?["value"] as? [String: Any])
        }
        let contentsPage = try #require(value(pages[2]))
        let annotations = try #require(contentsPage["/Annots"] as? [String])
        var targets: [(top: Double, page: Int)] = []
        for reference in annotations {
            let link = try #require(value(reference))
            #expect(link["/Subtype"] as? String == "/Link")
            let destination = try #require(link["/Dest"] as? [Any])
            let target = try #require(pages.firstIndex(of: destination[0] as? String ?? ""))
            let rect = try #require(link["/Rect"] as? [Double])
            targets.append((rect[3], target + 1))
        }
        #expect(targets.count == printed.count)
        #expect(targets.sorted { $0.top > $1.top }.map(\.page) == printed)
    }

    @Test("only the bundled fonts, embedded and subset; metadata and bookmarks are set")
    func pdfStructure() throws {
        let fonts = try tool("pdffonts", [demo.annual]).split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for line in fonts {
            #expect(line.contains("+Inter-"), "not the bundled font: \(line)")
            #expect(line.contains(" yes yes "), "not embedded and subset: \(line)")
        }
        let info = try tool("pdfinfo", [demo.annual])
        #expect(info.contains("Antisemitic Incidents Report 2025"))
        #expect(info.contains("Subject:") && info.contains("Antisemitic incidents recorded in 2025"))
        #expect(info.contains("Keywords:") && info.contains("antisemitism"))
        #expect(info.contains("Author:"))
        #expect(info.contains("CreationDate:") && info.contains("Jan  1 00:00:00 2026"))
        let pages =
            info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last!) }
            ?? 0
        #expect((16...44).contains(pages))
        let json = try tool("qpdf", ["--json", "--json-key=outlines", demo.annual])
        #expect(json.contains("\"title\": \"Executive summary\""))
        #expect(json.contains("\"title\": \"Extreme Violence\""))
        let dests = try tool("pdfinfo", ["-dests", demo.annual])
        #expect(dests.contains("section-1"))
        // A structurally sound file: qpdf finds no damage (cairo 1.16's forward links would break it).
        let check = try tool("qpdf", ["--check", demo.annual])
        #expect(check.contains("No syntax or stream encoding errors found"), "\(check)")
    }

    @Test("the full breakdown's total equals the headline total")
    func breakdownTotal() throws {
        let total = try demo.cli.run(["figures", "--period", "2025", "--format", "csv"]).out.split(separator: "\n")[1]
        let text = try demo.text()
        let tableC = text[text.range(of: "Table C: full breakdown")!.lowerBound...]
        let totalLine = tableC.split(separator: "\n").first {
            $0.trimmingCharacters(in: .whitespaces).hasPrefix("Total")
        }
        #expect(totalLine?.split(separator: " ").last.map(String.init) == Int(total).map { formatted($0) })
    }

    @Test("a rendered page is not blank")
    func renderedPage() throws {
        let prefix = demo.cli.path("page")
        _ = try tool("pdftoppm", ["-r", "30", "-f", "6", "-l", "6", demo.annual, prefix])
        let file = try FileManager.default.contentsOfDirectory(atPath: demo.cli.folder).first {
            $0.hasPrefix("page") && $0.hasSuffix(".ppm")
        }
        // Drawn, not one stray dark pixel: text and a chart cover a good part of the page.
        let measured = try ink(demo.cli.path(try #require(file)))
        #expect(measured.pixels >= 0.02 && measured.rows >= 0.2, "\(measured)")
    }

    @Test("the same database and template give the same bytes")
    func deterministic() throws {
        for name in ["one.pdf", "two.pdf"] {
            #expect(
                try demo.cli.run(["report", "--period", "2025", "--mark", "2025-06-13=13 June", "--out", name]).status
                    == 0)
        }
        let one = try Data(contentsOf: URL(fileURLWithPath: demo.cli.path("one.pdf")))
        #expect(one == (try Data(contentsOf: URL(fileURLWithPath: demo.cli.path("two.pdf")))))
        // And the demo's own report, made with the same marks, is the same file too.
        #expect(one == (try Data(contentsOf: URL(fileURLWithPath: demo.annual))))
    }

    @Test("the offenders section gives shares of the incidents with a description, as the figures command counts them")
    func offenders() throws {
        let csv = try demo.cli.run(["figures", "--period", "2025", "--by", "offender_gender", "--format", "csv"]).out
        var count: [String: Int] = [:]
        for line in csv.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",")
            count[String(fields[0])] = Int(fields[1])
        }
        let total = count.values.reduce(0, +)
        let described = total - (count["unknown"] ?? 0)
        let male = try #require(count["male"])
        #expect(described > 0 && described < total)
        let text = try demo.text().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(
            text.contains("could describe the offender in \(formatted(described)) of the \(formatted(total)) incidents")
        )
        #expect(text.contains("\((male * 200 + described) / (2 * described))% were male"))
        #expect(text.contains("Offenders' appearance, as described"))
    }

    @Test("the revision footnote is at the foot of every page whose figures compare with earlier years, once")
    func revisionNote() throws {
        let note = "Figures for earlier periods are the current, revised ones"
        let pages =
            try tool("pdfinfo", [demo.annual]).split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.split(separator: " ").last!) } ?? 0
        var citing = 0
        for page in 1...pages {
            let text = try demo.text(page).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let times = text.components(separatedBy: note).count - 1
            #expect(times <= 1, "page \(page) prints the note \(times) times")
            if text.contains("incidents of Extreme Violence in 2025, compared with")
                || (page > 3 && text.contains("Executive summary"))
                || text.contains("The tables below give the figures")
            {
                #expect(times == 1, "page \(page) compares with earlier years without the note")
            }
            citing += times
        }
        #expect(citing >= 5)
    }

    @Test("no personal data on any page")
    func noPersonalData() throws {
        let text = try demo.text()
        for word in [
            "Fictionberg", "Exampleton", "Demowitz", "Samplewood", "Mockstein", "Placeholder", "Testerman",
            "Synthetica",
            "Madeupski", "07700", "example.invalid", "Location:",
            // The offender descriptions' free text (the report prints only the coded summary).
            "white, north European", "white, south European", "group of males", ", teenager",
        ] {
            #expect(!text.contains(word), "\(word) appears in the report")
        }
        #expect(
            text.range(of: #"\b[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}\b"#, options: .regularExpression) == nil,
            "a full postcode appears")
    }

    @Test("a template naming an unknown figure or chart fails with its file and line")
    func templateErrors() throws {
        try demo.cli.write("bad.md", "# Title\n\nThere were {{totl}} incidents.\n\n{{chart pie}}\n")
        let result = try demo.cli.run(["report", "--period", "2025", "--template", "bad.md", "--out", "bad.pdf"])
        #expect(result.status != 0)
        #expect(result.err.contains("bad.md:3: unknown figure \"totl\"; did you mean \"total\"?"))
        #expect(result.err.contains("bad.md:5: unknown chart \"pie\""))
        #expect(!FileManager.default.fileExists(atPath: demo.cli.path("bad.pdf")))
    }

    @Test(
        """
        every Mustache form naming an unknown figure, and a Mustache syntax error, stop with \
        the template's file and line
        """
    )
    func templateFormsAndSyntax() throws {
        try demo.cli.write(
            "forms.md",
            "# Title\n\nUnescaped {{{totl}}} and {{& totl}} and {{#nothere}}x{{/nothere}}.\n\n{{> partial}}\n")
        let forms = try demo.cli.run(["report", "--period", "2025", "--template", "forms.md", "--out", "forms.pdf"])
        #expect(forms.status != 0)
        #expect(forms.err.contains("forms.md:3: unknown figure \"totl\""), "\(forms.err)")
        #expect(
            forms.err.components(separatedBy: "forms.md:3: unknown figure \"totl\"").count == 3,
            "both {{{totl}}} and {{& totl}}: \(forms.err)")
        #expect(forms.err.contains("forms.md:3: unknown figure \"nothere\""))
        #expect(forms.err.contains("forms.md:5: \"{{> partial}}\": partials"))
        try demo.cli.write(
            "syntax.md", "---\ntitle: T\n---\n# Title\n\nFine {{total}}.\n\nClose {{/total}} without opening.\n")
        let syntax = try demo.cli.run(["report", "--period", "2025", "--template", "syntax.md", "--out", "syntax.pdf"])
        #expect(syntax.status != 0)
        #expect(syntax.err.contains("syntax.md:8: the template is not valid Mustache"), "\(syntax.err)")
        #expect(
            !syntax.err.contains("ParserError") && !syntax.err.contains("context:"),
            "Swift structures in the message: \(syntax.err)")
        #expect(!FileManager.default.fileExists(atPath: demo.cli.path("forms.pdf")))
        #expect(!FileManager.default.fileExists(atPath: demo.cli.path("syntax.pdf")))
    }

    @Test("crossed emphasis is typeset, not dropped; Hebrew and Arabic words are set in the bundled Noto fonts")
    func emphasisAndScripts() throws {
        let front = "---\ntitle: Test\npublisher: P\ncharity_numbers: 1\npermission: p\n---\n"
        try demo.cli.write(
            "scripts.md",
            front
                + """
                # Words\n\nA paragraph **bold *both** italic* survives intact.\n\nThey shouted שלום \
                and سلام at {{total}} people.\n
                """
        )
        let result = try demo.cli.run([
            "report", "--period", "2025", "--template", "scripts.md", "--out", "scripts.pdf",
        ])
        #expect(result.status == 0, "\(result.err)")
        let text = try demo.text(nil, demo.cli.path("scripts.pdf")).split(whereSeparator: \.isWhitespace).joined(
            separator: " ")
        #expect(text.contains("A paragraph bold both italic survives intact."), "\(text)")
        #expect(text.contains("They shouted"))
        let fonts = try tool("pdffonts", [demo.cli.path("scripts.pdf")])
        #expect(fonts.contains("NotoSansHebrew"), "\(fonts)")
        #expect(fonts.contains("NotoSansArabic"), "\(fonts)")
        // No glyph is missing: fontconfig never fell back to a box.
        #expect(!fonts.contains("Type 3"))
    }

    @Test("writes the January–June edition from its own template")
    func halfYear() throws {
        let result = try demo.cli.run(["report", "--period", "2025-H1", "--out", "h1.pdf"])
        #expect(result.status == 0, "\(result.err)")
        let text = try demo.text(nil, demo.cli.path("h1.pdf"))
        #expect(text.contains("Antisemitic Incidents Report January–June 2025"))
        #expect(text.contains("reported in the first six months of any year"))
        let quarter = try demo.cli.run(["report", "--period", "2025-Q1"])
        #expect(quarter.status != 0 && quarter.err.contains("a report covers a year"))
    }

    @Test("a half-year's categories by year compare the same six months of each year, never six months with twelve")
    func halfYearCategories() throws {
        #expect(try demo.cli.run(["chart", "category-by-year", "--period", "2025-H1", "--out", "cby.pdf"]).status == 0)
        let text = try tool("pdftotext", [demo.cli.path("cby.pdf"), "-"])
        #expect(text.contains("January–June"))
        for period in ["2024-H1", "2025-H1"] {
            let total = try demo.cli.run(["figures", "--period", period, "--format", "csv"]).out.split(separator: "\n")[
                1]
            #expect(text.contains(formatted(Int(total)!)), "\(period): \(total)")
        }
        let year = try demo.cli.run(["figures", "--period", "2024", "--format", "csv"]).out.split(separator: "\n")[1]
        #expect(!text.contains(formatted(Int(year)!)), "the whole of 2024 is on a January–June chart")
    }
}

func formatted(_ n: Int) -> String {
    let digits = String(n)
    var out = ""
    for (i, ch) in digits.enumerated() {
        if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
        out.append(ch)
    }
    return out
}
