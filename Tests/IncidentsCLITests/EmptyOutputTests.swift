import Foundation
import Testing

@testable import IncidentsCLI
@testable import SafeOutput

/// No output of the tool is empty: an empty file is a write that failed unseen, and never
/// replaces the previous file.
@Suite struct EmptyOutputTests {
    @Test("an empty output is refused and the previous file stays; a non-empty one replaces it")
    func emptyIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("empty-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = (folder as NSString).appendingPathComponent("chart.pdf")
        try OutputFile.write(Data("first".utf8), to: target)
        #expect(throws: OutputError.self) { try OutputFile.write(Data(), to: target) }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "first")
        // A renderer that wrote nothing and said nothing.
        #expect(throws: (any Error).self) { try OutputFile.write(to: target) { (_: String) throws(OutputError) in } }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "first")
        try OutputFile.write(Data("second".utf8), to: target)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "second")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
            $0.hasSuffix(".incidents-tmp")
        }
        #expect(leftovers.isEmpty)
    }

    @Test(
        """
        a failed write removes the journal SQLite made beside its temporary file; the next write to \
        the target removes what killed runs left (their journals too), never a live run's
        """
    )
    func sidecarsAreRemoved() throws {
        struct DiskFull: Error {}
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sidecar-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = (folder as NSString).appendingPathComponent("b.sqlite")
        func names() throws -> Set<String> { Set(try FileManager.default.contentsOfDirectory(atPath: folder)) }
        // A backup written through SQLite that fails: its rollback journal is beside the temporary file.
        #expect(throws: (any Error).self) {
            try OutputFile.write(to: target) { (path: String) throws(DiskFull) in
                FileManager.default.createFile(atPath: path + "-journal", contents: Data("journal".utf8))
                throw DiskFull()
            }
        }
        let afterFailure = try names()
        #expect(afterFailure.isEmpty, "\(afterFailure)")
        // Left by a killed run (a process that no longer exists), and by this live one.
        let dead = Int32.max - 7
        let stale = [
            ".b.sqlite.\(dead).1.incidents-tmp", ".b.sqlite.\(dead).1.incidents-tmp-journal",
            ".b.sqlite.\(dead).2.incidents-tmp-wal",
        ]
        let live = ".b.sqlite.\(getpid()).99.incidents-tmp-journal"
        // Not this target's, or not the tool's pattern exactly: another target's temporary file
        // ("b.sqlite.2025"), a name with one number or a word for the counter, a doubled mark.
        let others = [
            ".b.sqlite.incidents-tmp", ".b.sqlite.\(dead).1.incidents-tmp-other",
            ".b.sqlite.2025.\(dead).1.incidents-tmp",
            ".b.sqlite.2025.\(dead).1.incidents-tmp-journal", ".b.sqlite.\(dead).incidents-tmp",
            ".b.sqlite.\(dead).notes.incidents-tmp-wal", ".b.sqlite.\(dead).1.x.incidents-tmp.incidents-tmp",
        ]
        for name in stale + [live] + others {
            FileManager.default.createFile(atPath: (folder as NSString).appendingPathComponent(name), contents: nil)
        }
        try OutputFile.write(Data("backup".utf8), to: target)
        let left = try names()
        #expect(left.isDisjoint(with: stale), "\(left)")
        #expect(left.contains(live))
        #expect(Set(others).isSubset(of: left), "\(Set(others).subtracting(left))")
    }
}

/// An output's name is one line of the record of what the tool wrote.
@Suite struct OutputNameTests {
    @Test("a name with a line break or another control character is refused; it could name a person's file as ours")
    func controlCharacters() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("names-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let person = (folder as NSString).appendingPathComponent("person.csv")
        try "a person's notes\n".write(toFile: person, atomically: true, encoding: .utf8)
        let digest = try #require(OutputFile.sha256(of: person))
        for name in ["a\n\(digest)  person.csv", "tab\there.csv", "bell\u{7}.csv", "del\u{7F}.csv"] {
            let target = (folder as NSString).appendingPathComponent(name)
            #expect(throws: OutputError.self) { try OutputFile.write(Data("ours\n".utf8), to: target) }
        }
        // The person's file is still not the tool's: it is kept without --force.
        #expect(throws: OutputError.self) { try OutputFile.write(Data("ours\n".utf8), to: person) }
        #expect(try String(contentsOfFile: person, encoding: .utf8) == "a person's notes\n")
    }
}

/// Messages name the file a person asked for, never the hidden file it is written through.
@Suite struct NamingTargetsTests {
    @Test("a hidden temporary file in a message is named as its target, spaces and dots included")
    func targetsNamed() {
        let cases: [(String, String)] = [
            ("/tmp/x/.r.pdf.4211.1.incidents-tmp: cannot write", "/tmp/x/r.pdf: cannot write"),
            (
                "/tmp/tiny/.my rejects.csv.29849.1.incidents-tmp: the disk is full",
                "/tmp/tiny/my rejects.csv: the disk is full"
            ),
            (
                "Error: ./.a.b.c.csv.12.3.incidents-tmp and /f/.d.svg.1.2.incidents-tmp",
                "Error: ./a.b.c.csv and /f/d.svg"
            ),
            // Not the tool's pattern: left as it is.
            ("/tmp/.notes.incidents-tmp is odd", "/tmp/.notes.incidents-tmp is odd"),
            ("no temporary file here", "no temporary file here"),
        ]
        for (message, expected) in cases { #expect(CLIError.namingTargets(message) == expected) }
    }
}
