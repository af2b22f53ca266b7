import DemoData
import Foundation
import IncidentModel
import IncidentStore
import Intake
import Linkage
import TestSupport
import Testing

/// The police exchange end to end: import both feeds, link, review, list links, count once,
/// estimate the unseen, export anonymised; bad exchange files.
@Suite(.serialized) struct PoliceExchangeTests {
    static let history = DemoHistory(first: CivilDate(iso: "2025-01-01")!, last: CivilDate(iso: "2025-06-30")!)

    static func writeFeeds(_ cli: CLI) throws {
        for (name, records) in [("cst.csv", history.own), ("police.csv", history.police)] {
            var writer = try IncidentCSVWriter(path: cli.path(name), personalData: .include)
            for record in records { try writer.write(record) }
            try writer.close()
        }
    }

    static func sourceCounts(_ cli: CLI, _ period: String = "2025-H1") throws -> [String: Int] {
        let csv = try cli.run(["figures", "--period", period, "--by", "source", "--format", "csv"]).out
        var out: [String: Int] = [:]
        for line in csv.split(separator: "\n").dropFirst() {
            let parts = line.split(separator: ",")
            out[String(parts[0])] = Int(parts[1])
        }
        return out
    }

    /// A fresh database with both feeds imported and linked.
    static func linkedFeeds() throws -> CLI {
        let cli = try CLI()
        do {
            try writeFeeds(cli)
            _ = try cli.run(["import", "cst.csv"])
            _ = try cli.run(["import", "police.csv"])
            #expect(try cli.run(["link"]).status == 0)
        } catch {
            cli.cleanUp()
            throw error
        }
        return cli
    }

    static func linksCSV(_ cli: CLI) throws -> [[String]] {
        try cli.run(["links", "--format", "csv"]).out.split(separator: "\n").dropFirst()
            .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test("linking counts each incident once, and the summaries it corrects agree with a full rebuild")
    func linkingCountsOnce() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try Self.writeFeeds(cli)
        #expect(try cli.run(["import", "cst.csv"]).status == 0)
        #expect(try cli.run(["import", "police.csv"]).status == 0)
        let before = try Self.sourceCounts(cli)
        #expect(before["both"] == 0)
        // Figures read before linking say that the police records have not been compared yet.
        let unlinked = try cli.run(["figures", "--period", "2025-H1"])
        #expect(
            unlinked.err.contains("the \(Self.history.police.count.grouped) counted police records on file have not")
                && unlinked.err.contains("counts twice"), "\(unlinked.err)")
        #expect(try cli.run(["check"]).out.contains("`incidents link` has not run"))
        // Nor is such a period frozen as an edition, unless asked for.
        let publish = try cli.run(["publish", "--period", "2025-H1", "--date", "2025-07-15"])
        #expect(publish.status != 0 && publish.err.contains("--unlinked"), "\(publish.err)")
        #expect(try cli.store().editions(period: "2025-H1").isEmpty)
        let half = CivilDate(iso: "2025-01-01")!...CivilDate(iso: "2025-06-30")!
        let counted =
            Self.history.own.filter(\.isCounted).count + Self.history.police.filter { half.contains($0.date) }.count
        #expect(before.filter { $0.key != "both" }.values.reduce(0, +) == counted)

        let link = try cli.run(["link"])
        #expect(link.status == 0, "\(link.err)")
        // The daily summary, corrected by the records whose standing changed, agrees with a recount.
        let check = try cli.run(["check"])
        #expect(check.status == 0, "\(check.out)\(check.err)")
        let after = try Self.sourceCounts(cli)
        #expect(after["both"]! > Self.history.truth.count * 9 / 10)
        let linked = try cli.run(["figures", "--period", "2025-H1"])
        #expect(!linked.err.contains("Note:"), "\(linked.err)")
        #expect(!check.out.contains("Note:"))
        let published = try cli.run(["publish", "--period", "2025-H1", "--date", "2025-07-15"])
        #expect(published.status == 0, "\(published.err)")

