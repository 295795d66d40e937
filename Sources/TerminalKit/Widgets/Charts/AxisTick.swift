/// A labelled position on an axis; the caller writes the label (numbers as its language writes them).
public struct AxisTick: Hashable, Sendable {
    public var value: Double
    public var label: String

    public init(_ value: Double, label: String) {
        self.value = value
        self.label = label
    }

    /// Ticks at round values (1, 2 or 5 times a power of ten apart) inside `range`, at most `count` of
    /// them (at least two where the range allows), each labelled by `label`.
    public static func round(in range: ClosedRange<Double>, count: Int, label: (Double) -> String) -> [AxisTick] {
        let span = range.upperBound - range.lowerBound
        guard count >= 2, span.isFinite, span > 0 else { return [] }
        let rough = span / Double(count - 1)
        let power = pow10(rough)
        let step = [1.0, 2, 5, 10].map { $0 * power }.first { span / $0 < Double(count) } ?? 10 * power
        // A value is k × step, written as k / (1 / step) below 1 so that 0.2 × 7 gives 1.4 exactly.
        let perUnit = step < 1 ? (1 / step).rounded() : nil
        let value = { (k: Double) in perUnit.map { k / $0 } ?? k * step }
        let first = (range.lowerBound / step - 1e-9).rounded(.up), last = (range.upperBound / step + 1e-9).rounded(.down)
        guard first <= last else { return [] }
        return stride(from: first, through: last, by: 1).map { k in
            let tick = value(k) + 0  // −0 becomes 0
            return AxisTick(tick, label: label(tick))
        }
    }

    /// The largest power of ten not above `value` (> 0).
    private static func pow10(_ value: Double) -> Double {
        var power = 1.0
        while power > value { power /= 10 }
        while power * 10 <= value { power *= 10 }
        return power
    }
}
