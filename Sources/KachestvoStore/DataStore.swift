import KachestvoCore

/// The revision a dataset was loaded or saved at, and the identity of the file it came from; a save
/// that expects it refuses to overwrite anyone else's work.
public struct FileVersion: Equatable, Sendable {
    public var revision: Int
    public var identity: FileIdentity
}

/// A dataset loaded from a file, with what a later save needs to detect conflicts.
public struct LoadedDataset: Sendable {
    public var dataset: Dataset
    public var path: String
    public var version: FileVersion
    /// The schema the file was written in when it was older than this build's (the next save upgrades it).
    public var migratedFrom: Int?
}

/// Loads and saves data files (DESIGN.md §5).
///
/// A save takes the advisory lock on `data.json.lock`, checks that the file is still at the
/// revision it was loaded at, then replaces it atomically keeping `backupCount` backups
/// (`data.json.1` newest … `data.json.3`), first removing the temporaries of earlier writers that
/// were killed mid-save. The audit journal belongs inside that locked section too.
public struct DataStore: Sendable {
    public var backupCount: Int
    public var lockTimeout: Duration
    public var migrations: MigrationTable
    /// Whether `load` tries `loadByLines` first; off only in tests comparing it with the general path.
    var readsRecordLines = true

    public init(backupCount: Int = 3, lockTimeout: Duration = .seconds(5), migrations: MigrationTable = .standard) {
        self.backupCount = backupCount
        self.lockTimeout = lockTimeout
        self.migrations = migrations
    }

    /// Reads, checks, migrates and decodes the file at `path`. Never writes anything. A file as this
    /// store writes it has its big arrays read line by line (`loadByLines`); anything else, and any
    /// problem, goes the general way: strict parse, decode, located errors.
    public func load(_ path: String) throws(StoreError) -> LoadedDataset {
        if readsRecordLines, let loaded = loadByLines(path) { return loaded }
        let (bytes, identity) = try FileReader.read(path)
        let decoded = try DatasetCodec.decode(bytes, file: path, migrations: migrations)
        return LoadedDataset(dataset: decoded.dataset, path: path,
                             version: FileVersion(revision: decoded.dataset.revision, identity: identity),
                             migratedFrom: decoded.migratedFrom)
    }

    /// Saves `dataset` with its revision increased by one. With `base` (the version it was loaded at)
    /// the save is refused with `revisionConflict` when the file has been saved by someone else since;
    /// with nil it creates or overwrites the file unconditionally (first save, save-as, export).
    @discardableResult
    public func save(_ dataset: Dataset, to path: String, expecting base: FileVersion?) throws(StoreError) -> FileVersion {
        var next = dataset
        next.revision = dataset.revision + 1
        let bytes: [UInt8]
        do {
            bytes = try DatasetCodec.encode(next)
        } catch {
            throw StoreError(error.kind, file: path)
        }
        let paths = DataFilePaths(path)
        return try FileLock.withExclusiveLock(paths.lock, timeout: lockTimeout) { () throws(StoreError) -> FileVersion in
            if let base { try checkUnchanged(path, since: base) }
            AbandonedTemporaries.remove(of: paths)
            let identity = try AtomicFileWriter.replace(paths, with: bytes, backups: backupCount)
            return FileVersion(revision: next.revision, identity: identity)
        }
    }

    /// Removes the temporaries that saves killed mid-write (`kill -9`, a crash) left beside the file
    /// at `path`; saves do it too, but the dashboard calls this when it opens a file, so none lingers
    /// until the next save. Best effort, and safe without the lock: only dead writers' files go.
    public static func removeAbandonedTemporaries(besides path: String) {
        AbandonedTemporaries.remove(of: DataFilePaths(path))
    }

    /// Passes when the file is the one loaded (same identity) or, failing that, still carries the
    /// loaded revision; only in the second case is the file read and parsed.
    private func checkUnchanged(_ path: String, since base: FileVersion) throws(StoreError) {
        guard let identity = FileIdentity.current(at: path) else {
            throw StoreError(.revisionConflict(expected: base.revision, found: nil), file: path)
        }
        if identity == base.identity { return }
        let found = try? onDiskRevision(path)
        guard found == base.revision else {
            throw StoreError(.revisionConflict(expected: base.revision, found: found), file: path)
        }
    }

    private func onDiskRevision(_ path: String) throws(StoreError) -> Int? {
        let tape = try DatasetCodec.parse(FileReader.read(path).bytes, file: path)
        guard tape.nodes[0].kind == .object, let node = tape.member(of: 0, named: "revision") else { return nil }
        return try? tape.decodeInteger(Int.self, node) { [] }
    }
}
