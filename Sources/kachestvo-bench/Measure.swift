/// Wall-clock timing with the monotonic clock, in milliseconds.
enum Stopwatch {
    /// Runs `work` once and returns its result with the time it took.
    static func time<T, E: Error>(_ work: () throws(E) -> T) throws(E) -> (result: T, milliseconds: Double) {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try work()
        return (result, milliseconds(start.duration(to: clock.now)))
    }

    static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1_000 + Double(attoseconds) / 1e15
    }
}

/// Keeps a value alive and opaque to the optimiser, so a measured computation is never dropped.
@_optimize(none)
func keepAlive<T>(_ value: T) {}

/// Nearest-rank percentiles of a set of samples (milliseconds, bytes or cells).
struct Distribution: Codable, Sendable {
    var count: Int
    var mean: Double
    var p50: Double
    var p99: Double
    var max: Double

    init(_ samples: [Double]) {
        let sorted = samples.sorted()
        count = sorted.count
        mean = sorted.isEmpty ? 0 : sorted.reduce(0, +) / Double(sorted.count)
        p50 = Self.percentile(0.50, of: sorted)
        p99 = Self.percentile(0.99, of: sorted)
        max = sorted.last ?? 0
    }

    private static func percentile(_ fraction: Double, of sorted: [Double]) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[min(Swift.max(rank, 1), sorted.count) - 1]
    }
}
