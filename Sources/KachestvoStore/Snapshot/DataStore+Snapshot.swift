extension DataStore {
    /// `load(path)`, through `cache` when there is one: the snapshot when it was made from the file
    /// as it is now, else the file itself, then a fresh snapshot of it (written before returning, so
    /// call this off the main thread). A file in an older schema is not cached: its next save
    /// upgrades it, and the load must keep saying where it migrated from.
    public func load(_ path: String, cache: SnapshotCache?) throws(StoreError) -> LoadedDataset {
        guard let cache else { return try load(path) }
        if let identity = FileIdentity.current(at: path), let dataset = cache.load(for: path, identity: identity) {
            return LoadedDataset(dataset: dataset, path: path,
                                 version: FileVersion(revision: dataset.revision, identity: identity), migratedFrom: nil)
        }
        let loaded = try load(path)
        if loaded.migratedFrom == nil { cache.save(loaded.dataset, for: path, identity: loaded.version.identity) }
        return loaded
    }
}
