import Foundation
import TestSupport
import Testing

/// Files whose record a killed run committed before renaming them into place: a draft's PDF (its
/// SHA-256 is recorded with the draft) and an export's file (its SHA-256 is in the audit log).
/// The hidden file is put in place only if it is that very file; a draft's file changed since is
/// said to be changed, by `incidents drafts` and by the trustees' pages.
@Suite(.serialized) struct KilledRunFilesTests {
    /// The id of a process that has ended (a hidden file of it counts as a killed run's).
    static func deadProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    /// The PDF column of `incidents drafts`, by draft number.
    static func states(_ cli: CLI) throws -> [String] {
        let listed = try cli.run(["drafts"])
        #expect(listed.status == 0, "\(listed.err)")
        return listed.out.split(separator: "\n").dropFirst(2).map { row in
            ["as made", "changed", "missing", "not checked"].first { row.hasSuffix($0) } ?? String(row)
        }
    }

    @Test(
        """
        a killed draft's hidden PDF is put in place by its digest; another whole PDF hidden under the same name is \
        not; `drafts` says as made, changed or missing
        """
    )
    func recoveredByDigest() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("history.csv", DraftsAndEditionsTests.history())
        #expect(try cli.run(["import", "history.csv"]).status == 0)
        let made = try cli.run(["report", "--period", "2025", "--draft", "--date", "2026-01-10", "--out", "d1.pdf"])
        #expect(made.status == 0, "\(made.err)")
        #expect(try Self.states(cli) == ["as made"])
        let draft = try Data(contentsOf: URL(fileURLWithPath: cli.path("d1.pdf")))
        // Another whole PDF (the 2024 report), as a killed `report --out d1.pdf` leaves it.
        #expect(try cli.run(["report", "--period", "2024", "--out", "other.pdf"]).status == 0)
        let other = try Data(contentsOf: URL(fileURLWithPath: cli.path("other.pdf")))
        #expect(other != draft)

        // A run killed after the draft's record was committed and before its rename, and a
        // killed report to the same name whose hidden file sorts first.
        let pid = try Self.deadProcessID()
        let otherHidden = cli.path(".d1.pdf.\(pid).0.incidents-tmp")
        let draftHidden = cli.path(".d1.pdf.\(pid).1.incidents-tmp")
        try FileManager.default.moveItem(atPath: cli.path("d1.pdf"), toPath: draftHidden)
        try FileManager.default.copyItem(atPath: cli.path("other.pdf"), toPath: otherHidden)
        #expect(try Self.states(cli) == ["as made"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.path("d1.pdf"))) == draft)
        #expect(FileManager.default.fileExists(atPath: otherHidden), "the other PDF is not the draft's")

        // Only the other PDF is left hidden: it is never taken for the draft.
        try FileManager.default.removeItem(atPath: cli.path("d1.pdf"))
        #expect(try Self.states(cli) == ["missing"])
        #expect(!FileManager.default.fileExists(atPath: cli.path("d1.pdf")))

        // Another file put in the draft's place is named as changed.
        try FileManager.default.copyItem(atPath: cli.path("other.pdf"), toPath: cli.path("d1.pdf"))
        #expect(try Self.states(cli) == ["changed"])

