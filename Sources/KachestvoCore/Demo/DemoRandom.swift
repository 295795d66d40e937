// Foundation also links libm on Linux, which `Double.rounded()` calls.
import Foundation

/// The demo generator's own pseudo-random source: SplitMix64 seeding xoshiro256**.
///
/// Only integer arithmetic and IEEE basic operations are used, so one seed yields the same numbers on
/// every machine and every Swift version (the standard library's `random(in:using:)` makes no such
/// promise). Independent streams keep one part of the generator from shifting another.
struct DemoRandom {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    /// A generator for `stream` under `seed`; different streams give unrelated sequences.
    init(seed: UInt64, stream: UInt64) {
        var mix = seed ^ (stream &* 0xD1B5_4A32_D192_ED03)
        state = (Self.splitMix(&mix), Self.splitMix(&mix), Self.splitMix(&mix), Self.splitMix(&mix))
    }

    private static func splitMix(_ value: inout UInt64) -> UInt64 {
        value &+= 0x9E37_79B9_7F4A_7C15
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next() -> UInt64 {
        let result = ((state.1 &* 5) << 7 | (state.1 &* 5) >> 57) &* 9
        let shifted = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= shifted
        state.3 = state.3 << 45 | state.3 >> 19
        return result
    }

    /// A uniform value in [0, 1) with 53 random bits.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// A uniform integer in `range` (multiply-high; the bias is far below anything visible).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next().multipliedFullWidth(by: span).high)
    }

    /// A uniform value in `range`.
    mutating func double(in range: ClosedRange<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * unit()
    }

    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool { unit() < probability }

    /// An approximately standard normal value (Irwin–Hall sum of six uniforms, rescaled); no libm calls.
    mutating func normal() -> Double {
        var sum = 0.0
        for _ in 0..<6 { sum += unit() }
        return (sum - 3) * 1.414_213_562_373_095
    }

    /// An index chosen with probability proportional to `weights`.
    mutating func weightedIndex(_ weights: [Double]) -> Int {
        var target = unit() * weights.reduce(0, +)
        for (index, weight) in weights.enumerated() {
            if target < weight { return index }
            target -= weight
        }
        return weights.count - 1
    }

    /// The items in a random order (Fisher–Yates).
    mutating func shuffled<T>(_ items: [T]) -> [T] {
        var copy = items
        var index = copy.count - 1
        while index > 0 {
            copy.swapAt(index, int(in: 0...index))
            index -= 1
        }
        return copy
    }

    /// `value` rounded to a whole number, up or down at random in proportion to the fraction, so that
    /// expected counts stay unbiased even for tiny schools.
    mutating func stochasticRound(_ value: Double) -> Int {
        let whole = value.rounded(.down)
        return Int(whole) + (unit() < value - whole ? 1 : 0)
    }
}

/// Rounds to two decimals, the precision of every mean and coefficient in the demo data.
func roundedToHundredths(_ value: Double) -> Double { (value * 100).rounded() / 100 }

/// `value` limited to `range`.
func clamped<T: Comparable>(_ value: T, to range: ClosedRange<T>) -> T {
    min(max(value, range.lowerBound), range.upperBound)
}
