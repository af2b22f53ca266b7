import Foundation
import TestSupport
import Testing

/// Drafts for trustees and published editions, on a small history whose changes are known.
@Suite(.serialized) struct DraftsAndEditionsTests {
    /// 2024: 12 counted; 2025: 20 counted (two of them Abusive Behaviour with known references).
    static func history() -> String {
        var text = "reference,source,date,status,category,police_force,method\n"
        for i in 1...12 {
            text +=
                """
                H24-\(i),cst,2024-\(String(format: "%02d", i))-10,antisemitic,\
                \(i % 2 == 0 ? "threats" : "assault"),metropolitan,in_person\n
                """
        }
        for i in 1...20 {
            text +=
                """
                H25-\(i),cst,2025-\(String(format: "%02d", (i - 1) % 12 + 1))-12,antisemitic,\
                \(i <= 2 ? "abusive_behaviour" : "literature"),greater_manchester,letter\n
                """
        }
        return text
    }

    @Test("two drafts with known changes between them list exactly those changes, in the PDF and with diff")
    func drafts() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("history.csv", Self.history())
        #expect(try cli.run(["import", "history.csv"]).status == 0)
        let first = try cli.run(["report", "--period", "2025", "--draft", "--date", "2026-01-10", "--out", "d1.pdf"])
        #expect(first.status == 0, "\(first.err)")
        #expect(first.out.contains("draft 1 of 2025"))
        // Late reports: two new incidents, one reclassified, and nothing else.
        try cli.write(
            "late.csv",
            """
            reference,source,date,status,category,police_force,method
            L1,cst,2025-03-04,antisemitic,assault,greater_manchester,in_person
            L2,cst,2025-11-20,antisemitic,literature,greater_manchester,letter
            H25-1,cst,2025-01-12,antisemitic,threats,greater_manchester,letter

            """)
        #expect(try cli.run(["import", "late.csv"]).status == 0)
        let second = try cli.run(["report", "--period", "2025", "--draft", "--date", "2026-01-20", "--out", "d2.pdf"])
        #expect(second.status == 0, "\(second.err)")

        let list = try cli.run(["drafts"]).out
        let rows = list.split(separator: "\n").dropFirst(2)
        #expect(rows.count == 2)
        let hashes = rows.map { String($0.split(separator: " ", omittingEmptySubsequences: true)[4]) }
        #expect(hashes[0] != hashes[1], "the data snapshot must change with the data")

        let diff = try cli.run(["diff", "1", "2"]).out
        #expect(diff.contains("{{total}}: 20 → 22"))
        #expect(diff.contains("{{category_literature}}: 18 → 19"))
        #expect(diff.contains("{{category_assault}}: 0 → 1"))
        #expect(diff.contains("{{category_threats}}: 0 → 1"))
        #expect(diff.contains("{{category_abusive_behaviour}}: 2 → 1"))
        #expect(!diff.contains("{{category_extreme_violence}}"))
        let records = diff.split(separator: "\n").drop { $0 != "Records:" }.dropFirst().map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        #expect(
            Set(records) == [
                "Added: cst/L1 (2025-03-04, Assault)", "Added: cst/L2 (2025-11-20, Literature)",
                "Reclassified: cst/H25-1: Abusive Behaviour → Threats",
            ])

        let text = try tool("pdftotext", ["-layout", cli.path("d2.pdf"), "-"])
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("Changes since draft 1"))
        // The draft goes to the trustees: what changed, without the records' references (which
        // may hold personal data); `incidents diff` names them for the research team.
        #expect(flat.contains("Added: a record of 2025-03-04 (Assault)"), "\(flat)")
        #expect(flat.contains("Reclassified: a record of 2025-01-12: Abusive Behaviour → Threats"))
        #expect(!flat.contains("cst/L1") && !flat.contains("H25-1"))
        #expect(flat.contains("DRAFT 2 of the 2025 report · 2026-01-20 · data snapshot \(hashes[1])"))
        let pages = text.components(separatedBy: "\u{0C}").filter {
            !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }
        #expect(pages.allSatisfy { $0.contains("DRAFT 2 of the 2025 report") }, "every page carries the draft stamp")
        let firstText = try tool("pdftotext", [cli.path("d1.pdf"), "-"])
        #expect(!firstText.contains("Changes since draft"))
        // Unrelated commands change nothing in the drafts' stored figures: the same diff again.
        #expect(try cli.run(["diff", "1", "2"]).out == diff)
        #expect(try cli.run(["diff", "1", "9"]).err.contains("no draft with ID 9"))
    }

    @Test(
        """
        a published edition does not move when records are added; figures and the report show \
        it beside the current figures
        """
    )
    func editions() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("history.csv", Self.history())
        #expect(try cli.run(["import", "history.csv"]).status == 0)
        let published = try cli.run(["publish", "--period", "2024", "--date", "2025-02-01"])
        #expect(published.status == 0, "\(published.err)")
        let twice = try cli.run(["publish", "--period", "2024"])
        #expect(twice.status != 0 && twice.err.contains("--again"))

        try cli.write(
            "late.csv", "reference,source,date,category,police_force\nL24,cst,2024-12-30,threats,metropolitan\n")
        #expect(try cli.run(["import", "late.csv"]).status == 0)
        let csv = try cli.run(["figures", "--as-published", "2024", "--by", "category", "--format", "csv"]).out
        #expect(csv.contains("threats,6,7,+1"))
        #expect(csv.contains("assault,6,6,0"))
        #expect(csv.hasSuffix("total,12,13,+1\n"))
        let json = try cli.run(["figures", "--as-published", "2024", "--by", "category", "--format", "json"]).out
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(
            document["period"] as? String == "2024" && document["published_at"] as? String == "2025-02-01T00:00:00Z"
                && document["dimension"] as? String == "category")
        let jsonRows = try #require(document["rows"] as? [[String: Any]])
        #expect(
            jsonRows.contains {
                $0["value"] as? String == "threats" && $0["published"] as? Int == 6 && $0["current"] as? Int == 7
            })
        #expect(
            jsonRows.contains {
                $0["value"] as? String == "total" && $0["published"] as? Int == 12 && $0["current"] as? Int == 13
            })
        let text = try cli.run(["figures", "--as-published", "2024"]).out
        #expect(text.contains("First published") && text.contains("12") && text.contains("13"))
        // Year-on-year changes use the revised figure; the footnote gives both.
        let report = try cli.run(["report", "--period", "2025", "--out", "r.pdf"])
        #expect(report.status == 0, "\(report.err)")
        let flat = try tool("pdftotext", [cli.path("r.pdf"), "-"]).split(whereSeparator: \.isWhitespace).joined(
            separator: " ")
        #expect(flat.contains("2024: 12 first published, now 13"))
        #expect(flat.contains("from 13 in 2024"))
        // The edition itself cannot be edited, even outside the tool.
        let sql = try toolRun(
            "sqlite3",
            [cli.path("incidents.sqlite"), "UPDATE edition_figure SET value = '99' WHERE key = 'figure:total'"])
        #expect(sql.status != 0 && sql.err.contains("cannot be changed"), "\(sql)")
        let value = try tool(
            "sqlite3", [cli.path("incidents.sqlite"), "SELECT value FROM edition_figure WHERE key = 'figure:total'"])
        #expect(!value.isEmpty && !value.contains("99"))
        #expect(try cli.run(["figures", "--as-published", "2025"]).err.contains("2025 has not been published"))
    }
}
