import Dispatch
import KachestvoCore
import KachestvoStore

/// The long part of opening a region, run off the main thread by the runtime: read and decode the
/// file (or generate the demo), then check it and build the index on both cores at once.
public struct RegionLoader: Sendable {
    public init() {}

    /// Loads `source`, reporting each phase through `progress` (from the calling thread).
    public func load(_ source: DataSource, progress: @Sendable (LoadProgress) -> Void) throws(StoreError) -> LoadedRegion {
        let clock = ContinuousClock()
        let started = clock.now
        let dataset: Dataset
        switch source {
        case .builtInDemo: dataset = DemoRegion.generate()
        case .file(let path, _): dataset = try DataStore().load(path).dataset
        }
        progress(.indexing)
        let (problemCount, model) = Parallel.both(
            { if case .file = source { DatasetValidator.validate(dataset).count } else { 0 } },
            { AppModel(index: RegionIndex(dataset)) })
        let elapsed = started.duration(to: clock.now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return LoadedRegion(model: model, source: source, problemCount: problemCount, seconds: seconds)
    }
}

/// Runs two independent computations at the same time, one per core, and returns both results.
public enum Parallel {
    public static func both<First, Second>(_ first: @Sendable () -> First, _ second: @Sendable () -> Second) -> (First, Second) {
        let firstSlot = Slot<First>(), secondSlot = Slot<Second>()
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 { firstSlot.value = first() } else { secondSlot.value = second() }
        }
        return (firstSlot.value!, secondSlot.value!)
    }

    /// Written by exactly one worker, read after all workers finished.
    private final class Slot<Value>: @unchecked Sendable {
        var value: Value?
    }
}
