import Crypto
import Foundation
import GRDB
import IncidentModel
import Testing

@testable import IncidentStore

/// Nonces are drawn in bulk for the import's speed; a repeated nonce under one key would break
/// ChaCha20-Poly1305's confidentiality, so their uniqueness is checked here.
@Suite("Nonces and sealing")
struct NonceTests {
    @Test("nonces drawn in bulk never repeat, across refills and across buffers")
    func noncesNeverRepeat() {
        var seen = Set<Data>()
        var drawn = 0
        for _ in 0..<3 {
            var buffer = NonceBuffer(count: 64)  // several refills each
            for _ in 0..<500 {
                seen.insert(buffer.next().withUnsafeBytes { Data($0) })
                drawn += 1
            }
        }
        #expect(drawn == 1500)
        #expect(seen.count == drawn)
        #expect(!seen.contains(Data(repeating: 0, count: 12)))
    }

    @Test("records sealed with buffered nonces open again, each with its own nonce")
    func bufferedSealsOpen() throws {
        let cipher = PersonalCipher(key: SymmetricKey(size: .bits256))
        var buffer = NonceBuffer(count: 16)
        var nonces = Set<Data>()
        for i in 0..<100 {
            let details = PersonalDetails(description: Personal("account \(i)"), victimName: Personal("Name \(i)"))
            let sealed = try #require(cipher.seal(details, source: "cst", reference: "R\(i)", nonce: &buffer))
            nonces.insert(sealed.sealed.prefix(12))
            let opened = try #require(cipher.open(sealed.sealed, source: "cst", reference: "R\(i)"))
            #expect(opened.description?.revealed == "account \(i)")
            #expect(opened.victimName?.revealed == "Name \(i)")
            // Bound to its record: another reference does not open it.
            #expect(cipher.open(sealed.sealed, source: "cst", reference: "R\(i + 1)") == nil)
        }
        #expect(nonces.count == 100)
    }

    @Test("the import's sealer writes what the public cipher opens, with the same digest, a nonce each")
    func sealerMatchesCipher() throws {
        let cipher = PersonalCipher(key: SymmetricKey(size: .bits256))
        let sealer = RecordSealer(cipher: cipher, nonces: 8)
        var nonces = Set<Data>()
        for i in 0..<50 {
            // Fields present and absent in turn, long and non-ASCII values included.
            let details = PersonalDetails(
                postcode: i % 3 == 0 ? Postcode(parsing: "N16 5RT").map(Personal.init) : nil,
                description: Personal(String(repeating: "déjà vu \(i) ", count: i * 7)),
                victimName: i % 2 == 0 ? Personal("Zorba Quint \(i)") : nil,
                victimContact: i % 5 == 0 ? Personal("07700 900\(i)") : nil,
                offenderDescription: i % 4 == 0 ? Personal("tall, grey coat") : nil)
            let fast = try #require(sealer.seal(details, source: "cst", reference: "R\(i)"))
            let reference = try #require(cipher.seal(details, source: "cst", reference: "R\(i)"))
            #expect(fast.digest == reference.digest)
            #expect(fast.sealed.count == reference.sealed.count)
            #expect(fast.sealed != reference.sealed)  // another nonce
            nonces.insert(fast.sealed.prefix(12))
            let opened = try #require(cipher.open(fast.sealed, source: "cst", reference: "R\(i)"))
            #expect(opened == details)
            #expect(cipher.open(fast.sealed, source: "police", reference: "R\(i)") == nil)
        }
        #expect(nonces.count == 50)
        #expect(sealer.seal(PersonalDetails(), source: "cst", reference: "R0") == nil)
    }

    @Test("records sealed by the writing thread are stored as those the reading thread sealed")
    func sealedOnEitherThread() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let store = try IncidentStore(path: scratch.file("db.sqlite"), options: .init(keys: testKeys))
        let details = PersonalDetails(
            postcode: Postcode(parsing: "N16 5RT").map(Personal.init), description: Personal("shouted at, déjà vu"),
            victimName: Personal("Zorba Quint"), offenderDescription: Personal("tall, grey coat"))
        var byReader = incident("READER")
        byReader.personal = details
        var byWriter = incident("WRITER")
        byWriter.personal = details
        let plain = incident("NONE")
        _ = try store.importBatch(BatchInfo(fileName: "a.csv", importedAt: "2026-01-01T00:00:00Z")) { writer in
            var preparer = writer.preparer
            let sealed = preparer.prepare(byReader, sealing: true)
            let unsealed = preparer.prepare(byWriter, sealing: false)
            #expect(sealed.isSealed && !unsealed.isSealed)
            #expect(preparer.prepare(plain, sealing: false).isSealed)  // nothing to seal
            try writer.upsert(sealed)
            try writer.upsert(unsealed)
            try writer.upsert(preparer.prepare(plain, sealing: false))
            return totals(rows: 3)
        }
        let rows = try store.queue.read { db in
            try Row.fetchAll(db, sql: "SELECT reference, personal, personal_digest FROM incident ORDER BY reference")
        }
        let stored = Dictionary(uniqueKeysWithValues: rows.map { ($0[0] as String, $0) })
        let reader = try #require(stored["READER"]), writer = try #require(stored["WRITER"])
        #expect((reader[2] as Data?) != nil && (reader[2] as Data?) == (writer[2] as Data?))
        #expect((reader[1] as Data?) != (writer[1] as Data?))  // a nonce each
        #expect(try store.incident(source: .own, reference: "WRITER")?.personal == details)
        #expect(try store.incident(source: .own, reference: "READER")?.personal == details)
        #expect(stored["NONE"].map { ($0[1] as Data?) == nil } == true)
    }
}
