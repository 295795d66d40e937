import Foundation
import KachestvoCore
import KachestvoStore

/// Times the opening of an existing data file phase by phase (`--file PATH`), each phase run
/// `repeats` times with the best time kept, so a warm page cache is measured; prints one line per
/// phase and the process's peak memory.
enum FileBenchmark {
    static func run(path: String, repeats: Int) throws {
        let store = DataStore()
        let (outline, outlineMs) = try best(repeats) { () throws(StoreError) in try store.loadOutline(path) }
        report(outline == nil ? "loadOutline (nil: not in the writer's layout)" : "loadOutline", outlineMs)
        if let outline {
            let (index, indexMs) = best(repeats) { RegionIndex(outline.dataset) }
            report("RegionIndex(outline)", indexMs)
            keepAlive(index)
        }
        let (loaded, loadMs) = try best(repeats) { () throws(StoreError) in try store.load(path) }
        report("load", loadMs)
        report("peak memory after load, MB", Double(MemoryUsage.current().peakKilobytes) / 1024)
        let dataset = loaded.dataset
        let (problems, validateMs) = best(repeats) { DatasetValidator.validate(dataset) }
        report("validate (\(problems.count) problems)", validateMs)
        let (index, indexMs) = best(repeats) { RegionIndex(dataset) }
        report("RegionIndex(dataset)", indexMs)
        keepAlive(index)
    }

    private static func best<T, E: Error>(_ repeats: Int, _ work: () throws(E) -> T) throws(E) -> (T, Double) {
        var (result, fastest) = try Stopwatch.time(work)
        for _ in 1..<max(1, repeats) {
            let (next, milliseconds) = try Stopwatch.time(work)
            result = next
            fastest = min(fastest, milliseconds)
        }
        return (result, fastest)
    }

    private static func report(_ phase: String, _ value: Double) {
        print(phase.padding(toLength: 40, withPad: " ", startingAt: 0) + String(format: "%10.1f", value))
    }
}
