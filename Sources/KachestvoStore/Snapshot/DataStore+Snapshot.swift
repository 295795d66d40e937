import KachestvoCore

extension DataStore {
    /// `load(path)`, through `cache` when there is one: the snapshot when it was made from the file
    /// as it is now, else the file itself, then a fresh snapshot of it (written before returning, so
    /// call this off the main thread). A file in an older schema is not cached: its next save
    /// upgrades it, and the load must keep saying where it migrated from.
    public func load(_ path: String, cache: SnapshotCache?) throws(StoreError) -> LoadedDataset {
        let (loaded, writeSnapshot) = try loadDeferringSnapshot(path, cache: cache)
        writeSnapshot?(nil)
        return loaded
    }

    /// `load(_:cache:)` that leaves writing the fresh snapshot (a second or so for a large region) to
    /// the caller, so the data can be shown first — with the digest of its index, when built, which a
    /// reopened file shows before its records are read: `writeSnapshot` is nil when the data came
    /// from a valid snapshot or must not be cached. With the file's `outline`, its records are taken
    /// from the reading the outline started (`load(continuing:)`) when they can be.
    public func loadDeferringSnapshot(_ path: String, cache: SnapshotCache?, continuing outline: LoadedOutline? = nil)
        throws(StoreError) -> (loaded: LoadedDataset, writeSnapshot: (@Sendable (RegionDigest?) -> Void)?) {
        if let outline, outline.path == path, let loaded = load(continuing: outline) {
            guard let cache else { return (loaded, nil) }
            return (loaded, { cache.save(loaded.dataset, digest: $0, for: path, identity: loaded.version.identity) })
        }
        guard let cache else { return (try load(path), nil) }
        if let identity = FileIdentity.current(at: path), let dataset = cache.load(for: path, identity: identity) {
            return (LoadedDataset(dataset: dataset, path: path,
                                  version: FileVersion(revision: dataset.revision, identity: identity), migratedFrom: nil), nil)
        }
        let loaded = try load(path)
        guard loaded.migratedFrom == nil else { return (loaded, nil) }
        return (loaded, { cache.save(loaded.dataset, digest: $0, for: path, identity: loaded.version.identity) })
    }
}
