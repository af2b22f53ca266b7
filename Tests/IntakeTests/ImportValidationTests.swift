import IncidentModel
import Intake
import Testing

/// Collects what the reader hands over.
struct CollectingSink: IncidentSink {
    var incidents: [Incident] = []
    mutating func write(_ incident: Incident, line: Int) throws { incidents.append(incident) }
}

let today = CivilDate(iso: "2026-11-21")!
let header =
    """
    reference,source,date,status,category,police_force,location,postcode,victim_type,method,discourse,description,\
    victim_name,victim_contact,consent_to_share,offender_description
    """

func read(_ text: String, source: Source? = nil) throws -> (FileReadSummary, [Incident]) {
    var sink = CollectingSink()
    var options = ReadOptions(defaultSource: source, today: today)
    options.writeAfterProblems = true
    let summary = try IncidentFileReader.read(
        bytes: Array(text.utf8), displayName: "cst-2024.csv", options: options, into: &sink)
    return (summary, sink.incidents)
}

/// The whole-file problem `text` is refused with.
func refusal(_ bytes: [UInt8], source: Source? = .own) -> String? {
    var sink = CollectingSink()
    do {
        _ = try IncidentFileReader.read(
            bytes: bytes, displayName: "cst-2024.csv",
            options: ReadOptions(defaultSource: source, today: today), into: &sink)
        return nil
    } catch let failure as ImportFailure {
        return failure.description
    } catch {
        return "\(error)"
    }
}

func refusal(_ text: String, source: Source? = .own) -> String? { refusal(Array(text.utf8), source: source) }

@Suite struct FileProblemTests {
    @Test("refuses an empty file")
    func empty() {
        #expect(refusal("")?.contains("the file is empty") == true)
        #expect(refusal([0xEF, 0xBB, 0xBF])?.contains("the file is empty") == true)
    }

    @Test("refuses a file without a header line")
    func missingHeader() {
        let message = refusal("R1,cst,2024-01-05,antisemitic,threats\n")
        #expect(message?.contains("cst-2024.csv:1: the first line is data, not a header") == true)
    }

    @Test("recognises semicolons or tabs as the wrong delimiter")
    func wrongDelimiter() {
        #expect(
            refusal("reference;date;category\nR1;2024-01-01;threats\n")?.contains("separated by semicolons, not commas")
                == true)
        #expect(refusal("reference\tdate\tcategory\n")?.contains("separated by tabs") == true)
    }

    @Test("refuses unknown columns and suggests the intended one")
    func unknownColumn() {
        let message = refusal("reference,date,catgory,colour\n")
        #expect(message?.contains("cst-2024.csv:1:3: unknown column \"catgory\"; did you mean \"category\"?") == true)
        #expect(message?.contains("cst-2024.csv:1:4: unknown column \"colour\"") == true)
        // A line of data joined to the header: its cells that may be personal are not quoted.
        let joined = refusal("reference,date,category,Zelda Quorntwhistle,zelda@example.com\n") ?? ""
        #expect(!joined.contains("Zelda") && !joined.contains("zelda@"), "\(joined)")
        #expect(joined.contains("cst-2024.csv:1:4: unknown column (its name is not shown"), "\(joined)")
        // Ten thousand unknown columns: twenty named, the rest counted, the accepted columns said once.
        let flood = refusal(
            "reference,source,date,category," + (0..<10_000).map { "x\($0)" }.joined(separator: ",") + "\n")
        #expect(flood?.contains("cst-2024.csv:1:24: unknown column \"x19\"") == true)
        #expect(flood?.contains("unknown column \"x20\"") == false)
        #expect(flood?.contains("9980 more unknown columns (10000 in all)") == true, "\(flood ?? "")")
        #expect((flood?.components(separatedBy: "The accepted columns are").count ?? 0) == 2)
        #expect((flood?.utf8.count ?? .max) < 10_000)
    }

    @Test("refuses a missing required column, a duplicated column, and a missing source")
    func headerShape() {
        #expect(refusal("reference,category\n")?.contains("required column \"date\" is missing") == true)
        #expect(refusal("reference,date,date,category\n")?.contains("appears twice (columns 2 and 3)") == true)
        // The fact and a remedy code; the flag is the command line's to add (Advice.text(for:)).
        let noSource = refusal("reference,date,category\n", source: nil)
        #expect(
            noSource?.contains("there is no \"source\" column; add one, or name the source for the whole file") == true)
        #expect(noSource?.contains("--source") == false)
    }

    @Test("refuses UTF-16 and binary files with what to do")
    func encodings() {
        #expect(refusal([0xFF, 0xFE] + Array("r".utf8))?.contains("UTF-16") == true)
        #expect(refusal(Array("reference,date\u{0},x".utf8))?.contains("NUL bytes") == true)
    }

    @Test("accepts a byte-order mark with a note")
    func byteOrderMark() throws {
        var sink = CollectingSink()
        let summary = try IncidentFileReader.read(
            bytes: [0xEF, 0xBB, 0xBF] + Array("reference,date,category\nR1,2024-01-05,threats\n".utf8),
            displayName: "x.csv", options: ReadOptions(defaultSource: .own, today: today), into: &sink)
        #expect(sink.incidents.count == 1)
        #expect(summary.warnings.first?.description.contains("byte-order mark") == true)
    }
}

