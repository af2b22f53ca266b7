/// How many single-character edits turn one text into another: the optimal-string-alignment
/// distance (Levenshtein, with a swap of two neighbours counting as one edit).
///
/// One implementation for the suggestions of the importer ("did you mean `category`?"), of the
/// report templates, and for place names in linkage. Compares UTF-8 bytes: names and codes are
/// ASCII, and bytes keep linkage's many comparisons cheap.
public enum EditDistance {
    /// The distance between `a` and `b`; once it must exceed `limit`, `limit + 1` (early exit).
    public static func between(_ a: String, _ b: String, limit: Int = .max) -> Int {
        let a = Array(a.utf8), b = Array(b.utf8)
        if a.isEmpty || b.isEmpty { return min(max(a.count, b.count), limit == .max ? .max : limit + 1) }
        if limit != .max && abs(a.count - b.count) > limit { return limit + 1 }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, previous2[j - 2] + 1) }
                current[j] = value
                rowMin = min(rowMin, value)
            }
            if limit != .max && rowMin > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return limit != .max ? min(previous[b.count], limit + 1) : previous[b.count]
    }

    /// The candidate closest to `name` within `limit` edits (ties: the alphabetically first), if any.
    public static func closest(to name: String, among candidates: some Sequence<String>, limit: Int) -> String? {
        candidates.map { ($0, between(name, $0, limit: limit)) }.filter { $0.1 <= limit }.min {
            ($0.1, $0.0) < ($1.1, $1.0)
        }?.0
    }
}
