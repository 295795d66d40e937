import Foundation
import KachestvoCore
import KachestvoStore

/// Times opening a data file through a snapshot cache (`--file PATH --snapshots DIR`). A run that
/// finds no snapshot loads the JSON and writes one (both timed); every run then times reading the
/// snapshot alone (best of `repeats`). The peak memory is read right after the first load: in a run
/// that found a valid snapshot, that of a process that loaded only the snapshot (one left by an
/// older format is replaced after a JSON load, and the next run measures the snapshot alone).
/// Then the reopened file's first frame, phase by phase: the snapshot's front (outline and digest)
/// and the outline's index with the digest's aggregates.
enum SnapshotBenchmark {
    static func run(path: String, folder: String, repeats: Int) throws {
        let store = DataStore(), cache = SnapshotCache(folder: folder)
        let snapshot = cache.snapshotPath(for: path)
        let hadSnapshot = snapshot.map { FileManager.default.fileExists(atPath: $0) } ?? false
        let (opened, openMs) = try Stopwatch.time { () throws(StoreError) in try store.load(path, cache: cache) }
        FileBenchmark.report(hadSnapshot ? "load(_:cache:), a snapshot existed" : "load(_:cache:), JSON + snapshot save", openMs)
        FileBenchmark.report(hadSnapshot ? "peak memory, MB (a snapshot existed)" : "peak memory, MB (JSON and save)",
                             Double(MemoryUsage.current().peakKilobytes) / 1024)
        let digest = RegionDigest(RegionIndex(opened.dataset))
        let (_, saveMs) = Stopwatch.time { cache.save(opened.dataset, digest: digest, for: path, identity: opened.version.identity) }
        FileBenchmark.report("snapshot save (with the digest)", saveMs)
        let (loaded, loadMs) = FileBenchmark.best(repeats) { cache.load(for: path, identity: opened.version.identity) }
        guard loaded == opened.dataset else { throw BenchError("the snapshot was not written or does not match the file") }
        FileBenchmark.report("snapshot load", loadMs)
        let bytes = snapshot.flatMap { try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int } ?? 0
        FileBenchmark.report("snapshot size, MB", Double(bytes) / 1_048_576)
        let (front, frontMs) = FileBenchmark.best(repeats) { cache.loadFront(for: path) }
        guard let front else { throw BenchError("the snapshot's front with its digest could not be read") }
        FileBenchmark.report("snapshot front (outline + digest)", frontMs)
        let (index, indexMs) = FileBenchmark.best(repeats) { RegionIndex(front.outline, digest: front.digest) }
        FileBenchmark.report("RegionIndex(outline, digest:)", indexMs)
        keepAlive(index)
    }
}