@Suite struct RowProblemTests {
    @Test("lists every problem of every row at once, located by line and column")
    func allAtOnce() throws {
        let (summary, _) = try read(
            """
            reference,source,date,category,police_force
            A1,cst,2024-02-30,assault,Met
            A2,cst,2024-03-01,abusive,GMP
            A3,cst,2024-03-02,threats,Met,extra
            A4,cst,2030-01-01,threats,Met
            A5,cst,05/03/2024,threats,Narnia

            """)
        let lines = summary.problems.map(\.description)
        #expect(summary.rowsRead == 5)
        #expect(summary.rowsInvalid == 5)
        #expect(lines.contains("cst-2024.csv:2:3: date \"2024-02-30\": does not exist: month 2 of 2024 has 29 days"))
        #expect(
            lines.contains {
                $0.hasPrefix("cst-2024.csv:3:4: category \"abusive\": expected one of extreme_violence, assault")
            })
        #expect(lines.contains { $0.hasPrefix("cst-2024.csv:4: this row has 6 values but the header has 5 columns") })
        #expect(
            lines.contains(
                """
                cst-2024.csv:5:3: date "2030-01-01": is in the future (today is 2026-11-21); check the year and month
                """
            ))
        #expect(
            lines.contains { $0.hasPrefix("cst-2024.csv:6:3: date \"05/03/2024\": expected a date written YYYY-MM-DD") }
        )
        // A capitalised word no force is named with may be a name: named by its column, not quoted.
        #expect(
            lines.contains {
                $0.hasPrefix("cst-2024.csv:6:5: police_force: expected a UK police force")
                    && $0.contains("is not shown: it may hold personal data")
            })
    }

    @Test("imports a date up to two months after today with a note naming the first such row; refuses a later one")
    func datesAhead() throws {
        // today is 2026-11-21; two months on is 2027-01-22
        let (summary, incidents) = try read(
            """
            reference,source,date,category
            A1,cst,2026-11-20,assault
            A2,cst,2026-11-22,assault
            A3,cst,2026-12-31,assault
            A4,cst,2027-01-22,assault
            A5,cst,2027-01-23,assault

            """)
        #expect(incidents.map(\.reference) == ["A1", "A2", "A3", "A4"])
        #expect(
            summary.problems.map(\.description) == [
                """
                cst-2024.csv:6:3: date "2027-01-23": is in the future (today is 2026-11-21); check the year and month
                """
            ])
        #expect(
            summary.warnings.map(\.description) == [
                """
                cst-2024.csv:3:3: date "2026-11-22": note: 3 rows are dated after today (2026-11-21), this one the \
                first; they are imported: check their dates
                """
            ])
        // None ahead: no note.
        let (plain, _) = try read("reference,source,date,category\nA1,cst,2026-11-21,assault\n")
        #expect(plain.warnings.isEmpty)
    }

    @Test("shows a bad value with any personal data in it replaced, and still shows a plain typo")
    func personalDataInTheWrongColumn() throws {
        let (summary, _) = try read(
            """
            reference,source,date,category,police_force
            A1,cst,DOB 03/03/1987 Perel Teitelbaum,assault,
            A2,cst,2024-01-02,assault,PC Teitelbaum 07700 900555
            A3,cst,2024-01-03,asault,

            """)
        let text = summary.problems.map(\.description).joined(separator: "\n")
        #expect(!text.contains("Teitelbaum") && !text.contains("07700") && !text.contains("1987"))
        #expect(text.contains("cst-2024.csv:2:3: date") && text.contains("cst-2024.csv:3:5: police_force"))
        #expect(text.contains("personal data in the value is not shown"))
        // A value with nothing personal in it is quoted as typed, so that the typo can be seen.
        #expect(text.contains("\"asault\""))
    }

    @Test(
        """
        never quotes the row's own name or contact typed into a coded column, nor a value that reads as a name; \
        a file without a header is refused without quoting its personal cells
        """
    )
    func ownAndUnlistedNamesNotQuoted() throws {
        let (summary, _) = try read(
            """
            reference,source,date,category,victim_name,victim_contact
            E1,cst,2025-01-01,Ignatz Wrobelskiova,Ignatz Wrobelskiova,+44 7700 900555
            E2,cst,2025-01-02,call 7700900555,Ignatz Wrobelskiova,+44 7700 900555
            E3,cst,2025-01-03,Zelda Quorntwhistle,,
            E4,cst,2025-01-04,Abusive Behaviuor,,
            E5,cst,2025-01-05,threts,,
            E6,cst,2025-01-06,assault
            E7,cst,2025-01-07,ZELDA QUORNTWHISTLE,,
            E8,cst,2025-01-08,zelda quorntwhistle,,
            zelda@example.com,cst,2025-01-09,assault,,
            zelda@example.com,cst,2025-01-10,assault,,

            """)
        let text = summary.problems.map(\.description).joined(separator: "\n")
        for secret in ["Ignatz", "Wrobelskiova", "7700", "900555", "Zelda", "Quorntwhistle", "ZELDA", "zelda"] {
            #expect(!text.contains(secret), "\(secret) in: \(text)")
        }
        // Each problem still names its line, column and field.
        for line in 2...6 { #expect(text.contains("cst-2024.csv:\(line):4: category"), "\(text)") }
        // A reference given twice is named by its line; one that is an email address is not quoted.
        #expect(text.contains("cst-2024.csv:11:1: reference: appears again (first on line 10)"), "\(text)")
        // A short row (its personal cells missing) is reported as short, not a crash.
        #expect(text.contains("cst-2024.csv:7: this row has 4 values but the header has 6 columns"), "\(text)")
        #expect(text.contains("is not shown: it may hold personal data"))
        // A typo is still shown as typed, in lower case or in a published name's words.
        #expect(text.contains("\"threts\"") && text.contains("\"Abusive Behaviuor\""), "\(text)")
        // No header: the first line is data, refused without quoting its personal cells.
        let refused =
            refusal(
                Array(
                    """
                    CST-9,03/05/2025,Zelda Quorntwhistle,07700 900555,zelda@example.org,\
                    12 Acacia Avenue NW11 7AB,assault

                    """.utf8)) ?? ""
        #expect(!refused.isEmpty)
        for secret in ["Zelda", "Quorntwhistle", "07700", "zelda@", "Acacia", "NW11"] {
            #expect(!refused.contains(secret), "\(secret) in: \(refused)")
        }
    }

    @Test("refuses a value of more than 64 KiB (a file pasted into a cell), naming its line, column and field")
    func hugeValue() throws {
        let long = String(repeating: "abuse ", count: 12_000)
        let (summary, incidents) = try read(
            "reference,source,date,category,description\nA1,cst,2025-01-01,assault,\(long)\n"
                + "A2,cst,2025-01-02,assault,\(String(long.prefix(60_000)))\n")
        #expect(incidents.map(\.reference) == ["A2"])
        let text = summary.problems.map(\.description).joined(separator: "\n")
        #expect(text.contains("cst-2024.csv:2:5: description") && text.contains("is 71999 bytes long"), "\(text)")
        #expect(text.utf8.count < 1_000)
    }

    @Test("explains why 29 February does not exist")
    func notLeap() throws {
        let (summary, _) = try read("reference,source,date,category\nA1,cst,2023-02-29,assault\n")
        #expect(summary.problems.first?.message == "does not exist: 2023 is not a leap year")
    }

    @Test("finds duplicate references within a file, even when the first row is invalid")
    func duplicates() throws {
        let (summary, incidents) = try read(
            """
            reference,source,date,category
            A1,cst,2024-01-01,assault
            A1,cst,2024-01-02,threats
            B1,cst,2024-13-01,threats
            B1,cst,2024-01-03,threats
            A1,police,2024-01-02,threats
            A1,cst,2024-01-04,threats

            """)
        let lines = summary.problems.map(\.description)
        #expect(
            lines.contains(
                """
                cst-2024.csv:3:1: reference "A1": appears again (first on line 2); a reference may \
                appear once per file and source
                """
            ))
        #expect(lines.contains { $0.hasPrefix("cst-2024.csv:5:1: reference \"B1\": appears again (first on line 4)") })
        // A third time still names the first line, not the second.
        #expect(lines.contains { $0.hasPrefix("cst-2024.csv:7:1: reference \"A1\": appears again (first on line 2)") })
        // The same reference from another source is another record.
        #expect(incidents.map { "\($0.source)/\($0.reference)" } == ["cst/A1", "police/A1"])
        #expect(summary.rowsValid == 2)
    }

    @Test("requires a category for antisemitic incidents only")
    func categoryRule() throws {
        let (summary, incidents) = try read(
            """
            reference,source,date,status,category
            A1,cst,2024-01-01,antisemitic,
            A2,cst,2024-01-01,not_antisemitic,
            A3,cst,2024-01-01,pending,
            A4,cst,2024-01-01,,threats

            """)
        #expect(
            summary.problems.map(\.description) == [
                """
                cst-2024.csv:2:5: category: is empty; an antisemitic incident needs one of extreme_violence, assault, \
                damage_and_desecration, threats, abusive_behaviour, literature (or set status to pending)
                """
            ])
        #expect(incidents.map(\.status) == [.notAntisemitic, .pending, .antisemitic])
    }

    @Test("names the field holding invalid UTF-8")
    func invalidUTF8() throws {
        var sink = CollectingSink()
        let bytes =
            Array("reference,source,date,category,location\nA1,cst,2024-01-01,assault,Gol".utf8) + [0xE9]
            + Array("ders\n".utf8)
        let summary = try IncidentFileReader.read(
            bytes: bytes, displayName: "x.csv", options: ReadOptions(today: today), into: &sink)
        #expect(summary.problems.first?.description.hasPrefix("x.csv:2:5: location \"Gol") == true)
        #expect(summary.problems.first?.message.contains("not valid UTF-8") == true)
    }
}
