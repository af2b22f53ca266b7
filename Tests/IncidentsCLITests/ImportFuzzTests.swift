import Foundation
import IncidentModel
import IncidentStore
import Intake
import Testing

@testable import IncidentsCLI

/// Seeded mutations of valid files, imported through the same job `incidents import` runs.
@Suite(.serialized) struct ImportFuzzTests {
    static let keys = KeyRing.generate()
    /// A valid file using most of the format: quotes, commas and line breaks in values, personal
    /// columns, discourse lists, offender codes, a byte-order mark's absence.
    static let valid = #"""
        reference,source,date,status,category,police_force,location,postcode,victim_type,method,discourse,description,\#
        victim_name,victim_contact,consent_to_share,offender_appearance,offender_gender,offender_age
        F1,cst,2024-03-01,antisemitic,assault,Met,Golders Green,NW11 \#
        7AB,individual,in_person,far_right;conspiracy,"Punched on the bus, ""Jew"" shouted",Ruth Exampleton,07700 \#
        900123,yes,IC1,male,adult
        F2,cst,2024-03-02,antisemitic,threats,GMP,Prestwich,M25,synagogue,phone,,"A call:
        ""we know where you pray""",,,no,,,
        F3,police,2024-03-03,not_antisemitic,,West Yorkshire,Leeds,,business,email,israel_related,Abusive email,,,,,,
        F4,cst,2024-03-04,antisemitic,damage_and_desecration,Hertfordshire,Borehamwood,WD6 \#
        1AA,cemetery,graffiti,far_right,Swastika daubed on a gravestone,,,,white_north_european,mixed,minor
        F5,cst,2024-03-05,pending,,BTP,King's Cross,,individual,social_media,,Post on X,,,,,,

        """#

    @Test(
        """
        2,000 seeded mutations (bytes, truncation, quotes, encodings) import without a crash; each refusal is located \
        and leaves the database unchanged
        """
    )
    func mutations() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "incidents-fuzz-\(UUID().uuidString)"
        ).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let base = folder + "/base.sqlite", work = folder + "/work.sqlite", file = folder + "/m.csv"
        let options = ReadOptions(today: CivilDate(year: 2026, month: 11, day: 30)!)
        // A database that already holds records, so that "unchanged" means something.
        try ImportFuzzTests.valid.replacingOccurrences(of: ",F", with: ",G").replacingOccurrences(
            of: "\nF", with: "\nG"
        )
        .write(toFile: file, atomically: true, encoding: .utf8)
        do {
            let store = try IncidentStore(path: base, options: .init(keys: ImportFuzzTests.keys))
            _ = try ImportJob(path: file, options: options).run(into: store)
            #expect(try store.recordCount() == 5)
        }
        func fresh() throws -> (IncidentStore, String) {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: work + suffix) }
            try FileManager.default.copyItem(atPath: base, toPath: work)
            let store = try IncidentStore(path: work, options: .init(keys: ImportFuzzTests.keys))
            return (store, try store.contentHash())
        }
        var (store, hash) = try fresh()
        var generator = SplitMix(seed: 4_096)
        let original = Array(ImportFuzzTests.valid.utf8)
        var refused = 0, accepted = 0
        for round in 0..<2_000 {
            var bytes = original
            for _ in 0..<(1 + Int(generator.next() % 3)) {
                ImportFuzzTests.mutate(&bytes, &generator)
            }
            try Data(bytes).write(to: URL(fileURLWithPath: file))
            do {
                _ = try ImportJob(path: file, options: options).run(into: store)
                accepted += 1
                (store, hash) = try fresh()
            } catch let failure as ImportFailure {
                refused += 1
                #expect(!failure.problems.isEmpty, "round \(round): refused without a reason")
                for problem in failure.problems {
                    #expect(problem.file == "m.csv", "round \(round): \(problem)")
                    #expect(problem.description.hasPrefix("m.csv"), "round \(round): \(problem)")
                }
                // Row problems carry their line; at most one problem speaks of the whole file.
                #expect(failure.problems.filter { $0.line == nil }.count <= 1, "round \(round): \(failure.problems)")
                #expect(try store.contentHash() == hash, "round \(round): a refused import changed the database")
            } catch {
                Issue.record("round \(round): unexpected \(type(of: error)): \(error)")
                (store, hash) = try fresh()
            }
        }
        #expect(refused > 1_000 && accepted > 20, "refused \(refused), accepted \(accepted)")
    }

    static func mutate(_ bytes: inout [UInt8], _ g: inout SplitMix) {
        guard !bytes.isEmpty else { bytes = [0x22]; return }
        let at = Int(g.next() % UInt64(bytes.count))
        let specials: [UInt8] = [0x00, 0x22, 0x2C, 0x0A, 0x0D, 0x09, 0x1B, 0x7F, 0xFF, 0xC3, 0xE2, 0x80, 0x3B, 0x20]
        switch g.next() % 12 {
        case 0: bytes[at] = UInt8(truncatingIfNeeded: g.next())  // any byte
        case 1: bytes[at] = specials[Int(g.next() % UInt64(specials.count))]  // a byte that matters
        case 2: bytes.insert(specials[Int(g.next() % UInt64(specials.count))], at: at)
        case 3: bytes.removeSubrange(at..<min(bytes.count, at + 1 + Int(g.next() % 40)))
        case 4: bytes.removeSubrange(at...)  // truncated
        case 5: bytes.insert(0x22, at: at); bytes.insert(0x22, at: min(bytes.count, at + 1 + Int(g.next() % 30)))
        case 6:  // UTF-16 with a byte-order mark
            let text = String(decoding: bytes, as: UTF8.self)
            bytes = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        case 7:  // Latin-1 / Windows-1252 letters
            bytes.insert(contentsOf: [0x43, 0x61, 0x66, 0xE9], at: at)
        case 8: bytes = [0xEF, 0xBB, 0xBF] + bytes  // a byte-order mark
        case 9:  // a line doubled or dropped
            let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            var copy = Array(lines)
            let i = Int(g.next() % UInt64(copy.count))
            if g.next() % 2 == 0 { copy.insert(copy[i], at: i) } else { copy.remove(at: i) }
            bytes = Array(copy.joined(separator: [0x0A]))
        case 10: bytes.insert(contentsOf: Array(",,,\"\"".utf8), at: at)
        default:  // line ends changed
            bytes = bytes.flatMap { $0 == 0x0A ? (g.next() % 2 == 0 ? [0x0D, 0x0A] : [0x0D]) : [$0] }
        }
    }
}
