import Dispatch
import Synchronization

/// `body(0)`, `body(1)` … `body(count - 1)`, run on every core, in index order: the same result
/// in every run, whichever thread finishes first. Linkage's passes over records, pairs and
/// patterns share out their work through this.
func inParallel<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
    let results = Mutex<[T?]>(Array(repeating: nil, count: count))
    DispatchQueue.concurrentPerform(iterations: count) { i in
        let result = body(i)
        results.withLock { $0[i] = result }
    }
    return results.withLock { $0.map { $0! } }
}
