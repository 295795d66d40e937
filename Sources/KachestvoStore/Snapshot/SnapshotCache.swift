import Foundation
import KachestvoCore

/// A folder of snapshots, one per data file opened: the file's dataset in a binary form that loads
/// many times faster than its JSON, used only while the file is unchanged (same absolute path,
/// identity and revision). Only an optimisation: a missing, stale or damaged snapshot is ignored,
/// and one that cannot be written (read-only home, full disk) is not an error.
public struct SnapshotCache: Sendable {
    public let folder: String

    public init(folder: String) { self.folder = folder }

    /// `$XDG_CACHE_HOME/kachestvo/snapshots` when that variable is an absolute path (the XDG spec
    /// ignores relative ones), else `$HOME/.cache/kachestvo/snapshots`, else nil.
    public static func standard(environment: [String: String]) -> SnapshotCache? {
        XDGBaseDirectory.path("XDG_CACHE_HOME", fallback: ".cache", environment: environment)
            .map { SnapshotCache(folder: $0 + "/kachestvo/snapshots") }
    }

    /// Where the snapshot of the data file at `path` is kept, named by a hash of its absolute path;
    /// nil when the file does not exist.
    public func snapshotPath(for path: String) -> String? {
        Self.absolutePath(path).map(snapshotPath(absolute:))
    }

    /// The dataset of the snapshot for the data file at `path`, when there is one made from this
    /// very file while it had `identity`, intact and in this build's format; nil otherwise.
    public func load(for path: String, identity: FileIdentity) -> Dataset? {
        guard let absolute = Self.absolutePath(path),
              let mapped = try? MappedFile.map(snapshotPath(absolute: absolute)) else { return nil }
        return withExtendedLifetime(mapped) {
            try? SnapshotFile.decode(UnsafeRawBufferPointer(mapped.bytes), path: absolute, identity: identity)
        }
    }

    /// The outline (the dataset without its big arrays and its support cases, meetings and forecasts)
    /// and the digest of the snapshot for the data file at `path`, read without its records — when the
    /// snapshot was made from the file as it is now, with a digest, and its front part is intact; nil
    /// otherwise.
    public func loadFront(for path: String) -> (outline: Dataset, digest: RegionDigest)? {
        guard let identity = FileIdentity.current(at: path), let absolute = Self.absolutePath(path),
              let mapped = try? MappedFile.map(snapshotPath(absolute: absolute)) else { return nil }
        let front = withExtendedLifetime(mapped) {
            try? SnapshotFile.decodeFront(UnsafeRawBufferPointer(mapped.bytes), path: absolute, identity: identity)
        }
        guard let front, let digest = front.digest else { return nil }
        return (front.outline, digest)
    }

    /// Replaces the snapshot for the data file at `path` (which had `identity` when `dataset` was
    /// read from it) atomically, creating the folder, with the digest of its index when known; any
    /// failure just leaves no new snapshot.
    public func save(_ dataset: Dataset, digest: RegionDigest? = nil, for path: String, identity: FileIdentity) {
        guard let absolute = Self.absolutePath(path),
              let parts = SnapshotFile.encode(dataset, digest: digest, path: absolute, identity: identity),
              (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil
        else { return }
        // A dashboard closed while it wrote a snapshot leaves its temporary (tens of megabytes for a
        // large region): those of processes that are gone go before the next write.
        let paths = DataFilePaths(snapshotPath(absolute: absolute))
        AbandonedTemporaries.remove(of: paths)
        _ = try? AtomicFileWriter.replace(paths, withParts: parts, backups: 0)
    }

    private func snapshotPath(absolute: String) -> String {
        folder + "/" + hex(SnapshotChecksum.of(Array(absolute.utf8)), 16) + ".snapshot"
    }

    /// The path with symbolic links, `.` and `..` resolved; nil when nothing is there.
    private static func absolutePath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