        // Independently: every record's group from `links`, counted once through its lead.
        let rows = try Self.linksCSV(cli)
        #expect(rows.count == Self.history.own.count + Self.history.police.count)
        let status = Dictionary(
            uniqueKeysWithValues: (Self.history.own + Self.history.police).map { ("\($0.source):\($0.reference)", $0) })
        var groups: [String: Set<String>] = [:]
        for row in rows { groups[row[0], default: []].insert(row[1]) }
        var own = 0, police = 0, both = 0
        for (lead, sources) in groups where status[lead]!.isCounted && half.contains(status[lead]!.date) {
            if sources == ["cst", "police"] { both += 1 } else if sources == ["cst"] { own += 1 } else { police += 1 }
        }
        #expect(after["own"] == own && after["police"] == police && after["both"] == both)
        #expect(after.values.reduce(0, +) == own + police + both)
        // A police record linked to a true counterpart: the truth says so for most of them.
        let linkedPolice = rows.filter { $0[1] == "police" && $0[0].hasPrefix("cst:") }
        let correct = linkedPolice.filter { Self.history.truth[$0[2]].map { "cst:" + $0 } == $0[0] }
        #expect(Double(correct.count) / Double(linkedPolice.count) >= 0.95)

        // The incremental corrections equal a rebuild of every summary from the records.
        let tables = [
            ["--by", "category", "--by", "month"], ["--by", "source", "--by", "region"],
            ["--by", "police_force", "--by", "method"],
            ["--by", "victim_type"], ["--by", "discourse", "--by", "source"],
        ]
        let incremental = try tables.map {
            try cli.run(["figures", "--period", "2025-H1", "--format", "csv"] + $0).out
        }
        try cli.store().rebuildSummaries()
        let rebuilt = try tables.map { try cli.run(["figures", "--period", "2025-H1", "--format", "csv"] + $0).out }
        #expect(incremental == rebuilt)

