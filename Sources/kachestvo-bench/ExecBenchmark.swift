import Foundation

/// `--file PATH --exec`: the real binary opening an existing file, first without a snapshot and
/// then reopened from it, `repeats` times each, every run printed with the median and the best —
/// for comparing two builds (`--binary`) on one machine, where a median of three says too little.
enum ExecBenchmark {
    static func run(path: String, binary: String, repeats: Int) throws {
        let (width, height) = (SizeBenchmark.width, SizeBenchmark.height)
        let first = try (0..<repeats).map { _ in try ExecToFrame.firstOpening(binary: binary, dataFile: path, width: width, height: height) }
        let reopen = try (0..<repeats).map { _ in try ExecToFrame.reopening(binary: binary, dataFile: path, width: width, height: height) }
        report("first open: exec → first frame", first.map(\.firstFrameMilliseconds))
        report("first open: exec → all figures", first.map(\.figuresMilliseconds))
        report("reopened: exec → full frame", reopen.map(\.figuresMilliseconds))
        print("peak memory, MB: first open \(megabytes(first)), reopened \(megabytes(reopen))")
    }

    private static func report(_ what: String, _ milliseconds: [Double]) {
        let sorted = milliseconds.sorted()
        let runs = milliseconds.map { String(format: "%.1f", $0) }.joined(separator: " ")
        print(String(format: "%-34@ median %7.1f  best %7.1f   (%@)", what as NSString, sorted[sorted.count / 2], sorted[0], runs as NSString))
    }

    private static func megabytes(_ timings: [ExecTimings]) -> String {
        String(format: "%.0f", Double(timings.map(\.peakKilobytes).max() ?? 0) / 1024)
    }
}
