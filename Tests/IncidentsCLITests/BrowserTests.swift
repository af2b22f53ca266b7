import Foundation
import TestSupport
import Testing

/// The figures page in a real browser: headless Chromium (Debian's `chromium` and
/// `chromium-driver`) driven through WebDriver by a Python Selenium script, with axe-core.
@Suite(.serialized) struct BrowserTests {
    static let chromium = "/usr/bin/chromium"
    /// CI sets INCIDENTS_REQUIRE_BROWSER=1: there a missing browser fails instead of skipping.
    static var runs: Bool {
        FileManager.default.fileExists(atPath: chromium)
            || ProcessInfo.processInfo.environment["INCIDENTS_REQUIRE_BROWSER"] == "1"
    }

    @Test(
        """
        serve in Chromium: a media account picks October 2023 by category, reads what `incidents figures` prints, \
        downloads CSV and PNG; refused on drafts and research; signed-out sent to sign in; a form without its CSRF \
        token refused; axe finds nothing serious
        """,
        .enabled(
            if: runs,
            """
            chromium is not installed here (apt-get install chromium chromium-driver; pip install 'selenium<4.52' \
            axe-selenium-python); .ci/run installs them
            """
        ))
    func mediaOfficeInBrowser() throws {
        #expect(
            FileManager.default.fileExists(atPath: Self.chromium),
            "chromium is required here (INCIDENTS_REQUIRE_BROWSER=1)")
        let cli = try WebFixture.make()
        defer { cli.cleanUp() }
        let server = try WebFixture.serve(cli)
        defer { server.stop() }
        let shots = ProcessInfo.processInfo.environment["INCIDENTS_SCREENSHOTS"] ?? cli.path("screenshots")
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Browser/browser_check.py"
        ).path
        let run = try toolRun(
            "env",
            [
                "MEDIA_NAME=press-office", "MEDIA_PASSWORD=\(WebFixture.password)", "TRUSTEE_NAME=trustee-one",
                "TRUSTEE_PASSWORD=\(WebFixture.password)",
                "RESEARCH_NAME=research-lead", "RESEARCH_PASSWORD=\(WebFixture.password)",
                "python3", script, server.base, shots, cli.path("downloads"),
            ])
        try #require(run.status == 0, "the browser check failed: \(run.err.suffix(3000))")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])

        // What `incidents figures` prints for the same question.
        let json = try #require(
            try JSONSerialization.jsonObject(
                with: Data(
                    try cli.run(["figures", "--period", "2023-10", "--by", "category", "--format", "json"]).out.utf8))
                as? [String: Any])
        let rows = try #require(json["rows"] as? [[String: Any]])
        let expected =
            rows.map { row in
                [((row["labels"] as? [String: String])?["category"]) ?? "?", grouped(row["incidents"] as? Int ?? -1)]
            }
            + [["Total", grouped(json["total"] as? Int ?? -1)]]
        #expect(report["figures_url"] as? String == server.base + "/figures?period=2023-10&by=category")
        #expect(report["table"] as? [[String]] == expected)
        #expect(expected.count == 7 && expected[5] == ["Literature", "6"] && expected[6] == ["Total", "21"])
        #expect((report["headline"] as? [String])?.first == json["headline"] as? String)
        let alt = report["chart_alt"] as? String ?? ""
        for row in expected.dropLast() { #expect(alt.contains("\(row[0]) \(row[1])"), "\(alt)") }
        #expect(report["svg_role"] as? String == "img")

        // Downloads, by clicking.
        #expect(
            report["csv"] as? String
                == (try cli.run(["figures", "--period", "2023-10", "--by", "category", "--format", "csv"]).out))
        #expect(report["png_head"] as? String == "89504e470d0a1a0a")

        // Signed out, refused, CSRF.
        #expect((report["signed_out_url"] as? String ?? "").hasPrefix(server.base + "/sign-in?next="))
        #expect((report["after_sign_out_url"] as? String ?? "").hasPrefix(server.base + "/sign-in"))
        #expect(report["after_sign_in_url"] as? String == server.base + "/figures?period=2023-10&by=category")
        #expect((report["wrong_password_message"] as? String ?? "").contains("do not match"))
        let refusals = try #require(report["refusals"] as? [String: [String: String]])
        #expect(refusals.count == 6)
        for (path, page) in refusals { #expect(page["h1"] == "Not for this account", "\(path)") }
        #expect((report["csrf_missing"] as? [String: String])?["h1"] == "Request refused")
        #expect(report["still_signed_in_after_refusal"] as? Bool == true)

        // Keyboard: the first Tab reaches the skip link.
        #expect(report["first_tab"] as? String == "Skip to the content")

        // Accessibility: axe-core on every page, nothing serious or critical.
        let axe = try #require(report["axe"] as? [String: [[String: Any]]])
        #expect(axe.count == 12)
        for (page, violations) in axe {
            let serious = violations.filter { ["serious", "critical"].contains($0["impact"] as? String ?? "") }
            #expect(serious.isEmpty, "\(page): \(serious)")
        }
        let pages = try #require(report["pages"] as? [String: [String: String]])
        for (_, page) in pages { #expect(FileManager.default.fileExists(atPath: page["screenshot"] ?? "")) }
    }

    @Test(
        """
        serve in Chromium (issue 19): a trustee opens draft 2 and reads each changed figure with its old and new \
        value; a trustee cannot reach the review queue or the import page; a researcher accepts a queued pair and \
        `incidents links` shows one incident; an upload with three bad rows lists all three located and changes \
        nothing, and a valid upload is stored as a batch; axe finds nothing serious
        """,
        .enabled(
            if: runs,
            """
            chromium is not installed here (apt-get install chromium chromium-driver; pip install 'selenium<4.52' \
            axe-selenium-python); .ci/run installs them
            """
        ))
    func trusteeAndResearchInBrowser() throws {
        #expect(
            FileManager.default.fileExists(atPath: Self.chromium),
            "chromium is required here (INCIDENTS_REQUIRE_BROWSER=1)")
        let drafts = try WebAppTrusteeTests.make(), linked = try WebAppResearchTests.linked()
        defer { drafts.cleanUp(); linked.cleanUp() }
        let draftServer = try WebFixture.serve(drafts)
        defer { draftServer.stop() }
        let researchServer = try ServeProcess(
            linked, arguments: ["--allow-import"], environment: ["INCIDENTS_BCRYPT_COST": "4"])
        defer { researchServer.stop() }
        let header =
            """
            reference,source,date,status,category,police_force,location,postcode,victim_type,method,description,\
            victim_name,victim_contact,consent_to_share,offender_description\n
            """
        let rest =
            """
            NW4 9QX,individual,in_person,"Marrowbane was shouted at.",Zephyrine \
            Quillfeather,z@quill-marker.example,,Thornwhistle\n
            """
        try linked.write(
            "three-bad.csv",
            header
                + "B1,cst,2025-02-30,antisemitic,threats,metropolitan,Hendon," + rest
                + "B2,cst,2025-03-02,antisemitic,abusive,metropolitan,Hendon," + rest
                + "B3,cst,2025-03-03,antisemitic,threats,metropolitan,Hendon," + rest
                + "B4,cst,2025-03-04,perhaps,threats,metropolitan,Hendon," + rest)
        try linked.write("good.csv", header + "G1,cst,2025-03-05,antisemitic,threats,metropolitan,Hendon," + rest)
        let command = try linked.run(["import", "three-bad.csv"])
        let located = command.err.split(separator: "\n").map(String.init).filter { $0.hasPrefix("three-bad.csv:") }
        #expect(command.status != 0 && located.count == 3, "\(command.err)")
        let before = (batches: try linked.run(["batches"]).out, records: try PoliceExchangeTests.linksCSV(linked).count)
        let queue = try WebAppResearchTests.queue(linked)
        let first = try #require(queue.first)

        let shots = ProcessInfo.processInfo.environment["INCIDENTS_SCREENSHOTS"] ?? linked.path("screenshots")
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Browser/browser_check.py"
        ).path
        let run = try toolRun(
            "env",
            [
                "TRUSTEE_NAME=trustee-one", "TRUSTEE_PASSWORD=\(WebFixture.password)", "RESEARCH_NAME=research-lead",
                "RESEARCH_PASSWORD=\(WebFixture.password)",
                "DRAFTS_BASE=\(draftServer.base)", "RESEARCH_BASE=\(researchServer.base)",
                "UPLOAD_FILE=\(linked.path("three-bad.csv"))",
                "UPLOAD_GOOD=\(linked.path("good.csv"))",
                "python3", script, researchServer.base, shots, linked.path("downloads"),
            ])
        try #require(run.status == 0, "the browser check failed: \(run.err.suffix(3000))")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])

        // Draft 2: every figure `incidents diff 1 2` lists, with its old and new value.
        let figures = WebAppTrusteeTests.diffFigures(try drafts.run(["diff", "1", "2"]).out)
        #expect(!figures.isEmpty)
        #expect(report["draft_2_url"] as? String == draftServer.base + "/drafts/2")
        #expect(report["draft_2_changes"] as? [[String]] == figures.map { [$0.label, $0.old, $0.new] })
        #expect(figures.contains { $0.label == "Text, {{total}}" && $0.old == "32" && $0.new == "33" })

        // Refused.
        let refusals = try #require(report["refusals"] as? [String: [String: String]])
        #expect(
            refusals["/research/review"]?["h1"] == "Not for this account"
                && refusals["/research/import"]?["h1"] == "Not for this account")

        // Accepted in the browser: one incident in `incidents links`.
        #expect(report["accepted_pair"] as? String == first.id && report["accept_accesskey"] as? String == "a")
        #expect(
            (report["after_accept_url"] as? String ?? "").hasPrefix(
                researchServer.base + "/research/review?done=\(first.id)"))
        #expect(report["after_accept_status"] as? String == "Pair \(first.id): accepted.")
        let rows = try PoliceExchangeTests.linksCSV(linked)
        #expect(rows.first { $0[1] == "police" && $0[2] == first.police }?[0] == "cst:" + first.own)
        #expect(rows.first { $0[1] == "cst" && $0[2] == first.own }?[0] == "cst:" + first.own)

        // The upload: the three problems as the command prints them; nothing changed by it.
        #expect(report["import_problems"] as? [String] == located)
        #expect(
            (report["import_summary"] as? String ?? "").contains(
                "Import refused: 3 problems in 3 rows. Nothing was stored"))
        let batchesAfter = try linked.run(["batches"]).out
        #expect(!before.batches.contains("three-bad.csv") && !batchesAfter.contains("three-bad.csv"))
        // The valid upload: stored as one batch, one record more, which the command line reads.
        #expect(
            (report["imported_status"] as? String ?? "").hasPrefix("Imported good.csv as batch "),
            "\(report["imported_status"] ?? "")")
        #expect(batchesAfter.contains("good.csv") && rows.count == before.records + 1)
        #expect(rows.contains { $0[1] == "cst" && $0[2] == "G1" })

        let axe = try #require(report["axe"] as? [String: [[String: Any]]])
        #expect(
            Set(axe.keys) == [
                "trustee-draft-2", "trustee-refused-review", "research-review", "research-review-after-accept",
                "research-import", "research-import-result", "research-import-stored",
            ])
        for (page, violations) in axe {
            let serious = violations.filter { ["serious", "critical"].contains($0["impact"] as? String ?? "") }
            #expect(serious.isEmpty, "\(page): \(serious)")
        }
        let pages = try #require(report["pages"] as? [String: [String: String]])
        for (_, page) in pages { #expect(FileManager.default.fileExists(atPath: page["screenshot"] ?? "")) }
    }

    @Test(
        """
        the report's web edition in Chromium (issue 17): no console message, nothing fetched, one h1, every section of \
        the PDF with its contents link, each chart named by its numbers; axe finds nothing serious
        """,
        .enabled(
            if: runs,
            """
            chromium is not installed here (apt-get install chromium chromium-driver; pip install 'selenium<4.52' \
            axe-selenium-python); .ci/run installs them
            """
        ))
    func webEditionInBrowser() throws {
        #expect(
            FileManager.default.fileExists(atPath: Self.chromium),
            "chromium is required here (INCIDENTS_REQUIRE_BROWSER=1)")
        let demo = DemoReports.shared
        let page = demo.cli.path("Reports/antisemitic-incidents-2025.html")
        let shots = ProcessInfo.processInfo.environment["INCIDENTS_SCREENSHOTS"] ?? demo.cli.path("screenshots")
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Browser/browser_check.py"
        ).path
        let run = try toolRun(
            "env",
            [
                "REPORT_HTML=\(page)", "python3", script, "file://", shots,
                demo.cli.path("downloads"),
            ])
        try #require(run.status == 0, "the browser check failed: \(run.err.suffix(3000))")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])

        #expect((report["console"] as? [Any])?.isEmpty == true, "\(report["console"] ?? "")")
        #expect((report["console_after"] as? [Any])?.isEmpty == true, "\(report["console_after"] ?? "")")
        #expect((report["fetched"] as? [Any])?.isEmpty == true, "the page fetched \(report["fetched"] ?? "")")
        #expect(report["lang"] as? String == "en-GB")
        #expect(report["title"] as? String == "Antisemitic Incidents Report 2025")
        #expect((report["h1"] as? [String])?.count == 1)
        // The PDF's sections and subsections, in order, then the notes; each in the contents, each link
        // leading to its section.
        let outline = try ReportTestFiles.outline(demo.annual).map(\.title)
        #expect(report["headings"] as? [String] == outline + ["Notes"])
        let contents = try #require(report["contents"] as? [[String]])
        #expect(contents.map { $0[0] } == outline)
        #expect((report["targets"] as? [String])?.count == outline.count)
        // The cover's graphic and every chart, each an image named by its numbers in words.
        let charts = try #require(report["charts"] as? [[String: Any]])
        let template = try String(contentsOfFile: ReportTestFiles.template("annual.md"), encoding: .utf8)
        #expect(charts.count == template.components(separatedBy: "{{chart ").count)
        for chart in charts {
            #expect((chart["text"] as? String ?? "").contains("Largest: "), "\(chart)")
            #expect((chart["width"] as? Double ?? 0) > 200, "\(chart)")
        }
        #expect((report["tables"] as? [String])?.contains { $0.hasPrefix("Table A: incidents by category") } == true)
        #expect(report["first_tab"] as? String == "Skip to the report")
        let axe = try #require(report["axe"] as? [String: [[String: Any]]])
        let serious = (axe["web-edition"] ?? []).filter {
            ["serious", "critical"].contains($0["impact"] as? String ?? "")
        }
        #expect(serious.isEmpty, "\(serious)")
        let shot = (shots as NSString).appendingPathComponent("web-edition-00.png")
        #expect(FileManager.default.fileExists(atPath: shot))
    }
}
