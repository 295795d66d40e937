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
        let (problemCount, model) = Concurrently.run(
            { if case .file = source { DatasetValidator.validate(dataset).count } else { 0 } },
            { AppModel(index: RegionIndex(dataset)) })
        let elapsed = started.duration(to: clock.now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return LoadedRegion(model: model, source: source, problemCount: problemCount, seconds: seconds)
    }
}
