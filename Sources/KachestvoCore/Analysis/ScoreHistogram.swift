/// How many values fall in each of `counts.count` equal bins over a score range — the school means
/// of a subject within a scope, over 0–100 or the marks 2–5. Each bin holds its lower edge; the last
/// also holds the top of the range; values outside the range are clamped into the end bins.
public struct ScoreHistogram: Hashable, Sendable {
    public let range: ClosedRange<Double>
    public let counts: [Int]

    public init(values: some Sequence<Double>, range: ClosedRange<Double>, bins: Int) {
        self.range = range
        var counts = [Int](repeating: 0, count: max(1, bins))
        for value in values where value.isFinite {
            counts[Self.bin(of: value, range: range, bins: counts.count)] += 1
        }
        self.counts = counts
    }

    /// The bins a scale is shown in: 5 points each over 0–100, a quarter of a mark over 2–5.
    public init(values: some Sequence<Double>, scale: GradingScale) {
        self.init(values: values, range: scale.range, bins: scale == .score100 ? 20 : 12)
    }

    public var total: Int { counts.reduce(0, +) }

    /// The scores bin `bin` covers, from its lower edge up to the next bin's.
    public func bounds(of bin: Int) -> ClosedRange<Double> {
        let width = (range.upperBound - range.lowerBound) / Double(counts.count)
        let lower = range.lowerBound + Double(bin) * width
        return lower...(lower + width)
    }

    /// The bin a value falls in.
    public func bin(of value: Double) -> Int { Self.bin(of: value, range: range, bins: counts.count) }

    private static func bin(of value: Double, range: ClosedRange<Double>, bins: Int) -> Int {
        let width = (range.upperBound - range.lowerBound) / Double(bins)
        guard width > 0, value.isFinite else { return 0 }
        return min(max(Int(((value - range.lowerBound) / width).rounded(.down)), 0), bins - 1)
    }
}
