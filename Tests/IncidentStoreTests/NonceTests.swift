import Crypto
import Foundation
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
}
