import KachestvoCore
import KachestvoStore

/// The long part of opening a region, run off the main thread by the runtime: read and decode the
/// file (or its snapshot, or generate the demo) and build the index on both cores; once the region
/// is delivered, check the data and write the file's snapshot if it has none.
public struct RegionLoader: Sendable {
    /// Where snapshots of data files are kept; nil reads every file whole.
    public var cache: SnapshotCache?

    public init(cache: SnapshotCache? = nil) {
        self.cache = cache
    }

    /// Loads `source`, reporting through `report` (on the calling thread) each `.loadProgress`, then
    /// `.loaded` as soon as the figures are ready and, for a data file, `.validated` with the problems
    /// the check found; the snapshot is written last.
    public func load(_ source: DataSource, report: (AppEvent) -> Void) throws(StoreError) {
        let clock = ContinuousClock()
        let started = clock.now
        let dataset: Dataset
        var writeSnapshot: (@Sendable (RegionDigest?) -> Void)?
        switch source {
        case .builtInDemo: dataset = DemoRegion.generate()
        case .file(let path, _):
            let cached = try DataStore().loadDeferringSnapshot(path, cache: cache)
            dataset = cached.loaded.dataset
            writeSnapshot = cached.writeSnapshot
        }
        report(.loadProgress(.indexing))
        let model = AppModel(index: RegionIndex(dataset))
        let elapsed = started.duration(to: clock.now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        report(.loaded(LoadedRegion(model: model, source: source, seconds: seconds)))
        guard case .file(let path, _) = source else { return }
        let snapshot = writeSnapshot, digest = model.digest
        let (problems, _) = Concurrently.run({ DatasetValidator.validate(dataset).count }, { snapshot?(digest) })
        report(.validated(problems: problems, path: path))
    }

    /// Loads `source` at once, for opening before anything is on screen: the region, and the events
    /// that follow its delivery.
    public func loadNow(_ source: DataSource) throws(StoreError) -> (region: LoadedRegion, later: [AppEvent]) {
        var region: LoadedRegion?
        var later: [AppEvent] = []
        try load(source) { event in
            switch event {
            case .loaded(let loaded): region = loaded
            case .loadProgress: break
            default: later.append(event)
            }
        }
        return (region!, later)
    }
}
