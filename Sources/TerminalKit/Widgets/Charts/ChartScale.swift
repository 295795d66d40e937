/// The arithmetic every chart shares: how far along a value is, where NaN, infinities and values
/// outside the range are clamped so that no data can break a drawing.
enum ChartScale {
    /// `value` as a fraction 0…1 of `range`; nil for NaN or an empty range.
    static func fraction(_ value: Double, in range: ClosedRange<Double>) -> Double? {
        guard value.isFinite, range.lowerBound.isFinite, range.upperBound.isFinite,
              range.upperBound > range.lowerBound else { return nil }
        return min(1, max(0, (value - range.lowerBound) / (range.upperBound - range.lowerBound)))
    }

    /// How many of `steps` steps a value reaches, 0…steps (NaN and negative values reach none).
    static func steps(_ value: Double, of maximum: Double, steps: Int) -> Int {
        guard let fraction = fraction(value, in: 0...maximum) else { return 0 }
        return Int((fraction * Double(steps)).rounded())
    }

    /// The bucket 0..<count that a fraction 0…1 falls in (1 falls in the last).
    static func bucket(_ fraction: Double, count: Int) -> Int {
        min(count - 1, max(0, Int(fraction * Double(count))))
    }
}

extension ChartScale {
    /// Which of `count` equal slots of `range` a value falls in, nil for a value outside the range or NaN.
    static func slot(_ value: Double, in range: ClosedRange<Double>, count: Int) -> Int? {
        guard count > 0, range.contains(value), let fraction = fraction(value, in: range) else { return nil }
        return bucket(fraction, count: count)
    }
}
