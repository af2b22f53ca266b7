import IncidentModel
import Intake
import Testing

/// The typology and case-example columns of the interchange format: optional, coded, located.
@Suite struct TypologyAndExampleColumnsTests {
    @Test("reads the typology by code or published name, and names a bad value with its line and column")
    func typology() throws {
        let (summary, incidents) = try read(
            "reference,source,date,category,typology\n"
                + "T1,cst,2024-03-01,assault,mission\n"
                + "T2,cst,2024-03-02,assault,Opportunistic\n"
                + "T3,cst,2024-03-03,assault,\n"
                + "T4,cst,2024-03-04,assault,revenge\n")
        #expect(incidents.map(\.typology) == [.mission, .opportunistic, nil])
        #expect(summary.problems.count == 1)
        let problem = try #require(summary.problems.first?.description)
        #expect(
            problem.hasPrefix(
                "cst-2024.csv:5:5: typology \"revenge\": expected one of mission, opportunistic, aggravated"),
            "\(problem)")
    }

    @Test("a file written before the typology and case examples existed imports as before: nothing coded, no example")
    func olderFiles() throws {
        let (summary, incidents) = try read(
            header
                + "\nO1,cst,2024-03-01,antisemitic,assault,metropolitan,Hendon,NW4,individual,in_person,,Punched.,,,,\n"
        )
        #expect(summary.problems.isEmpty && incidents.count == 1)
        #expect(
            incidents[0].typology == nil && incidents[0].caseExample == nil && incidents[0].caseExampleSection == nil)
    }

    @Test(
        """
        reads a case example and its section; refuses one too long, one for a record not counted, and a section \
        without text, never quoting the text
        """
    )
    func caseExamples() throws {
        let long = String(repeating: "A Jewish man was abused. ", count: 30)
        let (summary, incidents) = try read(
            "reference,source,date,status,category,case_example,case_example_section\n"
                + "E1,cst,2024-03-01,antisemitic,assault,A Jewish man was punched on a bus in Salford.,\n"
                + "E2,cst,2024-03-02,antisemitic,assault,A dispute between neighbours turned antisemitic.,typology\n"
                + "E3,cst,2024-03-03,antisemitic,assault,\(long),\n"
                + "E4,cst,2024-03-04,not_antisemitic,,A report that was not antisemitic.,\n"
                + "E5,cst,2024-03-05,antisemitic,assault,,online\n"
                + "E6,cst,2024-03-06,antisemitic,assault,An account.,kitchen\n")
        #expect(
            incidents.map(\.caseExample) == [
                "A Jewish man was punched on a bus in Salford.", "A dispute between neighbours turned antisemitic.",
            ])
        #expect(incidents.map(\.caseExampleSection) == [nil, .other("typology")])
        let problems = summary.problems.map(\.description)
        #expect(problems.count == 4, "\(problems)")
        #expect(
            problems.contains { $0.hasPrefix("cst-2024.csv:4:6: case_example: is 749 characters long") }, "\(problems)")
        #expect(
            problems.contains {
                $0.hasPrefix("cst-2024.csv:5:6: case_example: is given for a record whose status is not_antisemitic")
            })
        #expect(
            problems.contains {
                $0.hasPrefix(
                    """
                    cst-2024.csv:6:7: case_example_section "online": names a section for a case example, but the row \
                    has no
                    """
                )
            })
        #expect(
            problems.contains {
                $0.hasPrefix("cst-2024.csv:7:7: case_example_section \"kitchen\": expected one of extreme_violence")
            })
        #expect(!problems.joined().contains("A Jewish man was abused"), "the text of a refused example is not quoted")
    }

    @Test("the writer writes both columns back as read")
    func roundTrip() throws {
        var incident = Incident(
            reference: "W1", source: .own, date: CivilDate(iso: "2024-05-01")!, category: .threats,
            typology: .aggravated)
        incident.caseExample = "A Jewish family was threatened by a neighbour, \"again\"."
        incident.caseExampleSection = .other("typology")
        let line = IncidentField.allCases.map { IncidentCSVWriter.value(of: $0, in: incident) }
        #expect(line[IncidentField.typology.ordinal] == "aggravated")
        #expect(line[IncidentField.caseExampleSection.ordinal] == "typology")
        #expect(line[IncidentField.caseExample.ordinal] == incident.caseExample)
    }
}
