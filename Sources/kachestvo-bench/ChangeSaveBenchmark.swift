import Bilingual
import Foundation
import KachestvoCore
import KachestvoStore

/// Times saving one committed change (`ChangeSaver.save`) into a copy of the file in a temporary
/// folder: into an unchanged file (encode, write, journal), and after another user's save (their
/// file read, the change re-applied, then written). The best of `repeats` runs of each.
enum ChangeSaveBenchmark {
    static func run(_ dataset: Dataset, repeats: Int) throws {
        let folder = NSTemporaryDirectory() + "kachestvo-bench-save-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/data.json"
        var version = try DataStore().save(dataset, to: path, expecting: nil)
        var current = dataset
        current.revision = version.revision
        guard let school = dataset.organisations.last?.id else { return }
        let anna = ChangeSaver(author: JournalAuthor(user: "anna", client: nil))
        let boris = ChangeSaver(author: JournalAuthor(user: "boris", client: nil))

        var unchanged = Double.infinity, merged = Double.infinity
        for _ in 0..<max(1, repeats) {
            let (mine, working) = try onePupilMore(school, in: current)
            let (outcome, milliseconds) = Stopwatch.time { anna.save([mine], working: working, base: version, to: path) }
            (current, version) = try saved(outcome)
            unchanged = min(unchanged, milliseconds)

            // Boris saves first; Anna's save, still based on the version before his, merges.
            let (theirs, theirWorking) = try onePupilMore(school, in: current)
            let (ours, ourWorking) = try onePupilMore(dataset.organisations[0].id, in: current)
            _ = try saved(boris.save([theirs], working: theirWorking, base: version, to: path))
            let (mergedOutcome, mergedMilliseconds) = Stopwatch.time { anna.save([ours], working: ourWorking, base: version, to: path) }
            (current, version) = try saved(mergedOutcome)
            merged = min(merged, mergedMilliseconds)
        }
        FileBenchmark.report("ChangeSaver.save, file unchanged", unchanged)
        FileBenchmark.report("ChangeSaver.save, merged", merged)
    }

    private static func onePupilMore(_ id: Identifier<Organisation>, in dataset: Dataset) throws -> (Change, Dataset) {
        let key = RecordKey.organisation(id)
        guard case .integer(let pupils)? = dataset.value(of: key, field: "pupils") else { throw BenchError("no pupils for \(id)") }
        let change = Change([Edit(record: key, field: "pupils", old: .integer(pupils), new: .integer(pupils + 1))],
                            summary: BilingualText(ru: "Замер", en: "Benchmark"))
        var working = dataset
        try working.apply(change)
        return (change, working)
    }

    private static func saved(_ outcome: SaveOutcome) throws -> (Dataset, FileVersion) {
        guard case .saved(let saved) = outcome else { throw BenchError("the benchmark's save did not go through: \(outcome)") }
        return (saved.dataset, saved.version)
    }
}