        // A draft recorded before digests were kept takes no hidden file (nothing would tell its PDF
        // from another), and its file cannot be checked.
        try FileManager.default.removeItem(atPath: cli.path("d1.pdf"))
        try FileManager.default.removeItem(atPath: otherHidden)
        try FileManager.default.copyItem(atPath: cli.path("other.pdf"), toPath: draftHidden)
        _ = try tool("sqlite3", [cli.path("incidents.sqlite"), "UPDATE report_draft SET pdf_sha256 = NULL"])
        #expect(try Self.states(cli) == ["missing"])
        #expect(!FileManager.default.fileExists(atPath: cli.path("d1.pdf")))
        try FileManager.default.copyItem(atPath: cli.path("other.pdf"), toPath: cli.path("d1.pdf"))
        #expect(try Self.states(cli) == ["not checked"])
    }

    @Test(
        """
        recovery takes only a regular file of the user's with the recorded digest: never a planted link, never over \
        a person's file; over the tool's own earlier file it completes the killed write; `exports` says where each is
        """
    )
    func recoveryRefusals() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("f.csv", recordsFile(20, prefix: "R-"))
        #expect(try cli.run(["import", "f.csv"]).status == 0)
        let export = ["export", "--for", "police", "--out", "e.csv", "--period"]
        #expect(try cli.run(export + ["2024-Q1"]).status == 0)
        let first = try Data(contentsOf: URL(fileURLWithPath: cli.path("e.csv")))
        #expect(try cli.run(export + ["2024"]).status == 0)
        let second = try Data(contentsOf: URL(fileURLWithPath: cli.path("e.csv")))
        #expect(first != second)
        func fileNow() throws -> [String] {
            try cli.run(["exports"]).out.split(separator: "\n").dropFirst(2).map { row in
                ["as made", "changed", "missing"].first { row.hasSuffix($0) } ?? String(row)
            }
        }
        #expect(try fileNow() == ["changed", "as made"])
        let pid = try Self.deadProcessID()
        let hiddenName = ".e.csv.\(pid).0.incidents-tmp", hidden = cli.path(hiddenName)

        // The second export killed before its rename, the first's file still in place (the
        // tool's own): the killed write is completed.
        try cli.write("e.csv", String(decoding: first, as: UTF8.self))
        try cli.write(hiddenName, String(decoding: second, as: UTF8.self))
        #expect(try fileNow() == ["changed", "as made"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.path("e.csv"))) == second)

        // A person's own file at the name is never replaced.
        try cli.write("e.csv", "my own notes\n")
        try cli.write(hiddenName, String(decoding: second, as: UTF8.self))
        #expect(try fileNow() == ["changed", "changed"])
        #expect(try String(contentsOfFile: cli.path("e.csv"), encoding: .utf8) == "my own notes\n")

        // A link planted among the hidden names, to a file with the export's content, is not taken.
        try FileManager.default.removeItem(atPath: cli.path("e.csv"))
        try FileManager.default.removeItem(atPath: hidden)
        try cli.write("elsewhere.csv", String(decoding: second, as: UTF8.self))
        try FileManager.default.createSymbolicLink(atPath: hidden, withDestinationPath: cli.path("elsewhere.csv"))
        #expect(try fileNow() == ["missing", "missing"])
        var info = stat()
        #expect(lstat(cli.path("e.csv"), &info) != 0, "nothing was put at e.csv")
    }

    @Test("the trustees' pages serve a draft's PDF only while it is the file made for it")
    func servedOnlyAsMade() throws {
        let cli = try WebFixture.make()
        defer { cli.cleanUp() }
        let server = try WebFixture.serve(cli)
        defer { server.stop() }
        let trustee = Client(server.base, cli: cli, name: "trustee")
        #expect(try trustee.signIn("trustee-one", WebFixture.password).status == 303)
        let made = try Data(contentsOf: URL(fileURLWithPath: cli.path("draft-2023.pdf")))
        let served = try trustee.request("/drafts/1.pdf")
        #expect(served.status == 200 && served.body == made)

        // The 2023 report (not a draft) written over the draft's file, as a person might.
        let over = try cli.run(["report", "--period", "2023", "--out", "draft-2023.pdf", "--force"])
        #expect(over.status == 0, "\(over.err)")
        let changed = try trustee.request("/drafts/1.pdf")
        #expect(changed.status == 409, "\(changed.status)")
        #expect(changed.text.contains("not the one made for it"), "\(changed.text)")
        #expect(!changed.body.starts(with: Data("%PDF-".utf8)))
    }

    @Test(
        """
        an export killed after its audit entry and before its rename gets its file at the next `exports` or \
        `export`, only if the SHA-256 matches
        """
    )
    func exportRecovered() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("f.csv", recordsFile(20, prefix: "K-"))
        #expect(try cli.run(["import", "f.csv"]).status == 0)
        let exported = try cli.run(["export", "--for", "police", "--period", "2024", "--out", "e.csv"])
        #expect(exported.status == 0, "\(exported.err)")
        let made = try Data(contentsOf: URL(fileURLWithPath: cli.path("e.csv")))
        let pid = try Self.deadProcessID()
        // Another file hidden under the name first, then the export's own.
        try cli.write(".e.csv.\(pid).0.incidents-tmp", "reference\nnot-the-export\n")
        try FileManager.default.moveItem(atPath: cli.path("e.csv"), toPath: cli.path(".e.csv.\(pid).1.incidents-tmp"))
        #expect(try cli.run(["exports"]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.path("e.csv"))) == made)
        #expect(FileManager.default.fileExists(atPath: cli.path(".e.csv.\(pid).0.incidents-tmp")))

        // Killed again; the next export (to another name) puts it in place too.
        try FileManager.default.moveItem(atPath: cli.path("e.csv"), toPath: cli.path(".e.csv.\(pid).2.incidents-tmp"))
        let again = try cli.run(["export", "--for", "police", "--period", "2024", "--out", "f-export.csv"])
        #expect(again.status == 0, "\(again.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.path("e.csv"))) == made)
        // Only the export's own file is ever taken.
        try FileManager.default.removeItem(atPath: cli.path("e.csv"))
        #expect(try cli.run(["exports"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: cli.path("e.csv")))
    }

    @Test(
        """
        an import killed after its commit and before its rejects file's rename gets the file at the next `batches`, \
        owner-only, only if the SHA-256 is the one recorded with the batch
        """
    )
    func rejectsRecovered() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("f.csv", recordsFile(5, prefix: "J-") + "J-bad,cst,not-a-date,antisemitic,threats,metropolitan\n")
        let imported = try cli.run(["import", "f.csv", "--skip-invalid", "rejects.csv"])
        #expect(imported.status == 0, "\(imported.err)")
        let made = try Data(contentsOf: URL(fileURLWithPath: cli.path("rejects.csv")))
        #expect(String(decoding: made, as: UTF8.self).contains("J-bad"))
        let pid = try Self.deadProcessID()
        try cli.write(".rejects.csv.\(pid).0.incidents-tmp", "reference\nsomeone-else\n")
        try FileManager.default.moveItem(
            atPath: cli.path("rejects.csv"), toPath: cli.path(".rejects.csv.\(pid).1.incidents-tmp"))
        #expect(try cli.run(["batches"]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.path("rejects.csv"))) == made)
        let mode = try #require(
            try FileManager.default.attributesOfItem(atPath: cli.path("rejects.csv"))[.posixPermissions] as? Int)
        #expect(mode & 0o077 == 0, "rejected rows hold personal data: \(String(mode, radix: 8))")
        // The other file is never taken for it.
        try FileManager.default.removeItem(atPath: cli.path("rejects.csv"))
        #expect(try cli.run(["batches"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: cli.path("rejects.csv")))
    }
}
