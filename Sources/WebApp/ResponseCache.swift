import Foundation

/// Answers already computed, kept while the database is unchanged. Figures depend only on the
/// data, so an answer stays right until the next commit; every commit changes the database
/// file or its write-ahead log (size or modification time), which is the cache's key. Bounded
/// in entries and in bytes (press packs are large): when full, it starts again.
final class ResponseCache: Sendable {
    static let capacity = 512
    static let byteCapacity = 64 << 20
    private let entries = Locked((values: [String: (generation: String, value: Data)](), bytes: 0))
    private let enabled: Bool

    /// A cache; when not `enabled`, every value is made afresh.
    init(enabled: Bool = true) { self.enabled = enabled }

    /// The data's generation now: the database's and its log's size and modification time.
    static func generation(_ path: String) -> String {
        func mark(_ file: String) -> String {
            var info = stat()
            guard stat(file, &info) == 0 else { return "-" }
            return "\(info.st_size).\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        }
        return mark(path) + "/" + mark(path + "-wal")
    }

    /// The cached value of `key` for `generation`, or `make()`'s, remembered.
    func value(_ key: String, generation: String, _ make: () throws -> Data) rethrows -> Data {
        guard enabled else { return try make() }
        if let hit = entries.withLock({ $0.values[key] }), hit.generation == generation { return hit.value }
        let value = try make()
        entries.withLock { entries in
            if entries.values.count >= Self.capacity || entries.bytes + value.count > Self.byteCapacity {
                entries = ([:], 0)
            }
            entries.bytes += value.count - (entries.values[key]?.value.count ?? 0)
            entries.values[key] = (generation, value)
        }
        return value
    }
}
