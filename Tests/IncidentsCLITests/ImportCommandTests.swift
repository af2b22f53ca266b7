import Foundation
import IncidentModel
import IncidentStore
import Testing

let goodFile = """
    reference,source,date,category,police_force,location,victim_name
    G1,cst,2024-01-05,abusive_behaviour,Met,Golders Green,Ruth Exampleton
    G2,cst,2024-01-06,Assault,GMP,Prestwich,
    G3,cst,2024-02-29,threats,,,

    """

@Suite(.serialized) struct ImportCommandTests {
    @Test("a file with three kinds of errors lists all three with their lines and leaves the database unchanged")
    func threeErrors() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("good.csv", goodFile)
        #expect(try cli.run(["import", "good.csv"]).status == 0)
        try cli.write(
            "bad.csv",
            """
            reference,source,date,category,police_force
            B1,cst,2024-03-01,threats,Met
            B2,cst,2023-02-29,assault,Met
            B3,cst,2024-03-02,abusive,GMP
            G1,cst,2024-01-05,threats,Met,oops
            B4,cst,2024-03-03,threats,Met

            """)
        let result = try cli.run(["import", "bad.csv"])
        #expect(result.status != 0)
        let lines = result.err.split(separator: "\n").map(String.init)
        #expect(lines.contains("bad.csv:3:3: date \"2023-02-29\": does not exist: 2023 is not a leap year"))
        #expect(lines.contains { $0.hasPrefix("bad.csv:4:4: category \"abusive\": expected one of extreme_violence") })
        #expect(lines.contains { $0.hasPrefix("bad.csv:5: this row has 6 values but the header has 5 columns") })
        #expect(result.err.contains("nothing was imported and the database is unchanged"))
        let store = try cli.store()
        #expect(try store.recordCount() == 3)
        #expect(try store.incident(source: .own, reference: "B1") == nil)
        #expect(try store.incident(source: .own, reference: "G1")?.category == .abusiveBehaviour)
        #expect(try store.batches().count == 1)
    }

    @Test(
        """
        a file without sources: the intake states the fact, the command adds its own way round \
        (--source); with --source it imports
        """
    )
    func sourceAdvice() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("nosource.csv", "reference,date,category\nS1,2024-01-05,threats\n")
        try cli.write("blank.csv", "reference,source,date,category\nS2,,2024-01-05,threats\n")
        let missing = try cli.run(["import", "nosource.csv"])
        #expect(missing.status != 0)
        #expect(
            missing.err.contains(
                """
                nosource.csv:1: there is no "source" column; add one, or name the source for the whole file \
                with --source (e.g. --source cst)
                """
            ), "\(missing.err)")
        let blank = try cli.run(["import", "blank.csv"])
        #expect(
            blank.err.contains(
                """
                blank.csv:2:2: source: is empty; fill it in or name the source for the whole file with \
                --source (e.g. --source cst)
                """
            ), "\(blank.err)")
        #expect(try cli.run(["import", "nosource.csv", "--source", "cst"]).status == 0)
    }

    @Test(
        """
        a large file (many chunks through the reader thread) with one bad row near its end imports \
        nothing; skipping it imports the rest
        """
    )
    func largeFileOneBadRow() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("good.csv", goodFile)
        #expect(try cli.run(["import", "good.csv"]).status == 0)
        var text = "reference,source,date,category,police_force\n"
        for i in 1...9_000 {
            text +=
                i == 8_500
                ? "L\(i),cst,2024-13-01,assault,Met\n" : "L\(i),cst,2024-0\(1 + i % 9)-1\(i % 10),assault,Met\n"
        }
        try cli.write("large.csv", text)
        let failed = try cli.run(["import", "large.csv"])
        #expect(failed.status != 0)
        #expect(failed.err.contains("large.csv:8501:3: date \"2024-13-01\""))
        #expect(try cli.store().recordCount() == 3)
        let skipped = try cli.run(["import", "large.csv", "--skip-invalid", "rejects.csv"])
        #expect(skipped.status == 0, "\(skipped.err)")
        #expect(try cli.store().recordCount() == 3 + 8_999)
    }

    @Test("--skip-invalid imports the valid rows and writes the rejected ones with reasons")
    func skipInvalid() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write(
            "mixed.csv",
            """
            reference,date,category,location
            M1,2024-03-01,threats,"Hendon, Barnet"
            M2,2024-13-01,threats,Hendon
            M3,2024-03-02,assault,Finchley

            """)
        let result = try cli.run(["import", "mixed.csv", "--source", "cst", "--skip-invalid", "rejects.csv"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("2 new"))
        #expect(result.out.contains("1 rejected"))
        let rejects = try cli.read("rejects.csv")
        #expect(rejects.hasPrefix("line,reference,date,category,location,problems\n"))
        #expect(rejects.contains("3,M2,2024-13-01,threats,Hendon,date: has no month 13"))
        let store = try cli.store()
        #expect(try store.recordCount() == 2)
        #expect(try store.incident(source: .own, reference: "M1")?.location == "Hendon, Barnet")
        #expect(try store.batches().first?.rowsRejected == 1)
    }

    @Test("re-importing the same file counts nothing twice; an edited file updates in place")
    func reimport() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("good.csv", goodFile)
        try cli.run(["import", "good.csv"])
        let again = try cli.run(["import", "good.csv"])
        #expect(again.status == 0)
        #expect(again.out.contains("0 new, 0 updated, 3 unchanged"))
        #expect(again.out.contains("imported before, as batch 1"))
        try cli.write(
            "good.csv",
            goodFile.replacingOccurrences(of: "G2,cst,2024-01-06,Assault", with: "G2,cst,2024-01-06,Extreme Violence"))
        let edited = try cli.run(["import", "good.csv"])
        #expect(edited.out.contains("0 new, 1 updated, 2 unchanged"))
        let store = try cli.store()
        #expect(try store.recordCount() == 3)
        #expect(
            try store.changes(source: .own, reference: "G2").map {
                "\($0.field): \($0.oldValue ?? "") → \($0.newValue ?? "")"
            }
                == ["category: assault → extreme_violence"])
        let batches = try cli.run(["batches"])
        #expect(batches.out.split(separator: "\n").count == 5)
    }

    @Test("the database comes from --database (before or after the subcommand) or INCIDENTS_DB")
    func databaseOption() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("good.csv", goodFile)
        #expect(try cli.run(["--database", "before.sqlite", "import", "good.csv"]).status == 0)
        #expect(try cli.run(["import", "good.csv", "--database=after.sqlite"]).status == 0)
        #expect(try cli.run(["import", "good.csv"], environment: ["INCIDENTS_DB": cli.path("env.sqlite")]).status == 0)
        for name in ["before.sqlite", "after.sqlite", "env.sqlite"] {
            #expect(try cli.store(name).recordCount() == 3)
        }
        #expect(!FileManager.default.fileExists(atPath: cli.path("incidents.sqlite")))
    }

    @Test("a missing file, an empty file and a bad --source get one clear message and a non-zero exit")
    func fileErrors() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let missing = try cli.run(["import", "nope.csv"])
        #expect(missing.status != 0)
        #expect(missing.err.contains("nope.csv: cannot open or read the file"))
        try cli.write("empty.csv", "")
        let empty = try cli.run(["import", "empty.csv"])
        #expect(empty.status != 0)
        #expect(empty.err.contains("empty.csv: the file is empty"))
        let source = try cli.run(["import", "empty.csv", "--source", "C S T"])
        #expect(source.status != 0)
        #expect(source.err.contains("--source \"C S T\""))
    }

    @Test("help describes the commands and their options")
    func help() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let root = try cli.run(["--help"])
        #expect(root.out.contains("import") && root.out.contains("demo") && root.out.contains("batches"))
        #expect(root.out.contains("INCIDENTS_DB"))
        let sub = try cli.run(["import", "--help"])
        #expect(sub.out.contains("--skip-invalid") && sub.out.contains("--database"))
    }
}
