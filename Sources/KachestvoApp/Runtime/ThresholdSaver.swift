import KachestvoCore
import KachestvoStore

/// Writes new flag thresholds into a data file. It reads the file as it is now and changes nothing
/// but the thresholds, then saves it through the store's atomic save expecting the revision just
/// read — so a save by someone else in between is refused, never overwritten — and indexes the
/// dataset as saved, its flags computed with the new thresholds. Runs off the main thread.
struct ThresholdSaver {
    var store = DataStore()

    func save(_ thresholds: FlagThresholds, to path: String, source: DataSource) throws(StoreError) -> LoadedRegion {
        let clock = ContinuousClock()
        let started = clock.now
        let loaded = try store.load(path)
        var dataset = loaded.dataset
        dataset.thresholds = thresholds
        let version = try store.save(dataset, to: path, expecting: loaded.version)
        dataset.revision = version.revision
        let model = AppModel(index: RegionIndex(dataset))
        return LoadedRegion(model: model, source: source, seconds: started.duration(to: clock.now).inSeconds, version: version)
    }
}
