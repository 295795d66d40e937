import KachestvoCore
import KachestvoStore
import Synchronization

/// The long part of opening a region, run off the main thread by the runtime: read and decode the
/// file (or its snapshot, or generate the demo) and build the index on both cores; once the region
/// is delivered, check the data and write the file's snapshot if it has none (`RegionCheck`).
public struct RegionLoader: Sendable {
    /// Where snapshots of data files are kept; nil reads every file whole.
    public var cache: SnapshotCache?
    /// The outline the first frame was drawn from, its records being read on: the first full load of
    /// its file finishes that reading instead of starting anew. Shared by the loader's copies.
    private let outline = OutlineHandOver()

    public init(cache: SnapshotCache? = nil) {
        self.cache = cache
    }

    /// Hands `outline` (read with its records) and its index to the next load of its file, which
    /// finishes the reading and takes the names' order from the index.
    public func continueFrom(_ outline: LoadedOutline, index: RegionIndex) {
        self.outline.slot.withLock { $0 = (outline, index) }
    }

    /// Loads `source`, reporting through `report` (on the calling thread) each `.loadProgress`, then
    /// `.loaded` as soon as the figures are ready and, for a data file, `.validated` with the problems
    /// the check found; the snapshot is written last.
    public func load(_ source: DataSource, report: (AppEvent) -> Void) throws(StoreError) {
        let (region, check) = try read(source, report: report)
        report(.loaded(region))
        if let check { report(check.run()) }
    }

    /// Reads and indexes `source`, reporting each `.loadProgress`: the region, and for a data file
    /// the check to run once the region is on screen.
    public func read(_ source: DataSource, report: (AppEvent) -> Void = { _ in }) throws(StoreError) -> (region: LoadedRegion, check: RegionCheck?) {
        let clock = ContinuousClock()
        let started = clock.now
        let dataset: Dataset
        var version: FileVersion?
        var writeSnapshot: (@Sendable (RegionDigest?) -> Void)?
        let earlier = outline.slot.withLock { $0.take() }
        switch source {
        case .builtInDemo: dataset = DemoRegion.generate()
        case .file(let path, _):
            let cached = try DataStore().loadDeferringSnapshot(path, cache: cache, continuing: earlier?.outline)
            dataset = cached.loaded.dataset
            version = cached.loaded.version
            writeSnapshot = cached.writeSnapshot
        }
        report(.loadProgress(.indexing))
        let model = AppModel(index: earlier.map { RegionIndex(dataset, namesOf: $0.index) } ?? RegionIndex(dataset))
        let region = LoadedRegion(model: model, source: source, seconds: started.duration(to: clock.now).inSeconds,
                                  version: version)
        guard case .file(let path, _) = source else { return (region, nil) }
        return (region, RegionCheck(dataset: dataset, path: path, digest: model.digest, writeSnapshot: writeSnapshot))
    }
}

/// Where the first outline and its index wait for the load that finishes it; taken once.
private final class OutlineHandOver: Sendable {
    let slot = Mutex<(outline: LoadedOutline, index: RegionIndex)?>(nil)
}

/// What follows a data file's delivery, off the main thread: checking the data (its problems are
/// counted in `.validated`) beside writing the file's snapshot with the region's digest.
public struct RegionCheck: Sendable {
    let dataset: Dataset
    let path: String
    let digest: RegionDigest
    let writeSnapshot: (@Sendable (RegionDigest?) -> Void)?

    public func run() -> AppEvent {
        let (dataset, digest, writeSnapshot) = (dataset, digest, writeSnapshot)
        let (problems, _) = Concurrently.run({ DatasetValidator.validate(dataset).count }, { writeSnapshot?(digest) })
        return .validated(problems: problems, path: path)
    }
}

extension Duration {
    /// The duration as a number of seconds, for messages.
    var inSeconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
