import CSupport
import Crypto
import Foundation
import IncidentModel

/// Seals the personal fields of many records on one thread (an import's reading thread), with
/// the output of ``PersonalCipher/seal(_:source:reference:)``: ChaChaPoly's combined form, bound
/// to the record's source and reference, and the same keyed digest.
///
/// Sealing a million records through swift-crypto's `ChaChaPoly.seal` cost more than parsing
/// them: each call sets up a cipher context and copies its inputs and output through several
/// `Data` values, while the cipher itself is a sixth of the time. Here one BoringSSL context (the
/// library swift-crypto links; see CSupport's aead.c) serves every record, the plaintext and the
/// associated data are built in buffers kept from record to record, and the sealed bytes are
/// written once, into the value that is stored. Opening, rotation and erasure are unchanged.
final class RecordSealer: @unchecked Sendable {  // used by one thread at a time (see IncidentPreparer)
    private let context: UnsafeMutableRawPointer
    /// SHA-256 after the digest's secret, in C (see aead.c: copied on the stack per record).
    private let digestState: UnsafeMutableRawPointer
    private var nonces: NonceBuffer
    private var plain: [UInt8] = []
    private var associated: [UInt8] = []

    /// A sealer for `cipher`'s key, drawing nonces `nonces` at a time.
    init(cipher: PersonalCipher, nonces: Int = 512) {
        let context = cipher.key.withUnsafeBytes { incidents_chacha_new($0.baseAddress, $0.count) }
        guard let context else { preconditionFailure("the ChaCha20-Poly1305 context could not be made") }
        self.context = context
        let digestState = cipher.digestSecret.withUnsafeBytes { incidents_digest_new($0.baseAddress, $0.count) }
        guard let digestState else { preconditionFailure("the digest state could not be made") }
        self.digestState = digestState
        self.nonces = NonceBuffer(count: nonces)
        plain.reserveCapacity(1024)
        associated.reserveCapacity(128)
    }

    deinit {
        incidents_chacha_free(context)
        incidents_digest_free(digestState)
    }

    /// The sealed personal fields of the record `source`/`reference` and their digest, or nil
    /// when it has none (as ``PersonalCipher/seal(_:source:reference:)``).
    func seal(_ personal: PersonalDetails, source: String, reference: String) -> (sealed: Data, digest: Data)? {
        guard personal.hasAny else { return nil }
        PersonalCipher.encode(personal, into: &plain)
        associated.removeAll(keepingCapacity: true)
        PersonalCipher.appendBinding(source: source, reference: reference, to: &associated)
        var sealed = Data(count: 12 + plain.count + 16)
        let written = nonces.withNext { nonce in
            sealed.withUnsafeMutableBytes { out in
                plain.withUnsafeBytes { message in
                    associated.withUnsafeBytes { bound in
                        incidents_chacha_seal(
                            context, out.baseAddress, out.count, nonce.baseAddress, message.baseAddress,
                            message.count, bound.baseAddress, bound.count)
                    }
                }
            }
        }
        precondition(written == sealed.count, "ChaCha20-Poly1305 sealing failed")
        var digest = Data(count: 16)
        let digested = digest.withUnsafeMutableBytes { out in
            plain.withUnsafeBytes { incidents_digest(digestState, $0.baseAddress, $0.count, out.baseAddress) }
        }
        precondition(digested == 1, "the record digest failed")
        return (sealed, digest)
    }
}

extension PersonalDetails {
    /// Whether any personal field is present (a record with none stores no sealed value).
    var hasAny: Bool {
        postcode != nil || description != nil || victimName != nil || victimContact != nil
            || offenderDescription != nil
    }
}
