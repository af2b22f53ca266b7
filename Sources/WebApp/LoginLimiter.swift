import Foundation

/// Rate limit on sign-ins: after `perAccount` failures for one name, or `perAddress` from one
/// address, within `window`, further attempts are refused without checking the password until
/// the oldest failure leaves the window. In memory; bounded.
actor LoginLimiter {
    static let window: TimeInterval = 15 * 60
    static let perAccount = 5
    static let perAddress = 20
    static let capacity = 50_000

    private var failures: [String: [Date]] = [:]

    private func recent(_ key: String, now: Date) -> [Date] {
        let kept = (failures[key] ?? []).filter { now.timeIntervalSince($0) < Self.window }
        failures[key] = kept.isEmpty ? nil : kept
        return kept
    }

    /// Whether an attempt for `account` from `address` is refused now.
    func isLocked(account: String, address: String, now: Date = Date()) -> Bool {
        recent("account:" + account, now: now).count >= Self.perAccount
            || recent("address:" + address, now: now).count >= Self.perAddress
    }

    /// Counts a failure; returns whether this failure locked the name or the address.
    func fail(account: String, address: String, now: Date = Date()) -> Bool {
        if failures.count >= Self.capacity {
            failures = failures.filter { $0.value.contains { now.timeIntervalSince($0) < Self.window } }
        }
        if failures.count >= Self.capacity { failures.removeAll() }
        failures["account:" + account, default: []].append(now)
        failures["address:" + address, default: []].append(now)
        return isLocked(account: account, address: address, now: now)
    }

    /// When a refusal of a locked name from an address was last written to the audit trail.
    private var refusalsRecorded: [String: Date] = [:]

    /// Whether a refused attempt (the name or address locked) should be written to the audit
    /// trail: the first for a name and address in each window, not every one (a locked name
    /// answers in milliseconds, and the trail can never be trimmed).
    func shouldRecordRefusal(account: String, address: String, now: Date = Date()) -> Bool {
        let key = account + "\u{1F}" + address
        if let last = refusalsRecorded[key], now.timeIntervalSince(last) < Self.window { return false }
        if refusalsRecorded.count >= Self.capacity {
            refusalsRecorded = refusalsRecorded.filter { now.timeIntervalSince($0.value) < Self.window }
        }
        if refusalsRecorded.count >= Self.capacity { refusalsRecorded.removeAll() }
        refusalsRecorded[key] = now
        return true
    }

    /// A successful sign-in clears the name's failures (not the address's).
    func succeed(account: String) { failures["account:" + account] = nil }
}
