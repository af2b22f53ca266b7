import Intake
import Testing

/// The shared CSV writer neutralises formulas (OWASP's CSV injection advice) and keeps numbers.
@Suite struct CSVFormatTests {
    @Test(arguments: [
        "=1+2", "+SUM(A1)", "-2+3", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\")", "-", "+", "-cmd", "--5",
        "-5e3", "-.5",
    ])
    func formulasGetALeadingQuote(_ value: String) {
        #expect(CSVFormat.neutralise(value) == "'" + value)
        #expect(CSVFormat.line([value]).hasPrefix("'") || CSVFormat.line([value]).hasPrefix("\"'"))
    }

    @Test(arguments: ["-5", "+3", "-12.5", "-12.5%", "+0.0", "5", "plain text", "", "a=b", "x-y"])
    func numbersAndTextStay(_ value: String) {
        #expect(CSVFormat.neutralise(value) == value)
    }

    @Test func theInterchangeFileKeepsValuesForReimport() {
        #expect(CSVFormat.verbatimLine(["+44 20 7946 0018", "=x"]) == "+44 20 7946 0018,=x\n")
        #expect(CSVFormat.line(["+44 20 7946 0018", "=x"]) == "'+44 20 7946 0018,'=x\n")
    }
}

/// A file the tool writes (rejected rows, an export) that cannot be written says why.
@Suite struct TextFileWriterTests {
    @Test("a full disk is said as a full disk, not as a file that cannot be opened or read")
    func fullDisk() throws {
        // /dev/full takes the open and fails every write with ENOSPC.
        var writer = try TextFileWriter(path: "/dev/full")
        var caught: CSVFileError?
        // (The write fails once the buffer is flushed, or else the close does.)
        do {
            try writer.write(String(repeating: "line,of,rejected,values\n", count: 10_000))
            try writer.close()
        } catch let error as CSVFileError { caught = error }
        let reason = try #require(caught).reason
        #expect(reason.contains("the disk is full"), "\(reason)")
        #expect(!reason.contains("open or read"))
    }

    @Test("a file that cannot be created names the folder and permissions, and reading keeps its own wording")
    func cannotCreate() {
        var caught: CSVFileError?
        do { _ = try TextFileWriter(path: "/nonexistent-folder/rejects.csv") } catch let error as CSVFileError {
            caught = error
        } catch {}
        #expect(caught?.reason.contains("cannot write the file") == true)
        #expect(caught?.reason.contains("check the folder") == true)
        #expect(CSVFileError(path: "a.csv", errno: 2).reason.contains("cannot open or read the file"))
    }
}
