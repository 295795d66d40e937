import Foundation
import KachestvoCore

/// A dataset's `SearchIndex`, built the first time it is needed — by the runtime in the background
/// just after the model's first frame, or by a search typed before that — and shared by every copy of
/// the model, so the first frame never waits for it.
final class LazySearchIndex: @unchecked Sendable {
    private let lock = NSLock()
    private let dataset: Dataset
    private var built: SearchIndex?

    init(_ dataset: Dataset) { self.dataset = dataset }

    /// The index, built now if nobody has built it yet (a second caller waits for the first).
    var index: SearchIndex {
        lock.withLock {
            if let built { return built }
            let index = SearchIndex(dataset)
            built = index
            return index
        }
    }
}