        // The estimate of incidents that reached neither source is printed, labelled as one.
        let text = try cli.run(["figures", "--period", "2025-H1", "--by", "source"]).out
        #expect(text.contains("Estimated incidents that reached neither source: about"))
        #expect(text.contains("Estimate, not a count"))
    }

    @Test("review decisions survive re-running link, re-importing and a new exchange file")
    func decisionsPersist() throws {
        let cli = try Self.linkedFeeds()
        defer { cli.cleanUp() }
        let queue = try cli.run(["review", "--list"]).out
        let ids = queue.split(separator: "\n").filter { $0.hasPrefix("Pair ") }.map {
            String($0.dropFirst(5).prefix { $0.isNumber })
        }
        #expect(ids.count >= 2, "the demo half-year leaves some pairs for review")
        #expect(queue.contains("police exchange") && queue.contains("research team") && queue.contains("(prior)"))
        // The reviewer reads both accounts: the sealed descriptions are opened with the key.
        let described = queue.split(separator: "\n").filter { $0.hasPrefix("description") }
        #expect(
            !described.isEmpty
                && described.allSatisfy {
                    $0.dropFirst("description".count).trimmingCharacters(in: .whitespaces).count > 10
                },
            "\(described)")
        // Every field's reason is stored and read back, and so is a pair's competition.
        #expect(queue.contains("victim's sex") && queue.contains("street") && queue.contains("other candidates"))
        // The queue as CSV, to be scored: the team's and the police reference of every queued pair, in the same order.
        let csv = try cli.run(["review", "--list", "--format", "csv"])
        #expect(csv.status == 0, "\(csv.err)")
        let csvRows = csv.out.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(csvRows.first == ["pair_id", "cst_reference", "police_reference", "score", "priority", "to_confirm"])
        #expect(csvRows.dropFirst().map { $0[0] } == ids)
        for row in csvRows.dropFirst() {
            #expect(
                row[1].hasPrefix("DEMO-") && queue.contains(row[2])
                    && Double(row[3]).map { (0...1).contains($0) } == true)
        }
        #expect(try cli.run(["review", "--format", "csv"]).status != 0, "csv lists the queue: --list is required")
        let accepted = try cli.run(["review", "--accept", ids[0], "--note", "tester"])
        #expect(accepted.status == 0 && accepted.out.contains("now accepted"), "\(accepted.out)\(accepted.err)")
        let rejected = try cli.run(["review", "--reject", ids[1], "--note", "tester"])
        #expect(rejected.out.contains("now rejected"))
        let pairOf = { (id: String) -> (String, String) in
            let block = queue.components(separatedBy: "Pair \(id) ")[1]
            let refs = block.split(separator: "\n").first { $0.hasPrefix("reference") }!.split(separator: " ")
                .dropFirst()
            return (String(refs.first!), String(refs.last!))
        }
        let (acceptedPolice, acceptedOwn) = pairOf(ids[0])
        let (rejectedPolice, rejectedOwn) = pairOf(ids[1])
        func check() throws {
            let rows = try Self.linksCSV(cli)
            let acceptedRow = rows.first { $0[2] == acceptedPolice }!
            #expect(acceptedRow[0] == "cst:" + acceptedOwn && acceptedRow[5] == "accepted")
            let rejectedRow = rows.first { $0[2] == rejectedPolice }!
            #expect(rejectedRow[0] != "cst:" + rejectedOwn)
        }
        try check()
        let counts = try Self.sourceCounts(cli)
        // Re-running link, re-importing both files (idempotent), and a new exchange file.
        #expect(try cli.run(["link"]).status == 0)
        try check()
        #expect(try Self.sourceCounts(cli) == counts)
        let again = try cli.run(["import", "police.csv"])
        #expect(again.out.contains("unchanged"))
        #expect(try Self.sourceCounts(cli) == counts, "the same exchange file twice counts nothing twice")
        try cli.write(
            "police-2.csv",
            """
            reference,source,date,status,category,police_force,location,method,description
            PX-NEW-1,police,2025-06-29,antisemitic,threats,kent,Canterbury,phone,IP \
            received threatening phone call.\n
            """
        )
        #expect(try cli.run(["import", "police-2.csv"]).status == 0)
        #expect(try cli.run(["link"]).status == 0)
        try check()
    }

    @Test("exchange files in another format, without dates, or twice: clear errors, nothing lost")
    func badExchangeFiles() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("force.csv", "Crime Ref,Date Reported,Offence,Beat\n24/1234,03/02/2025,Public Order,Barnet\n")
        let other = try cli.run(["import", "force.csv", "--source", "police"])
        #expect(other.status != 0)
        #expect(
            other.err.contains("force.csv:1:") && other.err.contains("\"Crime Ref\"")
                && other.err.contains("another format"), "\(other.err)")
        try cli.write(
            "nodate.csv", "reference,source,date,category\nPX-1,police,2025-02-03,threats\nPX-2,police,,assault\n")
        let nodate = try cli.run(["import", "nodate.csv"])
        #expect(nodate.status != 0)
        #expect(nodate.err.contains("nodate.csv:3:3: date"), "\(nodate.err)")
        #expect(try cli.store().recordCount() == 0, "a refused file changes nothing")
    }

    @Test(
        """
        the police export carries no personal data, and consented details only for that victim; every export is audited
        """
    )
    func anonymisedExport() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write(
            "cst.csv",
            """
            reference,source,date,status,category,police_force,location,postcode,victim_type,method,description,\
            victim_name,victim_contact,consent_to_share,offender_description
            C1,cst,2025-03-02,antisemitic,assault,metropolitan,Golders Green,NW11 7AB,individual,in_person,"Miriam \
            Fictionberg was punched outside the Tesco Express on Golders Green Road at about 8pm. Call her on 07700 \
            900123 or miriam@example.invalid. She lives at 14 Wykeham Road, NW4 2SU.",Miriam Fictionberg,07700 \
            900123,yes,"white male, about 30, red cap"
            C2,cst,2025-03-05,antisemitic,threats,greater_manchester,Prestwich,M25 1AB,individual,phone,"David \
            Demowitz received a call threatening to burn the synagogue. The caller's car was AB12 CDE.",David \
            Demowitz,david@example.invalid,no,
            C3,cst,2025-03-06,not_antisemitic,,metropolitan,Hendon,,individual,in_person,Not antisemitic.,,,,

            """)
        #expect(try cli.run(["import", "cst.csv"]).status == 0)
        let export = try cli.run([
            "export", "--for", "police", "--period", "2025-03", "--out", "to-police.csv", "--note", "tester",
        ])
        #expect(export.status == 0, "\(export.err)")
        let text = try cli.read("to-police.csv")
        for personal in [
            "Miriam", "Fictionberg", "07700", "example.invalid", "Wykeham", "NW11 7AB", "NW4 2SU", "red cap", "David",
            "Demowitz", "AB12 CDE", "M25 1AB",
        ] {
            #expect(!text.contains(personal), "\(personal) leaked into the export")
        }
        for kept in [
            "[NAME] was punched outside the Tesco Express on Golders Green Road at about 8pm", "[PHONE]", "[EMAIL]",
            "[ADDRESS]", "[POSTCODE]", "[VEHICLE]",
            ",NW11,", ",M25,", "Golders Green", "Prestwich", "metropolitan", "assault",
        ] {
            #expect(text.contains(kept), "\(kept) should be in the export")
        }
        #expect(!text.contains("C3"), "only antisemitic incidents are exported")

        let refused = try cli.run([
            "export", "--for", "police", "--period", "2025-03", "--out", "x.csv", "--with-details", "C2",
        ])
        #expect(refused.status != 0 && refused.err.contains("has not consented"))
        #expect(!FileManager.default.fileExists(atPath: cli.path("x.csv")))
        let consented = try cli.run([
            "export", "--for", "police", "--period", "2025-03", "--out", "y.csv", "--with-details", "C1",
        ])
        #expect(consented.status == 0)
        let withDetails = try cli.read("y.csv")
        #expect(withDetails.contains("Miriam Fictionberg,07700 900123,yes"))
        #expect(withDetails.contains("NW11 7AB"))
        #expect(!withDetails.contains("Demowitz") && !withDetails.contains("david@example.invalid"))

        let audit = try cli.run(["exports"]).out
        #expect(
            audit.contains(IncidentStore.operatingSystemUser) && audit.contains("to-police.csv")
                && audit.contains("y.csv") && audit.contains("C1"))
        #expect(!audit.contains("x.csv"), "a refused export wrote nothing and is not logged")
        // Once erased, the record has no details to include: refused, nothing written or logged
        // (it said "Consented details included" and logged a disclosure of empty cells).
        #expect(try cli.run(["erase", "C1", "--note", "request"]).status == 0)
        let erased = try cli.run([
            "export", "--for", "police", "--period", "2025-03", "--out", "z.csv", "--with-details", "C1",
        ])
        #expect(erased.status != 0 && erased.err.contains("holds no victim's name or contact"), "\(erased.err)")
        #expect(!FileManager.default.fileExists(atPath: cli.path("z.csv")))
        #expect(!(try cli.run(["exports"]).out.contains("z.csv")))
        let deleted = try toolRun("sqlite3", [cli.path("incidents.sqlite"), "DELETE FROM export_audit"])
        #expect(deleted.status != 0 && deleted.err.contains("cannot be changed"), "\(deleted)")
        let updated = try toolRun(
            "sqlite3", [cli.path("incidents.sqlite"), "UPDATE export_audit SET exported_by = 'x'"])
        #expect(updated.status != 0 && updated.err.contains("cannot be changed"), "\(updated)")
        let tamper = try tool(
            "sqlite3",
            [
                cli.path("incidents.sqlite"),
                "SELECT count(*), sum(exported_by = '\(IncidentStore.operatingSystemUser)') FROM export_audit",
            ])
        #expect(
            tamper.trimmingCharacters(in: .whitespacesAndNewlines) == "2|2",
            "the audit log cannot be edited, even with sqlite3")
        #expect(try cli.run(["exports"]).out.contains("to-police.csv"))
    }
}
