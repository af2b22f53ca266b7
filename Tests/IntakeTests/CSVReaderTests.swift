import Intake
import Testing

/// Reads every record of `text` with the given chunk size.
func records(_ bytes: [UInt8], chunkSize: Int = 1 << 16) throws -> [(
    line: Int, fields: [String], problems: [CSVSyntaxProblem]
)] {
    var reader = CSVReader(bytes: bytes, chunkSize: chunkSize)
    var record = CSVRecord()
    var out: [(line: Int, fields: [String], problems: [CSVSyntaxProblem])] = []
    while try reader.next(into: &record) {
        out.append((record.line, (0..<record.fieldCount).map { record.lossyString($0) }, record.problems))
    }
    return out
}

func records(_ text: String, chunkSize: Int = 1 << 16) throws -> [(
    line: Int, fields: [String], problems: [CSVSyntaxProblem]
)] {
    try records(Array(text.utf8), chunkSize: chunkSize)
}

@Suite struct CSVReaderTests {
    @Test("a cell's text is trimmed of spaces, tabs, line breaks and no-break spaces at both ends, never inside")
    func trimmedCells() throws {
        var reader = CSVReader(bytes: Array("\" \u{A0}\ta b\u{A0}c \r\n\",\u{A0},\u{A0}\u{A0} x\u{A0},\"\",é \n".utf8))
        var record = CSVRecord()
        #expect(try reader.next(into: &record))
        #expect((0..<record.fieldCount).map { record.trimmedString($0) } == ["a b\u{A0}c", "", "x", "", "é"])
        // Invalid UTF-8 is no text; trimming does not hide it.
        reader = CSVReader(bytes: [0x20, 0xC3, 0x28, 0x20, 0x0A])
        #expect(try reader.next(into: &record))
        #expect(record.trimmedString(0) == nil)
    }

    @Test("reads plain, quoted and empty fields")
    func basics() throws {
        let rows = try records("a,b,c\n1,\"two, with comma\",\n\"\",x,\"say \"\"hi\"\"\"\n")
        #expect(rows.map(\.fields) == [["a", "b", "c"], ["1", "two, with comma", ""], ["", "x", "say \"hi\""]])
        #expect(rows.allSatisfy { $0.problems.isEmpty })
    }

    @Test("keeps line breaks inside quotes and counts physical lines")
    func embeddedNewlines() throws {
        let rows = try records("h1,h2\n1,\"line one\nline two\r\nline three\"\n2,x\n")
        #expect(rows.map(\.fields) == [["h1", "h2"], ["1", "line one\nline two\r\nline three"], ["2", "x"]])
        #expect(rows.map(\.line) == [1, 2, 5])
    }

    @Test("accepts CRLF, LF and lone CR line ends, and a missing final line end")
    func lineEnds() throws {
        #expect(try records("a,b\r\n1,2\r\n").map(\.fields) == [["a", "b"], ["1", "2"]])
        #expect(try records("a,b\r1,2\r3,4").map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(try records("a,b\r\n1,2\r\n").map(\.line) == [1, 2])
        #expect(try records("a,b\n1,2").map(\.fields) == [["a", "b"], ["1", "2"]])
    }

    @Test("skips blank lines but keeps line numbers true")
    func blankLines() throws {
        let rows = try records("a,b\n\n1,2\n\r\n\n3,4\n\n")
        #expect(rows.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(rows.map(\.line) == [1, 3, 6])
    }

    @Test("skips a UTF-8 byte-order mark and says so")
    func byteOrderMark() throws {
        var reader = CSVReader(bytes: [0xEF, 0xBB, 0xBF] + Array("a,b\n".utf8))
        var record = CSVRecord()
        #expect(try reader.next(into: &record))
        #expect(record.lossyString(0) == "a")
        let hadMark = reader.hadByteOrderMark
        #expect(hadMark)
    }

    @Test("reports stray quotes, text after a closing quote and an unclosed quote, with their lines")
    func syntaxProblems() throws {
        let rows = try records("a,b\nab\"c,d\n\"x\"y,z\nok,\"never closed\n")
        #expect(rows[1].problems.map(\.kind) == [.quoteInUnquotedField])
        #expect(rows[1].problems.first?.line == 2)
        #expect(rows[2].problems.map(\.kind) == [.textAfterClosingQuote])
        #expect(rows[2].fields == ["xy", "z"])
        #expect(rows[3].problems.map(\.kind) == [.unterminatedQuote])
        #expect(rows[3].problems.first?.field == 1)
    }

    @Test("gives the same records whatever the chunk size", arguments: [16, 17, 19, 23, 64, 4096])
    func chunkBoundaries(_ chunkSize: Int) throws {
        let text =
            """
            ref,text,n\r\nR1,\"multi\r\nline \"\"quoted\"\"\",1\r\nR2,plain text \
            here,2\r\n\r\nR3,\"\",3\nR4,\"é ü 中文 😀\",4
            """
        let expected = try records(text, chunkSize: 1 << 16)
        let got = try records(text, chunkSize: chunkSize)
        #expect(got.map(\.fields) == expected.map(\.fields))
        #expect(got.map(\.line) == expected.map(\.line))
        #expect(expected.count == 5)
    }

    @Test("hands out invalid UTF-8 as bytes, so the field can be named")
    func invalidUTF8() throws {
        var reader = CSVReader(bytes: Array("a,b\n1,".utf8) + [0xC3, 0x28] + Array("\n".utf8))
        var record = CSVRecord()
        _ = try reader.next(into: &record)
        _ = try reader.next(into: &record)
        #expect(record.string(0) == "1")
        #expect(record.string(1) == nil)
    }
}
