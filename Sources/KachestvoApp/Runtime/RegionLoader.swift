import KachestvoCore
import KachestvoStore

/// The long part of opening a region, run off the main thread by the runtime: read and decode the
/// file (or its snapshot, or generate the demo), then check it and build the index on both cores at
/// once. A file read without a snapshot gets one once the region has been delivered.
public struct RegionLoader: Sendable {
    /// Where snapshots of data files are kept; nil reads every file whole.
    public var cache: SnapshotCache?

    public init(cache: SnapshotCache? = nil) {
        self.cache = cache
    }

    /// Loads `source`, reporting each phase through `progress` and the region through `deliver`
    /// (both from the calling thread), then writes the file's snapshot if it needs one.
    public func load(_ source: DataSource, progress: @Sendable (LoadProgress) -> Void,
                     deliver: (LoadedRegion) -> Void) throws(StoreError) {
        var writeSnapshot: (@Sendable () -> Void)?
        deliver(try load(source, progress: progress, writeSnapshot: &writeSnapshot))
        writeSnapshot?()
    }

    /// Loads `source` and writes the snapshot at once: for opening before the dashboard shows anything.
    public func load(_ source: DataSource) throws(StoreError) -> LoadedRegion {
        var region: LoadedRegion?
        try load(source, progress: { _ in }, deliver: { region = $0 })
        return region!
    }

    private func load(_ source: DataSource, progress: @Sendable (LoadProgress) -> Void,
                      writeSnapshot: inout (@Sendable () -> Void)?) throws(StoreError) -> LoadedRegion {
        let clock = ContinuousClock()
        let started = clock.now
        let dataset: Dataset
        switch source {
        case .builtInDemo: dataset = DemoRegion.generate()
        case .file(let path, _):
            let cached = try DataStore().loadDeferringSnapshot(path, cache: cache)
            dataset = cached.loaded.dataset
            writeSnapshot = cached.writeSnapshot
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
