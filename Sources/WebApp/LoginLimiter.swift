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
        recent("account:" + account, now: now).count >= Self.perAccount || recent("address:" + address, now: now).count >= Self.perAddress
    }

    /// Counts a failure; returns whether this failure locked the name or the address.
    func fail(account: String, address: String, now: Date = Date()) -> Bool {
        if failures.count >= Self.capacity { failures = failures.filter { $0.value.contains { now.timeIntervalSince($0) < Self.window } } }
        if failures.count >= Self.capacity { failures.removeAll() }
        failures["account:" + account, default: []].append(now)
        failures["address:" + address, default: []].append(now)
        return isLocked(account: account, address: address, now: now)
    }

    /// A successful sign-in clears the name's failures (not the address's).
    func succeed(account: String) { failures["account:" + account] = nil }
}
