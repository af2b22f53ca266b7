import CSupport
import Crypto
import Foundation
import IncidentModel

/// The keys that protect personal data at rest, read from a key file kept outside the database.
///
/// - The **data key** seals each record's personal fields (victim name, contact, offender
///   description, full postcode, description) with ChaCha20-Poly1305, bound to the record's
///   source and reference, and the personal values in the change history, bound to their entry.
///   A copy of the database file alone reveals none of them. `incidents keys rotate` replaces it.
/// - The **audit key** signs the audit trail (an HMAC-SHA-256 chain), so that an entry cannot be
///   edited, removed, inserted or moved without `incidents audit verify` noticing, even by
///   someone who can write the file. It is not rotated with the data key.
///
/// The file is text, readable by its owner only:
///
///     incidents key file 1
///     data BASE64          (the current data key; during a rotation the previous one follows)
///     audit BASE64
///
/// Losing it loses the personal data (the statistics stay: they never need it). Back it up
/// apart from the database backups.
public struct KeyRing: Sendable {
    /// The current data key, then earlier ones (only while a rotation is under way).
    public let dataKeys: [SymmetricKey]
    /// The audit trail's signing key.
    public let auditKey: SymmetricKey

    public init(dataKeys: [SymmetricKey], auditKey: SymmetricKey) {
        precondition(!dataKeys.isEmpty)
        self.dataKeys = dataKeys
        self.auditKey = auditKey
    }

    /// New random keys.
    public static func generate() -> KeyRing {
        KeyRing(dataKeys: [SymmetricKey(size: .bits256)], auditKey: SymmetricKey(size: .bits256))
    }

    /// The same audit key with a new data key first (the current one kept after it until the
    /// rotation is committed).
    public func rotated() -> KeyRing {
        KeyRing(dataKeys: [SymmetricKey(size: .bits256)] + dataKeys, auditKey: auditKey)
    }

    /// The key file's text.
    public var fileText: String {
        var lines = ["incidents key file 1"]
        for key in dataKeys { lines.append("data " + key.withUnsafeBytes { Data($0) }.base64EncodedString()) }
        lines.append("audit " + auditKey.withUnsafeBytes { Data($0) }.base64EncodedString())
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads the key file at `path`.
    public static func load(path: String) throws(KeyError) -> KeyRing {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw KeyError.missing(path)
        }
        var data: [SymmetricKey] = [], audit: SymmetricKey?
        for (n, line) in text.split(separator: "\n").enumerated() {
            if n == 0 {
                guard line == "incidents key file 1" else {
                    throw KeyError.unreadable(path, "it does not start with \"incidents key file 1\"")
                }
                continue
            }
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, let bytes = Data(base64Encoded: String(parts[1])), bytes.count == 32 else {
                throw KeyError.unreadable(
                    path, "line \(n + 1) is not `data KEY` or `audit KEY` with a 32-byte key in base64")
            }
            switch parts[0] {
            case "data": data.append(SymmetricKey(data: bytes))
            case "audit": audit = SymmetricKey(data: bytes)
            default: throw KeyError.unreadable(path, "line \(n + 1): unknown entry \(parts[0])")
            }
        }
        guard !data.isEmpty, let audit else { throw KeyError.unreadable(path, "it needs a data key and an audit key") }
        return KeyRing(dataKeys: data, auditKey: audit)
    }

    /// A short public name of a data key, stored in the database to tell which key it needs.
    public static func identifier(_ key: SymmetricKey) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data("incidents key id".utf8), using: key)
        return Data(code).prefix(8).lowercaseHex
    }

    public var identifier: String { KeyRing.identifier(dataKeys[0]) }
}

/// Why the keys could not be used.
public enum KeyError: Error, Sendable, CustomStringConvertible {
    /// What the person can do about it (the caller says how).
    public var remedy: StoreError.Remedy? {
        switch self {
        case .missing: .giveOrCreateKeyFile
        case .wrongKey: .giveKeyFile
        case .unreadable: nil
        }
    }

