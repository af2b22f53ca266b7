import Crypto
import Foundation

/// A signed-in browser: whose, with which role, and the token its forms must carry.
struct Session: Sendable {
    let account: String
    let role: Role
    /// The account's generation when the session began: a new password ends older sessions.
    let generation: Int64
    /// The CSRF token of this session's forms.
    let csrf: String
    let started: Date
    var lastSeen: Date
}

/// The sessions of this server, in memory only: a restart signs everyone out, and nothing about
/// a session is ever written to disk. The browser holds a random token (HttpOnly, SameSite=Strict
/// cookie); the server keeps only its SHA-256, so a memory dump does not hand out sessions.
/// Behind a lock rather than in an actor: every request looks its session up, and a lock taken
/// for a dictionary lookup costs less than a hop to an actor's executor and back.
final class Sessions: Sendable {
    /// A session ends after this long without a request…
    static let idleLimit: TimeInterval = 30 * 60
    /// …and after this long in any case.
    static let lifetime: TimeInterval = 12 * 60 * 60
    /// At most this many at once (the oldest ends first): memory stays bounded whatever happens.
    static let capacity = 10_000

    private let table = Locked([String: Session]())

    /// Starts a session for `account` and returns the token for the cookie. A new token every
    /// time: a token planted in a browser before signing in (session fixation) is never adopted.
    func start(account: String, role: Role, generation: Int64, now: Date = Date()) -> String {
        let token = Secrets.token()
        let session = Session(
            account: account, role: role, generation: generation, csrf: Secrets.token(), started: now, lastSeen: now)
        table.withLock { sessions in
            if sessions.count >= Self.capacity,
                let oldest = sessions.min(by: { $0.value.lastSeen < $1.value.lastSeen })?.key
            {
                sessions[oldest] = nil
            }
            sessions[Secrets.digest(token)] = session
        }
        return token
    }

    /// The live session of `token`, if any (an expired one is ended here).
    func find(_ token: String, now: Date = Date()) -> Session? {
        let key = Secrets.digest(token)
        return table.withLock { sessions in
            guard var session = sessions[key] else { return nil }
            if now.timeIntervalSince(session.lastSeen) > Self.idleLimit
                || now.timeIntervalSince(session.started) > Self.lifetime
            {
                sessions[key] = nil
                return nil
            }
            session.lastSeen = now
            sessions[key] = session
            return session
        }
    }

    /// Ends the session of `token`.
    func end(_ token: String) {
        let key = Secrets.digest(token)
        table.withLock { $0[key] = nil }
    }
}

/// Random tokens, digests and constant-time comparison.
enum Secrets {
    /// 256 random bits, base64url without padding (safe in a cookie and a form).
    static func token() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(
            of: "/", with: "_"
        )
        .replacingOccurrences(of: "=", with: "")
    }

    /// SHA-256 of `text`, hex.
    static func digest(_ text: String) -> String {
        hex(SHA256.hash(data: Data(text.utf8)))
    }

    /// HMAC-SHA-256 of `text` under `key`, hex.
    static func mac(_ text: String, key: SymmetricKey) -> String {
        hex(HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: key))
    }

    /// Bytes as lower-case hex.
    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in bytes { out += [digits[Int(byte >> 4)], digits[Int(byte & 15)]] }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `a` equals `b`, taking the same time wherever they differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
