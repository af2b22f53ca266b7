import Foundation
import HummingbirdBcrypt

/// Passwords: bcrypt hashes (hummingbird-auth's), and a check that takes as long for a name with
/// no account as for a wrong password, so the time of an answer does not tell which names exist.
public enum Passwords {
    /// bcrypt's cost: 2^cost rounds. 12 takes a few hundred milliseconds here (release build).
    /// `INCIDENTS_BCRYPT_COST` (4 to 14) lowers it for tests, which sign in many times.
    public static var cost: UInt8 {
        if let text = ProcessInfo.processInfo.environment["INCIDENTS_BCRYPT_COST"], let value = UInt8(text),
            (4...14).contains(value)
        {
            return value
        }
        return 12
    }

    /// The shortest password accepted.
    public static let minimumLength = 12

    /// The bcrypt hash of `password`.
    public static func hash(_ password: String) -> String { Bcrypt.hash(password, cost: cost) }

    /// Why `password` cannot be used, or nil when it can.
    public static func problem(_ password: String) -> String? {
        if password.count < minimumLength {
            return "a password needs at least \(minimumLength) characters (a few words together are easy to remember)"
        }
        if password.utf8.count > 72 {
            return "bcrypt reads only the first 72 bytes of a password; choose one of at most 72 bytes"
        }
        if password.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return "a password cannot contain control characters"
        }
        return nil
    }

    /// A hash of a password nobody knows, checked when the name has no account (same cost, so
    /// the same time).
    private static let decoy = Bcrypt.hash(UUID().uuidString + UUID().uuidString, cost: cost)

    /// Computes the decoy now (at start-up), so that the first unknown name does not take longer.
    static func prepare() { _ = decoy }

    /// Whether `password` matches `hash`; with no hash (no such account), checks a decoy and
    /// answers false, taking the same time.
    static func verify(_ password: String, hash: String?) -> Bool {
        guard password.utf8.count <= 72 else { _ = Bcrypt.verify("", hash: hash ?? decoy); return false }
        guard let hash else { _ = Bcrypt.verify(password, hash: decoy); return false }
        return Bcrypt.verify(password, hash: hash)
    }
}