    case missing(String)
    case unreadable(String, String)
    case wrongKey(String)

    public var description: String {
        switch self {
        case .missing(let path):
            "no key file at \(path): personal data is encrypted with a key kept outside the database"
        case .unreadable(let path, let why): "\(path) is not a key file of incidents: \(why)"
        case .wrongKey(let path): "the key in \(path) is not this database's key (it cannot open its personal data)"
        }
    }
}

/// Sealing and opening of personal values with one data key.
public struct PersonalCipher: Sendable {
    let key: SymmetricKey
    /// SHA-256 already fed a secret derived from the key: the digest of a record's personal
    /// fields is this state fed the fields (a secret-prefix hash; HMAC costs five times as much
    /// per record, which a million-row import feels).
    let digestState: SHA256
    /// The secret itself (for RecordSealer, which keeps the same state in C).
    let digestSecret: SymmetricKey

    /// The key's identifier, as the database records the key it is sealed with (`key_id`).
    public let identifier: String

    public init(key: SymmetricKey) {
        self.key = key
        identifier = KeyRing.identifier(key)
        let secret = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: key, info: Data("incidents personal digest".utf8), outputByteCount: 32)
        var state = SHA256()
        secret.withUnsafeBytes { state.update(bufferPointer: $0) }
        digestState = state
        digestSecret = secret
    }

    /// The five personal fields of a record, in a fixed order.
    static func encode(_ p: PersonalDetails) -> [UInt8] {
        var out: [UInt8] = []
        encode(p, into: &out)
        return out
    }

    /// ``encode(_:)`` into `out` (emptied first), whose buffer an import keeps from record to record.
    static func encode(_ p: PersonalDetails, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        func put(_ value: String?) {
            guard let value else { out.append(0); return }
            out.append(1)
            let length = UInt32(value.utf8.count)
            out.append(UInt8(truncatingIfNeeded: length))
            out.append(UInt8(truncatingIfNeeded: length >> 8))
            out.append(UInt8(truncatingIfNeeded: length >> 16))
            out.append(UInt8(truncatingIfNeeded: length >> 24))
            out.append(contentsOf: value.utf8)
        }
        // In ``fields(_:)`` order.
        put(p.postcode?.revealed.description)
        put(p.description?.revealed)
        put(p.victimName?.revealed)
        put(p.victimContact?.revealed)
        put(p.offenderDescription?.revealed)
    }

    static func decode(_ data: Data) -> PersonalDetails? {
        var values: [String?] = []
        var i = data.startIndex
        for _ in 0..<5 {
            guard i < data.endIndex else { return nil }
            let present = data[i]
            i += 1
            guard present == 1 else { values.append(nil); continue }
            guard i + 4 <= data.endIndex else { return nil }
            let length = Int(data[i]) | Int(data[i + 1]) << 8 | Int(data[i + 2]) << 16 | Int(data[i + 3]) << 24
            i += 4
            guard i + length <= data.endIndex else { return nil }
            values.append(String(decoding: data[i..<(i + length)], as: UTF8.self))
            i += length
        }
        return PersonalDetails(
            postcode: values[0].flatMap(Postcode.init(parsing:)).map(Personal.init),
            description: values[1].map(Personal.init),
            victimName: values[2].map(Personal.init), victimContact: values[3].map(Personal.init),
            offenderDescription: values[4].map(Personal.init))
    }

    /// The five fields as text, in ``encode(_:)`` order.
    static func fields(_ p: PersonalDetails) -> [String?] {
        [
            p.postcode?.revealed.description, p.description?.revealed, p.victimName?.revealed,
            p.victimContact?.revealed, p.offenderDescription?.revealed,
        ]
    }

    /// What a change-log value is bound to: its record, batch and field.
    static func changeContext(incident: Int64, batch: Int64, field: String) -> String {
        "change|\(incident)|\(batch)|\(field)"
    }

    static func binding(source: String, reference: String) -> Data {
        var bytes: [UInt8] = []
        appendBinding(source: source, reference: reference, to: &bytes)
        return Data(bytes)
    }

    /// The bytes a record's sealed fields are bound to: "incident", source and reference, NUL between.
    static func appendBinding(source: String, reference: String, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: "incident".utf8)
        bytes.append(0)
        bytes.append(contentsOf: source.utf8)
        bytes.append(0)
        bytes.append(contentsOf: reference.utf8)
    }

    /// The sealed personal fields of the record `source`/`reference`, or nil when it has none,
    /// with a keyed digest of them (to tell a changed record from the same one, unopened).
    public func seal(_ personal: PersonalDetails, source: String, reference: String) -> (sealed: Data, digest: Data)? {
        var nonces = NonceBuffer(count: 1)
        return seal(personal, source: source, reference: reference, nonce: &nonces)
    }

    /// ``seal(_:source:reference:)`` with a nonce taken from `nonces`.
    func seal(_ personal: PersonalDetails, source: String, reference: String, nonce nonces: inout NonceBuffer) -> (
        sealed: Data, digest: Data
    )? {
        guard personal.hasAny else { return nil }
        let plain = PersonalCipher.encode(personal)
        let box = try! ChaChaPoly.seal(
            plain, using: key, nonce: nonces.next(),
            authenticating: PersonalCipher.binding(source: source, reference: reference))
        var hasher = digestState
        hasher.update(data: plain)
        let digest = Data(hasher.finalize()).prefix(16)
        return (box.combined, digest)
    }

    /// The personal fields sealed for `source`/`reference`; nil when the key or binding is wrong.
    public func open(_ sealed: Data, source: String, reference: String) -> PersonalDetails? {
        guard let box = try? ChaChaPoly.SealedBox(combined: sealed),
            let plain = try? ChaChaPoly.open(
                box, using: key, authenticating: PersonalCipher.binding(source: source, reference: reference))
        else { return nil }
        return PersonalCipher.decode(plain)
    }

    /// One personal value of the change history, as stored text ("enc:" and base64), bound to its entry.
    public func sealValue(_ value: String, context: String) -> String {
        let box = try! ChaChaPoly.seal(Data(value.utf8), using: key, authenticating: Data(context.utf8))
        return "enc:" + box.combined.base64EncodedString()
    }

    /// A value sealed by ``sealValue(_:context:)``; nil when it cannot be opened.
    public func openValue(_ stored: String, context: String) -> String? {
        guard stored.hasPrefix("enc:"), let data = Data(base64Encoded: String(stored.dropFirst(4))),
            let box = try? ChaChaPoly.SealedBox(combined: data),
            let plain = try? ChaChaPoly.open(box, using: key, authenticating: Data(context.utf8))
        else { return nil }
        return String(decoding: plain, as: UTF8.self)
    }
}

/// Random 96-bit nonces, drawn from the system's generator a few hundred at a time (one system
/// call per nonce is a measurable share of a million-row import).
struct NonceBuffer: Sendable {
    private var bytes: [UInt8] = []
    private var offset = 0
    private let count: Int

    /// A buffer refilled `count` nonces at a time.
    init(count: Int = 512) { self.count = count }

    mutating func next() -> ChaChaPoly.Nonce {
        withNext { try! ChaChaPoly.Nonce(data: $0) }
    }

    /// Calls `body` with the next nonce's 12 bytes.
    mutating func withNext<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        if offset + 12 > bytes.count {
            // One system call for the lot: SystemRandomNumberGenerator, which swift-crypto's
            // own random bytes come from too, makes one per 8 bytes.
            bytes = [UInt8](repeating: 0, count: count * 12)
            let status = bytes.withUnsafeMutableBytes { incidents_random_bytes($0.baseAddress, $0.count) }
            precondition(status == 0, "the system's random generator failed")
            offset = 0
        }
        defer { offset += 12 }
        return bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[offset..<(offset + 12)])) }
    }
}
