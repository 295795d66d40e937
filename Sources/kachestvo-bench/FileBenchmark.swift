import Foundation
import KachestvoCore
import KachestvoStore

/// Times the opening of an existing data file phase by phase (`--file PATH`), each phase run
/// `repeats` times with the best time kept, so a warm page cache is measured; prints one line per
/// phase and the process's peak memory; then saving one change into a copy of it (`ChangeSaveBenchmark`).
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
        timeEdits(of: index, repeats: repeats)
        try ChangeSaveBenchmark.run(dataset, repeats: repeats)
    }

    /// One exam result edited back and forth through `RegionIndex.update(examResult:to:)`; the best
    /// of the later edits is reported (the first also pays for copying arrays shared with `dataset`).
    private static func timeEdits(of built: RegionIndex, repeats: Int) {
        var index = built
        guard let old = index.dataset.examResults.first(where: { $0.participants > 0 }) else { return }
        var new = old
        new.belowMinimum = old.participants - old.belowMinimum
        var times: [Double] = []
        for edit in 0..<(2 * max(2, repeats)) {
            let (from, to) = edit % 2 == 0 ? (old, new) : (new, old)
            times.append(Stopwatch.time { keepAlive(index.update(examResult: from, to: to)) }.milliseconds)
        }
        report("update(examResult:to:), first", times[0])
        report("update(examResult:to:), best", times.dropFirst().min() ?? 0)
    }

    /// The last result and the best time; each result is dropped before the next run, so a peak
    /// measured after it is that of one run, not of two results alive at once.
    static func best<T, E: Error>(_ repeats: Int, _ work: () throws(E) -> T) throws(E) -> (T, Double) {
        var result: T?
        var fastest = Double.infinity
        for _ in 0..<max(1, repeats) {
            result = nil
            let (next, milliseconds) = try Stopwatch.time(work)
            result = next
            fastest = min(fastest, milliseconds)
        }
        return (result!, fastest)
    }

    static func report(_ phase: String, _ value: Double) {
        print(phase.padding(toLength: 40, withPad: " ", startingAt: 0) + String(format: "%12.3f", value))
    }
}
