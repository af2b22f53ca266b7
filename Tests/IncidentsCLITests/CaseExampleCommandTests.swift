import DemoData
import Foundation
import IncidentModel
import TestSupport
import Testing

/// Case examples end to end: chosen and written by the research team, checked for personal data
/// against every record, printed in their sections of the report (which needs no key), audited,
/// and gone when their record is erased.
@Suite(.serialized) struct CaseExampleCommandTests {
    static let categories = [
        "extreme_violence", "assault", "damage_and_desecration", "threats", "abusive_behaviour", "literature",
    ]
    static let titles = [
        "Extreme Violence", "Assault", "Damage and Desecration to Jewish Property", "Threats", "Abusive Behaviour",
        "Literature",
    ]
    /// Planted in every record's personal columns: none may reach a report.
    static let markers = ["Zorquell", "ZQDESCMARK", "ZQOFFMARK", "zorquell.", "07700 9004", "example.net"]

    /// Three records of each category in 2025, each with a planted name, contact, description and
    /// offender description, and an example; R01…R18.
    static func file() -> String {
        var rows = [
            """
            reference,source,date,status,category,police_force,location,method,typology,description,victim_name,\
            victim_contact,offender_description,case_example
            """
        ]
        for (c, category) in categories.enumerated() {
            for k in 0..<3 {
                let n = c * 3 + k + 1, ref = String(format: "R%02d", n)
                let name = ["Tamsin", "Oswy", "Perrin"][k] + " Zorquell" + String(UnicodeScalar(UInt8(97 + n)))
                let contact = k == 0 ? "07700 9004\(String(format: "%02d", n))" : "zorquell.\(n)@example.net"
                let account =
                    """
                    A Jewish \(["man", "woman", "family"][k]) in Hendon was the victim of \(titles[c].lowercased()) in \
                    month \(k + 1 + c).
                    """
                rows.append(
                    "\(ref),cst,2025-0\(k + 2)-1\(c),antisemitic,\(category),metropolitan,Hendon,in_person,mission,"
                        + """
                        "Told by ZQDESCMARK\(n) in full, on the bus.",\(name),\(contact),"tall man in a \
                        ZQOFFMARK\(n) jacket","\(account)"
                        """
                )
            }
        }
        return rows.joined(separator: "\n") + "\n"
    }

    /// For each category, its examples: from its lead line to the next section's heading, provided
    /// the last heading before the lead is the category's own.
    static func sections(_ text: String) -> [String: Substring] {
        var out: [String: Substring] = [:]
        for (i, title) in titles.enumerated() {
            guard let lead = text.range(of: "Examples of \(title) in 2025:") else { continue }
            let before = text[..<lead.lowerBound]
            let headings = titles.compactMap { t in
                before.range(of: "\n\(t)\n", options: .backwards).map { (t, $0.lowerBound) }
            }
            guard headings.max(by: { $0.1 < $1.1 })?.0 == title else { continue }
            let next = i + 1 < titles.count ? titles[i + 1] : "Information collection and suspicious behaviour"
            let end = text[lead.upperBound...].range(of: "\n\(next)\n")?.lowerBound ?? text.endIndex
            out[title] = text[lead.lowerBound..<end]
        }
        return out
    }

    @Test(
        """
        examples given in the file are printed in their category sections, two to four each, with no personal value of \
        any record
        """
    )
    func inTheReport() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("cst.csv", Self.file())
        let imported = try cli.run(["import", "cst.csv"])
        #expect(imported.status == 0, "\(imported.err)")
        #expect(imported.out.contains("Case examples: 18 added"), "\(imported.out)")
        // Two more for one category: it prints four of its five.
        for (ref, text) in [
            ("R04", "A Jewish man was pushed over outside a shop in Hendon."),
            ("R05", "A Jewish woman was spat at in Hendon."),
        ] {
            #expect(try cli.run(["examples", "add", ref, "--text", text]).status == 0)
        }
        try cli.write(
            "more.csv",
            """
            reference,source,date,category,case_example\nR19,cst,2025-05-20,assault,A Jewish teenager was punched at a \
            bus stop in Hendon.\n
            """
                + "R20,cst,2025-06-20,assault,A Jewish student was kicked in a park in Hendon.\n")
        #expect(try cli.run(["import", "more.csv"]).status == 0)

        let report = try cli.run(["report", "--period", "2025", "--out", "r.pdf"])
        #expect(report.status == 0, "\(report.err)")
        let text = try tool("pdftotext", [cli.path("r.pdf"), "-"])
        let sections = Self.sections(text)
        #expect(sections.count == 6)
        for (c, title) in Self.titles.enumerated() {
            let section = try #require(sections[title], "\(title) section")
            let lead = "Examples of \(title) in 2025:"
            #expect(section.contains(lead), "\(title): \(section)")
            let bullets = section.components(separatedBy: "•").count - 1
            #expect((2...4).contains(bullets), "\(title) prints \(bullets) examples")
            #expect(bullets == (title == "Assault" ? 4 : 3), "\(title) prints \(bullets)")
            // Each printed example is its own category's, never another's.
            let flat = section.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(
                flat.contains("the victim of \(title.lowercased()) in month") || flat.contains("punched at a bus stop"),
                "\(title)")
            for (other, otherTitle) in Self.titles.enumerated() where other != c {
                #expect(
                    !flat.contains("victim of \(otherTitle.lowercased()) in month"),
                    "\(otherTitle)'s example in \(title)")
            }
        }
        for marker in Self.markers { #expect(!text.contains(marker), "\(marker) is in the report") }
        for marker in ["in full, on the bus", "jacket"] { #expect(!text.contains(marker), "a description is printed") }

        // `report` never needs the key: the same bytes without it.
        try FileManager.default.removeItem(atPath: cli.keyFile)
        #expect(try cli.run(["report", "--period", "2025", "--out", "nokey.pdf"]).status == 0)
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: cli.path("r.pdf")))
                == Data(contentsOf: URL(fileURLWithPath: cli.path("nokey.pdf"))))
    }

    @Test(
        """
        an example that would reveal a personal value of its record or another, a name the redactor finds, or the \
        record's description is refused, and nothing is stored
        """
    )
    func refused() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("cst.csv", Self.file())
        #expect(try cli.run(["import", "cst.csv"]).status == 0)
        let before = try cli.run(["examples", "list"]).out
        let audit = try cli.run(["audit"]).out
        let cases: [(ref: String, text: String, says: String)] = [
            ("R01", "Tamsin Zorquellb was punched on a bus in Hendon.", "victim_name of this record"),
            ("R01", "A man was punched; the witness, oswy zorquellc, saw it.", "victim_name of another record"),
            ("R02", "The man who called on 07700 900401 was abused.", "victim_contact of another record"),
            (
                "R03", "A man described as a tall man in a ZQOFFMARK3 jacket was seen.",
                "offender_description of this record"
            ),
            ("R04", "Mr Quentin Abernathy was abused outside his home.", "[NAME]"),
            ("R05", "Told by ZQDESCMARK5 in full, on the bus.", "the record's own description"),
        ]
        for item in cases {
            let result = try cli.run(["examples", "add", item.ref, "--text", item.text])
            #expect(result.status != 0, "\(item.text) was accepted")
            #expect(result.err.contains(item.says) && result.err.contains("nothing was stored"), "\(result.err)")
            for value in ["Zorquell", "zorquell", "900401", "ZQOFFMARK", "ZQDESCMARK", "Abernathy"] {
                #expect(!result.err.contains(value), "the refusal repeats \(value): \(result.err)")
            }
        }
        #expect(try cli.run(["examples", "list"]).out == before, "nothing was stored")
        #expect(try cli.run(["audit"]).out == audit, "nothing was recorded")

        // A file whose example names another record's victim is refused whole, located.
        try cli.write(
            "late.csv",
            "reference,source,date,category,case_example\nR30,cst,2025-07-01,assault,A man was punched in Hendon.\n"
                + "R31,cst,2025-07-02,assault,\"Perrin Zorquelld was punched, again.\"\n")
        let late = try cli.run(["import", "late.csv"])
        #expect(late.status != 0)
        #expect(
            late.err.contains(
                "late.csv:3:5: case_example: would reveal personal data: it holds the victim_name of another record"),
            "\(late.err)")
        #expect(!late.err.contains("Zorquell") && late.err.contains("nothing was imported"), "\(late.err)")
        let total = try cli.run(["figures", "--period", "2025", "--format", "csv"]).out.split(separator: "\n")
        #expect(total.count > 1 && total[1] == "18", "the file's rows were not imported: \(total)")
    }

    @Test(
        """
        adding, replacing and removing an example are in the audit trail (its SHA-256, never its text); erasing the \
        record removes its example
        """
    )
    func auditAndErasure() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("cst.csv", Self.file())
        #expect(try cli.run(["import", "cst.csv"]).status == 0)
        let add = try cli.run([
            "examples", "add", "R07", "--text", "A synagogue in Hendon had its windows smashed.", "--section",
            "typology", "--note", "approved by the editor",
        ])
        #expect(add.status == 0, "\(add.err)")
        #expect(add.out.contains("Replaced the case example of cst/R07 (typology)"), "\(add.out)")
        #expect(try cli.run(["examples", "list", "--period", "2025-02"]).out.contains("cst/R07"))
        let list = try cli.run(["examples", "list"]).out
        #expect(list.contains("typology") && list.contains("A synagogue in Hendon had its windows smashed."))
        #expect(try cli.run(["examples", "remove", "R08"]).status == 0)
        #expect(try cli.run(["examples", "remove", "R08"]).status != 0, "a second removal finds nothing")
        let erased = try cli.run(["erase", "R09"])
        #expect(erased.out.contains("and 1 case example"), "\(erased.out)")
        let after = try cli.run(["examples", "list"]).out
        // Global options may come before a nested subcommand's name, as before any other.
        #expect(try cli.run(["--database", "incidents.sqlite", "examples", "list"]).out == after)
        #expect(!after.contains("cst/R08") && !after.contains("cst/R09") && after.contains("cst/R07"))

        let audit = try cli.run(["audit"]).out
        #expect(audit.components(separatedBy: "example-add").count - 1 == 18, "one entry per imported example")
        #expect(
            audit.contains("example-replace") && audit.contains("approved by the editor")
                && audit.contains("example-remove"))
        #expect(audit.contains("case_examples_removed"))
        #expect(!audit.contains("windows smashed") && !audit.contains("A Jewish"), "the trail holds no example text")
        #expect(try cli.run(["audit", "verify"]).status == 0)
        #expect(try cli.run(["check"]).status == 0)
    }

    @Test("a template asking for the examples of a section that does not exist fails with its file and line")
    func unknownSection() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("cst.csv", Self.file())
        #expect(try cli.run(["import", "cst.csv"]).status == 0)
        try cli.write("t.md", "# Summary\n\n{{total}} incidents.\n\n{{examples assault}}\n\n{{examples kitchen}}\n")
        let result = try cli.run(["report", "--period", "2025", "--template", "t.md", "--out", "t.pdf"])
        #expect(result.status != 0)
        #expect(result.err.contains("t.md:7: unknown section \"kitchen\" for examples"), "\(result.err)")
    }

    @Test(
        """
        the demo gives examples through its file; one written by hand makes its database real work, which the demo \
        will not overwrite
        """
    )
    func demo() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let made = try cli.run(["demo", "--first", "2025-01-01", "--last", "2025-06-30"])
        #expect(made.status == 0 && made.out.contains("Case examples: "), "\(made.err)")
        let history = DemoHistory(first: CivilDate(iso: "2025-01-01")!, last: CivilDate(iso: "2025-06-30")!)
        #expect(try cli.store().caseExamples().count == history.own.filter { $0.caseExample != nil }.count)
        let plain = try #require(history.own.first { $0.status == .antisemitic && $0.caseExample == nil })
        #expect(
            try cli.run(["examples", "add", plain.reference, "--text", "A Jewish man was abused in the street."]).status
                == 0)
        let again = try cli.run(["demo", "--first", "2025-01-01", "--last", "2025-06-30"])
        #expect(again.status != 0 && again.err.contains("1 case example written by hand"), "\(again.err)")
    }

    @Test(
        """
        a stored example that a later import's personal value would reveal is withdrawn from the report, said and \
        audited
        """
    )
    func withdrawnByLaterImport() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("cst.csv", Self.file())
        #expect(try cli.run(["import", "cst.csv"]).status == 0)
        // Words no rule takes for a name: the text passes, as no record holds them yet.
        let added = try cli.run([
            "examples", "add", "R10", "--text", "A Jewish woman was abused near the zorvek quillab statue in Hendon.",
        ])
        #expect(added.status == 0, "\(added.err)")
        try cli.write(
            "later.csv", "reference,source,date,category,victim_name\nR40,cst,2025-09-01,threats,Zorvek Quillab\n")
        let later = try cli.run(["import", "later.csv"])
        #expect(later.status == 0, "\(later.err)")
        #expect(
            later.err.contains(
                """
                warning: cst/R10: its case example holds the victim_name of a record of this import; it was withdrawn
                """),
            "\(later.err)")
        #expect(!later.err.lowercased().contains("zorvek"))
        let list = try cli.run(["examples", "list"]).out
        #expect(!list.contains("cst/R10") && list.contains("cst/R11"), "only the example holding the value goes")
        #expect(try cli.run(["audit"]).out.contains("example-withdraw"))
        #expect(try cli.run(["report", "--period", "2025", "--out", "r.pdf"]).status == 0)
        #expect(!(try tool("pdftotext", [cli.path("r.pdf"), "-"])).lowercased().contains("quillab"))
        #expect(try cli.run(["audit", "verify"]).status == 0)
    }

    @Test(
        "the demo's annual report tells two to four of its examples in every category's section, each an approved text")
    func demoReport() throws {
        let demo = DemoReports.shared
        let text = try tool("pdftotext", [demo.annual, "-"])
        let approved = try demo.cli.store(writes: false).caseExamples().map(\.text)
        let sections = Self.sections(text)
        #expect(sections.count == 6)
        for (title, section) in sections {
            let items = section.components(separatedBy: "•").dropFirst()
            #expect((2...4).contains(items.count), "\(title): \(items.count)")
            for item in items {
                let account = item.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                #expect(approved.contains { account.hasPrefix($0) }, "\(title): \(account) is not an approved example")
            }
        }
    }
}
